# Uncaught error raised by __exit__ while another exception is propagating: both are reported.

class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("rollback", self.name, "because of", exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            self.rollback()
        return False

    def rollback(self):
        raise ConnectionError("lost connection during rollback of " + self.name)


def transfer(amount):
    with Transaction("transfer"):
        if amount < 0:
            raise ValueError("negative amount: %d" % amount)
        print("moved", amount)


transfer(10)
transfer(-5)
