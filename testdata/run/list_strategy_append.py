# A list of heap objects long enough to take the compact storage (every
# item a str, an instance, None, False, 0 or 0.0), then appends of items
# that do not fit: ints, True, -0.0, floats. The -X jit-off flag keeps the
# interpreter alone, where lists change storage (docs/memory-containers.md).


class Tok:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return "Tok(%r, %r)" % (self.kind, self.text)


def build(n):
    out = []
    for i in range(n):
        out.append(Tok("num", str(i)))
    return out


toks = build(3000)
print(len(toks), toks[0], toks[-1], toks[1500].text)
toks.append(None)
toks.append(False)
toks.append(0)
toks.append(0.0)
print(len(toks), toks[-4:], [type(x).__name__ for x in toks[-4:]])
toks.append(7)
print(len(toks), toks[-1], toks[-1] + 1, toks[-3] is 0.0 or toks[-3] == 0.0)
toks.append(True)
toks.append(-0.0)
toks.append(2.5)
print(toks[-3:], repr(toks[-2]), toks[-3] is True)
print(sum(1 for t in toks if isinstance(t, Tok)), len(toks))

# Build again, then put the odd items in with other operations.
strs = []
for i in range(5000):
    strs.append("s%d" % i)
print(len(strs), strs[4999], strs[-5000], "s2500" in strs, "x" in strs)
strs.append(-0.0)
print(repr(strs[-1]), strs[-1] == 0, str(strs[-1]))
zeros = []
for i in range(2000):
    zeros.append(0.0 if i % 2 else 0)
zeros.append(-0.0)
zeros.append(1)
print(len(zeros), zeros[:4], zeros[-3:], sum(zeros), [type(z).__name__ for z in zeros[-4:]])
nones = [None]
for i in range(3000):
    nones.append(None)
nones.append(None)
print(len(nones), nones.count(None), nones[1234])
nones[5] = 5
print(nones[4:7], nones.count(None))

# Append inside the loop of a method and of a comprehension.
words = "alpha beta gamma delta".split()
big = []
for i in range(4000):
    big.append(words[i % 4])
print(len(big), big[:5], big[-1], "".join(big[:8]), len(" ".join(big)))
sizes = [len(w) for w in big]
print(sum(sizes), sizes[:4])
big.append(1.5)
try:
    "".join(big)
except TypeError as e:
    print("TypeError:", e)
print(len(big), big[-2:])
