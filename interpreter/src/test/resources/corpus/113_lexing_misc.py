# -*- coding: utf-8 -*-
café = "unicode identifier"
π = 3.14
Ωmega_2 = π * 2
print(café, π, Ωmega_2)


def tabbed():
	# this function body is indented with a tab
	x = 1
	if x:
		return "tab indented"


print(tabbed())
print(1 if True else 2, [1,2,3][1], {"k":1}["k"])
print(0xff+1, 1_0.0_1, 1e1_0, 0b1_0)
a=1;b=2
print(a+b)
print("keywords as strings: if else while", "not" "in")
print(not 1 in [2], not (1 in [2]), a is not None)
print(type(...).__name__, ... is Ellipsis)
long_name_that_is_quite_long_for_an_identifier_but_still_valid_12345 = "ok"
print(long_name_that_is_quite_long_for_an_identifier_but_still_valid_12345)
print(r'\'', '\'', "\"", '''a'b"c''', """x"y'z""")
print('a\
b')
print(f"{'{'}{'}'}", f'{"quote"}', f"""{'triple'}""")
