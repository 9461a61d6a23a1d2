# SIGINT during a blocking read of stdin (the pipe stays open).
import sys
print("ready", flush=True)
try:
    data = sys.stdin.read()
except KeyboardInterrupt:
    print("caught in read", flush=True)
    raise
