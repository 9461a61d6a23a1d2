class M(type):
    def __call__(cls):
        return cls()
class A(metaclass=M):
    pass
A()
