# dataclasses: make_dataclass(), slots=True and weakref_slot, and a
# dataclass used in pattern matching.
import weakref
from dataclasses import dataclass, field, fields, make_dataclass, asdict, FrozenInstanceError


C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))])
print(C(1, 2), C.__name__, C.__qualname__, C.__module__, C.__doc__)
print([(f.name, f.type) for f in fields(C)])

D = make_dataclass('D', [('x', int, 5)], bases=(C,), order=False,
                   namespace={'double': lambda self: self.x * 2}, module='mymod')
print(D.__module__, D.__mro__[1].__name__)
try:
    make_dataclass('E', [('x', int)], bases=(C,), frozen=True)
except TypeError as e:
    print('TypeError', e)

F = make_dataclass('F', [('x', int, 5), ('y', str, field(default='s', repr=False))],
                   namespace={'double': lambda self: self.x * 2}, order=True, frozen=True)
f = F()
print(f, f.double(), F(1) < F(2), hash(f) == hash((5, 's')))
try:
    f.x = 1
except FrozenInstanceError as e:
    print(e)
G = make_dataclass('G', [], kw_only=True)
print(G(), G.__doc__)
H = make_dataclass('H', [('p', int)], kw_only=True, match_args=False)
print(H(p=1), hasattr(H, '__match_args__'))


@dataclass(slots=True)
class Slotted:
    x: int
    y: list = field(default_factory=list)
    z: str = 'z'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'), Slotted.__name__, Slotted.__qualname__)
try:
    s.other = 1
except AttributeError as e:
    print('AttributeError', e)
print('z' in Slotted.__dict__, type(Slotted.__dict__['x']).__name__, Slotted.__init__.__qualname__)
try:
    weakref.ref(s)
except TypeError as e:
    print('TypeError', e)


@dataclass(slots=True, weakref_slot=True)
class Weak:
    a: int


w = Weak(1)
print(Weak.__slots__, weakref.ref(w)() is w)


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    a: int
    b: int = 2


fs = FrozenSlots(1)
print(fs, hash(fs) == hash((1, 2)), fs.__getstate__(), FrozenSlots.__slots__)
fs2 = FrozenSlots.__new__(FrozenSlots)
fs2.__setstate__([3, 4])
print(fs2)


@dataclass(slots=True)
class SlotBase:
    a: int


@dataclass(slots=True)
class SlotDerived(SlotBase):
    b: int = 0


print(SlotDerived(1, 2), SlotDerived.__slots__, asdict(SlotDerived(3)))


class Outer:
    @dataclass(slots=True)
    class In:
        v: int


print(Outer.In(1), Outer.In.__qualname__)


@dataclass
class Move:
    dx: int
    dy: int = 0


@dataclass
class Quit:
    pass


for cmd in [Move(1, 2), Move(0), Quit(), 'other']:
    match cmd:
        case Move(0, dy):
            print('vertical', dy)
        case Move(dx, dy=dy):
            print('move', dx, dy)
        case Quit():
            print('quit')
        case _:
            print('unknown', cmd)
