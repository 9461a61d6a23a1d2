import sys

seen = []


def hook(event, args):
    if event.startswith("herthon."):
        seen.append((event,) + tuple(args))
    elif event == "import":
        seen.append((event, args[0]))
    elif event == "open" and str(args[0]).endswith("input.txt"):
        seen.append((event, args[0][args[0].rfind("/") + 1:], args[1]))


sys.addaudithook(hook)
sys.audit("herthon.test", 1, "two")
sys.audit("herthon.empty")
sys.audit("other.event", "ignored by the filter")
import star_mod
import star_mod
folder = __file__[:__file__.rfind("/") + 1]
f = open(folder + "data/input.txt")
f.close()
f = open(folder + "data/input.txt", "rb")
f.close()
sys.audit("herthon.last", [1, 2])
for entry in seen:
    print(entry)
print(star_mod.public_a)
try:
    sys.audit()
except TypeError as e:
    print("TypeError:", e)
