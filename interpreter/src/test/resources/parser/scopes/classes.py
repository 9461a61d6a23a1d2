value = 10


class Base:
    attr = 1

    def method(self):
        return attr

    def uses_super(self):
        return super().method()

    def uses_class(self):
        return __class__


def factory(x):
    class Local:
        y = x

        def get(self):
            return x

        def other(self):
            return y
    return Local


def class_var_shadow():
    v = 1

    class C:
        v = 2

        def m(self):
            return v
    return C


class Nested:
    class Inner:
        def f(self):
            return super()
    items = [value for _ in range(2)]


def comprehension_in_method():
    class K:
        data = [1, 2]
        doubled = [d * 2 for d in data]
    return K
