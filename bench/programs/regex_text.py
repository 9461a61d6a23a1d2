"""A regex-heavy text job: a generated log-like text tokenised, searched and rewritten with
several patterns (alternation, classes, groups, backreferences, sub with a function)."""
import re
import sys
import time

WORDS = ("alpha", "beta", "gamma", "delta", "error", "warning", "info", "user", "admin", "disk")


def make_text(lines):
    out = []
    state = 7
    for i in range(lines):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w1 = WORDS[state % len(WORDS)]
        w2 = WORDS[(state >> 8) % len(WORDS)]
        out.append("2026-11-%02d 12:%02d:%02d [%s] %s@host%d.example.com: %s did %s %d times (id=0x%x)"
                   % (1 + i % 28, i % 60, (i * 7) % 60, w1.upper(), w2, i % 9, w2, w1, state % 1000, state))
    return "\n".join(out)


TOKEN = re.compile(r"(?P<date>\d{4}-\d\d-\d\d)|(?P<email>[\w.]+@[\w.]+\.\w+)|(?P<hex>0x[0-9a-f]+)|(?P<word>[A-Za-z]+)|(?P<num>\d+)")
LEVEL = re.compile(r"\[(ERROR|WARNING)\]")
REPEAT = re.compile(r"\b(\w+) did \1\b")
TIMES = re.compile(r"(\d+) times")


def main(n):
    text = make_text(n)
    kinds = {}
    for m in TOKEN.finditer(text):
        kinds[m.lastgroup] = kinds.get(m.lastgroup, 0) + 1
    levels = len(LEVEL.findall(text))
    repeats = sum(1 for _ in REPEAT.finditer(text))
    doubled = TIMES.sub(lambda m: "%d times" % (int(m.group(1)) * 2), text)
    fields = re.split(r"[\s@()=]+", text[:2000])
    return "%s; %d levels; %d repeats; %d chars after sub; %d fields" % (
        sorted(kinds.items()), levels, repeats, len(doubled), len(fields))


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(reps):
        t0 = time.perf_counter()
        result = main(size)
        print("bench-seconds %.6f" % (time.perf_counter() - t0), file=sys.stderr)
    print(result)
