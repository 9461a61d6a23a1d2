phonebook = {'alice': '555-1234', 'bob': '555-9876', 'carol': '555-1234', 'dave': '555-0000'}
by_number = {}
for name, num in phonebook.items():
    by_number.setdefault(num, []).append(name)
print(by_number)
inverted = {v: k for k, v in phonebook.items()}
print(inverted)
print({k: v for k, v in sorted(phonebook.items(), key=lambda kv: kv[1])})
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if v % 2})
nested = {outer: {inner: outer * inner for inner in range(1, 4)} for outer in range(1, 3)}
print(nested)
print({(a, b): a ^ b for a in range(2) for b in range(2)})
keys = ['x', 'y', 'z']
vals = [1, 2]
print(dict(zip(keys, vals)), dict.fromkeys(keys, 0))
d = dict(a=1, b=2)
d |= {'c': 3, 'a': 10}
print(d, d | {'z': 26}, {'z': 26} | d)
merged = {**d, 'b': 'override', **{'new': True}}
print(merged)
print(list(d.keys() & {'a', 'q'}), sorted(d.keys() | {'q'}), sorted(d.keys() - {'a'}))
print(list(d.items())[0], ('a', 10) in d.items(), 10 in d.values())
e = {}
for word in 'the quick brown fox jumps over the lazy dog the end'.split():
    e[word] = e.get(word, 0) + 1
print(max(e, key=e.get), sorted(e.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
