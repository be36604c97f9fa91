# len() of exact strs, lists, tuples and dicts is answered by the
# interpreter's CALL itself (builtinLenFast); subclasses, other types and
# a len that is not the builtin take the general path.


class L(list):
    def __len__(self):
        return 99


class S(str):
    def __len__(self):
        return -1


def lengths():
    out = []
    for x in ("", "abc", "caf\u00e9", "\U0001F600" * 3, "x" * 200 + "\u00e9", [], [1, 2], (), (1, 2, 3),
              {}, {"a": 1}, L([1]), b"xy", bytearray(3), {1, 2}, range(5)):
        out.append(len(x))
    print(out)
    try:
        len(S("ab"))
    except ValueError as e:
        print("ValueError", e)
    for bad in (5, None, iter([])):
        try:
            len(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        len()
    except TypeError as e:
        print("TypeError", e)
    try:
        len("a", "b")
    except TypeError as e:
        print("TypeError", e)


lengths()
len = lambda x: "shadowed %r" % (x,)
print(len("abc"))
del len
print(len("abc"))
