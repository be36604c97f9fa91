# Iterating an OrderedDict (or its views, forward or reversed) while keys
# are added, removed or moved raises CPython's "OrderedDict mutated during
# iteration"; replacing a value does not; a dict keeps its own messages.
from collections import OrderedDict


def key(k):
    return k[0] if isinstance(k, tuple) else k


def t(name, f, view=lambda m: m, make=OrderedDict):
    m = make((i, i) for i in range(5))
    it = iter(view(m))
    try:
        for k in it:
            f(m, key(k))
        print(name, "ok", list(m))
    except RuntimeError as e:
        print(name, type(e).__name__, e, list(m)[:7])
        try:
            print("  then", list(it))
        except RuntimeError as e:
            print("  then", type(e).__name__, e)


def delre(m, k):
    del m[k]
    m[k] = 1


cases = [
    ("add", lambda m, k: m.__setitem__(k + 100, 0)),
    ("del", lambda m, k: m.pop(k + 1, None)),
    ("set", lambda m, k: m.__setitem__(k, 9)),
    ("update", lambda m, k: m.update({k: 7})),
    ("move", lambda m, k: m.move_to_end(0)),
    ("movefirst", lambda m, k: m.move_to_end(4, last=False)),
    ("popitem", lambda m, k: m.popitem()),
    ("delre", delre),
    ("clear", lambda m, k: m.clear()),
    ("setdefault", lambda m, k: m.setdefault(k, 5)),
]
for name, f in cases:
    t(name, f)
for vname, view in [("keys", lambda m: m.keys()), ("values", lambda m: m.values()),
                    ("items", lambda m: m.items()), ("reversed", reversed),
                    ("rkeys", lambda m: reversed(m.keys()))]:
    t(vname + "-add", lambda m, k: m.__setitem__(100 + (k or 0), 0), view)
    t(vname + "-move", lambda m, k: m.move_to_end(2), view)
for name, f in cases[:3]:
    t("dict-" + name, f, make=dict)


class Sub(OrderedDict):
    pass


t("sub-add", cases[0][1], make=Sub)
t("sub-move", cases[4][1], make=Sub)
