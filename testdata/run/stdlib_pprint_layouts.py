# pprint of nested structures: widths, indent, depth, compact, sort_dicts,
# the collections types, dataclasses and namespaces, strings and bytes split
# over lines, recursion.
import pprint
data = {"name": "kiln", "versions": [1, 2, 3, [4, 5, {"deep": list(range(30))}]], "nested": {"a": {"b": {"c": {"d": "x" * 50}}}}, "tup": tuple(range(20)), "set": {3, 1, 2}, "fs": frozenset({5, 4}), "empty": {}, "el": [], "s": "a long string " * 8}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, compact=True)
pprint.pprint(data, depth=2)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, sort_dicts=False, width=50)
print(pprint.pformat(list(range(50)), compact=True, width=30))
print(pprint.pformat([list(range(10))]*3, width=20))
print(pprint.saferepr([1, {2: 3}]))
print(pprint.isreadable([1, 2]), pprint.isrecursive([1]))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).split(" with id=")[0])
print(pprint.pformat("x" * 100, width=30))
print(pprint.pformat(b"y" * 60, width=30))
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i) for i in range(8)), width=30)
pprint.pprint(defaultdict(list, {"a": [1] * 20}), width=30)
pprint.pprint(Counter("abracadabra" * 3), width=30)
pprint.pprint(deque(range(30)), width=30)
pprint.pprint({"k%d" % i: i for i in range(12)}, width=1)
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: list = field(default_factory=list)
pprint.pprint(P(1, list(range(25))), width=40)
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({"alpha": [1, 2, 3], "beta": (4, 5)})
print(pp.pformat(["a"*10, "b"*10, "c"*10]))
pprint.pp({"z": 1, "a": 2})
print(pprint.pformat({(1, 2): [3, 4], (0,): "x"}, width=10))
import types
pprint.pprint(types.SimpleNamespace(a=1, b=list(range(20))), width=30)
pprint.pprint(range(10)); pprint.pprint(None); pprint.pprint(1.5)
