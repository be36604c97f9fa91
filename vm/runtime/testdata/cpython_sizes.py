# The CPython column of TestObjectSizes (objsize_test.go): tracemalloc's growth per
# object for each kind, with the contents shared so that only the container
# counts. Run with CPython 3.12: python3.12 vm/runtime/testdata/cpython_sizes.py
import sys, tracemalloc
N = 20000
class C: pass
def inst(k):
    def mk(i):
        o = C()
        for j in range(k):
            setattr(o, "a%d" % j, None)
        return o
    return mk
def sized(f):
    keep = [None] * N
    tracemalloc.start()
    a = tracemalloc.get_traced_memory()[0]
    for i in range(N):
        keep[i] = f(i)
    b = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (b - a) / N
# warm C's key table
inst(5)(0)
class D:
    def m(self): pass
d0 = D()
cases = [
 ("str, 1 char (cached in CPython)", lambda i: chr(97 + i % 26)),
 ("str, 8 ASCII chars", lambda i: "%08d" % i),
 ("str, 32 ASCII chars", lambda i: "%032d" % i),
 ("str, 8 chars non-ASCII", lambda i: "é%07d" % i),
 ("int < 2**30", lambda i: i + 1000),
 ("int 2**64", lambda i: 2**64 + i),
 ("float", lambda i: i + 0.5),
 ("tuple of 2", lambda i: tuple([d0, None])),
 ("tuple of 3", lambda i: tuple([d0, None, None])),
 ("list, empty", lambda i: []),
 ("list of 3", lambda i: [d0, None, None]),
 ("dict, empty", lambda i: {}),
 ("dict of 1 str key", lambda i: {"a": None}),
 ("dict of 5 str keys", lambda i: {"a": None, "b": 1, "c": 2, "d": 3, "e": 4}),
 ("dict of 10 str keys", lambda i: dict.fromkeys("abcdefghij")),
 ("instance, 1 attribute", inst(1)),
 ("instance, 3 attributes", inst(3)),
 ("instance, 5 attributes", inst(5)),
 ("bound method", lambda i: d0.m),
]
for name, f in cases:
    print("%-32s %6.1f" % (name, sized(f)))
