# sep.join(items): the items are checked to be strs in the pass that sums
# their lengths. Lists of strs only (kept as words), lists that also hold
# other objects, tuples, other iterables; the empty and one-item cases,
# str subclasses, non-ASCII items and separators, and the error's index.


class S(str):
    pass


def show(label, sep, items):
    try:
        r = sep.join(items)
    except TypeError as e:
        print(label, "TypeError", e)
        return
    print(label, type(r).__name__, len(r), ascii(r[:40]), ascii(r[-10:]), r.isascii())


words = ["item-%d:%d;" % (i, i % 7) for i in range(1000)]
show("words", "", words)
show("words sep", ", ", words)
show("words wide sep", "\u00b7", words)
show("empty list", "-", [])
show("empty tuple", "-", ())
show("one str", "-", ["only"])
show("one str subclass", "-", [S("sub")])
show("one non-str", "-", [5])
show("one empty", "-", [""])
show("all empty", "", ["", "", ""])
show("empty items sep", "+", ["", "", ""])
show("subclass items", "/", [S("a"), "b", S("c")])
show("wide items", " ", ["caf\u00e9", "na\u00efve", "\u4e00", "\U0001f600"])
show("mixed ascii", "", ["abc", "d\u00e9f", "ghi"])

mixed = list(words)
mixed[0] = 1
show("bad first", "", mixed)
mixed = list(words)
mixed[-1] = None
show("bad last", "", mixed)
mixed = list(words)
mixed[500] = b"bytes"
show("bad middle", ", ", mixed)
show("bad in tuple", "", ("a", "b", 3.5, "d"))
show("two bad", "", ["a", 1, 2.0])
show("bytes item", "", [b"a"])
show("list in list", "", [["a"]])

show("tuple", "-", tuple(words[:5]))
show("generator", "-", (w.upper() for w in words[:5]))
show("dict keys", ",", {"k1": 1, "k2": 2, "k3": 3})
show("str itself", ".", "abc")
show("range", ",", range(3))

r = "-".join(["x"])
print(r, r is "-".join(["x"]) or "same text")
big = [str(i) * (i % 5) for i in range(300)]
a = "|".join(big)
b = "|".join(tuple(big))
c = "|".join(iter(big))
print(len(a), a == b == c, a[:50])

try:
    "".join(5)
except TypeError as e:
    print("TypeError", e)
try:
    "".join(None)
except TypeError as e:
    print("TypeError", e)
