# SIGINT in a busy loop: KeyboardInterrupt at the next safe point, finally runs.
def step(n):
    return n + 1

print("ready", flush=True)
n = 0
try:
    while True:
        n = step(n)
finally:
    print("finally ran", flush=True)
