# -*- coding: utf-8 -*-
café = "naïve ☕ text"
ñ = 'é' + "😀" + café
x = {'clé': 'valeur', "emoji": "🎉"}; y = x['clé']
def fonction(paramètre="défaut"):
	# tab-indented body
	return paramètre


if café:
        deep = 1
        if deep:
                deeper = 2
value = (1 +
         2
         + 3)
items = [
    1,
    2,  # comment inside brackets

    3,
]
total = 1 + \
        2 + \
        3
s = """text with
several lines
   and indentation"""
print(s)
