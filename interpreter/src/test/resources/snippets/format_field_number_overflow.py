# str.format field numbers are C ssize_t values: too many digits is a ValueError, not a crash
import sys
for s in ("{%d:.6f}" % (sys.maxsize + 1), "{0[%d]}" % (sys.maxsize + 1), "{:%d}" % (sys.maxsize + 1), "{%d}" % (2**31),
          "{0[%d]}" % (2**40)):
    try:
        print(s.format([2.34]))
    except Exception as e:
        print(type(e).__name__, e)
