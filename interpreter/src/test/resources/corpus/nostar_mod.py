"""Helper module without __all__: star import takes every public name."""
alpha = 1
beta = 2
_gamma = 3


def delta():
    return "delta"
