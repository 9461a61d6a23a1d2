import sys

print("exit with None gives status 0")
try:
    sys.exit()
except SystemExit as e:
    print("code is", e.code)
sys.exit(None)
