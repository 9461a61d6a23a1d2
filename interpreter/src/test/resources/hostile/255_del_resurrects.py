keep = []
class A:
    def __del__(self):
        keep.append(self)
a = A()
del a
print('resurrected', len(keep) <= 1)
