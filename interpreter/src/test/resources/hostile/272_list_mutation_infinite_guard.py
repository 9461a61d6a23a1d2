x = [1]
for i in x:
    if len(x) < 100000:
        x.append(i)
print(len(x))
