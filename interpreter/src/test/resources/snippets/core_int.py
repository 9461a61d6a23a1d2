# int(): parsing (underscores, prefixes, spaces, errors), the str digits limit, __int__/__index__/__trunc__
import sys
import warnings

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)

for lit in ['0_7', '09_99', '0_', '42_', '0x_', '0b1_', '0_b0', '4__2', '0x_f', '0_0', '00', '1_000', ' -0b1_0 ', '\t12\n', '+ 1', '1 2', '']:
    show(int, lit, 0)
show(int, '1_00', 3)
show(int, '0_100')
show(int, '123\x00', 16)
show(int, b'123\xbd')
show(int, 'x' * 300)
show(int, '\u0661\u0662')
show(int, '12', -2 ** 100)
show(int, memoryview(b'123')[1:3])
show(int, bytearray(b' 42 '))

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits)
show(sys.set_int_max_str_digits, 100)
show(lambda: int('1' * 5000))
show(lambda: len(str(10 ** 5000)))
show(lambda: len(hex(10 ** 5000)))
show(lambda: int('1' * 5000, 16).bit_length())
sys.set_int_max_str_digits(maxdigits=1000)
show(lambda: int('1_1' * 400))
show(lambda: int('-' + '1' * 1000) < 0)
show(lambda: int('1' * 1001))
show(lambda: len(str(-10 ** 999)))
show(lambda: len(str(10 ** 1000)))
sys.set_int_max_str_digits(0)
show(lambda: len(str(int('7' * 6000))))
sys.set_int_max_str_digits(4300)

class MyInt(int):
    def __int__(self):
        return 42
class BadInt(int):
    def __int__(self):
        return 42.0
class RetBool:
    def __int__(self):
        return True
class IdxBool:
    def __index__(self):
        return True
class Trunc:
    def __trunc__(self):
        return True
class TruncBad:
    def __trunc__(self):
        return RetBool()

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    show(int, MyInt(7))
    show(int, BadInt(7))
    show(int, RetBool())
    show(int, IdxBool())
    show(int, Trunc())
    show(int, TruncBad())
    show(lambda: [10, 20][IdxBool()])
for x in w:
    print(x.category.__name__, x.message)
