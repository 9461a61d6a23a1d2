def compute():
    value = 10
    return value * undefined_multiplier_qq


print("computing")
print(compute())
