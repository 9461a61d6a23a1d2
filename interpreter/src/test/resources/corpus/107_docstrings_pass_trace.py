"""Module docstring: the first statement of the program."""


def documented():
    """Function docstring."""
    return "documented"


def only_docstring():
    """Nothing else in here."""


def only_pass():
    pass


def ellipsis_body():
    ...


class Documented:
    """Class docstring."""

    def method(self):
        """Method docstring."""
        pass


print(__doc__)
print(documented(), documented.__doc__)
print(only_docstring(), only_pass(), ellipsis_body())
print(Documented.__doc__, Documented().method(), Documented.method.__doc__)
if False:
    print("dead code")
while False:
    print("dead loop")
42
"a string statement"
x = 1
if x:
    pass
else:
    pass
print("end")
