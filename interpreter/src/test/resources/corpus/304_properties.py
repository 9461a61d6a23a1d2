class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('resetting')
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)


class ReadOnly:
    @property
    def value(self):
        """The answer."""
        return 42


r = ReadOnly()
print(r.value, ReadOnly.value.__doc__)
try:
    r.value = 1
except AttributeError as e:
    print('AttributeError')
try:
    del r.value
except AttributeError as e:
    print('AttributeError on delete')


def get_area(self):
    return self.w * self.h


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(get_area, doc='area of the rectangle')


print(Rect(3, 4).area, Rect.area.__doc__)
print(isinstance(Rect.area, property), Rect.area.fset is None)
