# dataclasses: ABC bases, generic dataclasses (PEP 695), copies, subclasses,
# bare InitVar and the module's public names.
import abc, copy, dataclasses
from dataclasses import dataclass, field, fields, KW_ONLY, MISSING, InitVar

class Base(abc.ABC):
    @abc.abstractmethod
    def __repr__(self): ...

@dataclass
class Impl(Base):
    a: int
print(Impl(1), Impl.__abstractmethods__)

@dataclass
class Box[T]:
    item: T
    items: list[T] = field(default_factory=list)
print(Box(1), Box.__type_params__, Box.__doc__, Box[int])

@dataclass
class Cp:
    a: list
c = Cp([1])
print(copy.copy(c), copy.deepcopy(c).a is c.a, copy.copy(c).a is c.a)
print(copy.deepcopy(c))
print(dataclasses.__all__)
print(repr(MISSING).split(' at ')[0], repr(KW_ONLY).split(' at ')[0])
print(InitVar, dataclasses.Field, dataclasses.FrozenInstanceError)
print(fields(Cp)[0].type, dataclasses.Field.__slots__ if hasattr(dataclasses.Field, '__slots__') else None)

@dataclass
class IVplain:
    x: InitVar
    def __post_init__(self, x): print('x', x)
IVplain(3)
print(dataclasses.is_dataclass(Impl(1)), dataclasses.fields(Impl(1))[0].name)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Sub(Cp):
    pass
print(Sub([2]), Sub.__doc__, Sub([1]) == Cp([1]))
print(dataclasses.astuple(Cp([Cp([1])])), dataclasses.asdict(Cp({'a': (Cp(1),)})))
