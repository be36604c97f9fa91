# Loops whose traces stress the compile pipeline's reused scratch: many
# guards and snapshots, more live values than registers (spills), list
# item caches cleared by stores and reversals, and deoptimisation in the
# middle (a type change, an exception, an overflow), compiled one after
# the other so that each compile reuses the previous one's scratch.


def pressure(n):
    a = b = c = d = e = f = g = h = 0
    x = 0.5
    y = 1.5
    for i in range(n):
        a += i
        b += a & 7
        c += b % 5
        d += c ^ i
        e += d & 255
        f += e % 3
        g += f + a
        h += g & 15
        x = x * 0.5 + i
        y = y + x / 3.0
        if i % 17 == 0:
            a -= 1
    return a, b, c, d, e, f, g, h, x, y


def items(n):
    xs = [1, 2, 3, 4, 5, 6]
    s = 0
    for i in range(n):
        s += xs[i % 6] + xs[(i + 1) % 6]
        xs[i % 6] = s & 31
        if i % 50 == 49:
            xs.reverse()
        s += xs[i % 6]
    return s, xs


def type_change(n):
    s = 0
    v = 1
    for i in range(n):
        if i == n // 2:
            v = 1.25  # int to float in the middle of the loop
        s = s + v * i
    return s


def divide(n):
    s = 0
    for i in range(n):
        s += 100 // (n // 2 - i)  # ZeroDivisionError in the middle
    return s


def raises(n):
    try:
        return divide(n)
    except ZeroDivisionError as e:
        return str(e)


def overflow(n):
    v = 1
    out = []
    for i in range(n):
        v = v * 3 + i  # leaves the machine word
        if i % 10 == 9:
            out.append(v % 1000003)
    return out


for k in range(3):
    print(pressure(300 + k))
    print(items(400 + k))
    print(type_change(200 + k))
    print(raises(120 + k))
    print(overflow(60 + k))
