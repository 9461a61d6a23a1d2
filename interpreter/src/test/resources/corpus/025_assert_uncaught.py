def validate(items):
    for item in items:
        assert isinstance(item, int), "not an int: %r" % (item,)
    return len(items)


print(validate([1, 2, 3]))
print(validate([1, "two", 3]))
print("never reached")
