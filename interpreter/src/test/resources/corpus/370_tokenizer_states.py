KEYWORDS = {'if', 'else', 'while', 'return', 'def'}


def tokenize(src):
    tokens = []
    line = 1
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == '\n':
            line += 1
            i += 1
        elif ch in ' \t':
            i += 1
        elif ch == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
        elif ch.isalpha() or ch == '_':
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == '_'):
                i += 1
            word = src[start:i]
            tokens.append(('KW' if word in KEYWORDS else 'ID', word, line))
        elif ch.isdigit():
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == '.'):
                i += 1
            text = src[start:i]
            tokens.append(('NUM', float(text) if '.' in text else int(text), line))
        elif ch in '"\'':
            end = src.index(ch, i + 1)
            tokens.append(('STR', src[i + 1:end], line))
            i = end + 1
        elif src[i:i + 2] in ('==', '!=', '<=', '>='):
            tokens.append(('OP', src[i:i + 2], line))
            i += 2
        elif ch in '+-*/=<>(){}:,':
            tokens.append(('OP', ch, line))
            i += 1
        else:
            raise ValueError(f'line {line}: unexpected character {ch!r}')
    return tokens


code = '''def area(w, h):  # comment
    if w <= 0: return 0
    return w * h * 1.5
x = area(3, 4) != "text"
'''
for kind, value, ln in tokenize(code):
    print(f'{ln:>2} {kind:<4} {value!r}')
try:
    tokenize('a = 1\nb = $')
except ValueError as e:
    print('ValueError:', e)
