# Dict reads of object values by small int keys in compiled loops
# (jit/helper.go, dict_int_getitem_ref): `counts[len(w)][0] += 1` on a
# dict, a defaultdict and a dict subclass with __missing__;
# deoptimisation: a miss running __missing__ inside the loop, a value of
# another class, __getitem__ given to the class in the middle of the
# loop, the value replaced by an object the loop cannot index.
from collections import defaultdict


def count(ws, d):
    for w in ws:
        d[len(w)][0] += 1
    return sorted((k, v[0]) for k, v in d.items())


WS = ["w%d" % (i * 7919 % 1013) for i in range(3000)]


class Counts(dict):
    def __missing__(self, k):
        v = self[k] = [0]
        return v


def class_change(ws):
    class D(dict):
        pass

    d = D({k: [0] for k in range(2, 6)})
    other = [0]
    for i, w in enumerate(ws):
        if i == len(ws) // 2:
            D.__getitem__ = lambda self, k: other
        d[len(w)][0] += 1
    return other[0], sorted((k, v[0]) for k, v in d.items())


def value_change(ws):
    d = {k: [0] for k in range(2, 6)}
    out = 0
    for i, w in enumerate(ws):
        if i == 2000:
            d[3] = (0,)
        v = d[len(w)]
        if type(v) is list:
            v[0] += 1
        else:
            out += 1
    return out, sorted((k, v[0]) for k, v in d.items())


def grouped(ws):
    d = defaultdict(list)
    for w in ws:
        d[len(w)].append(w)
    t = 0
    for w in ws:
        t += len(d[len(w)])
    return t, sorted((k, len(v), v[-1]) for k, v in d.items())


print(count(WS, {k: [0] for k in range(2, 6)}))
print(count(WS, defaultdict(lambda: [0])))
print(count(WS, Counts()))
print(class_change(WS))
print(value_change(WS))
print(grouped(WS))
