# string: constants, Template (substitute, safe_substitute, custom delimiters/idpatterns), Formatter, capwords.
import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("  hello   wide\tworld  "), string.capwords("a-b c-d", "-"), string.capwords(""))

t = Template("$who likes $what; ${who}'s cost: $$${price}")
print(t.substitute(who="tim", what="kung pao", price="9.50"))
print(t.substitute({"who": "ann", "what": "tea"}, price=3))
print(t.safe_substitute(who="bob"))
print(t.template, t.get_identifiers(), t.is_valid())
for bad, kw in ((Template("$missing"), {}), (Template("${bad"), {}), (Template("$ x"), {}), (Template("cost $"), {})):
    try:
        print(bad.substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Template("${bad").safe_substitute(), Template("$").safe_substitute(), Template("$ok $1").safe_substitute(ok="y"))
print(Template("${a}b $ab").is_valid(), Template("$ $").is_valid(), Template("$a $b $a").get_identifiers())


class Percent(Template):
    delimiter = "%"


class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"


class Braced(Template):
    braceidpattern = r"[A-Z_]+"


print(Percent("%name is %age years, 100%% sure").substitute(name="Ann", age=30))
print(Dotted("$user.name at $user.host").substitute({"user.name": "ann", "user.host": "example"}))
print(Braced("${HOME}/$home").safe_substitute(HOME="/root", home="x"))

f = Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{name:>6}|{n:03d}", name="ab", n=7), f.vformat("{x[0]}{x[1]}", (), {"x": "hi"}))
print(list(f.parse("a{0}b{name!r:>5}c{{d}}")))
print(f.get_field("0.real", (3 + 4j,), {}), f.format_field(3.14159, ".2f"), f.convert_field("x", "r"), f.convert_field(5, "s"))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


u = Upper()
print(u.format("{0} and {missing} and {present:x}", "first", present=255))
for fmt in ("{0", "{!r}", "{0!z}", "}"):
    try:
        f.format(fmt, 1)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    f.format("{} {1}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
