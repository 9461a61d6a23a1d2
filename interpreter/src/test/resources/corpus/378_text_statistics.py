TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
words = [w.strip('.,').lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print(f'{w:<8}{n:>3} {"*" * n}')
print('words', len(words), 'unique', len(freq))
print('longest', max(sorted(freq), key=len), 'avg %.3f' % (sum(map(len, words)) / len(words)))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(''.join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
lines = TEXT.splitlines()
print([len(l) for l in lines], [l.count('it was') for l in lines])
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
caps = [w for w in TEXT.replace(',', ' ').replace('.', ' ').split() if w[0].isupper()]
print(caps)
