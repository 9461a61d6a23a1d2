"""Helper module for `from star_mod import *`."""
__all__ = ["public_a", "public_b", "helper"]

public_a = "A"
public_b = "B"
not_exported = "hidden by __all__"
_private = "private"


def helper(x):
    return x * 2
