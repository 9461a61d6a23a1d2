def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        {}["needed"]
    except KeyError:
        cleanup()


work()
