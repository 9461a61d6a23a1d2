print(int('1' * 4301))
