class Parser:
    def __init__(self, text):
        self.text = text

    def number(self, tok):
        try:
            return int(tok)
        except ValueError as e:
            raise SyntaxError_(f'not a number: {tok}') from e

    def parse(self):
        return [self.number(t) for t in self.text.split(',')]


class SyntaxError_(Exception):
    pass


print(Parser('1,2,3').parse())
print(Parser('4,five,6').parse())
