print(int('42'), int('  -17 '), int('+8'), int('1_000'))
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('10', 2), int('777', 8))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(hex(255), hex(-255), oct(8), bin(10), bin(-10))
print(str(12345), repr(-0), format(255, 'x'), format(255, '#X'))
print(int('١٢٣'))
for bad in ['', '1.5', '0x10', 'abc', '1__0', '_1']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    int([])
except TypeError as e:
    print('TypeError', e)
try:
    int('10', 1)
except ValueError as e:
    print(e)
class I:
    def __index__(self): return 7
print(int('5', base=I()), bin(I()), [10, 20, 30, 40, 50, 60, 70, 80][I()])
class T:
    def __int__(self): return 99
print(int(T()))
