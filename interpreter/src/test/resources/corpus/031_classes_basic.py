class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1

    def speak(self, sound="woof"):
        return "%s says %s" % (self.name, sound)

    def birthday(self):
        self.age += 1
        return self


rex = Dog("Rex", 3)
fido = Dog("Fido")
print(rex.speak(), fido.speak("yip"))
print(rex.birthday().birthday().age, fido.age)
print(Dog.count, rex.species, Dog.species)
rex.species = "override on instance"
print(rex.species, fido.species, Dog.species)
print(type(rex).__name__, type(rex) is Dog, Dog.__name__)
print(sorted(vars(fido).items()))
print(Dog.speak(fido, "bound by hand"))
method = rex.speak
print(method("grr"))
print(hasattr(rex, "name"), getattr(rex, "missing", "default"))


class Point:
    """A point."""
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
p.z = 3
print(p.x, p.y, p.z, Point.__doc__)
print(isinstance(p, Point), isinstance(p, Dog), isinstance(p, object))


class Counter:
    total = 0

    def add(self):
        self.total += 1


c1, c2 = Counter(), Counter()
c1.add()
c1.add()
print(c1.total, c2.total, Counter.total)
