import collections, collections.abc as abc
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
for v in [bytearray(), [], {}, set(), collections.deque(), frozenset(), (), "s", b"b", 1.5]:
    print(type(v).__name__, isinstance(v, abc.Hashable))
for v in [collections.deque(), bytearray(b"x"), {}.keys()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(hasattr(len, "__call__"), len.__call__((1, 2)), callable(len), isinstance(len, abc.Callable))
print(hasattr(type, "__call__"), hasattr(lambda: 0, "__call__"), (lambda x: x + 1).__call__(1))
