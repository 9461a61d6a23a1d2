class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"


class Cat(Animal):
    kind = "cat"

    def speak(self):
        return "meow"


for a in (Animal("generic"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")):
    print(a.describe())
p = Puppy("Max", 2)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (Cat, Animal)))
print(isinstance(p, (Cat, Dog)))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Base:
    def __init__(self):
        self.log = ["Base"]


class Child(Base):
    def __init__(self):
        super(Child, self).__init__()
        self.log.append("Child")


print(Child().log)
print(type(p).__name__, type(p).__bases__[0].__name__)
