"""300 indented, sorted json.dumps of bench/programs/json_roundtrip.py's 200 documents (the
pure-Python encoder, in CPython too). Run from the repository root:
./herthon bench/micro/json_pretty.py; python3.11 bench/micro/json_pretty.py"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "programs"))
from json_roundtrip import document  # noqa: E402

docs = [document(i) for i in range(200)]
t = time.perf_counter()
for _ in range(300):
    json.dumps(docs, indent=2, sort_keys=True, ensure_ascii=False)
print("300 indented dumps: %.2f s" % (time.perf_counter() - t))
