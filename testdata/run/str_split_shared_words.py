# Large splits and re.findall/re.split results whose pieces repeat: Kiln
# gives equal pieces one str object (StrPieces); everything a program can
# see besides `is` must be what CPython prints.
import re

vocab = "the quick brown fox jumps over the lazy dog naïve café ünïcödé x".split()
words = []
state = 7
for i in range(3000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    w = vocab[state % len(vocab)]
    if state & 32:
        w = w + str(state % 5)
    words.append(w)
text = " ".join(words)

for sep_text, parts in [
    ("ascii whitespace", " ".join(w for w in words if w.isascii()).split()),
    ("unicode whitespace", text.replace(" ", "\u3000").split()),
    ("mixed whitespace", text.replace("o ", "o\t\n").split()),
    ("sep", text.split(" ")),
    ("sep maxsplit", text.split(" ", 2000)),
    ("rsplit", text.rsplit(None, 2500)),
    ("rsplit sep", text.rsplit(" ")),
    ("lines", text.replace(" ", "\n").splitlines()),
    ("re.findall", re.findall(r"\w+", text)),
    ("re.findall groups", re.findall(r"(\w)(\w*)", text)),
    ("re.findall one group", re.findall(r"(\w+) ", text)),
    ("re.split", re.split(r"\s", text)),
    ("re.split groups", re.split(r"(o|é)", text)),
]:
    counts = {}
    for p in parts:
        counts[p] = counts.get(p, 0) + 1
    print(sep_text, len(parts), len(counts), sorted(counts.items())[:6])
    print("  ", [str(p)[:20] for p in parts[:5] + parts[-3:]], sum(map(len, map(str, parts))))
    print("  ", [hash(p) == hash(str(p)) for p in parts[:3]])

# Pieces that never repeat (numbers), long pieces, and empty pieces.
nums = " ".join(str(i * 7919 % 100003) for i in range(2000)).split()
print(len(nums), len(set(nums)), nums[:3], nums[-3:])
long = ("abcdefghij" * 5 + " ") * 200
lp = long.split()
print(len(lp), len(set(lp)), lp[0] == lp[-1], len(lp[0]))
print(len(",,a,,b,,".split(",") * 100), ("a,," * 100).split(",")[:5])
print(re.findall(r"x*", "axxbxxxc" * 20)[:12])
print(re.split(r"(x)|(y)", "axbyc" * 30)[:12])
# Upper/lower-case and other methods on shared pieces.
ws = ("Hello wörld HELLO World " * 40).split()
print([w.upper() for w in ws[:4]], [w.swapcase() for w in ws[-4:]], ws[1][1], ws[1][-3:])
