def parse_line(line):
    name, qty, price = line.split(',')
    return name.strip(), int(qty), float(price)


orders = """apple, 3, 0.5
pear, 2, 0.75
plum, 4
"""
total = 0.0
for ln in orders.splitlines():
    name, qty, price = parse_line(ln)
    total += qty * price
    print(f'{name:<6} {qty * price:6.2f}')
print('total', total)
