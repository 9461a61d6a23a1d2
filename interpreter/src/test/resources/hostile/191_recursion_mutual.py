def a():
    b()
def b():
    a()
a()
