class Deck:
    ranks = '23456789TJQKA'
    suits = 'SHDC'

    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        if isinstance(index, slice):
            d = Deck.__new__(Deck)
            d.cards = self.cards[index]
            return d
        return self.cards[index]

    def __contains__(self, card):
        print('contains', card)
        return card in self.cards

    def __reversed__(self):
        print('reversed called')
        return iter(self.cards[::-1])

    def __bool__(self):
        return bool(self.cards)

    def __repr__(self):
        return 'Deck(' + ' '.join(self.cards) + ')'


d = Deck()
print(len(d), d[0], d[-1])
print(d[:5])
print(d[10:20:3])
print(d[::-13])
print('AS' in d, 'XX' in d)
print(list(reversed(d))[:3])
print(bool(d), bool(d[5:5]))
print(slice(1, 10, 2).indices(5))


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Seq()), 9 in Seq(), 5 in Seq())
for i, sq in enumerate(Seq()):
    print(i, sq)
print(list(reversed([1, 2, 3])), sorted(Seq(), reverse=True))
