#!/usr/bin/env python3.11
"""Regenerates the parser's golden files from CPython 3.11, the oracle.

For every .py file under interpreter/src/test/resources/ it writes
interpreter/src/test/resources/parser/goldens/<same relative path>.ast with:

    OK                      the file compiles; next line is the AST dump
    COMPILE_ERROR           ast.parse accepts it but compile() does not; next lines are
                            the AST dump, then the error as  Type|lineno|offset|message
    PARSE_ERROR             ast.parse rejects it; next line is  Type|lineno|offset|message

For the files in parser/scopes/ it also writes <name>.py.scopes: one line per symbol table
(symtable module) with each name's scope and the code object's co_varnames, co_cellvars and
co_freevars.

Error goldens end with a RENDER line followed by what `python3.11 <file>` prints on stderr.

The dump is ast.dump(tree, include_attributes=True) with one change: CPython's col_offset and
end_col_offset count UTF-8 bytes, Herthon counts UTF-16 code units, so columns are converted
(identical for ASCII lines). Run:  python3.11 interpreter/src/test/python/make_ast_goldens.py
"""
import ast
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.normpath(os.path.join(HERE, '..', 'resources'))
GOLDENS = os.path.join(RESOURCES, 'parser', 'goldens')


def utf16_columns(tree, lines):
    """Rewrites byte columns into UTF-16 code unit columns, in place."""
    def convert(lineno, col):
        if lineno is None or col is None or lineno < 1 or lineno > len(lines):
            return col
        raw = lines[lineno - 1].encode('utf-8')
        if len(raw) == len(lines[lineno - 1]):
            return col
        return len(raw[:col].decode('utf-8', errors='replace').encode('utf-16-le')) // 2
    for node in ast.walk(tree):
        if getattr(node, 'col_offset', None) is not None:
            node.col_offset = convert(node.lineno, node.col_offset)
        if getattr(node, 'end_col_offset', None) is not None:
            node.end_col_offset = convert(node.end_lineno, node.end_col_offset)


def error_line(e):
    return '%s|%s|%s|%s' % (type(e).__name__, e.lineno, e.offset, e.msg)


def rendered(path):
    """What CPython prints for the uncaught SyntaxError, with the file name as given."""
    with tempfile.TemporaryDirectory() as tmp:
        name = os.path.basename(path)
        shutil.copy(path, os.path.join(tmp, name))
        proc = subprocess.run([sys.executable, name], cwd=tmp, capture_output=True, text=True, timeout=30,
                              stdin=subprocess.DEVNULL)
        # CPython 3.11 prints the script's absolute path; keep only the file name.
        out = proc.stderr
        for prefix in (os.path.realpath(tmp), tmp):
            out = out.replace(os.path.join(prefix, ''), '')
        return out


def golden_for(path):
    with open(path, encoding='utf-8') as f:
        src = f.read()
    lines = src.split('\n')
    try:
        tree = ast.parse(src, filename=os.path.basename(path))
    except SyntaxError as e:
        return 'PARSE_ERROR\n%s\nRENDER\n%s' % (error_line(e), rendered(path))
    utf16_columns(tree, lines)
    dump = ast.dump(tree, include_attributes=True)
    try:
        compile(src, os.path.basename(path), 'exec')
    except SyntaxError as e:
        return 'COMPILE_ERROR\n%s\n%s\nRENDER\n%s' % (dump, error_line(e), rendered(path))
    return 'OK\n%s\n' % dump


SCOPE_NAMES = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}


def scope_golden(path):
    """One line per scope from the symtable module, joined with the matching code object's
    co_varnames/co_cellvars/co_freevars (for function-like scopes and classes)."""
    import symtable
    with open(path, encoding='utf-8') as f:
        src = f.read()
    codes = {}

    def collect(code):
        codes.setdefault((code.co_name.strip('<>'), code.co_firstlineno), code)
        for c in code.co_consts:
            if hasattr(c, 'co_code'):
                collect(c)
    collect(compile(src, os.path.basename(path), 'exec'))
    out = []

    def walk(table):
        symbols = ' '.join('%s=%s' % (s.get_name(), SCOPE_NAMES[s._Symbol__scope])
                           for s in sorted(table.get_symbols(), key=lambda s: s.get_name()))
        name = table.get_name()
        line = '%s@%d %s: %s' % (name, table.get_lineno(), table.get_type(), symbols)
        code = codes.get((name if name != 'top' else 'module', table.get_lineno() or 1))
        if code is not None and table.get_type() != 'module':
            line += ' | varnames=%s cellvars=%s freevars=%s' % (
                ','.join(code.co_varnames), ','.join(code.co_cellvars), ','.join(code.co_freevars))
        out.append(line)
        for child in table.get_children():
            walk(child)
    walk(symtable.symtable(src, os.path.basename(path), 'exec'))
    return '\n'.join(out) + '\n'


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with python3.11: the goldens must come from CPython 3.11')
    if os.path.isdir(GOLDENS):
        shutil.rmtree(GOLDENS)
    count = 0
    for root, dirs, files in os.walk(RESOURCES):
        dirs.sort()
        if os.path.abspath(root).startswith(GOLDENS):
            continue
        for name in sorted(files):
            if not name.endswith('.py'):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, RESOURCES)
            out = os.path.join(GOLDENS, rel + '.ast')
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, 'w', encoding='utf-8', newline='\n') as f:
                f.write(golden_for(path))
            count += 1
    scopes = os.path.join(RESOURCES, 'parser', 'scopes')
    for name in sorted(os.listdir(scopes)):
        if name.endswith('.py'):
            with open(os.path.join(GOLDENS, 'parser', 'scopes', name + '.scopes'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(scope_golden(os.path.join(scopes, name)))
                count += 1
    print('wrote %d goldens under %s' % (count, os.path.relpath(GOLDENS)))


if __name__ == '__main__':
    main()
