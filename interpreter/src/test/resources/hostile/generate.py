#!/usr/bin/python3.11
"""Writes the hostile corpus (NNN_name.py) and its goldens (NNN_name.golden) from CPython 3.11.

Cases over 256 KB are stored gzipped (NNN_name.py.gz: 10,000 nested blocks are 50 MB of
indentation); HostileCorpusTest unpacks them into a temporary folder and runs them from there.

Run it with Debian's python3.11 from this folder: ``/usr/bin/python3.11 generate.py``. Each case
is run by CPython with a time bound; its golden holds what HostileCorpusTest compares: the exit
code, the exception type of the last line of stderr and the line of the last traceback entry
(when the run failed), and the SHA-256 of stdout (inputs reach megabytes).
"""
import gzip
import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
cases = []


def case(name, source):
    cases.append((name, source.encode("utf-8") if isinstance(source, str) else source))


# ---- syntax errors of every kind -------------------------------------------------------------
syntax = {
    "unclosed_paren": "x = (1,\n",
    "unclosed_bracket": "x = [1, 2\n",
    "unclosed_brace": "x = {1: 2\n",
    "stray_close_paren": "x = )\n",
    "stray_close_brace": "}\n",
    "stray_close_bracket": "x = 1]\n",
    "mismatched_brackets": "x = (1, 2]\n",
    "def_missing_name": "def (x):\n    pass\n",
    "def_bad_params": "def f(:\n    pass\n",
    "if_missing_colon": "if True\n    pass\n",
    "while_missing_colon": "while x\n    pass\n",
    "for_missing_in": "for x range(3):\n    pass\n",
    "for_missing_target": "for in range(3):\n    pass\n",
    "return_outside_function": "return 5\n",
    "break_outside_loop": "break\n",
    "continue_outside_loop": "continue\n",
    "yield_outside_function": "yield 1\n",
    "await_outside_async": "await x\n",
    "double_equals_assign": "x = = 1\n",
    "assign_to_literal": "1 = x\n",
    "assign_to_call": "f() = 1\n",
    "assign_to_string": "'abc' = 1\n",
    "assign_to_none": "None = 1\n",
    "assign_to_true": "True = 1\n",
    "assign_to_debug": "__debug__ = 1\n",
    "assign_to_comprehension": "[x for x in y] = 1\n",
    "assign_to_operator": "a + b = 1\n",
    "augassign_to_tuple": "a, b += 1\n",
    "del_call": "del f()\n",
    "del_literal": "del 1\n",
    "walrus_at_statement": "x := 1\n",
    "walrus_to_attribute": "(a.b := 1)\n",
    "keyword_true": "f(True=1)\n",
    "repeated_keyword": "f(a=1, a=2)\n",
    "duplicate_parameter": "def f(a, a):\n    pass\n",
    "default_before_plain": "def f(a=1, b):\n    pass\n",
    "bare_star_param": "def f(*):\n    pass\n",
    "param_after_kwargs": "def f(**k, a):\n    pass\n",
    "generator_unparenthesized": "f(x for x in y, 1)\n",
    "positional_after_keyword": "f(a=1, 2)\n",
    "iterable_unpack_after_kwargs": "f(**a, *b)\n",
    "binary_literal_bad_digit": "x = 0b2\n",
    "octal_literal_bad_digit": "x = 0o8\n",
    "hex_literal_empty": "x = 0x\n",
    "double_underscore_number": "x = 1__0\n",
    "trailing_underscore_number": "x = 1_\n",
    "exponent_without_digits": "x = 1e\n",
    "leading_zero": "x = 09\n",
    "two_dots_number": "x = 1.2.3\n",
    "conditional_without_else": "x = 1 if 2\n",
    "else_without_if": "else:\n    pass\n",
    "try_without_except": "try:\n    pass\nx = 1\n",
    "try_at_eof": "try:\n    pass\n",
    "with_without_item": "with:\n    pass\n",
    "class_without_name": "class:\n    pass\n",
    "import_without_name": "import\n",
    "from_without_import": "from x\n",
    "from_import_nothing": "from x import\n",
    "import_as_nothing": "import a.b as\n",
    "dollar_sign": "x = $\n",
    "question_mark": "x = a ? b : c\n",
    "backticks": "x = `y`\n",
    "py2_not_equal": "if a <> b:\n    pass\n",
    "py2_print": "print 'hello'\n",
    "py2_exec": "exec 'x = 1'\n",
    "py2_print_chevron": "print >> f, 1\n",
    "missing_operand": "x = 1 +\n",
    "two_names": "a b\n",
    "star_expression_alone": "*a = 1\n",
    "two_starred": "a, *b, *c = range(5)\n",
    "del_starred": "del *a, b\n",
    "future_braces": "from __future__ import braces\n",
    "future_unknown": "from __future__ import nothing_here\n",
    "future_late": "x = 1\nfrom __future__ import annotations\n",
    "star_import_in_function": "def f():\n    from os import *\n",
    "return_in_class": "class A:\n    return 1\n",
    "nonlocal_at_module": "nonlocal x\n",
    "global_after_use": "def f():\n    x = 1\n    global x\n",
    "nonlocal_missing": "def f():\n    nonlocal q\n",
    "decorator_without_def": "@dec\nx = 1\n",
    "lambda_default_order": "f = lambda a=1, b: a\n",
    "continuation_at_eof": "x = 1 + \\",
    "continuation_then_text": "x = 1 \\ 2\n",
    "fstring_unclosed_brace": "f'{'\n",
    "fstring_empty_expression": "f'{}'\n",
    "fstring_bad_conversion": "f'{x!z}'\n",
    "fstring_single_close": "f'}'\n",
    "bytes_non_ascii": "b'\u00e9'\n",
    "unknown_unicode_name": "'\\N{NO SUCH CHARACTER NAME}'\n",
    "truncated_unicode_escape": "'\\u12'\n",
    "bytes_and_str_concat": "x = b'a' 'b'\n",
    "match_guard_empty": "match x:\n    case 1 if:\n        pass\n",
    "async_yield_from": "async def f():\n    yield from x\n",
    "chained_comparison_assign": "a < b = 1\n",
    "semicolon_only": ";\n",
    "unmatched_parens_deep": "print((((1)))))\n",
    "keyword_as_name": "class = 1\n",
    "keyword_as_param": "def f(if):\n    pass\n",
    "dict_missing_value": "d = {1:}\n",
    "slice_in_call": "f(1:2)\n",
    "invalid_character": "x = 1 \u2013 2\n",
    "non_printable": "x = 1\u200b\n",
    "nul_escape_in_name": "ab\\x00c = 1\n",
    "except_star_bare": "try:\n    pass\nexcept*:\n    pass\n",
    "return_with_yield_value_in_async_gen": "async def f():\n    yield 1\n    return 2\n",
    "syntax_error_late_in_file": "x = 1\n" * 500 + "def f(:\n",
    "syntax_error_in_exec": "exec('x = (1,')\n",
    "syntax_error_in_eval": "eval('1 +')\n",
    "syntax_error_in_compile": "compile('def f(:', 'inner.py', 'exec')\n",
    "syntax_error_caught": "try:\n    exec('1 = 2')\nexcept SyntaxError as e:\n    print(type(e).__name__, e.lineno, e.msg)\n",
}
for name, src in syntax.items():
    case("syntax_" + name, src)

# ---- bad indentation ---------------------------------------------------------------------------
indentation = {
    "unexpected_indent": "x = 1\n    y = 2\n",
    "unindent_mismatch": "if True:\n        x = 1\n    y = 2\n",
    "expected_block_if": "if True:\nx = 1\n",
    "expected_block_def": "def f():\nreturn 1\n",
    "expected_block_at_eof": "for x in y:\n",
    "expected_block_class": "class A:\n\nx = 1\n",
    "tab_space_mix": "if True:\n\tx = 1\n        y = 2\n",
    "indent_first_line": "  x = 1\n",
    "indent_after_comment": "# c\n    x = 1\n",
    "dedent_into_nothing": "def f():\n    if x:\n        pass\n  y = 1\n",
    "try_expected_block": "try:\nexcept:\n    pass\n",
    "with_expected_block": "with a:\npass\n",
    "else_expected_block": "if a:\n    pass\nelse:\npass\n",
    "form_feed_indent": "if True:\n\x0c    x = 1\n  y = 2\n",
    "deep_mixed_tabs": "if 1:\n  if 1:\n\tpass\n",
}
for name, src in indentation.items():
    case("indent_" + name, src)

# ---- unterminated strings ---------------------------------------------------------------------------
strings = {
    "single_quote": "x = 'abc\n",
    "double_quote": 'x = "abc\n',
    "triple_single": "x = '''abc\n\n",
    "triple_double": 'x = """abc\n',
    "fstring": "x = f'abc\n",
    "bytes": "x = b'abc\n",
    "raw_backslash": "x = r'abc\\'\n",
    "escaped_newline_eof": "x = 'abc\\\n",
    "fstring_brace_eof": 'x = f"{1 +\n',
    "string_at_eof_no_newline": "x = 'abc",
    "triple_inside_call": "print('''abc)\n",
}
for name, src in strings.items():
    case("string_" + name, src)

# ---- invalid UTF-8 and NUL bytes --------------------------------------------------------------------
encoding = {
    "invalid_start_byte": b"x = '\xff'\n",
    "truncated_sequence": b"x = '\xc3'\n",
    "surrogate_encoded": b"x = '\xed\xa0\x80'\n",
    "overlong": b"x = '\xc0\xaf'\n",
    "invalid_in_comment": b"# \xfe\nx = 1\n",
    "invalid_in_name": b"ab\xffc = 1\n",
    "invalid_on_line_3": b"x = 1\ny = 2\nz = '\x80'\n",
    "nul_at_end": b"x = 1\x00\n",
    "nul_in_string": b"x = 'a\x00b'\nprint(len(x))\n",
    "nul_first": b"\x00print('after nul')\n",
    "bom_then_code": b"\xef\xbb\xbfprint('bom')\n",
    "bom_then_invalid": b"\xef\xbb\xbfx = '\xff'\n",
    "lone_continuation_byte": b"\x80\n",
    "control_characters": b"x = 1\x01\n",
}
for name, src in encoding.items():
    case("bytes_" + name, src)

# ---- deep nesting -------------------------------------------------------------------------------------
N = 10000
case("deep_parens", "x = " + "(" * N + "1" + ")" * N + "\n")
case("deep_brackets", "x = " + "[" * N + "]" * N + "\n")
case("deep_braces", "x = " + "{" * N + "}" * N + "\n")
case("deep_unclosed_parens", "x = " + "(" * N + "\n")
case("deep_blocks", "".join(" " * i + "if True:\n" for i in range(N)) + " " * N + "pass\n")
case("deep_blocks_100", "".join(" " * i + "if True:\n" for i in range(100)) + " " * 100 + "pass\n")
case("deep_unary_minus", "x = " + "-" * N + "1\n")
case("deep_not", "x = " + "not " * N + "True\n")
case("deep_attribute_chain", "x = a" + ".b" * N + "\n")
case("deep_subscript_chain", "x = a" + "[0]" * N + "\n")
case("deep_call_chain", "x = f" + "()" * N + "\n")
case("deep_binary_sum", "x = " + "+".join(["1"] * N) + "\nprint(x)\n")
case("deep_lambda", "f = " + "lambda: " * N + "1\n")
case("deep_nested_defs", "".join(" " * i + "def f%d():\n" % i for i in range(50)) + " " * 50 + "return 1\nprint('defined')\n")
case("deep_list_display_eval", "x = eval('[' * 10000 + ']' * 10000)\n")
case("deep_nested_data_repr", "x = []\nfor i in range(100000):\n    x = [x]\nprint(len(repr(x)) > 0)\n")
case("deep_comparison_chain", "x = " + " < ".join(["1"] * N) + "\nprint(x)\n")
case("deep_string_concat", "x = " + " ".join(["'a'"] * N) + "\nprint(len(x))\n")
case("deep_tuple_nesting_runtime", "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(len(t))\n")
case("deep_dict_nesting_runtime", "d = {}\nfor i in range(100000):\n    d = {'k': d}\nprint(len(d))\n")

# ---- 1 MB literals and identifiers --------------------------------------------------------------------
MB = 1 << 20
case("megabyte_string", "x = '" + "a" * MB + "'\nprint(len(x))\n")
case("megabyte_bytes", "x = b'" + "b" * MB + "'\nprint(len(x))\n")
case("megabyte_triple_string", "x = '''" + ("line\n" * (MB // 5)) + "'''\nprint(x.count('\\n'))\n")
case("megabyte_identifier", "n" * MB + " = 1\nprint(len([k for k in globals() if len(k) > 1000]))\n")
case("megabyte_comment", "# " + "c" * MB + "\nprint('after comment')\n")
case("megabyte_unterminated", "x = '" + "a" * MB + "\n")
case("megabyte_escapes", "x = '" + "\\n" * (MB // 2) + "'\nprint(len(x))\n")
case("megabyte_fstring", "x = f'" + "a" * MB + "{1}'\nprint(len(x))\n")
case("megabyte_name_error", "print(" + "q" * MB + ")\n")

# ---- huge int literals ---------------------------------------------------------------------------------
case("int_literal_4300_digits", "x = " + "9" * 4300 + "\nprint(x % 1000)\n")
case("int_literal_5000_digits", "x = " + "9" * 5000 + "\nprint(x % 1000)\n")
case("int_literal_hex_100k", "x = 0x" + "f" * 100000 + "\nprint(x.bit_length())\n")
case("int_literal_binary_100k", "x = 0b" + "1" * 100000 + "\nprint(x.bit_length())\n")
case("int_from_huge_string", "x = int('7' * 5000)\n")
case("str_of_huge_int", "x = 10 ** 5000\nprint(len(str(x)))\n")
case("float_literal_overflow", "x = 1e" + "9" * 400 + "\nprint(x)\n")
case("int_literal_underscored_huge", "x = " + "_".join(["999"] * 2000) + "\nprint(x % 7)\n")
case("huge_shift", "x = 1 << (1 << 62)\n")
case("huge_pow_mod", "print(pow(3, 10 ** 100, 1000))\n")

# ---- recursion bombs ---------------------------------------------------------------------------------
recursion = {
    "plain": "def f():\n    f()\nf()\n",
    "mutual": "def a():\n    b()\ndef b():\n    a()\na()\n",
    "lambda": "f = lambda: f()\nf()\n",
    "repr": "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n",
    "str": "class A:\n    def __str__(self):\n        return str(self)\nprint(A())\n",
    "eq": "class A:\n    def __eq__(self, other):\n        return self == other\nA() == A()\n",
    "hash": "class A:\n    def __hash__(self):\n        return hash(self)\n{A()}\n",
    "getattr": "class A:\n    def __getattr__(self, name):\n        return self.missing\nA().x\n",
    "getattribute": "class A:\n    def __getattribute__(self, name):\n        return self.x\nA().y\n",
    "len": "class A:\n    def __len__(self):\n        return len(self)\nlen(A())\n",
    "iter": "class A:\n    def __iter__(self):\n        return iter(self)\niter(A())\n",
    "init": "class A:\n    def __init__(self):\n        A()\nA()\n",
    "property": "class A:\n    @property\n    def p(self):\n        return self.p\nA().p\n",
    "generator_yield_from": "def g():\n    yield from g()\nnext(g())\n",
    "generator_next": "def g():\n    yield next(g())\nnext(g())\n",
    "add": "class A:\n    def __add__(self, o):\n        return self + o\nA() + 1\n",
    "bool": "class A:\n    def __bool__(self):\n        return bool(self)\nif A():\n    pass\n",
    "setattr": "class A:\n    def __setattr__(self, n, v):\n        setattr(self, n, v)\nA().x = 1\n",
    "caught_then_continue": "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('caught')\nprint('still alive')\n",
    "caught_twice": "def f():\n    f()\nfor i in range(3):\n    try:\n        f()\n    except RecursionError:\n        print('caught', i)\n",
    "in_finally": "def f():\n    try:\n        pass\n    finally:\n        f()\nf()\n",
    "list_repr_self": "x = [1]\nx.append(x)\nprint(x)\n",
    "dict_repr_self": "d = {}\nd['d'] = d\nprint(d)\n",
    "sort_key": "def k(x):\n    return sorted([x], key=k)\nsorted([1], key=k)\n",
    "map_self": "def f(x):\n    return list(map(f, [x]))\nf(1)\n",
    "decorator": "def d(fn):\n    def w():\n        return w()\n    return w\n@d\ndef f():\n    pass\nf()\n",
    "class_call": "class M(type):\n    def __call__(cls):\n        return cls()\nclass A(metaclass=M):\n    pass\nA()\n",
    "setrecursionlimit_low": "import sys\nsys.setrecursionlimit(50)\ndef f(n):\n    return f(n + 1)\nf(0)\n",
    "setrecursionlimit_invalid": "import sys\nsys.setrecursionlimit(0)\n",
    "comprehension": "def f():\n    return [f() for _ in range(1)]\nf()\n",
}
for name, src in recursion.items():
    case("recursion_" + name, src)

# ---- infinite generators cut by a limit -----------------------------------------------------------
counter = "def count():\n    n = 0\n    while True:\n        yield n\n        n += 1\n"
case("infinite_break", counter + "for x in count():\n    if x >= 100000:\n        break\nprint(x)\n")
case("infinite_zip", counter + "print(list(zip(count(), range(5))))\n")
case("infinite_any", counter + "print(any(x > 50000 for x in count()))\n")
case("infinite_next_loop", counter + "g = count()\nfor _ in range(100000):\n    v = next(g)\nprint(v)\n")
case("infinite_close", counter + "g = count()\nnext(g)\ng.close()\nprint(list(g))\n")
case("infinite_throw", counter + "g = count()\nnext(g)\ng.throw(ValueError('stop'))\n")
case("infinite_enumerate", counter + "for i, x in enumerate(count()):\n    if i == 1000:\n        print(i, x)\n        break\n")
case("generator_running", "def g():\n    yield next(it)\nit = g()\nnext(it)\n")
case("generator_return_value", "def g():\n    yield 1\n    return 'done'\nx = g()\nnext(x)\ntry:\n    next(x)\nexcept StopIteration as e:\n    print(e.value)\n")
case("stopiteration_in_generator", "def g():\n    raise StopIteration\n    yield\nnext(g())\n")

# ---- deep exception chains ------------------------------------------------------------------------
case("chain_context_500", "def f(n):\n    try:\n        raise ValueError(n)\n    except ValueError:\n        if n:\n            f(n - 1)\n        else:\n            raise KeyError('bottom')\nf(500)\n")
case("chain_cause_loop_caught", "e = None\nfor i in range(100000):\n    try:\n        raise ValueError(i) from e\n    except ValueError as x:\n        e = x\nprint(e.args, e.__cause__.args)\n")
case("chain_cycle", "a = ValueError('a')\nb = KeyError('b')\na.__context__ = b\nb.__context__ = a\nraise a\n")
case("chain_cause_cycle", "a = ValueError('a')\nb = KeyError('b')\na.__cause__ = b\nb.__cause__ = a\nraise a\n")
case("chain_suppressed", "try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise ValueError('x') from None\n")
case("raise_non_exception", "raise 42\n")
case("raise_class_bad_init", "class E(Exception):\n    def __init__(self):\n        raise TypeError('in init')\nraise E\n")
case("exception_str_raises", "class E(Exception):\n    def __str__(self):\n        raise ValueError('no str')\nraise E()\n")
case("exception_repr_recursion", "class E(Exception):\n    def __str__(self):\n        return str(self)\nraise E()\n")
case("sys_exit_weird_code", "import sys\nsys.exit([1, 2])\n")
case("sys_exit_huge_code", "import sys\nsys.exit(2 ** 100)\n")
case("excepthook_raises", "import sys\ndef hook(*a):\n    raise ValueError('hook')\nsys.excepthook = hook\nraise KeyError('k')\n")
case("excepthook_none", "import sys\nsys.excepthook = None\nraise KeyError('k')\n")
case("stderr_none", "import sys\nsys.stderr = None\nraise KeyError('k')\n")

# ---- imports ---------------------------------------------------------------------------------------
case("import_itself", "import sys\nprint('running', __name__)\nm = __import__(__file__.rsplit('/', 1)[-1][:-3])\nprint('imported', m.__name__ != __name__)\n")
case("import_circular", "import hostile_cycle_a\n")
case("import_circular_from", "from hostile_cycle_c import C\nprint(C)\n")
case("import_missing", "import no_such_module_anywhere\n")
case("import_relative_no_package", "from . import x\n")
case("import_syntax_error_module", "import hostile_broken\n")
case("import_raises", "import hostile_raises\n")
case("import_none_in_modules", "import sys\nsys.modules['blocked'] = None\nimport blocked\n")
case("import_star_missing_all", "from hostile_bad_all import *\n")

# ---- __del__ and finalizers -------------------------------------------------------------------------
case("del_raises", "class A:\n    def __del__(self):\n        raise ValueError('in __del__')\na = A()\ndel a\nprint('after del')\n")
case("del_raises_at_exit", "class A:\n    def __del__(self):\n        raise ValueError('at exit')\na = A()\nprint('end')\n")
case("del_resurrects", "keep = []\nclass A:\n    def __del__(self):\n        keep.append(self)\na = A()\ndel a\nprint('resurrected', len(keep) <= 1)\n")

# ---- resource and misc bombs ------------------------------------------------------------------------
case("str_repeat_huge", "x = 'a' * (2 ** 62)\n")
case("list_repeat_huge", "x = [0] * (2 ** 62)\n")
case("range_len_overflow", "print(len(range(2 ** 64)))\n")
case("bytes_huge", "x = bytes(2 ** 62)\n")
case("int_str_digits_limit", "print(int('1' * 4301))\n")
case("float_overflow_pow", "print(10.0 ** 400)\n")
case("zero_division_mod", "print(5 % 0)\n")
case("name_error_builtin_shadow", "del print\n")
case("unbound_local", "def f():\n    print(x)\n    x = 1\nf()\n")
case("exec_deep_code", "exec('x = ' + '(' * 10000 + ')' * 10000)\n")
case("eval_huge_expression", "print(eval('+'.join(['1'] * 100000)))\n")
case("compile_null_byte", "compile('x = 1\\x00', 'f', 'exec')\n")
case("exec_null_byte", "exec('x = 1\\x00')\n")
case("eval_invalid_utf8_bytes", "eval(b'\\xff')\n")
case("globals_mutation_during_iteration", "for k in globals():\n    globals()['new_' + k] = 1\n")
case("dict_mutation_during_iteration", "d = {1: 1}\nfor k in d:\n    d[k + 1] = 1\n")
case("list_mutation_infinite_guard", "x = [1]\nfor i in x:\n    if len(x) < 100000:\n        x.append(i)\nprint(len(x))\n")
case("set_mutation_during_iteration", "s = {1}\nfor x in s:\n    s.add(x + 1)\n")
case("huge_format_width", "print(format(1, '99999999999999999999'))\n")
case("bad_format_spec", "print(format(1, 'q'))\n")
case("recursive_format", "class A:\n    def __format__(self, spec):\n        return format(self, spec)\nf'{A()}'\n")
case("assert_false", "assert False, 'nope'\n")
case("keyboard_interrupt_raised", "raise KeyboardInterrupt\n")
case("system_exit_in_finally", "try:\n    raise ValueError('x')\nfinally:\n    raise SystemExit(3)\n")
case("generator_exit_ignored", "def g():\n    while True:\n        try:\n            yield\n        except GeneratorExit:\n            pass\nx = g()\nnext(x)\nx.close()\n")
case("memory_error_raised", "raise MemoryError\n")
case("type_call_bomb", "type('A', (), {})()\nprint(type(type)(type) is type)\n")
case("mro_conflict", "class A: pass\nclass B(A): pass\nclass C(A, B): pass\n")
case("metaclass_conflict", "class M1(type): pass\nclass M2(type): pass\nclass A(metaclass=M1): pass\nclass B(metaclass=M2): pass\nclass C(A, B): pass\n")
case("slots_conflict", "class A:\n    __slots__ = ('x',)\n    x = 1\n")
case("super_no_args_outside", "super()\n")
case("int_subclass_huge", "class I(int): pass\nprint(I(10) ** 100 % 7)\n")
case("surrogate_print", "print('\\ud800')\n")
case("surrogate_name_error", "exec('\\ud800 = 1')\n")


def run_cpython(path):
    try:
        p = subprocess.run(["/usr/bin/python3.11", os.path.basename(path)], cwd=os.path.dirname(path), capture_output=True,
                           timeout=120, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        sys.exit(path + ": CPython did not end within 120 s: not a corpus case")
    # a death by signal (KeyboardInterrupt ends CPython by SIGINT) as a shell and Java see it: 128 + N
    code = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return code, p.stdout, p.stderr.decode("utf-8", "replace")


def golden(code, out, err):
    lines = [l for l in err.splitlines() if l.strip()]
    error = line = ""
    if code != 0 and lines:
        last = lines[-1]
        m = re.match(r"([A-Za-z_][A-Za-z0-9_.]*)(:|$)", last)
        error = m.group(1) if m else ""
        for l in lines:
            f = re.match(r'\s*File "[^"]*", line (\d+)', l)
            if f:
                line = f.group(1)
    return "exit: %d\nerror: %s\nline: %s\nstdout-sha256: %s\n" % (code, error, line, hashlib.sha256(out).hexdigest())


if __name__ == "__main__":
    for old in os.listdir(HERE):
        if re.match(r"\d{3}_.*\.(py|py\.gz|golden)$", old):
            os.remove(os.path.join(HERE, old))
    import tempfile
    for i, (name, data) in enumerate(cases, 1):
        base = "%03d_%s" % (i, name)
        path = os.path.join(HERE, base + ".py")
        if len(data) > 256 * 1024:
            with gzip.GzipFile(path + ".gz", "wb", mtime=0) as f:
                f.write(data)
            with tempfile.TemporaryDirectory() as unpacked:
                path = os.path.join(unpacked, base + ".py")
                with open(path, "wb") as f:
                    f.write(data)
                code, out, err = run_cpython(path)
        else:
            with open(path, "wb") as f:
                f.write(data)
            code, out, err = run_cpython(path)
        with open(os.path.join(HERE, base + ".golden"), "w") as f:
            f.write(golden(code, out, err))
    print(len(cases), "cases")
