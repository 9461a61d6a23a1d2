class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, celsius):
        self._celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return cls.__name__ + ": " + str(cls.instances)


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.convert(37), t.convert(0))
print(Temperature.from_fahrenheit(212).celsius)
print(Temperature.count(), t.count())


class Sub(Temperature):
    pass


s = Sub.from_fahrenheit(32)
print(type(s).__name__, s.celsius, Sub.count())
print(type(Temperature.__dict__["convert"]).__name__,
      type(Temperature.__dict__["count"]).__name__,
      type(Temperature.__dict__["celsius"]).__name__)
