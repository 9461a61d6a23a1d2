# word frequency, matrix, primes, string processing
text = """The quick brown fox jumps over the lazy dog. The dog barks!
A quick movement of the enemy will jeopardize six gunboats."""
import sys
words = [w.strip(".,!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, c in top:
    print(f"{w:<10}{c:>3}")
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(50))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def fizz(n):
    return ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]
print(" ".join(fizz(15)))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("abc", 5), -5))
from math import gcd, factorial
print(gcd(48, 18), factorial(25), sum(map(int, str(factorial(50)))))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz))
bal = [("(" * i + ")" * i) for i in range(3)]
print(bal, "".join(sorted(set("mississippi"))), "mississippi".count("ss"))
stack = []
for tok in "3 4 + 2 *".split():
    if tok.isdigit(): stack.append(int(tok))
    else:
        b2, a2 = stack.pop(), stack.pop()
        stack.append({"+": a2 + b2, "*": a2 * b2}[tok])
print(stack)
print(f"{3.14159:.2f} {2**10:,} {0.5:%} {255:#x} {'hi':^6}|", "%-8s|%8.3f" % ("left", 2.5))
data = {"b": [3, 1], "a": [2]}
print(sorted(data), {k: sorted(v) for k, v in sorted(data.items())}, list(map(len, data.values())))
print(sys.getrecursionlimit(), [x for x in range(20) if x % 3 == 0 and x % 2], any(c.isdigit() for c in "ab1"))
