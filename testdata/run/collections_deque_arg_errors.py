# deque's argument errors, with CPython's prefixes: "deque.append()" for its
# METH_O / METH_NOARGS / clinic methods, the bare name for index and insert.
from collections import deque

d = deque([1, 2, 3])
calls = [
    ("append()", lambda: d.append()),
    ("append(1, 2)", lambda: d.append(1, 2)),
    ("append(x=1)", lambda: d.append(x=1)),
    ("appendleft()", lambda: d.appendleft()),
    ("pop(1)", lambda: d.pop(1)),
    ("popleft(1)", lambda: d.popleft(1)),
    ("extend()", lambda: d.extend()),
    ("extendleft(1, 2)", lambda: d.extendleft(1, 2)),
    ("rotate(1, 2)", lambda: d.rotate(1, 2)),
    ("rotate(n=1)", lambda: d.rotate(n=1)),
    ("rotate('a')", lambda: d.rotate("a")),
    ("count()", lambda: d.count()),
    ("index()", lambda: d.index()),
    ("index(1, 2, 3, 4)", lambda: d.index(1, 2, 3, 4)),
    ("index(x=1)", lambda: d.index(x=1)),
    ("index(9)", lambda: d.index(9)),
    ("insert(1)", lambda: d.insert(1)),
    ("insert(1, 2, 3)", lambda: d.insert(1, 2, 3)),
    ("insert(i=1)", lambda: d.insert(i=1)),
    ("insert('a', 1)", lambda: d.insert("a", 1)),
    ("remove()", lambda: d.remove()),
    ("remove(9)", lambda: d.remove(9)),
    ("clear(1)", lambda: d.clear(1)),
    ("copy(1)", lambda: d.copy(1)),
    ("__copy__(1)", lambda: d.__copy__(1)),
    ("reverse(1)", lambda: d.reverse(1)),
    ("__reversed__(1)", lambda: d.__reversed__(1)),
    ("__reduce__(1)", lambda: d.__reduce__(1)),
    ("__class_getitem__()", lambda: deque.__class_getitem__()),
    ("deque(1, 2, 3)", lambda: deque(1, 2, 3)),
    ("deque([], -1)", lambda: deque([], -1)),
    ("deque(x=1)", lambda: deque(x=1)),
    ("deque(maxlen='a')", lambda: deque([], maxlen="a")),
    ("deque(maxlen=2.5)", lambda: deque(maxlen=2.5)),
    ("deque.append(1, 2)", lambda: deque.append(1, 2)),
    ("deque()[10]", lambda: d[10]),
    ("deque().pop()", lambda: deque().pop()),
    ("deque().popleft()", lambda: deque().popleft()),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

# Truth comes from len(): deque has no __bool__ of its own.
print(hasattr(deque, "__bool__"), bool(deque()), bool(deque([0])))
print(d, d.maxlen, deque([1], maxlen=True))
for t in (list, dict, tuple, set):
    try:
        t.__class_getitem__()
    except TypeError as e:
        print(e)
