# Uncaught error from a nested comprehension inside a function: the traceback names <listcomp>.

def parse_row(row):
    return [int(cell) for cell in row.split(",")]


def parse_table(text):
    return [parse_row(line) for line in text.splitlines() if line]


good = parse_table("1,2,3\n4,5,6\n")
print(good, sum(map(sum, good)))
print({k: v for k, v in zip("ab", parse_row("7,8"))})
table = parse_table("1,2\n3,x\n5,6")
print("not reached", table)
