# dataclasses: fields, defaults, order, frozen, slots, kw_only, asdict/astuple/replace, InitVar, __post_init__.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list, repr=False)
    count: ClassVar[int] = 0


p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point.count, Point.__match_args__)
print([f.name for f in dataclasses.fields(p)], dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
print(dataclasses.asdict(p), dataclasses.astuple(p), dataclasses.replace(p, y=5))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
import inspect
print(inspect.signature(Point))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = sorted([Version(1, 2), Version(1, 0, "x"), Version(0, 9)])
print(vs, Version(1, 0) < Version(1, 1), Version(1, 0, "a") == Version(1, 0, "b"), hash(Version(1, 0)) == hash(Version(1, 0, "z")))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)


@dataclass
class Account:
    owner: str
    secret: InitVar[str]
    balance: float = 0.0
    log: list = field(default_factory=list, init=False)

    def __post_init__(self, secret):
        self.log.append("opened by " + self.owner + " with " + str(len(secret)))


a = Account("ann", "xyz", 10.0)
print(a, a.log)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3


print(Options(level=3), Mixed(1, c=5))
try:
    Options(True)
except TypeError as e:
    print("TypeError", e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(dataclasses.asdict(tree))
for bad in ["field(default=[])", "missing default order"]:
    try:
        if bad.startswith("field"):
            @dataclass
            class Bad:
                x: list = []
        else:
            @dataclass
            class Bad2:
                x: int = 1
                y: int
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
C = dataclasses.make_dataclass("C", [("a", int), ("b", str, field(default="q"))], namespace={"double": lambda self: self.a * 2})
print(C(4), C(4).double(), [f.type for f in dataclasses.fields(C)])


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashed:
    v: int


print(hash(Hashed(3)) == hash(Hashed(3)), {Hashed(1), Hashed(1)})
