import sys
lst = [4, 5, 6, 7]
n = int((sys.maxsize * 2 + 2) // len(lst))
for s in (lst, (1, 2), 'ab', b'ab'):
    try:
        s * n
    except (MemoryError, OverflowError) as e:
        print(type(s).__name__, 'too long')
try:
    lst *= n
except (MemoryError, OverflowError):
    print('list *= too long')
print(lst)
a = [1, 2]; a *= 3; print(a); a *= 0; print(a)
b = []; b *= n; print(b)
c = [1]; c *= -2; c.append(5); print(c)
print([1] * 3, 'a' * 0, [] * n, '' * n, b'z' * 2, bytearray(b'ab') * 2, bytearray(b'q') * -1)
