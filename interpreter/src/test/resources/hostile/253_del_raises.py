class A:
    def __del__(self):
        raise ValueError('in __del__')
a = A()
del a
print('after del')
