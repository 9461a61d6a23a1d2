def cleanup():
    raise RuntimeError('cleanup failed')


def work():
    try:
        print('working')
        raise KeyError('original problem')
    finally:
        cleanup()


def main():
    work()


main()
