# Calls hot() most, then warm(), until the file named by the first argument exists.
import os
import sys


def hot():
    return 1


def warm():
    return hot() + hot() + hot()


stop = sys.argv[1]
print("running", flush=True)
rounds = 0
while True:
    warm()
    hot()
    rounds += 1
    if rounds % 1000 == 0 and os.path.exists(stop):
        break
