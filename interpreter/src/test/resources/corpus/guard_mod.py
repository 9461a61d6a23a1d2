"""Helper module with a __main__ guard."""
print("guard_mod body runs, __name__ =", __name__)


def greet(who):
    return "hello, " + who


if __name__ == "__main__":
    print("guard_mod run as a script (never happens in the corpus)")
