import sys


def main(argv):
    print('args:', argv[1:])
    config = {'retries': 3}
    for attempt in range(1, config['retries'] + 1):
        print('attempt', attempt)
        if attempt == 2:
            try:
                return finish(3)
            finally:
                print('cleanup before exit')
    return 0


def finish(code):
    print('finishing with', code)
    sys.exit(code)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
