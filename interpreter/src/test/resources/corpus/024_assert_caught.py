def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x


print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
assert True
assert [1], "non-empty list is true"
try:
    assert [], ["message", "can", "be", "any", "object"]
except AssertionError as e:
    print(e.args[0])
print("done")
