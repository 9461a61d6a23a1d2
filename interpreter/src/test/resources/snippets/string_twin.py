import _string
for f in ["a{0}b{1:>3}c", "{{x}}", "{a.b[0]!r:^{w}}", "plain", "{}", "x{!s}"]:
    print(list(_string.formatter_parser(f)))
for f in ["a.b[0]", "0[key].x", "name"]:
    first, rest = _string.formatter_field_name_split(f)
    print(first, list(rest))
for bad in ["{", "}", "{0", "{!x!}"]:
    try: print(list(_string.formatter_parser(bad)))
    except ValueError as e: print(e)
