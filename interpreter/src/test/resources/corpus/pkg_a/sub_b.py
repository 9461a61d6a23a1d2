"""Helper module pkg_a.sub_b."""
from . import sibling_c
from .sibling_c import whisper

SUB_VERSION = "1.2"


def combine(a, b):
    return sibling_c.shout(a) + " " + whisper(b)


def fail(n):
    if n == 0:
        raise RuntimeError("pkg_a.sub_b.fail reached zero")
    return fail(n - 1)
