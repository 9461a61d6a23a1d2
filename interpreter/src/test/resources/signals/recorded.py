# Ctrl-C with --jfr: cleanup runs (and is recorded) before the recording is written.
import time

def cleanup():
    time.sleep(0.05)

def tick(n):
    return n + 1

print("ready", flush=True)
n = 0
try:
    while True:
        n = tick(n)
        time.sleep(0.001)
finally:
    cleanup()
    print("cleaned up", flush=True)
