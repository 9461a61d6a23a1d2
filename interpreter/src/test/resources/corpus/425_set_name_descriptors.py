# __set_name__: called at class creation, with owner and name; not called on later assignment.

class Field:
    def __init__(self, kind):
        self.kind = kind
        self.name = None

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        setattr(obj, self.private, value)


class Record:
    title = Field(str)
    year = Field(int)

    def __init__(self, title, year):
        self.title = title
        self.year = year

    def __repr__(self):
        return "Record(%r, %r)" % (self.title, self.year)


r = Record("Dune", 1965)
print(r, Record.title.name, Record.year.private)
try:
    r.year = "1965"
except TypeError as e:
    print("TypeError:", e)

print("late assignment:")
late = Field(float)
Record.rating = late
print(late.name)

# the same descriptor object under two names gets both calls
shared = Field(int)

class Twice:
    a = shared
    b = shared

print(shared.name)


# __set_name__ errors are wrapped/propagated at class creation
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("refuse " + name)

try:
    class Host:
        x = Broken()
except Exception as e:
    print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))


# type() with a namespace also calls __set_name__
Dyn = type("Dyn", (), {"f": Field(str)})
d = Dyn()
d.f = "ok"
print(d.f, Dyn.f.name)


# order follows the class namespace order
class Order:
    z = Field(int)
    a = Field(int)
    m = Field(int)
