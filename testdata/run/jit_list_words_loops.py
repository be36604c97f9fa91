# Loops over long lists of objects (the words storage: 8 bytes an item)
# reading, writing, appending and iterating, in compiled code.


class Tok:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def build(n):
    toks = []
    for i in range(n):
        toks.append(Tok(i % 7, "t" + str(i)))
    return toks


def read_index(toks):
    total = 0
    for i in range(len(toks)):
        total += toks[i].kind
    return total


def read_iter(toks):
    total = 0
    for t in toks:
        total += len(t.text)
    return total


def read_negative(toks):
    total = 0
    for i in range(1, 200):
        total += toks[-i].kind
    return total


def swap_pairs(toks):
    for i in range(0, len(toks) - 1, 2):
        a = toks[i]
        toks[i] = toks[i + 1]
        toks[i + 1] = a


def copy_by_append(toks):
    out = []
    for t in toks:
        if t.kind != 3:
            out.append(t)
    return out


def none_holes(toks):
    for i in range(0, len(toks), 3):
        toks[i] = None
    n = 0
    for t in toks:
        if t is None:
            n += 1
    return n


def unpack_pairs(pairs):
    total = 0
    for p in pairs:
        a, b = p
        total += a.kind + b.kind
    return total


def main():
    toks = build(5000)
    print(read_index(toks), read_iter(toks), read_negative(toks))
    swap_pairs(toks)
    print(toks[0].text, toks[1].text, toks[4999].text, len(toks))
    out = copy_by_append(toks)
    print(len(out), out[0].text, out[-1].text)
    print(read_index(out), bool(out), len(out) > 0)
    pairs = [[toks[i], toks[i + 1]] for i in range(0, 3000, 2)]
    print(unpack_pairs(pairs))
    print(none_holes(out), out[0], out[1].text)


main()
