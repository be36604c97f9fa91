"""Warehouse inventory: classes, dicts, validation and reports."""


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku


class Product:
    __slots__ = ("sku", "name", "price_cents", "category")

    def __init__(self, sku, name, price_cents, category="misc"):
        if price_cents < 0:
            raise ValueError(f"negative price for {sku}")
        self.sku = sku
        self.name = name
        self.price_cents = price_cents
        self.category = category

    @property
    def price(self):
        return f"${self.price_cents // 100}.{self.price_cents % 100:02d}"

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price})"

    def __eq__(self, other):
        return isinstance(other, Product) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.catalog = {}
        self.stock = {}
        self.history = []

    def register(self, product):
        if product.sku in self.catalog:
            raise InventoryError(f"duplicate sku {product.sku}")
        self.catalog[product.sku] = product
        self.stock[product.sku] = 0

    def receive(self, sku, qty):
        self._check(sku)
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.stock[sku] += qty
        self.history.append(("in", sku, qty))

    def ship(self, order):
        # All-or-nothing: validate first, then apply.
        for sku, qty in order.items():
            self._check(sku)
            if self.stock[sku] < qty:
                raise OutOfStock(sku, qty, self.stock[sku])
        for sku, qty in order.items():
            self.stock[sku] -= qty
            self.history.append(("out", sku, qty))
        return sum(self.catalog[s].price_cents * q for s, q in order.items())

    def _check(self, sku):
        if sku not in self.catalog:
            raise InventoryError(f"unknown sku {sku!r}")

    def value_cents(self):
        return sum(self.catalog[s].price_cents * q for s, q in self.stock.items())

    def by_category(self):
        groups = {}
        for sku, product in self.catalog.items():
            groups.setdefault(product.category, []).append(sku)
        return {k: sorted(v) for k, v in sorted(groups.items())}

    def low_stock(self, threshold):
        return sorted((q, s) for s, q in self.stock.items() if q < threshold)

    def report(self):
        lines = [f"Inventory report for {self.name}"]
        lines.append(f"{'SKU':<8}{'Name':<18}{'Price':>9}{'Qty':>6}{'Value':>11}")
        for sku in sorted(self.catalog):
            p = self.catalog[sku]
            q = self.stock[sku]
            value = p.price_cents * q
            lines.append(f"{sku:<8}{p.name:<18}{p.price:>9}{q:>6}{value / 100:>11.2f}")
        lines.append(f"{'TOTAL':<41}{self.value_cents() / 100:>11.2f}")
        return "\n".join(lines)


def cents(text):
    dollars, _, c = text.partition(".")
    return int(dollars) * 100 + int((c + "00")[:2])


w = Warehouse("North")
for sku, name, price, cat in [
    ("A100", "Widget", "2.50", "parts"),
    ("A200", "Gadget", "12.99", "parts"),
    ("B100", "Manual", "5", "docs"),
    ("C300", "Gizmo deluxe", "199.95", "devices"),
    ("C301", "Gizmo", "99.5", "devices"),
]:
    w.register(Product(sku, name, cents(price), cat))

for bad in [lambda: w.register(Product("A100", "Dup", 1)),
            lambda: Product("Z", "Neg", -1),
            lambda: w.receive("Q999", 1),
            lambda: w.receive("A100", 0)]:
    try:
        bad()
    except (InventoryError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for sku, qty in [("A100", 100), ("A200", 20), ("B100", 7), ("C300", 2), ("C301", 5), ("A100", 15)]:
    w.receive(sku, qty)

print(w.report())
print("categories:", w.by_category())

orders = [
    {"A100": 30, "B100": 2},
    {"C300": 3},
    {"A200": 20, "C301": 1},
    {"A100": 85, "B100": 6},
    {"A100": 85},
]
for i, order in enumerate(orders, 1):
    try:
        total = w.ship(order)
        print(f"order {i}: shipped, ${total / 100:.2f}")
    except OutOfStock as e:
        print(f"order {i}: rejected ({e}); sku={e.sku}")

print("low stock:", w.low_stock(5))
print("history:", len(w.history), w.history[-3:])
moved = {}
for direction, sku, qty in w.history:
    moved[sku] = moved.get(sku, 0) + (qty if direction == "in" else -qty)
print("net movement equals stock:", moved == w.stock)
print(w.report())
unique = {Product("A100", "Other name", 1), w.catalog["A100"]}
print(len(unique), sorted(p.sku for p in unique))
