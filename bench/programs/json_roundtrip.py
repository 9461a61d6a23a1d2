"""A JSON round trip: nested documents of dicts, lists, strings (some non-ASCII), ints and floats
dumped with json.dumps (compact, indented, sorted) and loaded back with json.loads."""
import json
import sys
import time


def document(i):
    return {
        "id": i,
        "name": "item-%d" % i,
        "price": i * 1.25 + 0.1,
        "tags": ["t%d" % (i % 7), "größe", "x" * (i % 5)],
        "active": i % 3 == 0,
        "parent": None if i % 4 else i // 4,
        "dims": {"w": i % 11, "h": i % 13, "d": [i, i * 2, i * 3]},
    }


def main(n):
    docs = [document(i) for i in range(200)]
    checksum = 0
    for _ in range(n):
        compact = json.dumps(docs)
        pretty = json.dumps(docs, indent=2, sort_keys=True, ensure_ascii=False)
        back = json.loads(compact)
        again = json.loads(pretty)
        checksum += len(compact) + len(pretty) + len(back) + (back == again)
    return "%d round trips, checksum %d, sample %s" % (n, checksum, json.dumps(docs[5], sort_keys=True))


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 320
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
