"""Writes unicodedata-14.0.0.gz next to this script: the Unicode 14.0.0 character properties that
the unicodedata twin serves (the JDK's own tables are an older Unicode version). Run with
CPython 3.11, whose unicodedata is Unicode 14.0.0:

    /usr/bin/python3.11 interpreter/src/main/resources/org/herthon/interpreter/modules/make_unicodedata.py

Format (text, gzip-compressed): sections "#name", then runs "start count value" (hex start,
decimal count) of consecutive code points sharing a non-default value.
"""
import gzip
import os
import sys
import unicodedata as u

assert u.unidata_version == "14.0.0", u.unidata_version
HERE = os.path.dirname(os.path.abspath(__file__))

def runs(f, default):
    out = []
    start, prev = None, None
    for cp in range(0x110000):
        v = f(chr(cp))
        if start is not None and v == prev and cp == start + count:
            count += 1
            continue
        if start is not None and prev != default:
            out.append("%x %d %s" % (start, count, prev))
        start, prev, count = cp, v, 1
    if prev != default:
        out.append("%x %d %s" % (start, count, prev))
    return out

props = {
    "category": (u.category, "Cn"),
    "bidirectional": (u.bidirectional, ""),
    "combining": (u.combining, 0),
    "east_asian_width": (u.east_asian_width, "N"),
    "mirrored": (u.mirrored, 0),
    "decimal": (lambda c: u.decimal(c, None), None),
    "digit": (lambda c: u.digit(c, None), None),
    "numeric": (lambda c: repr(u.numeric(c, None)) if u.numeric(c, None) is not None else None, None),
    "decomposition": (lambda c: u.decomposition(c).replace(" ", "_"), ""),
}
lines = []
for name, (f, default) in props.items():
    lines.append("#" + name)
    lines.extend(runs(f, default))
with gzip.GzipFile(os.path.join(HERE, "unicodedata-14.0.0.gz"), "wb", mtime=0) as fh:
    fh.write(("\n".join(lines) + "\n").encode())
print(len(lines), file=sys.stderr)
