def connect(host, port):
    return "%s:%d" % (host, port)


def setup(config):
    return connect(**config)


print(setup({"host": "localhost", "port": 80}))
print(setup({"host": "localhost", "port": 80, "timeout": 5}))
