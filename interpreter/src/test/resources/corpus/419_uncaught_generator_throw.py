def consumer():
    total = 0
    while True:
        try:
            item = yield total
        except ValueError as e:
            print('consumer ignores', e)
            continue
        total += item


c = consumer()
next(c)
print(c.send(5), c.send(7))
print(c.throw(ValueError('bad item')))
print(c.throw(TypeError('fatal')))
