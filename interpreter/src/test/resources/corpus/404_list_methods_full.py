lst = [5, 3, 8]
lst.append(1)
lst.extend([9, 2])
lst.insert(0, 7)
lst.insert(100, 'end')
lst.insert(-100, 'start')
print(lst)
lst.remove('end')
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(8), lst.count(3), len(lst))
try:
    lst.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    lst.index(42)
except ValueError as e:
    print('ValueError:', e)
lst.reverse()
print(lst)
lst.sort()
print(lst)
c = lst.copy()
c.clear()
print(c, lst)
print(lst + [0], lst * 2, [0] * 3, 3 in lst, lst[::-1])
lst[1:3] = []
print(lst)
lst[len(lst):] = [10, 11]
print(lst, lst[-1], lst[-len(lst)])
try:
    lst[10]
except IndexError as e:
    print('IndexError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 0], [[1]] * 2, list('ab') + list(range(2)))
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), [x * 2 for x in lst])
nums = [4, 2, 7]
nums += (1, 2)
nums *= 2
print(nums, nums.index(2, 2), nums.index(2, 5, 8))
