# A layered configuration merger: ChainMap for lookups across layers,
# copy.deepcopy for snapshots, custom __copy__/__deepcopy__, and the
# reprs and errors a user sees along the way.
import copy
from collections import ChainMap, OrderedDict, defaultdict, Counter, deque


DEFAULTS = {
    "server": {"host": "localhost", "port": 8080, "tls": False},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": ["search"],
    "retries": 3,
}
FILE_CONFIG = {
    "server": {"port": 9090},
    "logging": {"handlers": ["console", "file"]},
    "features": ["search", "export"],
}
ENV = {"retries": "5", "debug": "1"}


def deep_merge(base, override):
    result = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


merged = deep_merge(DEFAULTS, FILE_CONFIG)
print(merged)
print(DEFAULTS["server"], DEFAULTS["logging"]["handlers"])
merged["logging"]["handlers"].append("syslog")
print(FILE_CONFIG["logging"]["handlers"])

cm = ChainMap(ENV, FILE_CONFIG, DEFAULTS)
print(cm["retries"], cm["server"], cm.get("missing", "dflt"), "debug" in cm, len(cm))
print(sorted(cm), list(cm.keys())[:2])
print(cm.maps[0] is ENV, len(cm.maps))
child = cm.new_child({"retries": 7})
print(child["retries"], child.parents["retries"], child.parents.parents["retries"])
child["new"] = True
print("new" in child, "new" in cm, child.maps[0])
del child["new"]
try:
    del child["retries"]
    del child["retries"]
except KeyError as e:
    print("KeyError", e)
try:
    child.pop("features")
except KeyError as e:
    print("KeyError", e)
print(child.pop("nope", "fallback"))
try:
    ChainMap({}, {"x": 1}).popitem()
except KeyError as e:
    print("KeyError", e)
print(ChainMap({"a": 1}, {"b": 2}).popitem())
try:
    ChainMap()["x"]
except KeyError as e:
    print("KeyError", e)
print(repr(ChainMap({"a": 1}, {"b": 2})), repr(ChainMap()))
print(ChainMap({"a": 1}) == ChainMap({"a": 1}, {}), bool(ChainMap({})), bool(ChainMap({}, {"k": 0})))
kw = ChainMap({"a": 1}).new_child(m=None)
print(kw, ChainMap({"a": 1}).new_child(b=2))
u = ChainMap({"a": 1}) | {"b": 2}
print(u, type(u).__name__)
print({"z": 0} | ChainMap({"a": 1}))
c2 = ChainMap({"a": 1})
c2 |= {"c": 3}
print(c2)
cc = ChainMap({"a": [1]}, {"b": 2})
sh = cc.copy()
sh["a"].append(2)
sh["q"] = 1
print(cc, sh, copy.copy(cc) == cc)
print(ChainMap.fromkeys(["x", "y"], 0))

# defaultdict and OrderedDict through copy
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["k"].append(2)
dd2["new"].append(3)
print(dd, dd2, dd2.default_factory is list)
od = OrderedDict(a=1, b=[2])
od2 = copy.copy(od)
od2["b"].append(3)
od2.move_to_end("a")
print(od, od2)
cnt = Counter("mississippi")
print(copy.deepcopy(cnt) == cnt, copy.copy(cnt).most_common(2))


class Secret:
    def __init__(self, value, shared):
        self.value = value
        self.shared = shared

    def __copy__(self):
        print("  __copy__ called")
        return Secret(self.value, self.shared)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called", sorted(type(k).__name__ for k in memo) == [] or "memo")
        return Secret(copy.deepcopy(self.value, memo), self.shared)

    def __repr__(self):
        return f"Secret({self.value!r})"


shared = ["pool"]
s = Secret({"token": [1, 2]}, shared)
s1 = copy.copy(s)
s2 = copy.deepcopy(s)
print(s1.value is s.value, s2.value is s.value, s2.shared is shared)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
clone = copy.deepcopy(root)
print(clone is root, clone.children[0].parent is clone, clone.children[0].children[0].parent.name)
print([c.name for c in clone.children], clone.children[0] is a)

rec = [1, 2]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[2] is rc, rc is rec)
tup = (1, [2], "x")
print(copy.deepcopy(tup) == tup, copy.deepcopy(tup) is tup, copy.deepcopy((1, "x")) is not None)
imm = (1, 2, frozenset({3}))
print(copy.deepcopy(imm) is imm, copy.copy([1]) == [1])
memo = {}
x = [[1], [1]]
y = copy.deepcopy(x, memo)
print(y, len(memo) > 0)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))


class WithState:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {"x": self.x * 10}

    def __setstate__(self, state):
        self.x = state["x"] + 1


print(copy.copy(WithState()).x, copy.deepcopy(WithState()).x)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v + 100,))


print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(2)).v)
print(copy.copy(len) is len, copy.deepcopy(Node) is Node, copy.copy(range(3)))

# A bounded history of config snapshots: a deque subclass with its own
# attributes survives deepcopy (its __reduce__ carries the state).
class History(deque):
    pass


hist = History([{"v": 1}], 3)
hist.label = ["prod"]
hc = copy.deepcopy(hist)
print(type(hc).__name__, hc, hc.maxlen, hc.label, hc.label is hist.label, hc[0] is hist[0])
print(deque([1], 3).__reduce__()[:3], hist.__reduce__()[:3], deque().__reduce__()[:3])
print(copy.copy(hist), hasattr(copy.copy(hist), "label"))

for bad in (lambda: copy.copy(), lambda: copy.deepcopy(1, 2, 3, 4),
            lambda: copy.replace(1) if hasattr(copy, "replace") else copy.copy(iter([]))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
