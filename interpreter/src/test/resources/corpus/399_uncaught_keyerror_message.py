users = {'ann': {'email': 'ann@example.org', 'roles': ['admin']}}


def email_of(name):
    return users[name]['email']


def notify(names):
    for n in names:
        print('mailing', email_of(n))


try:
    notify(['ann', 'bob'])
except KeyError as e:
    print('missing user', e, repr(e), e.args)
notify(['ann', ('tuple', 'key')])
