x = 'global'


class A:
    x = 'class A'
    y = x + '!'

    def method(self):
        return x

    def method2(self):
        return self.x

    lam = lambda self: x
    comp = [x for _ in range(1)]
    gen_first = list(x for _ in range(1))


a = A()
print(A.y, a.method(), a.method2(), a.lam(), A.comp, A.gen_first)


def factory():
    x = 'function'

    class B:
        print('class body sees', x)
        x = 'class B'
        print('now', x)

        def m(self):
            return x
    return B


B = factory()
print(B.x, B().m())


def factory2():
    y = 'closure'

    class C:
        def get(self):
            return y
        z = y
    return C


print(factory2()().get(), factory2().z)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10


c1, c2 = Counter(), Counter()
print(Counter.count, c1.count, c2.count)


class Outer:
    val = 1

    class Inner:
        try:
            seen = val
        except NameError as e:
            seen = 'NameError: ' + str(e)


print(Outer.Inner.seen, Outer.Inner.__qualname__)
print([k for k in ('x', 'y', 'method', 'lam', 'comp', 'zzz') if k in vars(A)])
