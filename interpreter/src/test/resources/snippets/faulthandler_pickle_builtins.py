# faulthandler's functions test.support uses, and builtin functions pickled as globals
import faulthandler, sys, pickle, io, os
print(faulthandler.is_enabled())
faulthandler.enable(); print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled())
def f():
    try:
        faulthandler.dump_traceback(io.StringIO())
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    name = "faulthandler_pickle_builtins.tmp"
    with open(name, "w+") as out:
        faulthandler.dump_traceback(out, all_threads=False)
        out.seek(0)
        print(out.read().splitlines()[1:])
    os.remove(name)
f()
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print(e)
faulthandler.dump_traceback_later(100)
faulthandler.cancel_dump_traceback_later()
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(pickle.loads(pickle.dumps((len, max, getattr, sys.getrecursionlimit), proto)) == (len, max, getattr, sys.getrecursionlimit))
print(len.__reduce__(), sys.getrecursionlimit.__reduce__())
