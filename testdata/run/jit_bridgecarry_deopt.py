# The bridges of a loop traced again carrying its object locals
# (jit/bridge_carry.go) deoptimise: a carried local changes type in the
# middle of the loop, an exception is raised inside a bridge, an int
# overflows in a bridge, and a carried local is rebound to None.


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
                counts[0] = counts[0] * 4611686018427387903
            i += 1
        elif c == "!":
            raise ValueError("bad character at %d" % i)
        elif c == "f":
            counts[1] = counts[1] + 0.5
            i += 1
        elif c == "s":
            counts = [len(counts), -1]
            i += 1
        else:
            counts[1] += ord(c) & 7
            i += 1
    return counts


base = " " * 3000 + "12 ab 3 c " * 1500
print(scan(base, [0, 0], 10 ** 9))
print(scan(base + "9" * 50, [0, 0], 9100))
print(scan(base + " f f 1 2 " * 200, [0, 0], 10 ** 9))
print(scan(base + " s 1 2 a " * 200, [0, 0], 10 ** 9))
try:
    scan(base + " 1 ! 2", [0, 0], 10 ** 9)
except ValueError as e:
    print("ValueError:", e)
for k in range(3):
    print(scan(" " * 2000 + "4 z " * (300 * k + 1), [k, k], 10 ** 9))


def carried_none(n):
    out = []
    seen = None
    i = 0
    while i < n:
        if i % 5:
            i += 1
        else:
            if seen is None:
                seen = []
            seen.append(i)
            if len(seen) > 40:
                out.append(len(seen))
                seen = None
            i += 1
    return out, seen


print(carried_none(30000)[0][:5], len(carried_none(30000)[0]))
