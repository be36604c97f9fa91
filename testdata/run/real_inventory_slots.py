# A warehouse inventory: items with __slots__, validated fields through a
# descriptor with __set_name__, properties (read-only, computed, with
# setters and deleters), alternative constructors as classmethods,
# __eq__/__hash__ for set and dict use, total_ordering, sorting with keys
# (attrgetter, tuples, reversed), grouping and the exact errors CPython
# gives for misuse.
import functools
import itertools
import operator


class Positive:
    """A data descriptor storing a validated number in a slot-like dict."""

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError(f"{self.name} must be >= 0, got {value}")
        setattr(obj, self.storage, value)


@functools.total_ordering
class Item:
    __slots__ = ("sku", "name", "category", "_price", "_qty", "_discount")
    price = Positive()
    qty = Positive()
    registry = {}

    def __init__(self, sku, name, category, price, qty=0):
        self.sku, self.name, self.category = sku, name, category
        self.price, self.qty = price, qty
        self._discount = 0

    @classmethod
    def from_line(cls, line):
        sku, name, category, price, qty = [p.strip() for p in line.split("|")]
        return cls(sku, name, category, int(round(float(price) * 100)), int(qty))

    @classmethod
    def register(cls, item):
        if item.sku in cls.registry:
            raise KeyError(f"duplicate sku {item.sku}")
        cls.registry[item.sku] = item
        return item

    @staticmethod
    def money(cents):
        return f"{cents // 100}.{cents % 100:02d}"

    @property
    def value(self):
        return self.unit_price * self.qty

    @property
    def discount(self):
        return self._discount

    @discount.setter
    def discount(self, pct):
        if not 0 <= pct <= 50:
            raise ValueError(f"discount {pct}% out of range")
        self._discount = pct

    @discount.deleter
    def discount(self):
        self._discount = 0

    @property
    def unit_price(self):
        return self.price * (100 - self._discount) // 100

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku

    def __lt__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.category, self.name) < (other.category, other.name)

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, qty={self.qty})"

    def __format__(self, spec):
        if spec == "line":
            return f"{self.sku:<6}{self.name:<14}{self.category:<10}{Item.money(self.unit_price):>8}{self.qty:>5}"
        return format(repr(self), spec)


class Perishable(Item):
    __slots__ = ("days_left",)

    def __init__(self, *args, days_left=7, **kwargs):
        super().__init__(*args, **kwargs)
        self.days_left = days_left

    @property
    def unit_price(self):
        base = super().unit_price
        return base // 2 if self.days_left <= 1 else base


lines = """A100 | hammer      | tools   | 12.50 | 10
A101 | screwdriver | tools   |  4.25 | 40
B200 | apples      | food    |  0.40 | 300
B201 | bread       | food    |  2.10 | 12
C300 | paint       | decor   | 19.99 | 5
C301 | brush       | decor   |  3.00 | 0
A102 | wrench      | tools   |  9.75 | 7"""
for line in lines.splitlines():
    Item.register(Item.from_line(line))
milk = Item.register(Perishable("B202", "milk", "food", 120, qty=20, days_left=1))
inv = list(Item.registry.values())

print("by natural order:")
for item in sorted(inv):
    print(f"  {item:line}")
print("by value desc, then sku:", [i.sku for i in sorted(inv, key=lambda i: (-i.value, i.sku))])
print("by qty (attrgetter):", [(i.name, i.qty) for i in sorted(inv, key=operator.attrgetter("qty"), reverse=True)])
print("cheapest per category:")
for cat, group in itertools.groupby(sorted(inv, key=operator.attrgetter("category")), key=operator.attrgetter("category")):
    group = list(group)
    cheapest = min(group, key=lambda i: i.unit_price)
    print(f"  {cat:<6} {len(group)} items, cheapest {cheapest.name} at {Item.money(cheapest.unit_price)}")
print("total value:", Item.money(sum(i.value for i in inv)))
print("out of stock:", [i for i in inv if not i.qty])
print("milk unit price (half off, 1 day left):", Item.money(milk.unit_price), isinstance(milk, Item))

hammer = Item.registry["A100"]
hammer.discount = 20
print("hammer discounted:", f"{hammer:line}", hammer.discount)
del hammer.discount
print("discount removed:", hammer.discount, Item.money(hammer.unit_price))
twin = Item("A100", "other hammer", "tools", 1)
print("equal by sku:", twin == hammer, twin is hammer, len({twin, hammer, milk}), {hammer: "x"}[twin])
print("ordering:", hammer > milk, sorted([milk, hammer, twin]), max(inv).name)
print("compare with str:", hammer == "A100", hammer != "A100")
print(f"{hammer!r:>40}|{hammer:<30}|")

attempts = [
    ("price = -1", lambda: setattr(hammer, "price", -1)),
    ("price = '3'", lambda: setattr(hammer, "price", "3")),
    ("qty = True", lambda: setattr(hammer, "qty", True)),
    ("discount = 80", lambda: setattr(hammer, "discount", 80)),
    ("value = 1", lambda: setattr(hammer, "value", 1)),
    ("del value", lambda: delattr(hammer, "value")),
    ("color = 'red'", lambda: setattr(hammer, "color", "red")),
    ("getattr color", lambda: hammer.color),
    ("vars(hammer)", lambda: vars(hammer)),
    ("register twice", lambda: Item.register(twin)),
    ("from_line short", lambda: Item.from_line("X1 | thing | misc | 1.00")),
    ("from_line bad price", lambda: Item.from_line("X1 | thing | misc | cheap | 1")),
    ("hammer < 3", lambda: hammer < 3),
    ("milk.days_left del twice", lambda: (delattr(milk, "days_left"), delattr(milk, "days_left"))),
]
for label, attempt in attempts:
    try:
        result = attempt()
        print(f"{label}: ok {result!r}")
    except (TypeError, ValueError, AttributeError, KeyError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
print("descriptor on class:", type(Item.price).__name__, Item.price.name, Item.qty.storage)
print("slots:", Item.__slots__, Perishable.__slots__, hasattr(hammer, "__dict__"))
