# dataclasses: every error the decorator, field() and the helper
# functions raise, with CPython's messages.
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         make_dataclass, InitVar, KW_ONLY)
from typing import ClassVar


def attempt(label, fn):
    try:
        result = fn()
    except (TypeError, ValueError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '-> ok', result)


def mutable_list():
    @dataclass
    class M:
        x: list = []


def mutable_dict():
    @dataclass
    class M:
        x: int = 0
        y: dict = {}


def mutable_set():
    @dataclass
    class M:
        s: set = field(default=set())


def immutable_ok():
    @dataclass
    class M:
        t: tuple = ()
        f: frozenset = frozenset()
    return M()


def non_default():
    @dataclass
    class M:
        x: int = 0
        y: int


def non_default_factory():
    @dataclass
    class M:
        x: list = field(default_factory=list)
        y: int


def non_default_inherited():
    @dataclass
    class B:
        x: int = 0

    @dataclass
    class D(B):
        y: str


def both_defaults():
    field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class M:
        x = field(default=1)


def classvar_factory():
    @dataclass
    class M:
        x: ClassVar[list] = field(default_factory=list)


def initvar_factory():
    @dataclass
    class M:
        x: InitVar[list] = field(default_factory=list)


def classvar_kw_only():
    @dataclass
    class M:
        x: ClassVar[int] = field(default=1, kw_only=True)


def kw_only_twice():
    @dataclass
    class M:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int


def order_without_eq():
    @dataclass(order=True, eq=False)
    class M:
        a: int


def order_overwrite():
    @dataclass(order=True)
    class M:
        a: int

        def __le__(self, other):
            return True


def frozen_setattr():
    @dataclass(frozen=True)
    class M:
        a: int

        def __setattr__(self, name, value):
            pass


def frozen_delattr():
    @dataclass(frozen=True)
    class M:
        a: int

        def __delattr__(self, name):
            pass


def frozen_from_mutable():
    @dataclass
    class B:
        a: int

    @dataclass(frozen=True)
    class D(B):
        b: int


def mutable_from_frozen():
    @dataclass(frozen=True)
    class B:
        a: int

    @dataclass
    class D(B):
        b: int


def slots_twice():
    @dataclass(slots=True)
    class M:
        __slots__ = ('a',)
        a: int


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class M:
        a: int


def unexpected_keyword():
    @dataclass
    class M:
        a: int
    return M(1, b=2)


def missing_kw_only():
    @dataclass
    class M:
        a: int
        _: KW_ONLY
        b: int
    return M(1)


for fn in (mutable_list, mutable_dict, mutable_set, immutable_ok, non_default,
           non_default_factory, non_default_inherited, both_defaults,
           no_annotation, classvar_factory, initvar_factory, classvar_kw_only,
           kw_only_twice, order_without_eq, order_overwrite, frozen_setattr,
           frozen_delattr, frozen_from_mutable, mutable_from_frozen,
           slots_twice, weakref_without_slots, unexpected_keyword,
           missing_kw_only):
    attempt(fn.__name__, fn)


@dataclass
class P:
    x: int
    y: int = field(init=False, default=0)
    z: InitVar[int] = None

    def __post_init__(self, z):
        pass


@dataclass
class NeedsInitVar:
    a: int
    iv: InitVar[int]

    def __post_init__(self, iv):
        pass


attempt('fields(int)', lambda: fields(int))
attempt('fields(1)', lambda: fields(1))
attempt('asdict(P)', lambda: asdict(P))
attempt('asdict(1)', lambda: asdict(1))
attempt('astuple([])', lambda: astuple([]))
attempt('replace(1)', lambda: replace(1, x=2))
attempt('replace(P, x=1)', lambda: replace(P, x=1))
attempt('replace init=False', lambda: replace(P(1), y=2))
attempt('replace unknown', lambda: replace(P(1), w=2))
attempt('replace InitVar', lambda: replace(NeedsInitVar(1, 2), a=3))
attempt('replace InitVar given', lambda: replace(NeedsInitVar(1, 2), iv=3))
attempt('replace default InitVar', lambda: replace(P(1), x=4))
attempt('make bad name', lambda: make_dataclass('C', ['a b']))
attempt('make keyword', lambda: make_dataclass('C', ['class']))
attempt('make duplicate', lambda: make_dataclass('C', ['a', ('a', int)]))
attempt('make invalid', lambda: make_dataclass('C', [('a', int, 1, 4)]))
attempt('make non-str', lambda: make_dataclass('C', [(1, int)]))
attempt('dataclass(1)', lambda: dataclass(init=False)(1))
attempt('field positional', lambda: field(1))
attempt('InitVar()', lambda: InitVar())
