from pkg_a import sub_b


def go():
    return sub_b.fail(2)


print(sub_b.combine("a", "b"))
go()
