import unicodedata as u

def show(f, *args):
    try:
        print(f.__name__, args, repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

for c in ['A', 'z', '5', '\u0663', '\u00bd', '\u2167', ' ', '\n', '\u0301', '\u05d0', '\u0627', '\u4e00', '\uac00', '\ud7a3',
          '\uff21', '\u00e9', '\u1e9b', '\ufb01', '\u2460', '(', '\u0000', '\ue000', '\U0001f600', '\U00020000', '\u00a0', '\u200b',
          '\u0f3a', '\u2028', '\U0001d7d9', '\u3000', '\uffff']:
    print(hex(ord(c)), u.name(c, None), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          u.decimal(c, None), u.digit(c, None), u.numeric(c, None), repr(u.decomposition(c)))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00', 'SNOWMAN',
          'NO SUCH THING', 'BASIC LATIN 41', 'GRINNING FACE', 'CJK UNIFIED IDEOGRAPH-0041']:
    show(u.lookup, n)
for c in ['a', 'ab', '', 5]:
    show(u.category, c); show(u.name, c)
show(u.decimal, 'x'); show(u.digit, 'x'); show(u.numeric, 'x'); show(u.decimal, 'x', -1); show(u.name, '\x00')
s = 'Åström ﬁ ①½ e\u0301 \u1e9b\u0323 한국어'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    r = u.normalize(form, s)
    print(form, [hex(ord(c)) for c in r], u.is_normalized(form, s), u.is_normalized(form, r))
show(u.normalize, 'XYZ', 'a'); show(u.normalize, 'NFC', 5)
print(u.unidata_version, u.ucd_3_2_0.unidata_version, u.ucd_3_2_0.category('A'), type(u.ucd_3_2_0).__name__)
