# Line events of generator expressions, set and dict comprehensions with filters over several lines.

words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]

lengths = list(
    len(w)
    for w in words
    if w.endswith("a")
    if len(w) > 4
)
print(lengths)

pairs = sorted(
    (a, b)
    for a in range(4)
    if a
    for b in range(a)
    if (a + b) % 2
)
print(pairs)

initials = {
    w[0]
    for w in words
    if not
    w.startswith("e")
}
print(sorted(initials))

table = {
    w: i
    for i, w in enumerate(words)
    if i % 2 == 0
    or w == "beta"
}
print(table)


def evens(limit):
    gen = (n
           for n in range(limit)
           if n % 2 == 0
           and n)
    total = 0
    for n in gen:
        total += n
    return total


print(evens(9))
nested = [[c for c in w
           if c in "aeiou"]
          for w in words[:3]
          if w]
print(nested)
