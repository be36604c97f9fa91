# A vending machine and an order workflow driven by match statements:
# class patterns with positional and keyword sub-patterns, mapping and
# sequence patterns with captures and guards, or-patterns, value patterns
# through dotted names, and a transition log.


class State:
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
    OUT_OF_ORDER = "out_of_order"


class Coin:
    __match_args__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents


class Select:
    __match_args__ = ("code",)

    def __init__(self, code):
        self.code = code


class Refund:
    pass


class Service:
    __match_args__ = ("action", "detail")

    def __init__(self, action, detail=None):
        self.action, self.detail = action, detail


class VendingMachine:
    ACCEPTED = (5, 10, 25, 100)

    def __init__(self, stock):
        self.state = State.IDLE
        self.credit = 0
        self.stock = stock
        self.log = []

    def _go(self, new, note):
        self.log.append(f"{self.state:>12} -> {new:<12} {note}")
        self.state = new

    def handle(self, event):
        match self.state, event:
            case (State.OUT_OF_ORDER, Service("repair")):
                self._go(State.IDLE, "repaired")
            case (State.OUT_OF_ORDER, _):
                return "out of order"
            case (_, Service("break", reason)):
                self._go(State.OUT_OF_ORDER, f"broken: {reason}")
                refund, self.credit = self.credit, 0
                return f"refund {refund}" if refund else None
            case (State.IDLE | State.HAS_MONEY, Coin(cents)) if cents in self.ACCEPTED:
                self.credit += cents
                self._go(State.HAS_MONEY, f"credit {self.credit}")
            case (_, Coin(cents=c)):
                return f"rejected coin {c}"
            case (State.HAS_MONEY, Select(code)):
                match self.stock.get(code):
                    case None:
                        return f"unknown item {code}"
                    case {"count": 0, "name": name}:
                        return f"{name} sold out"
                    case {"price": price, "name": name} if price > self.credit:
                        return f"{name} costs {price}, credit {self.credit}"
                    case {"price": price, "name": name} as item:
                        self._go(State.VENDING, f"vend {name}")
                        item["count"] -= 1
                        change, self.credit = self.credit - price, 0
                        self._go(State.IDLE, f"change {change}")
                        return f"here is your {name}" + (f" and {change} change" if change else "")
            case (State.IDLE, Select(_)):
                return "insert coins first"
            case (State.HAS_MONEY, Refund()):
                refund, self.credit = self.credit, 0
                self._go(State.IDLE, f"refund {refund}")
                return f"refund {refund}"
            case (state, other):
                return f"ignored {type(other).__name__} in {state}"


def describe(command):
    match command.split():
        case []:
            return "empty"
        case ["coin", amount] if amount.isdigit():
            return Coin(int(amount))
        case ["coin", *rest]:
            return f"bad coin arguments {rest}"
        case ["select", code]:
            return Select(code.upper())
        case ["refund" | "cancel"]:
            return Refund()
        case ["service", action, *detail]:
            return Service(action, " ".join(detail) or None)
        case [verb, *_]:
            return f"unknown command {verb!r}"


machine = VendingMachine({
    "A1": {"name": "cola", "price": 125, "count": 2},
    "A2": {"name": "water", "price": 90, "count": 0},
    "B1": {"name": "crisps", "price": 60, "count": 5},
})
script = """select a1
coin 25
coin 3
coin 100
select a2
select a1
coin 100
select a1
coin 25
coin 25
select b1
coin 100
coin 100
select zz
cancel
coin x

dance now
service break coin jam
coin 25
service repair
coin 100
coin 25
select a1
coin 100
select a1
refund"""
for line in script.split("\n"):
    event = describe(line)
    if isinstance(event, str):
        print(f"{line!r:24} -> {event}")
        continue
    result = machine.handle(event)
    print(f"{line!r:24} -> {result if result is not None else '(ok)'} [{machine.state}, credit {machine.credit}]")
print("transitions:")
for entry in machine.log:
    print(" ", entry)
print("stock:", {code: item["count"] for code, item in machine.stock.items()})


def classify(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num!r}"
        case str() as s if not s:
            return "empty string"
        case (x, y):
            return f"pair {x!r}, {y!r}"
        case [first, *middle, last]:
            return f"sequence {first!r}..{last!r} with {len(middle)} inside"
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point ({x}, {y}) extra {sorted(rest)}"
        case {"type": kind}:
            return f"record of type {kind}"
        case Coin(cents=25):
            return "a quarter"
        case Coin():
            return "some coin"
        case _:
            return f"unmatched {type(value).__name__}"


for v in [True, -3, 7, 2.5, "", "hi", (1, 2), [1, 2, 3, 4], {"type": "point", "x": 1, "y": 2, "z": 3, "w": 4},
          {"type": "user"}, Coin(25), Coin(5), None, {1, 2}]:
    print(f"{v!r:45} {classify(v)}" if not isinstance(v, Coin) else f"Coin({v.cents}) {classify(v)}")
