# __del__ on instances of subclasses of builtin types: list, dict, str,
# bytes, int, tuple, set, Exception. Each is dropped and collected before
# anything else prints, so reference counting (CPython) and a collection
# (Kiln) print the same thing. Exceptions in such a __del__ are in
# testdata/lifetime/del_builtin_subclass.py (their repr has an address).
import copy
import gc

saved = []


class L(list):
    def __del__(self):
        print("__del__ L", list(self))
        if self and self[0] == "resurrect":
            saved.append(self)


class D(dict):
    def __del__(self):
        print("__del__ D", sorted(self.items()))


class S(str):
    def __del__(self):
        print("__del__ S", str(self))


class B(bytes):
    def __del__(self):
        print("__del__ B", bytes(self))


class I(int):
    def __del__(self):
        print("__del__ I", int(self))


class T(tuple):
    def __del__(self):
        print("__del__ T", tuple(self))


class St(set):
    def __del__(self):
        print("__del__ St", sorted(self))


class E(Exception):
    def __del__(self):
        print("__del__ E", self.args)


class N(list):
    def __new__(cls, *args):
        print("N.__new__", args)
        return super().__new__(cls)

    def __del__(self):
        print("__del__ N", list(self))


def one(make):
    x = make()
    del x
    gc.collect()


one(lambda: L([1, 2]))
one(lambda: D(a=1, b=2))
one(lambda: S("text"))
one(lambda: B(b"bytes"))
one(lambda: I(7))
one(lambda: T((1, "t")))
one(lambda: St({3, 1}))
one(lambda: E(1, "e"))
print("-- raised and caught")


def raiser():
    try:
        raise E("raised")
    except E as e:
        print("caught", e.args)


raiser()
gc.collect()
print("-- resurrection")
one(lambda: L(["resurrect"]))
print("saved", saved)
saved.clear()
gc.collect()
print("no second __del__")
print("-- Python __new__, list.__new__, copy")
one(lambda: N([4]))
m = list.__new__(L)
m.append("by list.__new__")
del m
gc.collect()
k = L(["copied"])
k2 = copy.copy(k)
print("copy", type(k2).__name__, k2 == k)
del k2
gc.collect()
del k
gc.collect()
print("-- cycle")
c = L(["cycle"])
c.append(c)
del c
gc.collect()
print("-- __class__ assignment")


class P:
    pass


class Q:
    def __del__(self):
        print("__del__ Q")


p = P()
p.__class__ = Q
del p
gc.collect()
print("end")
