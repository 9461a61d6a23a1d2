# list slice assignment and deletion: growing, shrinking, extended slices, self-assignment, errors.

nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[2:2] = [100, 200, 300]
print(nums)
nums[-3:] = []
print(nums)
nums[:0] = "xy"
print(nums)
nums[::2] = range(len(nums[::2]))
print(nums)
nums[8:2] = ["empty-range insert"]
print(nums)
del nums[1::3]
print(nums)
del nums[::-2]
print(nums)
nums[:] = nums
print(nums)
nums[1:3] = nums
print(nums)

grid = [0] * 6
grid[5:0:-2] = [1, 2, 3]
print(grid)
grid[100:] = [9]
grid[-100:-99] = [8]
print(grid)

errors = [
    lambda: grid.__setitem__(slice(None, None, 2), [1]),
    lambda: grid.__setitem__(slice(0, 2), 5),
    lambda: grid.__setitem__(slice(None, None, 0), []),
    lambda: grid.__getitem__(slice(None, None, 0)),
    lambda: grid.__setitem__(10, 1),
    lambda: grid.__delitem__(-100),
    lambda: grid.__getitem__("1"),
]
for make in errors:
    try:
        make()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

# slices with None, negative steps and out-of-range bounds
letters = list("abcdefgh")
print(letters[::-1], letters[-2::-3], letters[10:], letters[-20:2], letters[5:1:-1], letters[::3])
s = slice(1, None, 2)
print(letters[s], s.indices(8), slice(-3, None).indices(8), slice(None, None, -1).indices(8))
print(slice(1, 5) == slice(1, 5), repr(slice(None)), slice(2).stop)

# tuples and strings share the slicing rules but are immutable
t = tuple(letters)
print(t[1:4], t[::-2], "abcdefgh"[2::2])
try:
    t[0:1] = ("z",)
except TypeError as e:
    print("TypeError:", e)

# slice assignment from a generator and from the list itself reversed
target = [1, 2, 3, 4]
target[1:3] = (x * 10 for x in range(4))
print(target)
target[:] = target[::-1]
print(target)
