# Line-heavy: many short lines per iteration, few calls.
total = 0
i = 0
while i < 3000000:
    a = i & 7
    b = a + 1
    if b > 4:
        total += b
    else:
        total -= 1
    i += 1
print(total)
