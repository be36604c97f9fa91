# A state dump of a small service, the way a debugging helper prints it:
# pprint over collections types (OrderedDict, defaultdict, Counter, deque,
# ChainMap, UserDict, UserList, UserString), nested and wide structures,
# mappingproxy, SimpleNamespace, and PrettyPrinter subclasses.
import pprint
import types
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque

state = {
    "config": OrderedDict([("host", "example.org"), ("port", 8443), ("paths", ["/api", "/health", "/metrics"])]),
    "hits": Counter({"/api": 1520, "/health": 310, "/metrics": 45, "/login": 1520}),
    "recent": deque(["GET /api/items?page=%d" % i for i in range(6)], maxlen=8),
    "by_user": defaultdict(list, {"ann": [1, 2, 3], "bob": [], "cy": list(range(15))}),
    "layers": ChainMap({"debug": True}, {"debug": False, "level": "info"}),
    "flags": frozenset({"beta", "dark-mode"}),
    "matrix": [[i * j for j in range(6)] for i in range(4)],
    "blob": b"\x00\x01binary-payload-" * 3,
    "text": "a long description " * 5,
    "empty": [{}, [], (), set(), "", OrderedDict(), Counter(), deque(), defaultdict(int)],
}
for width in (80, 50, 30):
    print(f"--- width {width}")
    pprint.pprint(state, width=width)
print("--- sort_dicts=False, compact")
pprint.pprint(state, sort_dicts=False, compact=True, width=60)
print("--- depth")
pprint.pprint(state, depth=2, width=70)
pprint.pprint([1, [2, [3, [4, [5]]]]], depth=3)
pprint.pprint({"a": {"b": {"c": {}}}}, depth=2)
print("--- underscore_numbers")
pprint.pprint({"big": 12345678901, "neg": -1234567, "float": 1234567.5}, underscore_numbers=True)

ud = UserDict(b=2, a=1)
ul = UserList(range(20))
us = UserString("user string " * 6)
pprint.pprint([ud, ul, us], width=40)
pprint.pprint(types.MappingProxyType({"z": 1, "a": [1, 2] * 10}), width=40)
pprint.pprint(types.SimpleNamespace(name="svc", ports=list(range(10)), nested=types.SimpleNamespace(x=1)), width=40)
pprint.pprint(types.SimpleNamespace())
print(pprint.pformat(OrderedDict(), width=1), pprint.pformat(Counter("aab")), pprint.pformat(deque([1], maxlen=1)))
print(pprint.pformat(defaultdict(None, {"k": 1})), pprint.pformat(ChainMap()))
long_keys = {("tuple", "key", i): "v" * (i * 7) for i in range(4)}
pprint.pprint(long_keys, width=45)
pprint.pprint({1.5: "float", 1: "int", "s": "str"} if False else {3: "c", 1: "a", 2: "b"})
pprint.pprint([("nested " * 3, ["x" * 30, {"k": "v" * 40}])], width=50)
pprint.pprint("x" * 100, width=30)
pprint.pprint(["abc def ghi jkl mno pqr stu vwx yz " * 2], width=30)
pprint.pprint(b"0123456789" * 8, width=30)
pprint.pprint(bytearray(b"0123456789" * 5), width=30)


class Node:
    def __init__(self, name, children=()):
        self.name, self.children = name, list(children)

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"


pprint.pprint([Node("root", [Node("a")]), Node("b")] * 3, width=60)


class MaskingPrinter(pprint.PrettyPrinter):
    """Hides the values of secret-looking keys."""

    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str) and obj.startswith("secret:"):
            return "'***'", True, False
        return super().format(obj, context, maxlevels, level)


mp = MaskingPrinter(width=40)
mp.pprint({"user": "ann", "token": "secret:abc123", "nested": ["secret:x", "plain"]})
print(mp.pformat(("secret:y",)), mp.isreadable({"a": 1}), mp.isrecursive([]))
r = {"self": None}
r["self"] = r
print(pprint.pformat(r).split(" with id=")[0])
print(pprint.saferepr(r).split(" with id=")[0], pprint.saferepr([1, (2, {3: 4})]))
pp = pprint.PrettyPrinter(indent=4, width=30, depth=3, compact=True, sort_dicts=False, underscore_numbers=True)
pp.pprint({"n": 10**9, "list": list(range(12)), "deep": [[[["bottom"]]]]})
print(repr(pp.pformat(None)), pp.pformat(...), pp.pformat(NotImplemented), pp.pformat(int))
