def dumps(obj, indent=None, level=0):
    pad = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = []
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == '\\':
                out.append('\\\\')
            elif ch == '\n':
                out.append('\\n')
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append('\\u%04x' % ord(ch))
            else:
                out.append(ch)
        return '"' + ''.join(out) + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        return '[' + sep.join(pad + dumps(x, indent, level + 1) for x in obj) + end + ']'
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f'keys must be str, not {type(k).__name__}')
            items.append(pad + dumps(k) + ': ' + dumps(v, indent, level + 1))
        return '{' + sep.join(items) + end + '}'
    raise TypeError(f'Object of type {type(obj).__name__} is not serializable')


doc = {'name': 'Widget "Pro"', 'price': 9.99, 'tags': ['a', 'b\n'], 'stock': None,
       'active': True, 'dims': {'w': 3, 'h': 4.5}, 'empty': [], 'unicode': 'café'}
print(dumps(doc))
print(dumps(doc, indent=2))
for bad in [{1: 'x'}, {'s': {1, 2}}]:
    try:
        dumps(bad)
    except TypeError as e:
        print('TypeError:', e)
