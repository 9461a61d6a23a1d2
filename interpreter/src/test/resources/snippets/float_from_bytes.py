print(float(b"2.5"), float(bytearray(b" 1e3 ")), float(b"-inf"))
try:
    float(b"x1")
except ValueError as e:
    print(e)
