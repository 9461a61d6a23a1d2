"""Helper module that fails while being imported."""
VALUE = 10


def compute():
    return VALUE // 0


RESULT = compute()
