data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f'list is long ({n} elements)')
lines = iter(['alpha', 'beta', '', 'gamma'])
while (line := next(lines)):
    print('line:', line)
print('rest:', list(lines))
results = [y for x in data if (y := x * 3) % 2 == 0]
print(results, y)
stack = [1, 2, 3]
total = 0
while stack and (top := stack.pop()):
    total += top
print(total, top)


def find_first(pred, items):
    for item in items:
        if (r := pred(item)) is not None:
            return item, r
    return None


print(find_first(lambda v: v // 10 if v > 20 else None, data))
print([(w, l) for w in ['a', 'bbb', 'cc'] if (l := len(w)) > 1])
counts = {}
for ch in 'abracadabra':
    counts[ch] = (c := counts.get(ch, 0)) + 1
print(sorted(counts.items()), c)
print((z := 10) + z, z)
