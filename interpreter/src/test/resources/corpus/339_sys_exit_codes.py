import sys


def validate(args):
    errors = []
    for a in args:
        if not a.isdigit():
            errors.append(f'not a number: {a}')
    return errors


errs = validate(['12', 'x', '7', 'y2'])
for e in errs:
    print(e, file=sys.stderr)
print('checked', 4, 'arguments')
try:
    sys.exit(0)
except SystemExit as e:
    print('caught exit', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('caught exit', repr(e.code))
sys.stdout.flush()
sys.exit(len(errs) + 1)
