class C:
    x: int = 1
    y: str
    def f(self, a: int, b: "str" = "q") -> list[int]:
        z: float = 2.0
        return [a]
print(C.__annotations__, C.x, C.f.__annotations__, C().f(1))
v: dict[str, int] = {}
print(__annotations__)
