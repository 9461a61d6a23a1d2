# Chains of generators delegating with yield from: values and sends through several levels,
# a delegate that returns a value, one that raises (traceback through the chain), throw() and
# close() into a suspended chain, yield from inside an except block (the delegate sees the
# exception being handled), gi_running and gi_yieldfrom seen from inside, and a delegate that
# is not a generator.
import sys


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        if x is not None:
            got.append(x)
    return got


def middle(n):
    got = yield from leaf(n)
    yield "middle got %r" % (got,)
    return len(got)


def top(n):
    r = yield from middle(n)
    return "top saw %d" % r


def drive_sends():
    g = top(4)
    out = [next(g)]
    for v in ("a", None, "b", "c"):
        out.append(g.send(v))
    try:
        next(g)
    except StopIteration as e:
        out.append(e.value)
    print(out)


def raiser(k):
    yield k
    yield k + 1
    raise ValueError("raised two levels down at %d" % k)


def relay(k):
    yield from raiser(k)


def outer_relay():
    try:
        yield from relay(10)
    except ValueError as e:
        yield "outer caught: %s" % e


def drive_raise():
    print(list(outer_relay()))
    g = relay(5)
    print(next(g), next(g))
    try:
        next(g)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("traceback through", names)


def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield "leaf caught %r" % (e.args[0],)


def relay_catcher():
    yield from catcher()


def drive_throw_close():
    g = relay_catcher()
    print(next(g), g.throw(KeyError("k1")), next(g))
    g.close()
    print("closed, running:", g.gi_running, "yieldfrom:", g.gi_yieldfrom)


def shows_handled():
    yield sys.exc_info()[0].__name__ if sys.exc_info()[0] else "nothing handled"
    yield sys.exc_info()[0].__name__ if sys.exc_info()[0] else "nothing handled"


def delegate_in_handler():
    try:
        raise LookupError("in handler")
    except LookupError:
        yield from shows_handled()
    yield from shows_handled()


def drive_handler():
    print(list(delegate_in_handler()))


def introspect(holder):
    g = holder[0]
    yield (g.gi_running, g.gi_yieldfrom is not None)
    yield (g.gi_running, type(g.gi_yieldfrom).__name__)


def introspected(holder):
    yield from introspect(holder)


def drive_introspection():
    holder = []
    g = introspected(holder)
    holder.append(g)
    print(next(g), next(g), g.gi_yieldfrom.__name__)
    print(list(g), g.gi_yieldfrom)


def not_a_generator():
    r = yield from iter([1, 2, 3])
    s = yield from range(2)
    return (r, s)


def drive_iterators():
    g = not_a_generator()
    print(list(g))


drive_sends()
drive_raise()
drive_throw_close()
drive_handler()
drive_introspection()
drive_iterators()
