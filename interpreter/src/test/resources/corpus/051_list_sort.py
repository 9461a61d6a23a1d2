nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w))
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
records = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: -r[1]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([3.5, -1, 2, 0.5]), sorted([], reverse=True))
result = nums.sort()
print(result)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
data = [[3, "c"], [1, "a"], [2, "b"]]
data.sort(key=lambda item: item[0])
print(data)
print(sorted(range(10), key=lambda n: n % 3))
print(list(reversed(sorted([2, 3, 1]))))
