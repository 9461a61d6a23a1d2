# Closures: cells, __closure__, cell_contents, nonlocal rebinding, shared cells.

def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
print(inc(), inc(5), get())
print(inc.__code__.co_freevars, get.__code__.co_freevars)
print(inc.__closure__[0] is get.__closure__[0], get.__closure__[0].cell_contents)

# a cell can be read before the variable is bound only with an error
def early_read():
    def reader():
        return value
    try:
        reader()
    except NameError as e:
        print("NameError:", e)
    value = "bound"
    return reader()

print(early_read())

# deleting a cell variable
def deleter():
    item = 1
    def look():
        return item
    del item
    try:
        look()
    except NameError as e:
        print("NameError:", e)

deleter()

# cell_contents is writable
def holder():
    secret = "old"
    return lambda: secret

h = holder()
h.__closure__[0].cell_contents = "new"
print(h())

# empty cell
def empty_cell():
    def f():
        return later
    cell = f.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 1
    return cell.cell_contents

print(empty_cell())

# closures over loop variables share one cell
def loop_cells():
    fns = []
    for k in range(3):
        fns.append(lambda: k)
    return [f() for f in fns], len({id(f.__closure__[0]) for f in fns})

print(loop_cells())

# functions without free variables have no closure
def plain():
    return 1
print(plain.__closure__, plain.__code__.co_freevars)

# co_cellvars of the outer function
print(make_counter.__code__.co_cellvars)

# a class body between two functions: methods see the function's cell, not class names
def outer():
    n = "outer n"
    class Inner:
        n = "class n"
        def method(self):
            return n
    return Inner().method()

print(outer())

# global in a nested function skips enclosing scopes
g = "module g"
def shadow():
    g = "local g"
    def inner():
        global g
        return g
    return inner()

print(shadow())
