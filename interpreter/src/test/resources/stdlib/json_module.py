# json: dumps/loads over the _json twin (scanstring, make_scanner, the one-shot encoder) and json's indenting encoder; errors with positions.
import json
from collections import OrderedDict

doc = {"name": "Grüße €", "n": [1, 2.5, -3e-7, 10**20, True, False, None], "nested": {"b": [], "a": {}}, "tab\t": "q\"uote\\"}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, indent="\t", separators=(",", ": ")))
print(json.dumps(doc, separators=(",", ":"), sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps("\u2028\x00\x1f\U0001f600"), json.dumps("\U0001f600", ensure_ascii=False))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")), json.dumps(1.0), json.dumps(0.1), json.dumps(1e100))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps({1, 2})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps(object(), default=lambda o: "obj"), json.dumps(OrderedDict([("z", 1), ("a", 2)])))
c = [1]
c.append(c)
try:
    json.dumps(c)
except ValueError as e:
    print("ValueError", e)

text = json.dumps(doc, indent=2)
back = json.loads(text)
print(back == doc, back["name"], type(back["n"][3]).__name__)
print(json.loads('{"a": [1, 2.0, "x\\u00e9\\ud83d\\ude00", null, true, false], "b": {"c": -0.5e2}}'))
print(json.loads('  [1 , 2 ]  '), json.loads('"\\n\\t\\/\\b"'), json.loads("NaN"), json.loads("-Infinity"), json.loads("123456789012345678901234567890"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(b'{"bytes": "\xc3\xa9"}'), json.loads('{"utf16": 1}'.encode("utf-16")))
print(json.loads('{"x": 1.5, "y": [1, 2]}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"k": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, "Infinity"]', parse_constant=lambda s: s))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'tru', '"abc', '{"a": 1} x', '[1, 2]]', '"\\u12"', '{1: 2}', '[\n  1,\n  ]', "'single'", '01']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"a\tb"', strict=False))
try:
    json.loads(42)
except TypeError as e:
    print("TypeError", e)

enc = json.JSONEncoder(sort_keys=True, indent=1)
print(list(enc.iterencode({"b": [1, 2], "a": None})))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)
s = json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder)
print(s)
print(json.loads(s, object_hook=lambda d: Point(*d["__point__"]) if "__point__" in d else d)[1].y)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[2]', 0))

# the C accelerator's messages (_json.scanstring, _json.make_encoder)
for bad in ['"\\x"', '"a\tb"', '"abc', '"\\u12"', '"\\u12zz"', '"\\ud83d\\u0041"', '["\\ud83d\\ude00x"]']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for call in [lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps([float('inf'), {1.5: 2, None: 3, False: 1}])]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import _json
print(_json.encode_basestring_ascii('a"\\\n\u20ac\U0001f600'), _json.encode_basestring('a"\x01\u20ac'), _json.scanstring('"abc" x', 1))
c = {}
c['c'] = c
try: json.dumps(c)
except ValueError as e: print(e)
print(json.dumps({"b": [1, (2, 3)], "a": {"z": None}}, sort_keys=True), json.dumps(["é"], ensure_ascii=False))
class F(float): 
    def __repr__(self): return "F!"
class I(int):
    def __repr__(self): return "I!"
print(json.dumps([F(1.5), I(3), True]), json.dumps({I(2): F(2.5)}))

# _json.make_scanner (json.loads)
for s in ['[', '{', '[ ', '{"a"', '{"a":', '{"a": 1', '-', '-Infinity', '-Infinit', '1.5e', '01', '[1,]', '{"a":1,}', 'nul', 'NaN', '1e400', '-0', '0.0e+1', '123abc', '  "x"  ', '[1, 2.5e-3, -7, 12345678901234567890123, true, false, null, {"k": [{}]}]', '{"a" : 1 , "b":[ ] }', '1E+2', '1.', '.5', '[-]']:
    try: print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), e)
from json import scanner
print(scanner.c_make_scanner, scanner.make_scanner)
sc = scanner.c_make_scanner(json.JSONDecoder())
try: sc('x', 0)
except StopIteration as e: print('stop', e.value)
print(sc('[1]', 0), sc('"ab" ', 0))
try: sc('x', -1)
except ValueError as e: print(e)
try: sc('x', 5)
except StopIteration as e: print('stop', e.value)
print(json.loads('{"a": 1.5, "b": [2]}', parse_float=str, parse_int=lambda x: int(x) + 1, object_pairs_hook=list))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: c.lower()))
try:
    json.loads('[' * 100000)
except RecursionError as e:
    print("RecursionError", e)
