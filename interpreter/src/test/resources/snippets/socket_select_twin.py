import _socket, select

a, b = _socket.socketpair()
print(type(a).__name__, a.family == _socket.AF_UNIX, a.type == _socket.SOCK_STREAM, a.proto, a.timeout, a.gettimeout(), a.getblocking())
print(b.send(b'hello'), a.recv(3), a.recv(100))
a.setblocking(False)
print(a.timeout, a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
r, w, x = select.select([a, b], [a], [], 0)
print(r == [], w == [a], x)
b.sendall(b'x' * 10)
r, w, x = select.select([a.fileno(), b.fileno()], [], [], 1.0)
print(r == [a.fileno()], w, x)
print(len(a.recv(4096)))
b.settimeout(0.05)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(1)
except TimeoutError as e:
    print('TimeoutError', e, isinstance(e, _socket.timeout), _socket.timeout is TimeoutError)
fd = a.detach()
print(a.fileno(), fd == r[0])
c = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM, 0, fd)
print(c.fileno() == fd, c.getblocking(), c.family == _socket.AF_UNIX)
c.setblocking(True)
b.send(b'!')
print(c.recv(1))
b.close()
print(b.fileno(), c.recv(10))
r, w, x = select.select([c], [], [], 0)
print(r == [c])
c.close()
for bad in [lambda: c.recv(1), lambda: select.select([c], [], []), lambda: select.select(1, [], []), lambda: select.select(['x'], [], []),
            lambda: select.select([-1], [], []), lambda: select.select([], [], [], -1), lambda: select.select([], [], [], 'x'),
            lambda: select.select([], []), lambda: _socket.getaddrinfo('nohost.invalid', 80) if False else None,
            lambda: _socket.socketpair()[0].settimeout(-1), lambda: _socket.socketpair()[0].recv(-1),
            lambda: _socket.htons(70000), lambda: _socket.htons(1), lambda: _socket.htonl(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(_socket.gaierror, OSError), issubclass(_socket.herror, OSError), _socket.error is OSError, select.error is OSError)
print(select.select([], [], [], 0.01))
import signal
print(signal.set_wakeup_fd(-1), signal.set_wakeup_fd(-1))
