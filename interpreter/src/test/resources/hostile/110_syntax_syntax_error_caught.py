try:
    exec('1 = 2')
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.msg)
