i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("while ended normally, i =", i)

j = 0
while j < 10:
    if j == 2:
        print("breaking at", j)
        break
    j += 1
else:
    print("not printed")

k = 0
while k < 5:
    k += 1
    if k % 2 == 0:
        continue
    print("odd k", k)

n = 0
while True:
    n += 1
    if n >= 3:
        break
print("n =", n)

count = 0
while count < 2:
    inner = 0
    while inner < 2:
        print("pair", count, inner)
        inner += 1
    count += 1

m = 10
while m:
    m //= 3
print("m =", m)
while False:
    print("never")
else:
    print("else of a while that never runs")
