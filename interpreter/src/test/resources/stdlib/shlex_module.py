# shlex: split, quote, join and the lexer over a StringIO stream.
import io
import shlex

print(shlex.split('a "b c" d\\ e \'f g\''))
print(shlex.split('cmd --opt="x y" # comment', comments=True))
print(shlex.split('a "b c"', posix=False))
print(shlex.quote(''), shlex.quote('safe'), shlex.quote("it's"), shlex.quote('a b'))
print(shlex.join(['echo', 'hello world', "x'y"]))
lex = shlex.shlex(io.StringIO('x = "quoted value"; y=2'), posix=True)
lex.whitespace_split = False
print(list(lex))
lex = shlex.shlex('a,b;c', punctuation_chars=True)
print(list(lex))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print('ValueError', e)
s = shlex.shlex(io.StringIO('one two\nthree'))
print(s.get_token(), s.get_token(), s.lineno, s.get_token(), repr(s.get_token()))
