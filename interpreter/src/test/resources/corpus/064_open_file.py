import sys

folder = __file__[:__file__.rfind("/") + 1]
path = folder + "data/input.txt"
f = open(path)
text = f.read()
f.close()
print(repr(text))
print(len(text), text.count("\n"))
f = open(path, "r", encoding="utf-8")
for number, line in enumerate(f, 1):
    print(number, repr(line))
f.close()
f = open(path)
print(f.readline(), end="")
print(repr(f.readline()))
rest = f.readlines()
print(rest)
f.close()
print(f.closed)
lines = open(path).read().splitlines()
print(lines[-1], len(lines))
words = open(path).read().split()
print(sorted(words)[:3], len(words))
try:
    open(folder + "data/does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
except OSError as e:
    print("OSError", type(e).__name__)
print(isinstance(text, str), type(open(path, "rb").read()).__name__)
print(open(path, "rb").read()[:5])
