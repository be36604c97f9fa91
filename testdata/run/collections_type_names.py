# The collections types that CPython writes in C name themselves with their
# module in messages and descriptor reprs ('collections.OrderedDict');
# their subclasses, and Counter (written in Python there too), do not.
from collections import Counter, OrderedDict, defaultdict, deque


class Recent(OrderedDict):
    pass


for label, attempt in [
    ("OrderedDict().x", lambda: OrderedDict().x),
    ("hash(OrderedDict())", lambda: hash(OrderedDict())),
    ("defaultdict().x", lambda: defaultdict().x),
    ("hash(defaultdict())", lambda: hash(defaultdict())),
    ("deque().x", lambda: deque().x),
    ("Counter().x", lambda: Counter().x),
    ("Recent().x", lambda: Recent().x),
    ("OrderedDict.move_to_end(1)", lambda: OrderedDict.move_to_end(1)),
    ("deque.maxlen.__get__(1)", lambda: deque.maxlen.__get__(1)),
]:
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(OrderedDict.move_to_end, OrderedDict.popitem, deque.append, deque.maxlen)
print(OrderedDict, defaultdict, deque, Counter, Recent.__mro__[1])
print(type(OrderedDict()).__name__, defaultdict.__qualname__, defaultdict(list, a=[1]), OrderedDict(b=2))
