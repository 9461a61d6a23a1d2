class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f'P{self.x, self.y}'


pts = [Point(1, 2), Point(1, 2), Point(2, 1)]
print(len(set(pts)), pts.count(Point(1, 2)), pts.index(Point(2, 1)))
print({Point(0, 0): 'origin'}[Point(0, 0)])


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError:', e)


class Always:
    def __eq__(self, other):
        print('Always.__eq__ called')
        return True


print(1 == Always(), Always() != 5)
print([Always()].count(3))
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan])


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f'eq {self.v} {getattr(other, "v", other)}')
        return NotImplemented


print(Loud(1) == Loud(2))
print(Loud(3) == 3)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2))
print(hash((1, 2)) == hash((1, 2)), 1.0 in {1}, {1: 'a', 1.0: 'b', True: 'c'})
