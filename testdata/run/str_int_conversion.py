# int(str) at the edges of the plain-digits fast path: signs, zeros,
# 18 and 19 digits, base 0 and 10, and what falls back to the general
# parser (spaces, underscores, prefixes, non-ASCII digits) or fails.
cases = ["0", "7", "-7", "+7", "-0", "+0", "007", "-007", "00",
         "123456789012345678", "-123456789012345678", "999999999999999999",
         "1234567890123456789", "-9223372036854775808", "9223372036854775808",
         " 42", "42 ", "\t-3\n", "1_000", "0x1f", "0b101", "\u0663\u0664", "\uff11\uff12",
         "", "-", "+", "--1", "1-", "1.5", "12a", "a", "_1", "1__0", " ", "0_0"]
for s in cases:
    for base in (10, 0):
        try:
            v = int(s, base)
            print(repr(s), base, v, type(v).__name__)
        except ValueError as e:
            print(repr(s), base, "ValueError:", e)
print(int("12") + int("-12"), int("5") * 3, int("100") // 7, {int("3"): 1}[3])
print(sum(int(str(i)) for i in range(-500, 500, 7)))


class S(str):
    pass


print(int(S("77")), int(b"88"), int(bytearray(b"-9")), int("  66  "))
