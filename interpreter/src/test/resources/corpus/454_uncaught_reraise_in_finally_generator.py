# Uncaught exception thrown into a generator whose finally block raises a new one.

def worker():
    try:
        while True:
            task = yield
            print("  working on", task)
    finally:
        print("  worker cleanup")
        raise RuntimeError("cleanup failed")


w = worker()
next(w)
w.send("task-1")
w.send("task-2")
w.throw(KeyError("shutdown"))
print("not reached")
