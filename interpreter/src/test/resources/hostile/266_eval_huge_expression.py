print(eval('+'.join(['1'] * 100000)))
