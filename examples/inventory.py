"""A small inventory system: classes, dicts, generators, exceptions and
f-strings — the kind of program Kiln runs unchanged."""


class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


class Item:
    __slots__ = ("name", "price", "qty")

    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty):
        item = self.items.setdefault(name, Item(name, price))
        item.qty += qty
        return item

    def take(self, name, qty):
        item = self.items[name]
        if item.qty < qty:
            raise OutOfStock(name, qty, item.qty)
        item.qty -= qty
        return item.price * qty

    def low_stock(self, limit=3):
        yield from (i for i in self.items.values() if i.qty <= limit)

    def value(self):
        return sum(i.price * i.qty for i in self.items.values())


inv = Inventory()
for name, price, qty in [("bolt", 0.25, 100), ("nut", 0.1, 250), ("gear", 12.5, 4), ("belt", 7.0, 2)]:
    inv.add(name, price, qty)

total = 0.0
for name, qty in [("bolt", 40), ("gear", 2), ("belt", 5), ("nut", 50)]:
    try:
        total += inv.take(name, qty)
    except OutOfStock as e:
        print("cannot sell:", e)

print(f"sold for {total:.2f}; stock worth {inv.value():,.2f}")
print("low stock:", sorted(inv.low_stock(), key=lambda i: i.name))
match inv.items["gear"]:
    case Item(qty=0):
        print("gear: none left")
    case Item(qty=n) if n < 5:
        print(f"gear: only {n} left")
