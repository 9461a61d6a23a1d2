import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), len(Color), Color.RED.name, Color.RED.value)
print(Color.RED is Color(1), isinstance(Color.RED, Color), Color.__members__.keys())
class N(IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B > N.A, N(2), sorted([N.B, N.A]))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(P.R | P.W, (P.R | P.W).value, P.R in (P.R | P.W), ~P.R)
class IF(IntFlag):
    A = 1; B = 2
print(IF.A | IF.B, int(IF.A | IF.B))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try: Color(7)
except ValueError as e: print(e)
class S(str, Enum):
    X = 'x'
print(S.X == 'x', S('x'))
