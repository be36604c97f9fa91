# bench/tokenizer.py's scanner loop reduced to what compiles without
# residual calls: traced on a space, its other paths read `counts`, which
# the space path does not, so the loop is traced again carrying its locals
# (jit/bridge_carry.go) and their bridges compile (TestBridgeCarryScannerLoop).


def scan(src, counts, limit):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            counts[0] += ord(c) - 48
            if counts[0] > limit:
                counts[0] = 0
            i += 1
        else:
            counts[1] += ord(c) & 7
            i += 1
    return counts


print(scan(" " * 3000 + "12 ab 3 c " * 2000, [0, 0], 10 ** 6))
print(scan(" " * 3000 + "12 ab 3 c " * 2000, [0, 0], 5000))
print(scan("x1 " * 500 + " " * 2000 + "7 y " * 1000, [0, 0], 10 ** 6))
