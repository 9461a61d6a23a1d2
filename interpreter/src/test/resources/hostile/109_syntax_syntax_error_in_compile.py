compile('def f(:', 'inner.py', 'exec')
