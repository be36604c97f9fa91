# f(x, **kw) and f(**kw) calls: the positional arguments evaluated in
# order before the keyword ones, defaults, **kwargs parameters, duplicate
# keywords (between explicit ones and the mapping, and between two
# mappings), non-str keys, non-mappings, mappings that are not dicts,
# classes called with **kw (dataclass replace()'s obj.__class__(**changes)).
from dataclasses import dataclass, replace


def f(a, b=2, *rest, c=3, **more):
    return (a, b, rest, c, sorted(more.items()))


order = []


def v(x):
    order.append(x)
    return x


kw = {"c": 30, "z": 26}
print(f(v(1), **kw), f(v(1), v(2), **kw), f(**{"a": 0}), f(v(1), v(2), v(3), v(4), **{}))
print(order)
print(f(1, *[2, 3], **kw), f(*(), **{"a": 5, "b": 6}), f(1, c=4, **{"y": 1}))
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, **kw))

for call in (lambda: f(1, **{"a": 2}), lambda: f(1, c=1, **{"c": 2}),
             lambda: f(1, **{"x": 1}, **{"x": 2}), lambda: f(**{1: 2}),
             lambda: f(1, **[1]), lambda: f(**{"a": 1, "q": 2}, a=3)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)


class M:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


print(f(**M()))


def only(**kw):
    return kw


d = {"x": 1}
r = only(**d)
r["y"] = 2
print(d, r, only(**d) is d)


@dataclass
class R:
    x: int
    y: str = "y"
    z: list = None


print(R(**{"x": 1}), R(1, **{"z": [1]}), replace(R(1), y="new"), replace(R(2, "a", [3]), z=None))
try:
    R(**{"x": 1, "w": 2})
except TypeError as e:
    print(e)
try:
    R(1, **{"x": 1})
except TypeError as e:
    print(e)
