class Base:
    def __init__(self, **kwargs):
        if kwargs:
            print('leftover kwargs', sorted(kwargs))
        super().__init__()


class Named(Base):
    def __init__(self, name='anon', **kwargs):
        self.name = name
        super().__init__(**kwargs)


class Aged(Base):
    def __init__(self, age=0, **kwargs):
        self.age = age
        super().__init__(**kwargs)


class Person(Named, Aged):
    def __init__(self, email=None, **kwargs):
        self.email = email
        super().__init__(**kwargs)

    def __repr__(self):
        return f'Person({self.name!r}, {self.age}, {self.email!r})'


print(Person(name='ann', age=30, email='a@x'))
print(Person(age=5))
print(Person(name='z', extra=1))
print([c.__name__ for c in Person.__mro__])


class LoggingMixin:
    def save(self):
        print(f'log: saving {type(self).__name__}')
        return super().save()


class ValidatingMixin:
    def save(self):
        if not getattr(self, 'valid', True):
            raise ValueError('invalid object')
        print('validated')
        return super().save()


class Store:
    def save(self):
        print('stored')
        return 'ok'


class Model(LoggingMixin, ValidatingMixin, Store):
    pass


m = Model()
print(m.save())
m.valid = False
try:
    m.save()
except ValueError as e:
    print('ValueError:', e)
print(super(LoggingMixin, m).save.__qualname__)
