class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __hash__(self):
        return hash(self.parts)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other < self

    def __ge__(self, other):
        return not self < other


vs = [Version(t) for t in ['1.10', '1.2', '1.2.1', '0.9', '1.10']]
print(sorted(vs))
print(max(vs), min(vs))
print(Version('1.2') == Version('1.2'), Version('1.2') != Version('1.3'))
print(Version('1.2') <= Version('1.2'), Version('2') >= Version('1.9.9'))
print(len(set(vs)))
print(Version('1') == 1, Version('1') != 'x')
try:
    Version('1') < 3
except TypeError as e:
    print('TypeError:', e)
d = {Version('3.11'): 'current'}
print(d[Version('3.11')])
print(sorted(vs, reverse=True)[0])
