# dataclasses: records made, compared, sorted, hashed, replaced and
# converted with asdict(), the way programs use them. Class creation is
# timed too (each generated method is compiled from source). Prints a
# checksum of all results.
from dataclasses import dataclass, field, asdict, astuple, replace


@dataclass(order=True)
class Item:
    price: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Key:
    a: int
    b: int


def make_classes(n):
    total = 0
    for i in range(n):
        @dataclass(order=True, frozen=True)
        class C:
            x: int
            y: int = i
        total += C(1).y + len(repr(C(2)))
    return total


def main():
    total = 0
    items = [Item((i * 7919) % 1000, f'n{i}', [i]) for i in range(60000)]
    items.sort()
    total += items[0].price + items[-1].price
    total += sum(1 for a, b in zip(items, items[1:]) if a == b)
    seen = {}
    for i in range(120000):
        k = Key(i % 500, i % 7)
        seen[k] = seen.get(k, 0) + 1
    total += len(seen) + seen[Key(3, 3)]
    for it in items[:20000]:
        total += replace(it, price=it.price + 1).price
    total += sum(len(asdict(it)['tags']) for it in items[:20000])
    total += sum(astuple(Key(i, i))[1] for i in range(20000))
    total += sum(len(repr(it)) for it in items[:20000])
    total += make_classes(300)
    return total


print(main())
