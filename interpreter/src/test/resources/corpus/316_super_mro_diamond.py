class Base:
    def __init__(self):
        print('Base.__init__')
        self.trail = ['Base']

    def greet(self):
        return 'Base'


class Left(Base):
    def __init__(self):
        print('Left.__init__')
        super().__init__()
        self.trail.append('Left')

    def greet(self):
        return 'Left>' + super().greet()


class Right(Base):
    def __init__(self):
        print('Right.__init__')
        super().__init__()
        self.trail.append('Right')

    def greet(self):
        return 'Right>' + super().greet()


class Bottom(Left, Right):
    def __init__(self):
        print('Bottom.__init__')
        super().__init__()
        self.trail.append('Bottom')

    def greet(self):
        return 'Bottom>' + super().greet()


b = Bottom()
print(b.trail)
print(b.greet())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).greet())
print(super(Bottom, b).greet())


class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)


class M1:
    def who(self):
        return ['M1'] + getattr(super(), 'who', lambda: [])()


class M2:
    def who(self):
        return ['M2'] + getattr(super(), 'who', lambda: [])()


class Z(M1, M2):
    pass


print(Z().who(), [k.__name__ for k in Z.mro()])
print(issubclass(Bottom, (int, Right)), isinstance(b, Left))
