class A:
    def __setattr__(self, n, v):
        setattr(self, n, v)
A().x = 1
