class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return register

    def emit(self, event, **payload):
        results = []
        for prio, _, fn in sorted(self.handlers.get(event, []), key=lambda t: (-t[0], t[1])):
            try:
                r = fn(**payload)
            except StopPropagation as sp:
                self.log.append(f'{event}: stopped by {fn.__name__} ({sp})')
                break
            except Exception as e:
                self.log.append(f'{event}: {fn.__name__} failed with {type(e).__name__}: {e}')
                continue
            results.append(r)
        return results


class StopPropagation(Exception):
    pass


bus = EventBus()


@bus.on('login')
def greet(user):
    return f'welcome {user}'


@bus.on('login', priority=10)
def audit(user):
    return f'audit {user}'


@bus.on('login', priority=5)
def check(user):
    if user == 'mallory':
        raise StopPropagation('banned')
    return 'ok'


@bus.on('logout')
def bye(user, reason='normal'):
    return f'bye {user} ({reason})'


@bus.on('logout')
def broken(user):
    return 1 / 0


print(bus.emit('login', user='alice'))
print(bus.emit('login', user='mallory'))
print(bus.emit('logout', user='bob', reason='timeout'))
print(bus.emit('unknown'))
for entry in bus.log:
    print(entry)
