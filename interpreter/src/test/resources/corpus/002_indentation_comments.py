# A comment on the first line
#another comment without a space

x = 1  # trailing comment


if x:
    # comment inside a block
    y = 2

    z = 3   # blank line above is inside the block
else:
        y = 20          # deeper indentation is fine for a new block
        z = 30
print(x, y, z)


def outer():
    def inner():
          return "inner"     # odd indentation width
    # comment at a different indentation
            # and another one, even deeper
    return inner()


print(outer())
for i in range(2):
    if i:
        print("i is", i)
    else:
        print("i is zero")
a = 1; b = 2; c = a + b   # semicolons
print(a, b, c)
if True: print("one-line if")
while False: pass
class Empty: pass
print(Empty.__name__)
   # an indented comment at the end is fine
