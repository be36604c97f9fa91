# dataclasses: asdict(), astuple() and replace(), recursing into
# dataclasses, lists, tuples, namedtuples and dicts.
import copy
from collections import namedtuple, defaultdict, OrderedDict
from dataclasses import dataclass, field, asdict, astuple, replace, InitVar


Pair = namedtuple('Pair', 'left right')


@dataclass
class Leaf:
    name: str
    weight: float = 1.0


@dataclass
class Tree:
    root: Leaf
    leaves: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    pair: tuple = ()
    named: object = None
    counts: object = None


t = Tree(Leaf('r', 2.5), [Leaf('a'), [Leaf('b')], (Leaf('c'),)],
         {'k': Leaf('d'), Leaf('e', 0).name: [1, 2]},
         (Leaf('f'), 3), Pair(Leaf('g'), Leaf('h')),
         defaultdict(list, {'x': [Leaf('i')]}))
d = asdict(t)
print(d)
print(type(d['leaves'][2]).__name__, type(d['named']).__name__, d['named'].left)
print(type(d['counts']).__name__, d['counts'].default_factory, d['counts']['missing'])
print(astuple(t))
print(asdict(t, dict_factory=OrderedDict)['root'])
print(astuple(t, tuple_factory=list)[0])
print(asdict(Leaf('x'), dict_factory=lambda pairs: [k for k, v in pairs]))

shared = [1, [2, 3]]
box = Tree(Leaf('s'), shared)
out = asdict(box)
print(out['leaves'] == shared, out['leaves'] is shared, out['leaves'][1] is shared[1])
tup = astuple(box)
print(tup[1] is shared, tup[1][1] is shared[1])


class Opaque:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print('deepcopy called')
        return Opaque(self.v + 1)


print(asdict(Leaf(Opaque(1)))['name'].v)


@dataclass
class Config:
    host: str
    port: int = 80
    tags: list = field(default_factory=list)
    secret: str = field(default='hidden', init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.port *= scale


c = Config('h', 8, ['t'])
c2 = replace(c, host='other')
print(c2, c2.tags is c.tags, c2.secret)
print(replace(c, port=1, scale=3))
print(replace(c))


class Base:
    def __repr__(self):
        return 'Base()'


@dataclass
class Child(Base):
    n: int


print(asdict(Child(1)), replace(Child(1), n=2))
print(asdict(Tree(Leaf('z'))))
