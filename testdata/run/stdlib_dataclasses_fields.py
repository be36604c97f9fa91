# dataclasses: ClassVar, InitVar and KW_ONLY pseudo-fields (also written
# as strings), __post_init__, kw_only, field metadata and inheritance.
import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Counter:
    total: ClassVar[int] = 0
    plain: typing.ClassVar = 'cv'
    name: str
    step: int = 1

    def __post_init__(self):
        Counter.total += self.step


c = Counter('a', 5)
Counter('b')
print(c, Counter.total, Counter.plain, [f.name for f in fields(Counter)])
print(sorted(Counter.__dataclass_fields__))
print(Counter.__dataclass_fields__['total']._field_type)
print(Counter.__doc__)


@dataclass
class Strings:
    a: 'ClassVar[int]' = 1
    b: 'typing.ClassVar[str]' = 'x'
    c: 'InitVar[int]' = 2
    d: 'dataclasses.InitVar[int]' = 3
    e: 'int' = 4
    f: 'Field' = 5

    def __post_init__(self, c, d):
        print('post_init', c, d)


s = Strings(10, 20)
print(s, [f.name for f in fields(Strings)])
print({k: str(v._field_type) for k, v in Strings.__dataclass_fields__.items()})


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0
    doubled: float = field(init=False)

    def __post_init__(self, factor):
        self.doubled = self.value * factor


print(Scaled(3), Scaled(3, 10), [f.name for f in fields(Scaled)])
print(Scaled.__dataclass_fields__['factor'].type, InitVar[int], InitVar[list[int]], InitVar['x'])
print(Scaled.__match_args__, Scaled.__doc__)
print('factor' in Scaled.__dict__, Scaled.factor)
try:
    Scaled(1).factor
except AttributeError as e:
    print('factor on the instance:', Scaled(1).factor)


@dataclass
class Keywords:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    d: int = field(default=4, kw_only=False)


k = Keywords(1, 9, c=3)
print(k, Keywords.__match_args__, Keywords.__doc__)
try:
    Keywords(1, 2, 3)
except TypeError as e:
    print('TypeError', e)


@dataclass(kw_only=True)
class AllKw:
    x: int
    y: int = 0
    z: int = field(kw_only=False)


print(AllKw(5, x=1), AllKw.__doc__, AllKw.__match_args__)
print([(f.name, f.kw_only) for f in fields(AllKw)])


@dataclass
class Base:
    x: int
    y: int = 1
    tag: ClassVar[str] = 'base'


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), Derived.__doc__, [f.name for f in fields(Derived)])
print(Derived.tag, Derived.__match_args__)


class Plain(Base):
    extra: int = 7


@dataclass
class AfterPlain(Plain):
    w: str = 'w'


print(AfterPlain(0), [f.name for f in fields(AfterPlain)])


@dataclass
class KwBase:
    a: int
    _: KW_ONLY
    b: int = 0


@dataclass
class KwDerived(KwBase):
    c: int


print(KwDerived(1, 2), KwDerived(1, 2, b=3), KwDerived.__doc__)


@dataclass
class Meta:
    a: int = field(default=0, metadata={'unit': 'm'})
    b: int = field(default=0, hash=True, compare=False)


m = fields(Meta)[0].metadata
print(m, m['unit'], type(m).__name__, fields(Meta)[1].metadata, fields(Meta)[1].hash)
try:
    m['unit'] = 'cm'
except TypeError as e:
    print('TypeError', e)


class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 42
        return obj.__dict__.get('_' + self.name, 42)

    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value


@dataclass
class WithDesc:
    d: int = Desc()
    f: int = field(default=Desc())


print(WithDesc().d, WithDesc(7).d, type(WithDesc().f).__name__)


@dataclass
class PostInitOnly:
    a: list = field(default_factory=lambda: [1, 2])
    n: int = field(init=False, default=0)

    def __post_init__(self):
        self.n = len(self.a)


print(PostInitOnly(), PostInitOnly([1]), PostInitOnly.__doc__)
