# signal.signal(SIGINT, handler): the handler runs in the main thread, the program goes on.
import signal
import time

received = []

def on_interrupt(signum, frame):
    received.append(signum)
    print("handler got", signum, "frame", type(frame).__name__, flush=True)

previous = signal.signal(signal.SIGINT, on_interrupt)
print("previous is default_int_handler:", previous is signal.default_int_handler)
print("getsignal is the handler:", signal.getsignal(signal.SIGINT) is on_interrupt)
print("ready", flush=True)
while not received:
    time.sleep(0.01)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored; received", received)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("raise_signal raised KeyboardInterrupt")
