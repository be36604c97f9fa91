# The reprs of functions, methods, builtins, descriptors and classes in
# their different forms, through repr() and through object.__repr__,
# with the addresses of default reprs masked.
import re
from collections import deque


def masked(s):
    return re.sub(r"0x[0-9a-f]+", "0x...", s)


def plain():
    pass


def outer():
    def inner():
        pass

    return inner


class Account:
    __slots__ = ("owner", "cents")

    def deposit(self, n):
        pass

    @classmethod
    def open(cls):
        pass

    @staticmethod
    def fee():
        pass

    class Audit:
        pass


class Shown:
    @property
    def x(self):
        return 1

    def __repr__(self):
        return "Shown()"


acct = Account()
shown = Shown()
things = [
    ("function", plain),
    ("nested function", outer()),
    ("lambda", lambda: 0),
    ("unbound method", Account.deposit),
    ("bound method", acct.deposit),
    ("classmethod via class", Account.open),
    ("staticmethod via class", Account.fee),
    ("classmethod object", Account.__dict__["open"]),
    ("staticmethod object", Account.__dict__["fee"]),
    ("slot member", Account.owner),
    ("nested class", Account.Audit),
    ("class", Account),
    ("property", Shown.__dict__["x"]),
    ("instance __dict__", Shown.__dict__["__dict__"]),
    ("bound __repr__", shown.__repr__),
    ("builtin function", len),
    ("builtin print", print),
    ("builtin bound method", [].append),
    ("method descriptor", str.join),
    ("bound str method", "x".join),
    ("deque method", deque.append),
    ("deque bound method", deque().append),
    ("deque getset", deque.maxlen),
    ("deque class_getitem", deque.__dict__["__class_getitem__"]),
    ("classmethod descriptor", dict.__dict__["fromkeys"]),
    ("int.from_bytes", int.__dict__["from_bytes"]),
    ("bound classmethod", dict.fromkeys),
    ("type.__mro__", type.__dict__["__mro__"]),
    ("type.__name__", type.__dict__["__name__"]),
    ("int.real", int.real),
    ("object.__class__", object.__dict__["__class__"]),
    ("type.mro", type.__dict__["mro"]),
    ("slot wrapper object.__init__", object.__init__),
    ("slot wrapper object.__repr__", object.__repr__),
    ("slot wrapper int.__add__", int.__add__),
    ("slot wrapper type.__call__", type.__call__),
    ("slot wrapper deque.__len__", deque.__len__),
    ("method-wrapper (1).__add__", (1).__add__),
    ("method-wrapper object().__str__", object().__str__),
    ("method-wrapper acct.__init__", acct.__init__),
    ("method-wrapper shown.__str__", shown.__str__),
    ("coexisting list.__getitem__", list.__getitem__),
    ("coexisting dict.__contains__", dict.__contains__),
    ("bound coexisting {}.__getitem__", {}.__getitem__),
    ("plain method list.__reversed__", list.__reversed__),
    ("builtin __new__", object.__new__),
    ("static builtin str.maketrans", str.maketrans),
    ("staticmethod object", vars(str)["maketrans"]),
    ("builtin types", (int, type, deque, type(None), type(...))),
    ("singletons", (None, NotImplemented, Ellipsis)),
]
for label, x in things:
    print(f"{label}: {masked(repr(x))}")
    print(f"    object.__repr__: {masked(object.__repr__(x))}")

for d in (object.__init__, int.__add__, str.join, dict.__dict__["fromkeys"], list.__getitem__):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__)
for b in ((1).__add__, [].append, object().__init__, str.maketrans):
    print(type(b).__name__, b.__name__, b.__qualname__)
x = object()
print(x.__str__ == x.__str__, x.__str__ == object().__str__, x.__str__ != x.__str__)
for call in (lambda: deque.append(1, 2), lambda: str.join(1, []), lambda: object.__init__(),
             lambda: list.__len__(3), lambda: int.__add__("a", 1), lambda: list.__init__(), lambda: deque.__init__()):
    try:
        call()
    except TypeError as e:
        print(e)
