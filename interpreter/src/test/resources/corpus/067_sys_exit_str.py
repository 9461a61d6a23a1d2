import sys

print("about to exit with a message")


def shutdown():
    try:
        sys.exit("fatal: configuration missing")
    finally:
        print("finally runs during sys.exit")


shutdown()
