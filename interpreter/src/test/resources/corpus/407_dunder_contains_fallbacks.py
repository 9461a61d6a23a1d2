class WithContains:
    def __contains__(self, x):
        print('__contains__', x)
        return x == 'yes'


class WithIter:
    def __iter__(self):
        print('__iter__')
        return iter([1, 2, 3])


class WithGetitem:
    def __getitem__(self, i):
        print('__getitem__', i)
        if i > 2:
            raise IndexError
        return i * 10


print('yes' in WithContains(), 'no' in WithContains(), 'no' not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(10 in WithGetitem(), 99 in WithGetitem())


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print('TypeError:', e)


class Truthy:
    def __contains__(self, x):
        return 'non-bool value'


print(1 in Truthy())
print('ab' in 'cabd', '' in 'x', 2 in {2: 'k'}, 'k' in {2: 'k'}, (1, 2) in [(1, 2)], 1 in range(0, 10, 2))
