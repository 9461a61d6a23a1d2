# C-argument conversions of Py_ssize_t (re's pos/endpos, json's scanstring end) raise
# OverflowError for ints past 64 bits; json's C scanner shares equal object keys
import re, sys, json
from json import decoder
for f in (lambda: re.compile("x").match("xxx", sys.maxsize + 1), lambda: re.compile("x").search("x", 0, 2**64),
          lambda: decoder.c_scanstring(b"xxx", sys.maxsize + 1), lambda: decoder.c_scanstring("xxx", -2**70)):
    try:
        f()
    except OverflowError as e:
        print("OverflowError", e)
print(re.compile("x").match("xxx", -5), re.compile("x").search("axx", 1, sys.maxsize))
d = json.loads('[{"a_key": 1, "b_\xe9": 2}, {"a_key": 3, "b_\xe9": 4}]')
print([k1 is k2 for k1, k2 in zip(d[0], d[1])])
