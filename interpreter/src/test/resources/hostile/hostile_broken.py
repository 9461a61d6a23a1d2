# Imported by a corpus case: a module with a syntax error on line 3.
x = 1
def f(:
    pass
