# Uncaught AttributeError deep in a chain of super() calls across three classes.

class Base:
    def describe(self):
        return "Base(" + self.label + ")"


class Middle(Base):
    def describe(self):
        return "Middle<" + super().describe() + ">"


class Leaf(Middle):
    def __init__(self, label=None):
        if label is not None:
            self.label = label

    def describe(self):
        return "Leaf[" + super().describe() + "]"


print(Leaf("ok").describe())
items = [Leaf("x"), Leaf()]
for item in items:
    print(item.describe())
