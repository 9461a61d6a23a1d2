# textwrap, a pure-Python module built on re (verbose patterns, lookbehind, lazy repeats): wrapping,
# filling, dedenting, shortening.
import textwrap

text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! '
        'How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.')
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill('hello-world this-is a test-of hyphen-breaking words and--dashes', 12))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('a\tb\tc  d', 8, expand_tabs=True), textwrap.wrap('x  y', 3, drop_whitespace=False))
print(textwrap.wrap('Supercalifragilisticexpialidocious words', 10, break_long_words=True))
print(textwrap.wrap('Supercalifragilisticexpialidocious words', 10, break_long_words=False))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.dedent('\ta\n\t  b')))
print(repr(textwrap.indent('one\ntwo\n\nthree', '> ')))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12))
print(textwrap.wrap('Hi there. End of sentence.  Next', 15, fix_sentence_endings=True))
