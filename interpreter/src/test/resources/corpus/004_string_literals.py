print('single quotes')
print("double quotes")
print('it\'s escaped', "say \"hi\"")
print("it's fine", 'say "hi"')
print('''triple single
spanning lines''')
print("""triple double with 'quotes' and "quotes" """)
print("tab:\t|newline:\n|backslash:\\|")
print("hex \x41\x42\x43 unicode \u00e9\u00e8 big \U0001F600 octal \101")
print("named \N{LATIN SMALL LETTER E WITH ACUTE} \N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n stays \t as is \\")
print(R'raw upper \x41')
print("carriage" "\r" "return".replace("\r", "<CR>"))
print("bell\a".replace("\a", "<BEL>"), len("\0"), ord("\0"))
print(len("\\"), len("\n"), len(r"\n"))
print("adjacent" ' literals ' """are joined""")
print("")
print(repr('single'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr("tab\tnewline\nnul\x00 del\x7f"))
print(repr("é ü ñ 中文"), ascii("é ü ñ 中文"))
print(repr(r"\d+"))
print("\u00e9" == "é", "\x41" == "A")
s = """
first
  second
"""
print(s.split("\n"))
print(b"bytes literal", b"\x00\xff", len(b"abc"))
print(u"unicode prefix")
