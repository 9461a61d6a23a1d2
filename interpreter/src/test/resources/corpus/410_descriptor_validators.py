class Validator:
    def __set_name__(self, owner, name):
        self.private = '_' + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f'{self.public}: expected one of {sorted(self.options)!r}, got {value!r}')


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'{self.public}: expected a number, got {type(value).__name__}')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f'{self.public}: {value} < {self.minvalue}')
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f'{self.public}: {value} > {self.maxvalue}')


class Component:
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)
    price = Number(0, 1000)

    def __init__(self, kind, quantity, price):
        self.kind = kind
        self.quantity = quantity
        self.price = price


c = Component('wood', 5, 9.5)
print(c.kind, c.quantity, c.price, sorted(vars(c)))
for args in [('stone', 1, 1), ('metal', -1, 1), ('metal', 1, 'cheap'), ('plastic', 2, 5000)]:
    try:
        Component(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(type(Component.kind).__name__, Component.price.maxvalue)
