def area(width, height):
    return width * height


def report(shapes):
    for s in shapes:
        print(s['name'], area(**s['dims']))


report([
    {'name': 'square', 'dims': {'width': 2, 'height': 2}},
    {'name': 'strip', 'dims': {'width': 10, 'height': 1}},
    {'name': 'broken', 'dims': {'width': 3, 'depth': 4}},
])
