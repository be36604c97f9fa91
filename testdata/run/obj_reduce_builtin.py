class S(set): pass
for v in [frozenset([1,2]), {1}, S([3]), slice(1,2), range(0,3), bytearray(b'ab'), ValueError(1, 2), 3+4j, 1.5, "s", b"b", (1,), True, None, Ellipsis, NotImplemented]:
    try:
        r = v.__reduce_ex__(4)
        if callable(r) or (isinstance(r, tuple) and getattr(r[0], "__name__", "") == "__newobj__"): r = ("__newobj__",) + r[1:]
        print(type(v).__name__, r if not isinstance(v, (set, frozenset)) else (v.__reduce_ex__(4)[0], sorted(v.__reduce_ex__(4)[1][0]), v.__reduce_ex__(4)[2:]))
    except Exception as e:
        print(type(v).__name__, "ERR", e)
e = KeyError('k'); e.note = 1
print(e.__reduce__())
