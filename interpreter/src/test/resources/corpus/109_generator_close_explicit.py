def numbers():
    n = 0
    while True:
        n += 1
        yield n


gen = numbers()
for value in gen:
    if value == 3:
        break
print("stopped at", value)
gen.close()
print("closed; next gives", next(gen, "nothing"))


def with_cleanup():
    try:
        yield "first"
        yield "second"
    finally:
        print("cleanup ran")


w = with_cleanup()
print(next(w))
w.close()
print("after explicit close")
w2 = with_cleanup()
print(list(w2))
unstarted = with_cleanup()
unstarted.close()
print("closing an unstarted generator runs nothing")
