class A:
    def __del__(self):
        raise ValueError('at exit')
a = A()
print('end')
