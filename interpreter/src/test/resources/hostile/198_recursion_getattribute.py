class A:
    def __getattribute__(self, name):
        return self.x
A().y
