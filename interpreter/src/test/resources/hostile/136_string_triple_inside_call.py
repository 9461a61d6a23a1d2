print('''abc)
