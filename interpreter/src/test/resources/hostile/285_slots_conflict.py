class A:
    __slots__ = ('x',)
    x = 1
