# A keyword argument given twice is a SyntaxError of the compiler: nothing runs.

print("never printed")


def configure(**options):
    return options


configure(colour="red",
          size=3, colour="blue")
