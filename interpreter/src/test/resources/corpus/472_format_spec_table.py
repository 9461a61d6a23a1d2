# format() of floats and ints over a table of format specs, including '#', 'z', grouping and errors.

vals = [0.0, -0.0, 1.0, 1.5, 2.5, 0.1, 1e-7, 123456.789, 1e16, 1.7976931348623157e308, 5e-324, float("inf"), float("nan"), -1234.5]
specs = ["", "g", ".3g", "#g", "e", ".0e", "f", ".0f", "#.0f", "%", ".1%", ",", ",.2f", "_.3f", "+", " .2f", "010.2f", "<10", "^10.1f", "=+10.2f", "z.1f", ".2", "#.3", "n", "E", "G", "F"]
for v in vals:
    print(repr(v), "|".join(map(format, [v] * len(specs), specs)))
ints = [0, 7, -7, 255, 2**40, -(2**64)]
ispecs = ["", "d", "+d", " d", "x", "#X", "o", "#b", ",", "_", "_x", "08d", "<6", "^7", "=+8", "e", ".2f", "%", "c" , "n", "#o", "010,", "#010x"]
ok = ispecs[:-6]
for v in ints:
    print(v, "|".join(map(format, [v] * len(ok), ok)))
for v in ints:
    for s in ispecs[-6:]:
        try:
            print(v, repr(s), format(v, s))
        except (ValueError, OverflowError) as e:
            print(v, repr(s), type(e).__name__ + ":", e)
