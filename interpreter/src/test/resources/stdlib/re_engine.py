# The engine behind re: flags, Unicode, lookarounds, backreferences, possessive and atomic groups,
# empty matches, long and deep subjects.
import re

def show(pattern, text, flags=0):
    m = re.search(pattern, text, flags)
    print(repr(pattern), repr(text), m and (m.span(), m.groups()), re.findall(pattern, text, flags))

show(r'(?i)straße', 'STRASSE Straße STRAẞE')
show(r'[a-zé]+', 'ÀÉ abc é', re.I)
show(r'\w+', 'naïve café 東京', re.A)
show(r'\w+', 'naïve café 東京')
show(r'\d+', '١٢٣ 456')
show(r'\s+', 'a\u2003b\u00a0c')
show(r'(?<=\$)\d+(?:\.\d\d)?', 'cost: $12.50 or $3')
show(r'\b(\w)\w*\1\b', 'anna bob civic dad x')
show(r'(?P<q>["\']).*?(?P=q)', 'say "hi" and \'bye\'')
show(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com>')
show(r'a++b', 'aaab')
show(r'(?>a+)ab', 'aaab')
show(r'x*', 'axxb')
show(r'^\s*#.*$', 'code\n  # comment\nmore', re.M)
show(r'.+', 'line1\nline2', re.S)
show(r'(?x) \d+ (?: \. \d+ )?  # number', 'pi is 3.14159')
show(r'[\U0001F600-\U0001F64F]', 'smile 😀 wink 😉')
m = re.match('(a|b)*c', 'ab' * 2000 + 'c')
print(m.span(), m.groups(), m.end(1))
print(len(re.findall(r'\w+', 'word ' * 20000)))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'a b c d e f'))
print(re.split(r'(?<=[.!?]) +', 'One. Two! Three? Four.'))
text = 'The quick brown fox jumps over the lazy dog'
print([(m.group(), m.start()) for m in re.finditer(r'\b\w{5}\b', text)])
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), text))
print(re.match(r'(a*)*b', 'a' * 20), re.match(r'(?:a|aa)*$', 'a' * 25))
print(re.fullmatch(rb'[\x00-\x7f]+', b'ascii'), re.findall(rb'\w+', b'bytes \xe9t\xe9 ok'))
print(re.findall(rb'(?L)\w+', b'abc def'), re.findall(rb'(?i)ABC', b'abc aBc'))
