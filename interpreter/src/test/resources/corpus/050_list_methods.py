lst = [3, 1, 2]
lst.append(4)
print(lst)
lst.extend([5, 6])
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove("a")
print(lst, lst.index(2), lst.count(1), [1, 1, 2, 1].count(1))
try:
    lst.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(99)
except ValueError as e:
    print("ValueError:", e)
nums = [5, 2, 8, 1]
nums.reverse()
print(nums)
copy = nums.copy()
copy.append(0)
print(nums, copy, copy is nums)
copy.clear()
print(copy, len(copy))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 3, [[]] * 2, len([1, [2, 3]]))
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
print(list(range(3)), list("abc"), list((1, 2)), list({"k": 1}))
print([1, 2, 3].index(3, 1), 3 in [1, 2, 3], [1, 2] * 0)
n = [1, 2, 3]
n[1] = "two"
print(n, n[-1], max([4, 9, 2]), min([4, 9, 2]), sum([4, 9, 2]))
print(repr([1, "a", None, 2.5, [True]]))
