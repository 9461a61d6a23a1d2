people = [
    ('Alice', 31, 'Berlin'), ('bob', 25, 'Paris'), ('Carol', 31, 'Amsterdam'),
    ('dave', 19, 'Paris'), ('Eve', 25, 'berlin'), ('Frank', 40, 'Oslo'),
]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(sorted(people, key=lambda p: p[2].lower(), reverse=True))
print([p[0] for p in sorted(people, key=lambda p: p[0].lower())])
ages = [p[1] for p in people]
stable = sorted(range(len(people)), key=lambda i: people[i][1])
print(stable)
data = [5, -3, 2, -8, 0, 7, -1]
print(sorted(data, key=abs), sorted(data, key=lambda x: (x < 0, abs(x))))
lst = list(data)
lst.sort(reverse=True)
print(lst)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words, key=len), min(words, key=lambda w: w[::-1]))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=lambda kv: kv[1]))
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError:', e)


class Card:
    order = {r: i for i, r in enumerate('23456789TJQKA')}

    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]

    def __lt__(self, other):
        return (Card.order[self.rank], self.suit) < (Card.order[other.rank], other.suit)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in ['KH', '2S', 'AH', 'TD', '2C', 'KS']]
print(sorted(hand), max(hand), min(hand))
print(sorted([[3, 'b'], [1, 'z'], [3, 'a'], [2, 'y']]), sorted([(1, 2), (1,), (0, 9, 9)]))
