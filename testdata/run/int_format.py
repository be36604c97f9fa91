n = 1234567
print(f'{n:,}', f'{n:_}', f'{n:>12}', f'{n:<12}|', f'{n:^12}|')
print(f'{n:012}', f'{-n:012}', f'{n:+}', f'{n: }', f'{-n: }')
print(f'{n:x}', f'{n:X}', f'{n:#x}', f'{n:o}', f'{n:#o}', f'{n:b}', f'{n:#b}')
print(f'{255:08b}', f'{255:_b}', f'{0xdeadbeef:_x}')
print(f'{65:c}', f'{n:e}', f'{n:.2e}', f'{n:f}', f'{n:g}', f'{n:%}')
print(f'{n:*^20,}', f'{-42:=+8}', f'{42:#010x}')
print(format(10 ** 20, ','), format(-5, 'x'), format(0, '#b'))
print('%d %i %5d %-5d| %05d %x %X %o %+d' % (n, n, 42, 42, 42, 255, 255, 8, 5))
print('%c%c' % (72, 'i'))
try:
    format(1, 'z')
except ValueError as e:
    print(e)
