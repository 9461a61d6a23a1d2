print("this line is never executed")


def broken()
    return 1
