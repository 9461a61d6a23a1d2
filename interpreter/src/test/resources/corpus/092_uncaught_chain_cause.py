class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number in config: %r" % text) from e


print(parse("12"))
parse("twelve")
