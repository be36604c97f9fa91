def bits(n, width=8):
    return format(n & ((1 << width) - 1), f'0{width}b')
a, b = 0b1100_1010, 0b1010_0110
print(bits(a), bits(b), bits(a & b), bits(a | b), bits(a ^ b), bits(~a))
print(a << 3, a >> 3, -a >> 3, -a << 3, (-1) >> 100, 1 << 100 >> 99)
print((5).bit_count(), (255).bit_length(), (-255).bit_length(), (1 << 64).bit_count())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(16)])
print(-5 & 0xFF, -5 | 0, -5 ^ -1, ~-5, -(2 ** 70) & (2 ** 70 - 1), (2 ** 70) ^ -1)
mask = 0
for flag in (1, 4, 16):
    mask |= flag
print(bin(mask), bool(mask & 4), bool(mask & 2), bin(mask & ~4))
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1.0 << 1
except TypeError as e:
    print(e)
print(int('1' * 64, 2), hex(int('1' * 64, 2)), 0xFFFFFFFFFFFFFFFF + 1)
