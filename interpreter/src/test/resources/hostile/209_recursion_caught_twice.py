def f():
    f()
for i in range(3):
    try:
        f()
    except RecursionError:
        print('caught', i)
