"""Helper module pkg_a.sibling_c."""


def shout(s):
    return s.upper() + "!"


def whisper(s):
    return s.lower() + "..."
