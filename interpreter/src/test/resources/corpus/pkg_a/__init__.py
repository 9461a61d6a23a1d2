"""Helper package pkg_a."""
from . import sub_b
from .sibling_c import shout

PKG_NAME = "pkg_a"
print("pkg_a/__init__ runs:", __name__, __package__)


def version():
    return "pkg_a " + sub_b.SUB_VERSION
