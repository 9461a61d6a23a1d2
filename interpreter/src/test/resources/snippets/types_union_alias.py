u = int | str
print(u, type(u).__name__, u.__args__, int | str | None, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None), int | int)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[int].__origin__, list[int].__args__)
print(list[int] == list[int], list[int] | None, type(list[int]).__name__)
try: int | "x"
except TypeError as e: print(e)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int[str]
except TypeError as e: print(e)
class A: pass
try: A[int]
except TypeError as e: print(e)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int], list[int]([1, 2]))
class L(list[int]): pass
print(L.__bases__, L([1]))
