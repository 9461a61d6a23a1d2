print(format(3.14159, '.2f'), format(42, '08b'), format('hi', '^6'), format(1e10, 'g'))
print(format(0.1 + 0.2, '.17g'), format(2 ** 0.5, '.10f'))
print(format(1234, ','), format(-1234.5, ',.1f'), format(10 ** 12, '_'))
print(format(255, 'x'), format(255, '#X'), format(-255, '#x'))
print(format(12.0), format(12.5, ''), format(1e16), format(1.5e-5))
print(format(float('inf'), 'f'), format(float('-inf'), '10'), format(float('nan'), 'F'))
print(format(123, '>+10'), format(123, '<+10') + '|', format(-123, '=10'))
print(format(0, 'e'), format(0.0, '%'), format(1, '.2%'))
print(format(3, 'n'), format(3.25, 'n'), format(True, ''), format(True, 'd'))
print(format([1, 2]), format((1,)), format(None))
print(format(2.675, '.2f'), format(0.125, '.2f'), format(0.375, '.2f'), format(1.005, '.2f'))
print(format(123.456, '.0f'), format(123.456, '#.0f'), format(1.0, '#g'))
print(format('abc', '.2'), format('abc', '>5.1'), format('x', '0>3'))
for bad in [('abc', 'd'), (1.5, 'd'), (3, 's')]:
    try:
        format(*bad)
    except ValueError as e:
        print('ValueError:', e)
print('%s|%r|%d|%5.2f|%-6s|%06.1f|%x|%o|%e|%%' % ('s', 'r', 42, 3.14159, 'ab', 2.5, 255, 8, 12345.678))
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 33})
print('%c%c' % (72, 'i'), '%5s|%-5s|' % ('a', 'b'), '%.3s' % 'abcdef', '%+d % d' % (5, 5))
print('%*d|%-*d|' % (5, 42, 4, 7), '%.*f' % (2, 3.14159))
print('%s' % (1, ), '%s' % [1, 2], '%r' % ((1, 2),))
try:
    print('%d %d' % (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
