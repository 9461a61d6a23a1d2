import thrower_mod

print(thrower_mod.level_one(1))
print(thrower_mod.lookup({"a": 1}, "a"))


def run():
    return thrower_mod.level_one(5)


run()
