# Calls hot() most, then warm(), until the file named by the first argument exists.
import sys
import time

def hot():
    return 1

def warm():
    return hot() + hot() + hot()

stop = sys.argv[1]

def stopped():
    try:
        open(stop).close()
        return True
    except OSError:
        return False

print("running", flush=True)
rounds = 0
while True:
    warm()
    hot()
    rounds += 1
    if rounds % 100 == 0:
        # A steady, modest rate: the live stream carries every entry.
        time.sleep(0.01)
        if stopped():
            break
