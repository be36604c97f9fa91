# Lifetime of objects allocated by compiled code: __del__ runs "some
# time later" (the class is never compiled as an allocation), weak
# references to dropped objects die after gc.collect() once the loop is
# done, and objects kept in a list survive collections run in between.
import gc
import weakref


class Tracked:
    count = 0

    def __init__(self, i):
        self.i = i

    def __del__(self):
        Tracked.count += 1


def make_tracked(n):
    for i in range(n):
        Tracked(i)


make_tracked(3000)
gc.collect()
print("finalised", Tracked.count)


class Plain:
    def __init__(self, i):
        self.i = i
        self.f = i * 0.5


refs = []


def make_plain(n):
    kept = []
    for i in range(n):
        p = Plain(i)
        if i % 100 == 0:
            refs.append(weakref.ref(p))
        if i % 10 == 0:
            kept.append(p)
    return kept


kept = make_plain(5000)
gc.collect()
alive = [r() is not None for r in refs]
print(len(kept), sum(p.i for p in kept), alive.count(True), len(alive))
del kept
gc.collect()
print(sum(r() is not None for r in refs))


def churn(n):
    keep = [Plain(i) for i in range(n)]
    for k in range(3):
        junk = [Plain(-i) for i in range(n)]
        gc.collect()
    return sum(p.i for p in keep), sum(p.f for p in keep), len(junk)


print(churn(4000))
