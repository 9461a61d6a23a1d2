type('A', (), {})()
print(type(type)(type) is type)
