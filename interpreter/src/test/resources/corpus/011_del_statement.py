a = 1
b = 2
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b,
lst = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)


class Obj:
    cls_attr = "class"


o = Obj()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
x, y, z = 1, 2, 3
del x, y
print(z)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)


def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(local_del())
