import pprint, collections, types, sys
data = {"name": "kiln", "items": list(range(30)), "nested": {"a": [1, 2, {"b": "c" * 30}], "z": (1,), "t": (1, 2, 3)},
        "set": {3, 1, 2}, "fs": frozenset({"x", "y"}), 5: None, "long": "word " * 30, "bytes": bytes(range(40)),
        "ba": bytearray(b"abcdefghij" * 8)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat("a very long string without newlines " * 5))
print(pprint.pformat(["x" * 100]))
l = [1, 2]; l.append(l); print(pprint.pformat(l).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(l), pprint.isreadable(l), pprint.saferepr(l)[:20])
print(pprint.isreadable({1: 2}), pprint.isreadable(object()), pprint.saferepr({"b": 1, "a": [2]}))
od = collections.OrderedDict((str(i), i * 1000) for i in range(12))
pprint.pprint(od, width=40)
dd = collections.defaultdict(list, {i: list(range(i)) for i in range(8)})
pprint.pprint(dd, width=40)
c = collections.Counter("abracadabra" * 10)
pprint.pprint(c, width=30)
dq = collections.deque(range(30), maxlen=40); pprint.pprint(dq, width=30)
dq2 = collections.deque(range(30)); pprint.pprint(dq2, width=30)
cm = collections.ChainMap({"a": list(range(20))}, {"b": 2}); pprint.pprint(cm, width=30)
ns = types.SimpleNamespace(alpha=list(range(20)), beta="x" * 50); pprint.pprint(ns, width=40)
mp = types.MappingProxyType({"k": list(range(30))}); pprint.pprint(mp, width=40)
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint({"a": 1234567, "b": [10**12]}, underscore_numbers=True)
pprint.pprint([(1,), (2, 3)] * 10, width=30)
pprint.pprint(b"\x00\x01" * 30, width=30)
pprint.pprint({"x": "line1\nline2\nline3 " * 10}, width=40)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print("ValueError", e)
class MyList(list): pass
class Rep(list):
    def __repr__(self): return "Rep()"
pprint.pprint(MyList(range(40)), width=20)
pprint.pprint(Rep(range(40)), width=20)
pprint.pprint([{1: 2, "a": 3}, {None: 1, 0: 2}], width=10)
pprint.PrettyPrinter(stream=sys.stdout, width=20).pprint(list("abcdefghijklmnop"))
pprint.pprint(collections.UserList(range(30)), width=30)
