# SIGINT during time.sleep: the sleep ends with KeyboardInterrupt, the handler sees it.
import time
print("ready", flush=True)
try:
    time.sleep(600)
except KeyboardInterrupt:
    print("caught in sleep", flush=True)
    raise
