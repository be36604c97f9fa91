x = 1
x = y = z = 2
a, b = b, a
(a, b), [c, *d] = f()
*rest, last = items
obj.attr = 3
obj[1] = obj[2:3] = 4
x: int
x: int = 5
(y): "str" = 'a'
obj.field: list[int] = []
d["k"]: int
x += 1; y -= 2; z *= 3; w @= m
x /= 2; x //= 3; x %= 4; x **= 5
x >>= 1; x <<= 2; x &= 3; x ^= 4; x |= 5
x = yield_ = 1
a = b = (yield)
