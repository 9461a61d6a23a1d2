# sys.audit reaches the audit marker; a hook that raises stops the operation it audits.
import sys


def refuse_open(event, args):
    if event == "open":
        raise PermissionError("open refused by audit hook")


sys.audit("herthon.test", 1, "x")
sys.addaudithook(refuse_open)
try:
    with_file = open("data.txt")
    print("opened")
except PermissionError as error:
    print("not opened:", error)
