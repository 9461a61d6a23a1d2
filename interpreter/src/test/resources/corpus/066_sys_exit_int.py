import sys


def finish(code):
    print("exiting with", code)
    sys.exit(code)
    print("never printed")


try:
    print("before")
finally:
    print("finally before exit")
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e).__name__)
finish(3)
print("never printed either")
