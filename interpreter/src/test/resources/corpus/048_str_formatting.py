name, n, f = "Ann", 42, 3.14159
print("%s is %d years" % (name, n))
print("%r %s" % (name, name), "%5.2f|" % f, "%-6d|" % n, "%06.1f" % f)
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("100%% sure" % (), "%c%c" % (72, "i"), "%e" % 12345.6789)
print("%(a)s and %(b)s" % {"a": "x", "b": "y"})
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 50, "%+d %+d" % (5, -5))
print("%10s|%-10s|" % ("right", "left"), "%.3s" % "abcdef", "%*d" % (5, 42))
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[0]} {0[1]} {1[k]}".format([1, 2], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{:.2f} {:,} {:08.3f} {:+.1e} {:%}".format(f, 1234567, f, 12345.678, 0.25))
print("{:b} {:o} {:x} {:X} {:#b}".format(10, 10, 255, 255, 5))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{:{w}.{p}f}".format(f, w=10, p=2), "{:d}".format(True))
print("{{escaped}} {}".format("ok"), format(0.5, ".0%"), format(12, "05d"))
print("{0.real} {0.imag}".format(3 + 4j), "{:>6.2f}".format(-1.5))
print("{:,.2f}".format(1234567.891), "{:_x}".format(2 ** 32), "{:=+8d}".format(42))
print("%s %s" % (None, True), "%d" % 3.99, "%i" % -7, "%.2f" % 2.675, "%g" % 1.5e-7)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
