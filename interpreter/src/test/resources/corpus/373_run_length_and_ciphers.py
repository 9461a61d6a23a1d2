def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f'{j - i}{s[i]}')
        i = j
    return ''.join(out)


def rle_decode(s):
    out = []
    num = ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ''
    return ''.join(out)


def caesar(text, shift):
    res = []
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            res.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            res.append(ch)
    return ''.join(res)


def vigenere(text, key, sign=1):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            shift = (ord(key[k % len(key)].lower()) - ord('a')) * sign
            out.append(caesar(ch, shift))
            k += 1
        else:
            out.append(ch)
    return ''.join(out)


s = 'WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW'
e = rle_encode(s)
print(e, rle_decode(e) == s)
msg = 'Attack at Dawn, 5 AM!'
enc = caesar(msg, 3)
print(enc, caesar(enc, -3))
v = vigenere(msg, 'lemon')
print(v, vigenere(v, 'lemon', -1))
print(caesar('xyz XYZ', 29), rle_encode(''), rle_decode('3a2b1c'))
