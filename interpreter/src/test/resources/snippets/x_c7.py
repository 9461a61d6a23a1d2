class Name(str):
    def shout(self): return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n + "x", isinstance(n, str), type(n).__name__, n == "bob", {n: 1}["bob"])
class Money(float):
    def __str__(self): return f"${self:.2f}"
m = Money(3.5)
print(m, m + 1, type(m + 1).__name__, isinstance(m, float), repr(m))
class Count(int):
    def __repr__(self): return f"Count({int(self)})"
c = Count(5)
print(c, c + 1, repr(c), c * 2, isinstance(c, int))
