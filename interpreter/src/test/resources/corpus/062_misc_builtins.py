class Thing:
    color = "red"


t = Thing()
setattr(t, "size", 3)
print(getattr(t, "size"), getattr(t, "color"), getattr(t, "nope", "fallback"))
print(hasattr(t, "size"), hasattr(t, "nope"), hasattr(Thing, "color"))
delattr(t, "size")
print(hasattr(t, "size"))
try:
    getattr(t, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(print), callable(Thing), callable(t), callable(lambda: 0), callable(3))
print(chr(97), chr(0x41), ord("\n"), ord("€"), hex(0), hex(4095), hex(-1))
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4), divmod(2 ** 65, 7))
print(pow(2, 8), pow(2, 8, 5), pow(7, -1, 11), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(round(2.5), round(3.5), round(-1.5), round(0.5), round(1.25, 1), round(1.35, 1))
print(round(123.456, 1), round(123.456, -1), round(5), round(15, -1), round(25, -1))
print(hash(42), hash(0), hash(True), hash(7) == hash(7.0), hash(10 ** 3))
a = []
b = a
print(id(a) == id(b), id(a) == id([]) and False, id(a) == id(a))
print(isinstance(id(a), int), abs(-7), max(1, 9), len("four"))
print(repr("x"), ascii("naïve"), format(3.14159, ".2f"), format(42, "b"))
print(vars(t), sorted(vars(Thing).keys() & {"color"}))
print("color" in dir(t), "color" in dir(Thing), "nope" in dir(t))
print(isinstance(t, Thing), issubclass(Thing, object), type(t) is Thing)
print(bin(255).count("1"), int("".join(reversed(bin(6)[2:])), 2))
print(all(map(callable, [len, str, Thing])), sorted(map(abs, [-3, 1, -2])))
print(min(map(ord, "hello")), chr(max(map(ord, "hello"))))
