x = a or b or c and d and not e
x = a < b <= c == d != e > f >= g in h not in i is j is not k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** o
x = -a + +b - ~c
x = 2 ** -1
x = not not a
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *args, c, d=2, **kw: a
x = lambda *, k: k
x = lambda a, /, b: a
x = lambda *a: a
x = (y := 10)
if (n := len(a)) > 10: pass
x = [1, 2, 3,]
x = [*a, *b]
x = (1,)
x = ()
x = (1, 2)
x = 1, 2,
x = {1: 2, 'a': 'b', **other}
x = {**a, 'b': 1}
x = {1, 2, *s}
x = {}
x = [i * j for i in range(3) for j in range(i) if i if j]
x = {k: v for k, v in items}
x = {s for s in seq if s}
x = (g for g in gen)
x = sum(g for g in gen)
x = f(a, *args, key=1, **kw)
x = f(*a, *b, k=1, **c, **d)
x = f(a)(b)(c)
x = f(a, b,)
x = obj.attr.method()[0][1:2][::3][a:b:c][:, 1][..., None]
x = arr[1:2, ::3]
x = arr[i,]
x = arr[(1, 2)]
x = arr[*idx]
x = ...
x = None, True, False
x = 1_000_000 + 0xDEAD_BEEF + 0o777 + 0b1010 + 123456789012345678901234567890
x = 1.5 + 1e10 + 1.5e-7 + .5 + 5. + 1E+3 + 3j + 2.5J + 1e400
x = 'single' "double" '''triple''' """triple double"""
x = r'raw\n' R"\d+" u'unicode'
x = b'bytes' rb'raw bytes' Br"x"
x = 'esc\n\t\\\'\"\a\b\f\v\r\0\101\x41\u0041\U0001F600\N{BULLET}'
x = b'\x00\xff\n' b"\101"
x = 'adjacent' 'concat' \
    'continued'
x = f'{a}'
x = f'{a!r} {b!s:>10} {c!a:{width}.{prec}}'
x = f'{{literal}} {x}'
x = f"{'nested'} {d['key']}"
x = f'{x=}' f'{y = }' f'{z=:>5}' f'{w=!s}'
x = f'{a + b} {f(c)} {[1, 2][0]} {lambda_result}'
x = f'' f'plain' 'mixed' f'{x}'
x = u'u' 'then plain'
x = f'''multi
{line}
  {  spaced  }'''
x = F'upper {x}' rf'{x}\d' fR'\n{y}'
x = await_value
x = (yield)
x = a[b][c].d(e)[f]
x = -1
x = (a)
x = ((a, b))
x = (a)(b)
x = (a) + (b)
x = not (a)
print(*args, sep='', end='\n', file=sys.stderr)
async def coroutine():
    await something
    async for x in y:
        pass
    async with z as w:
        pass
    return [i async for i in aiter()]
