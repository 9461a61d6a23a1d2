nums = [3, -7, 2, 9, -1]
print(min(nums), max(nums), min(3, 1, 2), max("abc", "b"))
print(min(nums, key=abs), max(nums, key=abs), max(["aa", "b", "cccc"], key=len))
print(min([], default="empty"), max([], default=None), max([5], default=0))
print(sum(nums), sum(nums, 100), sum([0.5, 0.25]), sum([[1], [2]], []), sum(()))
print(abs(-3), abs(3.5), abs(-0), abs(True))
print(all([]), all([1, "x"]), all([1, 0]), any([]), any([0, "", 3]), any(x > 50 for x in nums))
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=lambda n: n * n))
print(max(("b", 2), ("a", 3)), min({"x": 1, "y": 0}), max({"x": 1, "y": 0}.values()))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(len([1, 2]), len("abc"), len({}), len(range(4)), len({1: 2}), len((1,)))
print(round(sum([0.1] * 3), 10), divmod(17, 5), divmod(-17, 5))
print(max(1, 2.5), min(-1, -1.0), type(max(1, 1.0)).__name__)
