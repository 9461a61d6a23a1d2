import array

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for tc in 'bBhHiIlLqQ':
    for v in [-1, 2**64, 2**63, 1.5, 'x', 256, 2**32, 2**16, -2**63 - 1, 127, -128]:
        show(lambda: array.array(tc, [v]))
for tc in array.typecodes:
    a = array.array(tc, 'hello' if tc == 'u' else [1, 2, 3])
    print(tc, a, a.itemsize, a.typecode, len(a), a.tobytes(), a.tolist(), list(a), a[1], a[-1])
show(lambda: array.array('z')); show(lambda: array.array(5)); show(lambda: array.array('ab'))
show(lambda: array.array('b', 'abc')); show(lambda: array.array('f', ['x'])); show(lambda: array.array('u', [1]))
show(lambda: array.array('u', ['ab'])); show(lambda: array.array('i', [1, 2])[5]); show(lambda: array.array('i').pop())
show(lambda: array.array('i', [1]).remove(3)); show(lambda: array.array('i', [1]).index(3))
show(lambda: array.array('i', [1, 2, 3]).__setitem__(slice(0, 2), [1]))
show(lambda: array.array('i', [1, 2, 3]).__setitem__(slice(0, 2), array.array('b', [1])))
show(lambda: array.array('i', [1, 2, 3]).__setitem__(slice(0, 3, 2), array.array('i', [1])))
show(lambda: array.array('i') + [1]); show(lambda: array.array('i') + array.array('b')); show(lambda: array.array('i', b'abc'))
show(lambda: array.array('i').frombytes(b'abcde')); show(lambda: array.array('i').tounicode()); show(lambda: array.array('i').fromunicode('a'))
show(lambda: array.array('i', [1]) * 'x'); show(lambda: array.array('b').fromlist((1,))); show(lambda: array.array('d', [1.5, -2]))
show(lambda: array.array('u', 'héllo')); show(lambda: array.array('i')); show(lambda: array.array('i', range(5))[1:4])
show(lambda: array.array('i', range(5))[::-2]); show(lambda: array.array('B', b'abc')); show(lambda: array.array('H', b'abcd').tolist())
show(lambda: array.array('i', [3]) == array.array('b', [3])); show(lambda: array.array('i', [1, 2]) < array.array('i', [1, 3]))
show(lambda: array.array('f', [0.1]).tolist()); show(lambda: array.array('i', array.array('b', [1, 2])))
show(lambda: hash(array.array('i'))); show(lambda: array.array('i', [1, 2, 3, 2]).count(2)); show(lambda: array.array('i').__reduce_ex__(3))
show(lambda: array.array('i', [1]).extend([1, 'a'])); show(lambda: array.array('b', 'x')); show(lambda: array.array('i', 'x', 3))
a = array.array('h', range(10))
a.append(100); a.insert(0, -5); a.insert(-1, 7); a.insert(100, 8); print(a, a.pop(), a.pop(0), a.pop(3))
a.remove(7); a.reverse(); print(a, a.index(5), a.count(1), 5 in a, 50 in a, a.index(5, 3) if 5 in a[3:] else None)
a[2] = 42; a[1:3] = array.array('h', [9, 9, 9]); a[::3] = array.array('h', [0] * len(a[::3])); del a[0]; del a[::2]; print(a)
a.byteswap(); print(a, a.tobytes()); a.byteswap()
b = a + array.array('h', [1, 2]); b += array.array('h', [3]); c = b * 2; d = 2 * b; b *= 2; print(b, c == d, b == c, b != c)
e = array.array('d'); e.frombytes(array.array('d', [1.25, -0.5]).tobytes()); e.fromlist([3.0, 4]); e.extend((5,)); print(e, e.tolist())
u = array.array('u', 'ab'); u.fromunicode('cd'); u.append('e'); print(u, u.tounicode(), u[1:3])
print(array.array('Q', [2**64 - 1]), array.array('L', [2**63]), array.array('q', [-2**63]), array.array('I', [2**32 - 1]))
print(array.array('b', [1, 2]) == array.array('b', [1, 2]), array.array('i', [1, 2]) == [1, 2], array.array('b') < array.array('b', [0]))
class A(array.array):
    pass
x = A('i', [1, 2]); x.tag = 'z'; print(x, type(x).__name__, x.tag, isinstance(x, array.array), array.array.__module__, array.ArrayType is array.array)
r = array.array('i', [7, 8]).__reduce_ex__(3); print(r[0](*r[1]), r[1][2])
print(array.array('i', [5, 6]).__reduce_ex__(2)[1], array.array('i', [1, 2, 3]).buffer_info()[1])
it = iter(array.array('b', [1, 2])); print(next(it), next(it), next(it, 'end'))
print(sorted(array.array('i', [3, 1, 2])), sum(array.array('d', [0.5, 0.25])), max(array.array('B', b'\x05\x09')))
