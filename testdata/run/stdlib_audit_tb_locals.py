# A crash reporter that records the local variables of every frame, as
# error-tracking clients do with traceback's capture_locals: chained
# exceptions, limits, StackSummary.extract, reprs that fail, and the
# report text itself.
import traceback


class Unprintable:
    def __repr__(self):
        raise RuntimeError("no repr")


class Order:
    def __init__(self, oid, items):
        self.oid, self.items = oid, items

    def __repr__(self):
        return f"Order({self.oid}, {len(self.items)} items)"


def price(item, table):
    unit = table[item["sku"]]
    return unit * item["qty"]


def total(order, table):
    running = 0
    for line_no, item in enumerate(order.items, 1):
        running += price(item, table)
    return running


def checkout(order):
    table = {"A": 2.5, "B": 10}
    marker = Unprintable()
    try:
        return total(order, table)
    except KeyError as e:
        raise LookupError(f"unknown sku in order {order.oid}") from e


def report(exc, **kw):
    te = traceback.TracebackException.from_exception(exc, capture_locals=True, **kw)
    print("".join(te.format()), end="")
    return te


def inspect(exc):
    print("--- full report")
    te = report(exc)
    print("--- frames")
    for fs in te.stack:
        print(fs.name, sorted(fs.locals))
    for fs in te.__cause__.stack:
        print(fs.name, fs.locals)
    print("--- chain=False, limit=1")
    print("".join(te.format(chain=False)), end="")
    report(exc, limit=1)
    print("--- limit=-1")
    report(exc.__cause__, limit=-1)
    print("--- without locals")
    plain = traceback.TracebackException.from_exception(exc)
    print([fs.locals for fs in plain.stack], plain == te)
    ss = traceback.StackSummary.extract(traceback.walk_tb(exc.__cause__.__traceback__), capture_locals=True)
    print([(fs.name, fs.locals and sorted(fs.locals)) for fs in ss])
    print("".join(ss.format()), end="")


def scenario():
    ok = Order(1, [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}])
    print(checkout(ok))
    bad = Order(2, [{"sku": "A", "qty": 1}, {"sku": "Z", "qty": 3}])
    try:
        checkout(bad)
    except LookupError as exc:
        inspect(exc)


def nested():
    try:
        try:
            {}["missing"]
        except KeyError:
            context_value = "during"
            1 / 0
    except ZeroDivisionError as exc:
        print("--- context")
        report(exc)


scenario()
nested()
fs = traceback.FrameSummary("f.py", 3, "fn", locals={"a": 1, "b": [1, 2], "s": "x"}, line="a = b")
print(fs.locals, fs == traceback.FrameSummary("f.py", 3, "fn", locals={"a": 1}, line="a = b"))
print("".join(traceback.StackSummary.from_list([fs]).format()), end="")
