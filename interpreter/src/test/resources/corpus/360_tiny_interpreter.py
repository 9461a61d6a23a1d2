def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(('num', int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(('name', src[i:j]))
            i = j
        else:
            tokens.append(('op', c))
            i += 1
    return tokens


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ('eof', None)

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self):
        node = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() in (('op', '*'), ('op', '/')):
            op = self.take()[1]
            node = (op, node, self.atom())
        return node

    def atom(self):
        kind, val = self.take()
        if kind == 'num':
            return val
        if kind == 'name':
            return ('var', val)
        if (kind, val) == ('op', '('):
            node = self.expr()
            self.take()
            return node
        raise SyntaxError(f'unexpected {val!r}')


def evaluate(node, env):
    if isinstance(node, int):
        return node
    if node[0] == 'var':
        return env[node[1]]
    op, a, b = node
    x, y = evaluate(a, env), evaluate(b, env)
    return {'+': x + y, '-': x - y, '*': x * y, '/': x // y if y else 0}[op]


env = {}
program = ['x = 3 + 4 * 2', 'y = (x - 1) * (x + 1)', 'z = y / 4 - x', 'w = q + 1']
for line in program:
    name, _, expr = line.partition('=')
    tree = Parser(tokenize(expr)).expr()
    try:
        env[name.strip()] = evaluate(tree, env)
        print(f'{name.strip()} = {env[name.strip()]:<5} tree={tree}')
    except KeyError as e:
        print('undefined variable', e)
