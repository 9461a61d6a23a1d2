print('__annotations__' in globals())
__annotations__['pre'] = 1
class A:
    "doc"
    if True:
        x: int = 1
    y = 2
print(list(A.__dict__)[:5])
class B:
    z = 1
print('__annotations__' in B.__dict__)
for i in range(1):
    q: str
print(__annotations__)
