# Arbitrary-precision integers.
a = 2 ** 100
print(a, a + 1, a - 1, -a)
print(a * a)
print(a // 3, a % 3, divmod(a, 7))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 50), f % 1000003)
print(-f // 7, -f % 7)
print(3 ** 200)
print((10 ** 40 + 1) * (10 ** 40 - 1))
print(int('9' * 50) + 1)
print(2 ** 64 - 1, (2 ** 64 - 1).bit_length(), (2 ** 64).bit_length())
print(-(2 ** 63), (-(2 ** 63)).bit_length())
print(2 ** 128 >> 64, 1 << 200, (1 << 200) >> 199)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(~(2 ** 70), -(2 ** 70) & 0xFFFF, -(2 ** 70) >> 3)
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7))
print(abs(-10 ** 30), 10 ** 30 == 10.0 ** 30, 10 ** 30 < 10 ** 30 + 1)
