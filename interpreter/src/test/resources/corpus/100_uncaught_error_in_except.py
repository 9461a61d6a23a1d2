def risky():
    return [1, 2][5]


def handler():
    try:
        risky()
    except IndexError as e:
        print("handling:", e)
        return undefined_in_handler_zz


handler()
