# dataclasses: frozen instances, ordering, and the __hash__ rules for
# every combination of eq, frozen, unsafe_hash and an explicit __hash__.
from dataclasses import dataclass, field, FrozenInstanceError, replace


@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0


p = Pt(1, 2)
for action in ('assign', 'delete', 'new'):
    try:
        if action == 'assign':
            p.x = 5
        elif action == 'delete':
            del p.y
        else:
            p.z = 1
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError), e.args)
print(p, hash(p) == hash((1, 2)), {p: 'a'}[Pt(1, 2)], Pt.__setattr__.__qualname__)
print(FrozenInstanceError.__mro__[1:])


class Sub(Pt):
    pass


s = Sub(3)
s.extra = 'ok'
print(s.extra, s)
try:
    s.x = 1
except FrozenInstanceError as e:
    print('Sub', e)


@dataclass(frozen=True)
class WithFactory:
    items: list = field(default_factory=list)
    n: int = field(init=False, default=5)


w = WithFactory()
print(w, w.n)
print(replace(p, y=9), p)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'old'), Version(1, 0), Version(1, 2, 'x')]
print(sorted(vs))
print(Version(1) < Version(2), Version(1) <= Version(1), Version(2) > Version(1, 5), Version(1) >= Version(1, 1))
print(Version(1, 2, 'a') == Version(1, 2, 'b'), max(vs))
for op in ('<', '<=', '>', '>='):
    try:
        eval(f'Version(1) {op} (1, 0)')
    except TypeError as e:
        print('TypeError', e)


@dataclass(order=True)
class Other:
    major: int


try:
    Version(1) < Other(1)
except TypeError as e:
    print('TypeError', e)
print(Version(1) == Other(1), Version.__lt__.__qualname__)


def show_hash(cls):
    h = cls.__dict__.get('__hash__', 'inherited')
    if callable(h):
        h = 'own' if h.__qualname__.endswith('explicit') else 'generated'
    print(cls.__name__, h, end=' ')
    try:
        o = cls(1)
        same = hash(cls(1)) == hash(cls(1)) if h == 'generated' else hash(o) == hash(o)
        print(same)
    except TypeError as e:
        print('TypeError', e)


for unsafe_hash in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            for explicit in (False, True):
                ns = {'__annotations__': {'a': int}}
                if explicit:
                    def explicit(self):
                        return 7
                    ns['__hash__'] = explicit
                name = f'C_u{int(unsafe_hash)}_e{int(eq)}_f{int(frozen)}_x{int(bool(explicit))}'
                cls = type(name, (), ns)
                try:
                    cls = dataclass(unsafe_hash=unsafe_hash, eq=eq, frozen=frozen)(cls)
                except TypeError as e:
                    print(name, 'TypeError', e)
                    continue
                show_hash(cls)


@dataclass
class EqAndNone:
    a: int
    __hash__ = None


@dataclass
class OwnEq:
    a: int

    def __eq__(self, other):
        return False


print(EqAndNone.__hash__, OwnEq.__hash__)


@dataclass(unsafe_hash=True)
class HashFields:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False)
    d: int = field(compare=False, hash=True)


print(hash(HashFields(1, 2, 3, 4)) == hash((1, 4)))
