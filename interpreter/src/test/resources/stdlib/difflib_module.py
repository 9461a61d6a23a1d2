# difflib: SequenceMatcher (ratios, blocks, opcodes, junk), unified/context/ndiff diffs, close matches, HtmlDiff-free parts.
import difflib

a = "private Thread currentThread;".split()
b = "private volatile Thread currentThread;".split()
sm = difflib.SequenceMatcher(None, a, b)
print(sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio())
print(sm.get_matching_blocks())
print(sm.get_opcodes())

s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 6), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % (tag, i1, i2, j1, j2))
s.set_seqs("abcd", "bcde")
print(s.ratio(), list(s.get_grouped_opcodes(1)))
print(difflib.SequenceMatcher(None, "abxcd", "abcd").get_matching_blocks())
big = difflib.SequenceMatcher(None, "x" * 300 + "y", "x" * 299 + "zy")
print(big.ratio(), len(big.bpopular), difflib.SequenceMatcher(None, "x" * 300, "x" * 300, autojunk=False).ratio())

old = """one
two
three
four
five
six
seven
""".splitlines(keepends=True)
new = """one
2
three
four
five and a half
six
seven
eight
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, fromfile="old.txt", tofile="new.txt", fromfiledate="d1", tofiledate="d2", n=1)))
print("".join(difflib.context_diff(old, new, fromfile="old.txt", tofile="new.txt", n=1)))
print("".join(difflib.ndiff(["one\n", "tree\n", "emu\n"], ["ore\n", "three\n", "emu\n"])))
diff = list(difflib.ndiff(old, new))
print("".join(difflib.restore(diff, 1)) == "".join(old), "".join(difflib.restore(diff, 2)) == "".join(new))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "where", "whelk"], n=2, cutoff=0.5))
print(difflib.get_close_matches("zzz", ["aaa"]), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"))

d = difflib.Differ()
print("".join(d.compare(["abcdefg\n", "same\n"], ["abcxefg\n", "same\n", "extra\n"])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y")))
try:
    difflib.get_close_matches("a", ["b"], n=0)
except ValueError as e:
    print("ValueError:", e)
try:
    difflib.get_close_matches("a", ["b"], cutoff=2)
except ValueError as e:
    print("ValueError:", e)
