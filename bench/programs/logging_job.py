"""A logging-heavy job: a small order-processing loop that logs through the logging package
(several loggers, levels, a filter, %-style arguments, a formatter) into an in-memory stream."""
import io
import logging
import sys
import time


class EvenOrders(logging.Filter):
    def filter(self, record):
        return getattr(record, "order", 0) % 2 == 0


def main(n):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    root = logging.getLogger("shop")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    orders = logging.getLogger("shop.orders")
    payments = logging.getLogger("shop.payments")
    payments.addFilter(EvenOrders())
    total = 0
    for i in range(n):
        amount = (i * 37) % 500
        orders.info("order %d for %d items", i, i % 9, extra={"order": i})
        payments.info("payment of %d.%02d EUR", amount // 100, amount % 100, extra={"order": i})
        if amount > 450:
            orders.warning("large order %d: %s", i, {"amount": amount})
        orders.debug("never shown %d", i)
        total += amount
    text = stream.getvalue()
    return "%d lines, %d chars, total %d, last %r" % (text.count("\n"), len(text), total, text.splitlines()[-1])


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
