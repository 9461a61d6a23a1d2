def level3(n):
    if n > 1:
        raise ValueError("too deep: %d" % n)
    return n


def level2(n):
    try:
        return level3(n) * 10
    finally:
        print("level2 finally", n)


def level1(n):
    result = level2(n)
    print("level1 got", result)
    return result


def top(n):
    try:
        return level1(n)
    except ValueError as e:
        print("top caught:", e)
        return -1


print(top(1))
print(top(2))


def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            print("ok", i)
        except KeyError:
            print("skip", i)
    return "done"


print(swallow())
