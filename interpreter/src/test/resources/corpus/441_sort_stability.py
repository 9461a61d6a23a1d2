# Sorting: stability across multiple passes, key/reverse interplay, mixed comparisons.

records = [
    ("bob", "sales", 50), ("amy", "eng", 70), ("cat", "sales", 70), ("dan", "eng", 50),
    ("eve", "ops", 60), ("fay", "eng", 70), ("gus", "ops", 50), ("hal", "sales", 60),
]

# stable: sort by secondary key first, then primary
by_name = sorted(records, key=lambda r: r[0])
by_dept = sorted(by_name, key=lambda r: r[1])
print([r[0] for r in by_dept])

# reverse=True keeps equal elements in their original order (not reversed)
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: r[2])[::-1]])

# tuple keys mixing directions by negation
print([(r[1], -r[2], r[0]) for r in sorted(records, key=lambda r: (r[1], -r[2], r[0]))][:4])

# list.sort is in place and returns None; sorted copies
nums = [5, 2, 9, 1, 5, 6]
print(nums.sort(), nums, sorted(nums, reverse=True))

# objects with only __lt__
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.text

versions = [Version(v) for v in ("1.10", "1.2", "1.2.0", "0.9", "1.2", "10.0")]
print(sorted(versions), max(versions), min(versions))

# key errors and comparison errors
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda v: None if v == 1 else v)
except TypeError as e:
    print("TypeError:", e)

# modifying a list during sort is detected
victim = [3, 1, 2]
def meddle(v):
    victim.append(v)
    return v
try:
    victim.sort(key=meddle)
except ValueError as e:
    print("ValueError:", e)

# sorting strings: case folding keys, and lengths
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))

# sorting with None keys via a wrapper tuple
values = [3, None, 1, None, 2]
print(sorted(values, key=lambda v: (v is None, v or 0)))

# stability on a large-ish run of equal keys
pairs = [(i % 3, i) for i in range(15)]
print([p[1] for p in sorted(pairs, key=lambda p: p[0])])
print(sorted("stability"), "".join(sorted("Stability", key=str.casefold)))
