inventory = [
    {'sku': 'A-100', 'name': 'bolt', 'qty': 250, 'price': 0.05, 'cat': 'hardware'},
    {'sku': 'B-200', 'name': 'hammer', 'qty': 12, 'price': 12.5, 'cat': 'tools'},
    {'sku': 'A-101', 'name': 'nut', 'qty': 0, 'price': 0.03, 'cat': 'hardware'},
    {'sku': 'C-300', 'name': 'glue', 'qty': 40, 'price': 3.25, 'cat': 'supplies'},
    {'sku': 'B-201', 'name': 'saw', 'qty': 3, 'price': 24.0, 'cat': 'tools'},
]
header = f"{'SKU':<6} {'Name':<8} {'Qty':>5} {'Price':>8} {'Value':>9}"
print(header)
print('-' * len(header))
by_cat = {}
for item in sorted(inventory, key=lambda i: (i['cat'], i['sku'])):
    value = item['qty'] * item['price']
    by_cat[item['cat']] = by_cat.get(item['cat'], 0) + value
    flag = ' (out)' if item['qty'] == 0 else ''
    print(f"{item['sku']:<6} {item['name']:<8} {item['qty']:>5} {item['price']:>8.2f} {value:>9.2f}{flag}")
print('-' * len(header))
for cat, total in sorted(by_cat.items(), key=lambda kv: -kv[1]):
    print(f'{cat:>10}: {total:8.2f} {"#" * int(total // 20)}')
low = [i['name'] for i in inventory if 0 < i['qty'] < 10]
print('low stock:', ', '.join(low) or 'none')
print('total value: %.2f' % sum(i['qty'] * i['price'] for i in inventory))
most = max(inventory, key=lambda i: i['qty'] * i['price'])
print('most valuable line:', most['name'])
