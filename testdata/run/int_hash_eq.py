print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2))
print(hash(1.0) == hash(1), hash(0.5), hash(1.5))
print(hash(10 ** 30) == hash(float(10 ** 30)) or 'differs')
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
s = {1, 1.0, True}
print(s, len(s))
print({0: 'a', 0.0: 'b', False: 'c'})
