import bisect
import heapq

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
print(a, bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 0, lo=1))
data = [('red', 5), ('blue', 1), ('yellow', 8), ('black', 0)]
data.sort(key=lambda r: r[1])
print(bisect.bisect_left(data, 5, key=lambda r: r[1]))
h = []
for v in [5, 7, 9, 1, 3]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(len(h))])
nums = [(i * 7919) % 1000 for i in range(50)]
print(heapq.nlargest(5, nums), heapq.nsmallest(5, nums), list(heapq.merge([1, 3, 5], [2, 4, 6])))
heapq.heapify(nums)
print(nums[:10], heapq.heappushpop(nums, 500), heapq.heapreplace(nums, 1))
print(heapq.nlargest(3, ['a', 'ccc', 'bb'], key=len))
