# Dicts keyed by exact strs (the lookup that skips the hash and equality
# protocols) mixed with keys that must still go through them: str
# subclasses, objects equal to a str with its hash, small and indexed
# tables, deletions, and the views and order that follow.


class S(str):
    pass


class Loud(str):
    def __eq__(self, other):
        print("  Loud.__eq__", str.__repr__(self), repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Alias:
    """Equal to the str it names, with the same hash."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print("  Alias.__eq__", self.name, repr(other))
        return other == self.name

    def __repr__(self):
        return "Alias(%r)" % self.name


for size in (3, 40):
    print("size", size)
    d = {}
    for i in range(size):
        d["k%d" % i] = i
    d[S("sub")] = "s"
    print(d["k1"], d.get("k2"), d.get("nope", -1), "k0" in d, "zz" in d, d["sub"], S("k1") in d)
    d["k1"] += 100
    d["k" + "1"] += 1
    print(d["k1"], len(d))
    d[Loud("k2")] = "loud"
    print(d["k2"], type(list(d)[2]).__name__)
    d[Alias("k0")] = "alias"
    print(d["k0"], d.get(Alias("k3")), Alias("k4") in d)
    d["fresh"] = Alias("fresh")
    print(d["fresh"], d.get("fresh"))
    del d["k0"]
    print("k0" in d, d.get("k0"), len(d))
    d["k0"] = "back"
    print(list(d)[-3:], list(d.values())[-1])
    for k in [k for k in d if k.startswith("k")][: size - 2]:
        del d[k]
    print(sorted(d.items(), key=repr))

a = {Alias("x"): 1}
a["x"] = 2
print(a)
b = {"x": 1}
b[Alias("x")] = 3
print(b, b[Alias("x")])
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
c = dict.fromkeys("abcdefghijklmnop", 0)
for ch in "abracadabra" * 3:
    c[ch] = c.get(ch, 0) + 1
print(c)
