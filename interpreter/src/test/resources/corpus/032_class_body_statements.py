print("before class")


class Config:
    print("class body executes at definition time")
    values = []
    for i in range(3):
        values.append(i * i)
    if len(values) > 2:
        size = "big"
    else:
        size = "small"
    doubled = [v * 2 for v in values]

    def method(self):
        return self.size

    del i


print(Config.values, Config.size, Config.doubled, Config().method())
print(hasattr(Config, "i"))


class Outer:
    class Inner:
        name = "inner"

        def hello(self):
            return "hello from " + self.name

    attr = Inner.name + " seen from Outer"


print(Outer.Inner().hello(), Outer.attr)
print(Outer.Inner.__qualname__, Outer.Inner.__name__)


def factory(base_value):
    class Made:
        value = base_value

        def get(self):
            return self.value
    return Made


A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B)
x = "module x"


class Scope:
    x = "class x"
    y = x + "!"

    def show(self):
        return x


print(Scope.y, Scope().show())
