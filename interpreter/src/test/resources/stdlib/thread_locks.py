# _thread: locks, RLock, threads that take turns, get_ident, stack_size, errors
import _thread, time

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside", lock.locked())
print(lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

results = []
done = _thread.allocate_lock()
done.acquire()
def worker(n, step=1):
    total = 0
    for i in range(0, n, step):
        total += i
    results.append((n, total, _thread.get_ident() != main))
    if len(results) == 3:
        done.release()
main = _thread.get_ident()
for n in (10, 100, 1000):
    _thread.start_new_thread(worker, (n,), {"step": 1})
print(done.acquire(timeout=30))
print(sorted(results))
print(_thread.stack_size(), _thread.stack_size(0), type(_thread.TIMEOUT_MAX).__name__, _thread.error is RuntimeError)
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(worker, [1])
except TypeError as e:
    print("TypeError:", e)
sentinel_done = _thread.allocate_lock()
sentinel_done.acquire()
box = []
def with_sentinel():
    box.append(_thread._set_sentinel())
    sentinel_done.release()
_thread.start_new_thread(with_sentinel, ())
sentinel_done.acquire()
print(box[0].acquire(timeout=30))
time.sleep(0.01)
print("end")
