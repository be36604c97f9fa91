# Numeric literal forms.
print(0, 00, 0_0, 1_000_000)
print(0x_ff, 0XFF, 0o17, 0O_7_7, 0b1010, 0B_1_0)
print(1e3, 1E-3, 1_0.5_0, .5, 5., 0.0, 1_0e1_0)
print(3j, 1.5J, 0j, 1e2j)
print(123456789012345678901234567890)
print(type(1), type(1.0), type(1j))
print(0xdead_beef, 0o777, 0b1111_0000)
