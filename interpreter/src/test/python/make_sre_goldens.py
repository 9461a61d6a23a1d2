"""Makes the engine tests of the _sre twin: interpreter/src/test/resources/sre/sre_engine_*.py and .out.

Run with CPython 3.11 (python3.11 make_sre_goldens.py). For every case (pattern, flags, subjects) it
records the code list that CPython's own re._compiler makes (re._parser.parse, then re._compiler._code,
plus groups, groupindex and indexgroup as re._compiler.compile computes them) into a script that only
imports _sre: it hands those code lists straight to _sre.compile and prints what match, fullmatch,
search, findall, finditer, split, sub and subn give, with positions. The expected output (.out) is what
CPython 3.11 prints running the same script, so the Herthon run is compared with CPython's engine on
exactly the same code. At the end it reports which opcodes the cases exercise (all of them should).
"""
import os
import re
import subprocess
import sys

from re import _compiler, _parser, _constants

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'resources', 'sre')

I, M, S, X, A, U, L = re.I, re.M, re.S, re.X, re.A, re.U, re.L

STR_SUBJECTS = ['', 'a', 'ab', 'abc', 'aaa', 'abab', 'xabcx', 'ABC', 'aBc', 'a\nb\n', '\n', 'hello world',
                'foo bar  baz', '12 ab3', 'x_y z']

CASES = [
    # literals, prefixes, INFO literal
    ('a', 0, None), ('abc', 0, None), ('x', 0, None), ('hello', 0, None), ('ab|cd', 0, ['abcd', 'cdab', 'xcd']),
    ('', 0, None), ('a.c', 0, ['abc', 'a\nc', 'ac']), ('a.c', S, ['abc', 'a\nc']), ('.', 0, None), ('.', S, None),
    ('.*', 0, None), ('.*', S, None), ('.+', 0, None), ('.+?', 0, None), ('.*?', 0, None),
    (r'\.', 0, ['a.b', '...']), ('[^a]', 0, None), ('[^\n]', 0, None), ('[a-c]+', 0, None), ('[a-cx-z]', 0, None),
    ('[abc]', 0, None), ('[-a]', 0, ['-a-']), ('[a-]', 0, ['-a-']), (r'[\]]', 0, [']]x']), ('[^abc]+', 0, None),
    # categories
    (r'\d', 0, None), (r'\d+', 0, ['123', 'a1b22c333', '١٢٣']), (r'\d+', A, ['123', '١٢٣']), (r'\D+', 0, None),
    (r'\w+', 0, ['héllo wörld', 'a_b c', 'ÿ', '日本語 テキスト']), (r'\w+', A, ['héllo wörld', 'a_b']),
    (r'\W+', 0, None), (r'\W', A, ['héllo']), (r'\s+', 0, ['a b\tc\nd', 'a\x1cb', 'a\u2003b', 'a\xa0b']),
    (r'\s', A, ['a\x1cb', 'a\xa0b', 'a b']), (r'\S+', 0, None), (r'[\d\s]+', 0, ['1 2\t3x']), (r'[^\W\d]+', 0, ['ab1_c2']),
    (r'[\w-]+', 0, ['foo-bar baz']), (r'[^\s]+', A, None),
    # anchors
    ('^a', 0, None), ('^a', M, ['ba\na', 'a\na']), ('a$', 0, ['a', 'a\n', 'a\nb', 'ba']), ('a$', M, ['a\nb', 'ba\na\n']),
    ('$', 0, ['', 'a', 'a\n', 'a\n\n']), ('$', M, ['a\nb\n']), ('^', M, ['a\nb\n']), ('^$', M, ['\n\n', 'a\n\nb']),
    (r'\Aa', 0, ['a', 'ba']), (r'a\Z', 0, ['a', 'a\n']), (r'\b\w+\b', 0, None), (r'\bfoo\b', 0, ['foo foobar barfoo foo']),
    (r'\B', 0, ['abc', '', ' ']), (r'\b', 0, ['abc def', '', ' ']), (r'\Bb\B', 0, ['abc b']), (r'\b', A, ['héllo']),
    (r'\bé', 0, ['é xé']), (r'\bé', A, ['é xé']), (r'x*\b', 0, ['xx yy']),
    # groups
    ('(a)', 0, None), ('(a)(b)?', 0, None), ('(a)|(b)', 0, None), ('(a|b)*', 0, None), ('(a|b)+c', 0, ['abac', 'c']),
    ('((a)|b)+', 0, ['abab', 'ba']), ('(?:a|(b))*', 0, ['abab', 'aba']), ('(?P<first>a)(?P<second>b)?', 0, None),
    ('(?P<x>a+)(?P<y>b*)', 0, ['aab', 'ab aab']), ('(a)(?:b)(c)', 0, ['abc']), ('()', 0, ['', 'a']),
    ('(a*)', 0, ['aa', 'baa']), ('(a*)*', 0, ['aa', 'b']), ('(a*)+', 0, ['aa', 'b']), ('(a|)*', 0, ['aa']),
    ('(?:)', 0, ['ab']), ('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 0, ['abcdefghijk']),
    ('(?P<a>x)|(?P<b>y)', 0, ['xy', 'yx']), ('(?:(?P<n>a)|b)+', 0, ['ab', 'ba']),
    # repeats
    ('a*', 0, None), ('a+', 0, None), ('a?', 0, None), ('a{2}', 0, ['aaaaa']), ('a{2,3}', 0, ['aaaaa', 'a']),
    ('a{,2}', 0, ['aaaaa']), ('a{2,}', 0, ['aaaaa', 'a']), ('a*?', 0, None), ('a+?', 0, None), ('a??', 0, None),
    ('a{2,3}?', 0, ['aaaaa']), ('(?:ab)*', 0, None), ('(?:ab)+', 0, None), ('(?:ab)*?', 0, None), ('(?:ab)+?b', 0, ['ababb']),
    ('(?:ab){2}', 0, ['ababab']), ('(?:ab){1,2}?', 0, ['ababab']), ('(?:a|b)*c', 0, ['ababc', 'abab']),
    ('(?:a|b)*?c', 0, ['ababc']), ('(ab)*', 0, ['ababx']), ('(ab)*?x', 0, ['ababx']), ('(a+)+b', 0, ['aaab', 'aaa']),
    ('(a|ab)(c|bcd)(d*)', 0, ['abcd']), ('x*', 0, ['xxaxx', '', 'a']), ('x*?', 0, ['xxa']), ('x+', 0, ['xxaxx']),
    ('a.*b', 0, ['axxbxxb', 'ab', 'a\nb']), ('a.*?b', 0, ['axxbxxb']), ('a.*b', S, ['a\nb\nb']), ('a[^b]*b', 0, ['axxbxxb']),
    ('[ab]*c', 0, ['abac', 'ababx']), ('[ab]*?c', 0, ['abac']), (r'\d{2,4}', 0, ['1 12 123 12345']),
    ('(?:a{2}){2}', 0, ['aaaaa']), ('(?:x?)*y', 0, ['xxy', 'y']), ('(?:x*)*y', 0, ['xxy']), ('(?:x*)+y', 0, ['xxy']),
    ('(?:a*)*?b', 0, ['aab']), ('(a?)*?b', 0, ['aab']), ('a{0}', 0, ['aaa']), ('(?:a{0,1}){3}', 0, ['aa']),
    ('a{1000}', 0, ['a' * 1000, 'a' * 999]), ('a{3,4294967294}', 0, ['aa', 'aaaa']), ('(?:ab){2,65535}', 0, ['ab' * 5]),
    ('(?:a|bc){3,5}d', 0, ['abcabcad', 'aaad', 'aad']), ('([ab]+?)(b*)c', 0, ['abbc']),
    # possessive and atomic (3.11)
    ('a*+', 0, None), ('a++', 0, None), ('a?+', 0, None), ('a{2,3}+', 0, ['aaaa']), ('a*+a', 0, ['aaa']),
    ('(?:ab)*+', 0, ['ababx']), ('(?:ab)*+ab', 0, ['abab']), ('(?:a|ab)++c', 0, ['aabc', 'ac']), ('(a|b)*+c', 0, ['abc']),
    ('(?>a*)a', 0, ['aaa']), ('(?>a*)b', 0, ['aab']), ('(?>ab|a)b', 0, ['ab', 'abb']), ('(?>(a)|b)+', 0, ['ab']),
    ('(?>x+)y', 0, ['xxxy', 'xxx']), ('(?:x+)++y', 0, ['xxxy']), ('(?>.*?)b', 0, ['ab']), ('(?>(?:a|b)*)c', 0, ['abc']),
    ('(?:(?>a)|b){2,}?c', 0, ['abac']), ('(?:a*+)*b', 0, ['aab']), ('(?:(a)|b)*+', 0, ['abab']),
    # lookaround
    ('a(?=b)', 0, ['ab ac']), ('a(?!b)', 0, ['ab ac a']), ('(?<=a)b', 0, ['ab cb']), ('(?<!a)b', 0, ['ab cb b']),
    ('(?<=ab)c', 0, ['abc xbc c']), ('(?<!^)x', 0, ['xx']), ('(?=(a+))', 0, ['aaa']), ('(?=(a+))a', 0, ['aaa']),
    ('(?!(..)c)', 0, ['ab']), ('((?!(ab)c)(.))*', 0, ['abab']), (r'\b(?=(\t)|(x))x', 0, ['a\tx']),
    ('(?<=(a))b', 0, ['ab']), ('(?<![a-z])\\d+', 0, ['a1 22 b333']), ('(?=a)', 0, ['aba']), ('(?!)', 0, ['a']),
    ('x(?=y|z)', 0, ['xy xz xw']), ('(?<=\\$)\\d+', 0, ['$10 20']), ('(?:(?<=a)|(?<=b))c', 0, ['ac bc cc']),
    ('(?=.*b)a', 0, ['ab', 'a']), ('^(?!.*xx).*$', 0, ['axa', 'axxa']),
    # backrefs and conditionals
    (r'(a)\1', 0, ['aa ab']), (r'(a+)\1', 0, ['aaaa', 'aaa']), (r'(\w+)\s+\1', 0, ['hello hello world', 'a b']),
    (r'(?P<q>[\'"]).*?(?P=q)', 0, ['"x" \'y\' "z\'']), (r'(a)?\1', 0, ['aa', 'b']), (r'(a)|\1', 0, ['a', 'b']),
    (r'(a)(?(1)b|c)', 0, ['ab', 'ac']), (r'(a)?(?(1)b|c)', 0, ['ab', 'c', 'b']), (r'(?P<g>a)?(?(g)b)c', 0, ['abc', 'c', 'bc']),
    (r'(<)?\w+(?(1)>)', 0, ['<a> b <c', 'd>']), (r'(a)?(?(1)|x)', 0, ['a', 'x', 'b']), (r'(a)\1', I, ['aA', 'Aa']),
    (r'(é)\1', I, ['éÉ']), (r'(é)\1', I | A, ['éÉ', 'éé']), (r'(?:(a)|b)\1', 0, ['aa', 'bb']),
    (r'((a)|b)(?(2)x|y)', 0, ['ax', 'by', 'ay']), (r'(\w)(?:(?!\1)\w)*', 0, ['abca']),
    # case-insensitive (ASCII and Unicode)
    ('abc', I, ['ABC', 'aBc', 'xAbCx']), ('[a-z]+', I, ['ABC def']), ('[^a-z]+', I, ['ABC 123 def']), ('a', I, ['A', 'a']),
    ('[k]', I, ['K', 'k', '\u212a']), ('k', I, ['\u212a', 'K']), ('s', I, ['\u017f', 'S']), ('[s-t]', I, ['\u017f', 'ST']),
    ('é', I, ['É', 'é']), ('[é]', I, ['É']), ('[à-þ]+', I, ['ÀÉÎ', 'àéî']), ('ß', I, ['ß', 'ẞ', 'SS']), ('σ', I, ['Σ', 'ς', 'σ']),
    ('[σ]', I, ['Σ', 'ς']), ('ǅ', I, ['Ǆ', 'ǆ', 'ǅ']), ('i', I, ['I', 'İ', 'ı']), ('[i]', I, ['İ', 'ı']), ('ı', I, ['I', 'i']),
    ('abc', I | A, ['ABC']), ('é', I | A, ['É', 'é']), ('[a-zé]+', I | A, ['AbÉé']), ('[^x]', I, ['X', 'y']),
    ('[^é]', I, ['É', 'e']), ('x', I, ['X']), ('[\u0400-\u04ff]+', I, ['ПРИВЕТ мир']), ('ab|cd', I, ['CD AB']),
    (r'\w+', I, ['ABC']), ('[a-c]+', I, ['ABCabc']), ('[A-C]+', I, ['ABCabc']), ('[Ω]', I, ['ω', 'Ω', '\u2126']),
    ('[ⓐ-ⓩ]+', I, ['ⒶⒷⓒ']), ('[\U00010400-\U0001044f]+', I, ['\U00010400\U00010428']),
    # Unicode and wide characters
    ('日本', 0, ['日本語', 'x日本']), ('[日本]+', 0, ['日本語']), ('[αβγδεζηθικλμνξοπρστυφχψω]+', 0, ['αβγ abc']),
    ('[\u0100-\u01ff]', 0, ['aĀb']), ('[\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u010e\u0110]+', 0, ['ĀĂĄ']),
    ('[\U0001F600-\U0001F64F]+', 0, ['hi 😀😃 there']), ('😀', 0, ['a😀b']), ('.', 0, ['😀']), ('a.b', 0, ['a😀b']),
    ('[^\U0001F600]', 0, ['😀x']), ('\U0001F600+', 0, ['😀😀x']), ('(.)(.)', 0, ['😀é']),
    ('[\u4e00\u4e02\u4e04\u4e06\u4e08\u4e0a\u4e0c\u4e0e\u4e10\u4e12\u4e14\u4e16\u4e18\u4e1a\u4e1c\u4e1e\u4e20\u4e22\u4e24\u4e26'
     '\u4e28\u4e2a\u4e2c\u4e2e\u4e30\u4e32\u4e34\u4e36\u4e38\u4e3a\u4e3c\u4e3e\u4e40\u4e42\u4e44\u4e46]+', 0,
     ['\u4e00\u4e02\u4e01', 'x\u4e46']),
    ('[^\u4e00\u4e02\u4e04\u4e06\u4e08\u4e0a\u4e0c\u4e0e\u4e10\u4e12\u4e14\u4e16\u4e18\u4e1a\u4e1c\u4e1e\u4e20]+', 0,
     ['\u4e00ab\u4e01']),
    ('[\u0391-\u03c9\u0400-\u04ff\u0531-\u0587\u05d0-\u05ea]+', 0, ['Ωמ xyz']),
    ('[a\u0101\u0103\u0105\u0107\u0109\u010b\u010d\u010f\u0111\u0113\u0115\u0117\u0119\u011b\u011d\u011f\u0121]+', I,
     ['A\u0100\u0102x']),
    # verbose, inline flags, misc
    ('a b c  # comment', X, ['abc', 'a b c']), ('(?i)abc', 0, ['ABC']), ('(?i:a)b', 0, ['Ab', 'AB']), ('a(?i:b)c', 0, ['aBc', 'aBC']),
    ('(?m)^x', 0, ['a\nx']), ('(?s).', 0, ['\n']), ('(?x) a # c\n b', 0, ['ab']), ('(?a)\\w+', 0, ['héllo']),
    ('(?u)\\w+', 0, ['héllo']), ('(?-i:a)b', I, ['aB', 'AB']), ('[\\t\\n\\x0b]', 0, ['a\tb\x0b']),
    (r'\x41\u0042\U00000043\101', 0, ['ABCA']), (r'\0', 0, ['a\x00b']), ('[\\0-\\x1f]+', 0, ['\x01\x02a']),
    # alternation shapes
    ('a|b|c', 0, None), ('ab|ac|ad', 0, ['ad ab']), ('(?:a|ab)(?:c|bcd)', 0, ['abcd']), ('|a', 0, ['a']), ('a|', 0, ['a', 'b']),
    ('(?:x|y|z)+', 0, ['xyzzyx ab']), ('[ab]|cd', 0, ['cd a']), ('foo|foobar', 0, ['foobar']), ('foobar|foo', 0, ['foobar']),
    ('(a|b|c|d|e)+f', 0, ['abcdef', 'abcde']), ('(?:[ab]x|[cd]y)+', 0, ['axcydx']),
    # empty matches in findall/split/sub (3.7+)
    ('x*', 0, ['axbxxc']), ('|', 0, ['abc']), ('(?=x)', 0, ['axbx']), (r'\b', 0, ['ab cd']), ('$', 0, ['ab\n']),
    ('(x)*', 0, ['axb']), ('(|x)', 0, ['axb']), (':*', 0, [':a:b::c']), (r'\W*', 0, ['a, b.c']), ('(?:)', 0, ['abc']),
    # catastrophic-ish but bounded, deep
    ('(a*)*b', 0, ['a' * 12, 'a' * 12 + 'b']), ('(a|aa)*c', 0, ['a' * 16]), ('(?:a|b)*', 0, ['ab' * 3000]),
    ('(ab)*', 0, ['ab' * 3000 + 'x']), ('(?:a+)+$', 0, ['a' * 18 + 'b']), ('((((((((((a))))))))))', 0, ['a']),
    ('(?:(?:(?:(?:(?:a)*)*)*)*)*b', 0, ['aaab', 'aaa']), ('(.*)(.*)(.*)x', 0, ['abcdefghij' * 3]),
    ('(?:a*?)*?b', 0, ['a' * 20 + 'b']), ('.*?x', 0, ['y' * 5000 + 'x']), ('(?:.)*x', 0, ['y' * 5000 + 'x']),
    ('(\\w+\\s?)*$', 0, ['aa bb cc dd ee ff']),
    # bug-prone mark handling (issue 35859 and friends)
    (r'(ab|a)*?b', 0, ['ab']), (r'(ab|a)+?b', 0, ['ab']), (r'(ab|a){0,2}?b', 0, ['ab']), (r'(.b|a)*?b', 0, ['ab']),
    (r'(?:(?:a|bc)*?(xx)??z)*', 0, ['axxzbcz']), (r'((x|yz)+?(t)??c)*', 0, ['xtcxyzxc']),
    (r'(?:[^b]*a(?=(b)|(a))ab)*', 0, ['aabaab']), (r'(?:[^b]*(?=(b)|(a))ab)*', 0, ['abab']), (r'(ab?)*?b', 0, ['ab']),
    (r'(?:.*?(?=(a)|(b))b)*', 0, ['abab']), (r'(?:a*?(xx)??z)*', 0, ['axxzaz']), (r'(a)|b', 0, ['b']),
    (r'(?:(a)|b)*', 0, ['ab', 'ba']), (r'(?:(a)|(b))*', 0, ['ab', 'ba']), (r'(?:(a)|b)*?c', 0, ['abc']),
    (r'(a)|(b)|(c)', 0, ['c']), (r'((a)|(b))*', 0, ['ab']), (r'(?:(a)b|ac)*', 0, ['abac']), (r'(a)*', 0, ['aab']),
    (r'(?:(a)|x)*?y', 0, ['axay']), (r'(a?)((ab)?)(b?)', 0, ['ab']), (r'(?:a(b)?)+', 0, ['aba']),
    # bitmaps (CHARSET) and the ASCII-only ignore-case opcodes
    ('[acegikmoqsuwy]+', 0, ['abcdefg yes']), ('[^acegikmoqsuwy]+', 0, ['abcdefg yes']), ('[^x]', I | A, ['X', 'y']),
    ('[aeiou0-9_]+', I, ['AEIOU_09x']), ('[acegikmoqsuwy]', I | A, ['ACE bdf']), ('[^bdf]+', I | A, ['ACE BDF']),
    ('[acegikmoqsuwy\u0100]+', 0, ['ace\u0100b']),
]

BYTES_CASES = [
    (b'a', 0, None), (b'abc', 0, None), (b'[a-c]+', 0, None), (rb'\w+', 0, [b'hello world', b'\xe9t\xe9']),
    (rb'\d+', 0, [b'12 ab 345']), (rb'\s+', 0, [b'a \t\n\x0bb']), (b'.', 0, [b'\xff\n']), (b'\xff+', 0, [b'a\xff\xffb']),
    (b'[\x80-\xff]+', 0, [b'abc\x80\x90\xffdef']), (b'abc', I, [b'ABC', b'AbC']), (b'[a-z]+', I, [b'ABC def']),
    (rb'(a)\1', I, [b'aA']), (rb'\bfoo\b', 0, [b'foo foobar']), (b'a', L | I, [b'A', b'a']), (b'[a-z]+', L | I, [b'ABC']),
    (rb'(a)\1', L | I, [b'aA']), (rb'\w+', L, [b'ab_1 \xe9']), (rb'\b\w', L, [b'ab cd']), (b'x', L, [b'x']),
    (b'[^a]', L | I, [b'A', b'b']), (b'(?:ab)*c', 0, [b'ababc']), (b'(?<=a)b', 0, [b'ab']), (b'^$', M, [b'a\n\nb']),
    (b'', 0, [b'', b'ab']), (b'x*', 0, [b'axb']), (rb'(?P<n>\w)(?P=n)', 0, [b'aabb']), (b'(?>a+)b', 0, [b'aab']),
    (b'[^\x00-\x7f]', 0, [b'a\x80']), (b'.*', S, [b'a\nb']),
]

BYTES_SUBJECTS = [b'', b'a', b'ab', b'abc', b'aaa', b'xabcx', b'ABC', b'a\nb\n', b'hello world']

PRELUDE = r'''import _sre

def show(p, s):
    isb = isinstance(s, bytes)
    for name in ('match', 'fullmatch', 'search'):
        m = getattr(p, name)(s)
        if m is None:
            print(name, None)
        else:
            print(name, m, m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)
    print('findall', p.findall(s))
    print('finditer', [(m.span(), m.group()) for m in p.finditer(s)])
    print('split', p.split(s), p.split(s, 1))
    if isb:
        wrap = lambda m: b'<' + m.group() + b'>'
        lit = b'-'
    else:
        wrap = lambda m: '<' + m.group() + '>'
        lit = '-'
    print('sub', p.subn(wrap, s), p.sub(lit, s, 2))
    n = len(s)
    for pos, endpos in ((1, n), (0, n - 1), (2, 3), (-5, 100), (n, 1)):
        m = p.search(s, pos, endpos)
        print('search', pos, endpos, m and (m.span(), m.groups(), m.pos, m.endpos))
        m = p.match(s, pos, endpos)
        print('match', pos, endpos, m and (m.span(), m.groups()))
        m = p.fullmatch(s, pos, endpos)
        print('fullmatch', pos, endpos, m and m.span())
    sc = p.scanner(s)
    print('scanner', [m.span() for m in iter(sc.match, None)])


'''



def random_cases(seed, n):
    """Random patterns from a small grammar (groups, alternation, lookaround, backreferences, conditionals,
    greedy/lazy/possessive quantifiers, atomic groups) with random short subjects: a fixed seed, so the
    goldens are stable."""
    import random
    rnd = random.Random(seed)
    atoms = ['a', 'b', 'c', '.', '[ab]', '[^a]', r'\w', r'\d', r'\s', 'x', '(a)', '(b|c)', '(?:ab)', '(?P<n%d>a|b)',
             r'\b', '^', '$', '(?=a)', '(?!b)', '(?<=a)', '(?<!b)', '(?:)', '[a-c]', 'é', 'É']
    quants = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{0,2}?', '*+', '++', '?+']

    def gen(depth=0):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            r = rnd.random()
            if depth < 3 and r < 0.25:
                kind = rnd.choice(['(%s)', '(?:%s)', '(?>%s)', '(%s|%s)', '(?:%s|%s)', '(?=%s)', '(?!%s)'])
                a = kind % ((gen(depth + 1),) if kind.count('%s') == 1 else (gen(depth + 1), gen(depth + 1)))
            elif r < 0.3:
                a = rnd.choice([r'\1', r'(?(1)a|b)'])
            else:
                a = rnd.choice(atoms)
                if '%d' in a:
                    a = a % rnd.randint(0, 1000000)
            q = rnd.choice(quants)
            if a in ('^', '$', r'\b') or a.startswith('(?<') or a.startswith('(?=') or a.startswith('(?!'):
                q = ''
            parts.append(a + q)
        return ''.join(parts)

    cases = []
    while len(cases) < n:
        pattern = gen()
        flags = rnd.choice([0, 0, re.I, re.M, re.S, re.I | re.A])
        try:
            re.compile(pattern, flags)
        except (re.error, OverflowError):
            continue
        subjects = [''.join(rnd.choice('abcx\xe9 \xc9\n') for _ in range(rnd.randint(0, 8))) for _ in range(3)]
        cases.append((pattern, flags, subjects))
    return cases


def compiled_args(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (pattern, flags | p.state.flags, [int(c) for c in code], p.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def case_lines(n, pattern, flags, subjects):
    args = compiled_args(pattern, flags)
    lines = ['# case %d: %r flags=%d' % (n, pattern, flags),
             'P = _sre.compile(%r, %d, %r, %d, %r, %r)' % args,
             'print(%r, P, P.groups, P.groupindex, P.flags)' % ('case %d' % n)]
    for s in subjects:
        lines.append('show(P, %r)' % (s,))
    return lines, args[2]


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = [(p, f, s if s is not None else STR_SUBJECTS) for p, f, s in CASES]
    cases += [(p, f, s if s is not None else BYTES_SUBJECTS) for p, f, s in BYTES_CASES]
    cases += random_cases(2026, 200)
    per_file = 40
    for old in os.listdir(OUT):
        if old.startswith('sre_engine_'):
            os.remove(os.path.join(OUT, old))
    for k in range(0, len(cases), per_file):
        lines = [PRELUDE]
        for n, (p, f, subjects) in enumerate(cases[k:k + per_file], k):
            body, code = case_lines(n, p, f, subjects)
            lines += body
            lines.append('')
        name = 'sre_engine_%02d' % (k // per_file)
        path = os.path.join(OUT, name + '.py')
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write('# Generated by interpreter/src/test/python/make_sre_goldens.py: do not edit.\n')
            fh.write('\n'.join(lines) + '\n')
        r = subprocess.run([sys.executable, name + '.py'], cwd=OUT, capture_output=True, text=True, encoding='utf-8')
        out = r.stdout
        if r.stderr:
            out += 'STDERR:\n' + r.stderr
        out += 'EXIT %d\n' % r.returncode
        with open(os.path.join(OUT, name + '.out'), 'w', encoding='utf-8') as fh:
            fh.write(out)
    ops = {}
    for c in cases:
        args = compiled_args(c[0], c[1])
        code = args[2]
        walk(code, ops)
    missing = [str(op) for op in _constants.OPCODES if op not in ops]
    print('%d cases; opcodes never executed as instructions: %s' % (len(cases), ', '.join(missing) or 'none'))


def walk(code, ops):
    """Collects opcodes used as instructions and in charsets (a rough disassembly, good enough for coverage)."""
    OP = _constants.OPCODES
    def charset(i):
        while True:
            op = OP[code[i]]
            ops[op] = 1
            i += 1
            if op is _constants.FAILURE:
                return i
            if op in (_constants.LITERAL, _constants.CATEGORY):
                i += 1
            elif op in (_constants.RANGE, _constants.RANGE_UNI_IGNORE):
                i += 2
            elif op is _constants.CHARSET:
                i += 8
            elif op is _constants.BIGCHARSET:
                i += 1 + 64 + code[i] * 8
    def run(i, end):
        while i < end:
            op = OP[code[i]]
            ops[op] = 1
            i += 1
            if op in (_constants.MARK, _constants.LITERAL, _constants.NOT_LITERAL, _constants.AT, _constants.CATEGORY,
                      _constants.GROUPREF, _constants.GROUPREF_IGNORE, _constants.GROUPREF_UNI_IGNORE,
                      _constants.GROUPREF_LOC_IGNORE) or op.name.endswith('LITERAL_IGNORE') or op.name.startswith('LITERAL_') \
                    or op.name.startswith('NOT_LITERAL_'):
                i += 1
            elif op in (_constants.IN, _constants.IN_IGNORE, _constants.IN_UNI_IGNORE, _constants.IN_LOC_IGNORE):
                charset(i + 1)
                i += code[i]
            elif op is _constants.INFO:
                skip = code[i]
                if code[i + 1] & 4:
                    charset(i + 4)
                i += skip
            elif op is _constants.BRANCH:
                while code[i]:
                    run(i + 1, i + code[i])
                    i += code[i]
                i += 1
            elif op in (_constants.REPEAT_ONE, _constants.MIN_REPEAT_ONE, _constants.POSSESSIVE_REPEAT_ONE):
                run(i + 3, i + code[i])
                i += code[i]
            elif op in (_constants.REPEAT, _constants.POSSESSIVE_REPEAT):
                run(i + 3, i + code[i])
                i += code[i]
            elif op is _constants.ATOMIC_GROUP:
                run(i + 1, i + code[i])
                i += code[i]
            elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
                run(i + 2, i + code[i])
                i += code[i]
            elif op is _constants.GROUPREF_EXISTS:
                i += 2
            elif op is _constants.JUMP:
                i += 1
    run(0, len(code))


if __name__ == '__main__':
    main()
