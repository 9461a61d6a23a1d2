# compile(..., "single") shows expression values through sys.displayhook (doctest relies on it)
import sys
exec(compile("1 + 1", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("[x, x]\n", "<s>", "single"))
shown = []
sys.displayhook = shown.append
exec(compile("x * 2", "<s>", "single"))
print(shown)
del sys.displayhook
try:
    exec(compile("x", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__
import doctest
def f():
    """
    >>> [1, 2][0] + 41
    42
    >>> print('hi')
    hi
    """
print(doctest.run_docstring_examples(f, {}, name="f"))
