x = "global"


def read():
    return x


def shadow():
    x = "local"
    return x


def enclosing():
    x = "enclosing"

    def inner():
        return x

    return inner()


print(read(), shadow(), enclosing(), x)
len_saved = len


def uses_builtin():
    return len("abc")


def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")


print(uses_builtin(), shadows_builtin(), len("abcd"))


class K:
    y = "class y"

    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)


print(K().method())


def comprehension_scope():
    v = "outer v"
    squares = [v for v in range(3)]
    return v, squares


print(comprehension_scope())
for loop_var in range(2):
    pass
print("loop var leaks:", loop_var)


def unbound():
    print(x)
    x = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(sorted(k for k in dir() if not k.startswith("_")))


def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())


print(locals_demo(1))
