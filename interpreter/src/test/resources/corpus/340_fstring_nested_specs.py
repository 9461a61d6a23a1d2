rows = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
width = 10
prec = 2
for name, price, qty in rows:
    print(f'{name:<{width}}|{price:>{width}.{prec}f}|{qty:^5d}|{price * qty:08.3f}')
print(f'{"total":>{width + 1}} {sum(p * q for _, p, q in rows):,.2f}')
value = 1234567.891
for spec in [',', '_', '.1e', '.3g', '%', '+.2f', ' .1f', '=+12.1f', '010.2f']:
    print(f'{spec!r:>8} -> {value:{spec}}')
n = 255
print(f'{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#010x} {n:_b}')
print(f'{-42:+d} {42:+d} {42: d} {-42: d} {3:03d} {-3:04d}')
print(f'{"left":<8}|{"right":>8}|{"center":^8}|{"fill":*^10}|')
print(f'{0.5:.0%} {1/3:.3%} {2.5:.0f} {3.5:.0f} {-0.0:.1f}')
name = 'World'
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{name=} {n * 2=} {value=:.1f}')
print(f'{{literal}} {{{n}}}')
d = {'k': [10, 20]}
print(f"{d['k'][1]} {d['k']!r:>12}")
print(f'{3.14159:{"."}{3}}', f'{"x" * 3:>{2 * 3}}')
print(f'{1e21:f}', f'{1e-7:g}', f'{123456789:e}', f'{0.000123:.2e}')
print(f'{12:c}{105:c}', f'{True:d}', f'{True}', f'{None!r}')
