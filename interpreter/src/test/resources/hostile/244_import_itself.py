import sys
print('running', __name__)
m = __import__(__file__.rsplit('/', 1)[-1][:-3])
print('imported', m.__name__ != __name__)
