class Calculator:
    def __init__(self):
        self.stack = []
        self.ops = {
            '+': lambda a, b: a + b,
            '-': lambda a, b: a - b,
            '*': lambda a, b: a * b,
            '/': self.divide,
            'dup': None,
        }

    @staticmethod
    def divide(a, b):
        if b == 0:
            raise ZeroDivisionError('RPN division by zero')
        return a / b

    def run(self, program):
        self.stack.clear()
        for tok in program.split():
            if tok == 'dup':
                self.stack.append(self.stack[-1])
            elif tok in self.ops:
                b = self.stack.pop()
                a = self.stack.pop()
                self.stack.append(self.ops[tok](a, b))
            else:
                self.stack.append(float(tok) if '.' in tok else int(tok))
        if len(self.stack) != 1:
            raise ValueError(f'malformed program, stack={self.stack}')
        return self.stack[0]


calc = Calculator()
for prog in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 dup *', '1.5 2 *', '7 2 /', '1 0 /', '1 2', '+']:
    try:
        print(f'{prog!r:>22} = {calc.run(prog)}')
    except (ZeroDivisionError, ValueError, IndexError) as e:
        print(f'{prog!r:>22} ! {type(e).__name__}: {e}')


def handle_int(v):
    return f'int {v}'


def handle_str(v):
    return f'str {v!r}'


def handle_default(v):
    return f'other {type(v).__name__}'


dispatch = {int: handle_int, str: handle_str}
for v in [1, 'a', 2.5, True, None]:
    print(dispatch.get(type(v), handle_default)(v))
