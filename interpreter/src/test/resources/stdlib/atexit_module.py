# atexit: last registered runs first, arguments kept, unregister, an error is reported and the rest still run
import atexit, sys

def bye(who, punct="!"):
    print("bye", who + punct)

class Boom:
    def __call__(self):
        raise ValueError("in exit function")

    def __repr__(self):
        return "<boom>"

boom = Boom()

atexit.register(bye, "first")
atexit.register(boom)
atexit.register(bye, "second", punct="?")
f = atexit.register(bye, "gone")
atexit.unregister(bye)
atexit.register(bye, "third")
print(f is bye)
print("main ends")
sys.stdout.flush()
