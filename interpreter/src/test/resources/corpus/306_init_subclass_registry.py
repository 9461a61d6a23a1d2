class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print('registered', cls.plugin_name, priority)

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin, priority=2):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name='rev', priority=5):
    def run(self, text):
        return text[::-1]


class Strip(Plugin):
    def run(self, text):
        return text.strip()


def pipeline(text):
    for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
        text = cls().run(text)
        print(f'  after {name}: {text!r}')
    return text


print(pipeline('  hello world '))
try:
    class Bad(Plugin, colour='red'):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    Plugin().run('x')
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
