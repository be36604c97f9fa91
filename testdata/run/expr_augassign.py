x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = 'ab'
s *= 3
print(s)
d = {'a': [1]}
d['a'] += [2]
print(d)
class Box:
    def __init__(self): self.v = 1
b = Box()
b.v += 41
print(b.v)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 9
print(m)
