# Calling the slot dunders of builtin types with the wrong arguments: the
# messages of CPython's slot wrappers ("expected 1 argument, got 0", with a
# leading space for __setitem__), next to the methods that CPython defines
# beside their slot (list.__getitem__, dict.__contains__), which name
# themselves.
from collections import deque

calls = [
    ("(1).__add__(x=1)", lambda: (1).__add__(x=1)),
    ("[].__len__(x=1)", lambda: [].__len__(x=1)),
    ("[].__setitem__(1)", lambda: [].__setitem__(1)),
    ("[].__setitem__(1, 2, 3)", lambda: [].__setitem__(1, 2, 3)),
    ("[].__iter__(1)", lambda: [].__iter__(1)),
    ("[].__repr__(1)", lambda: [].__repr__(1)),
    ("[].__eq__()", lambda: [].__eq__()),
    ("''.__len__(1)", lambda: "".__len__(1)),
    ("{}.__len__(1)", lambda: {}.__len__(1)),
    ("{}.__getitem__()", lambda: {}.__getitem__()),
    ("[].__getitem__()", lambda: [].__getitem__()),
    ("[].__delitem__()", lambda: [].__delitem__()),
    ("[].__contains__()", lambda: [].__contains__()),
    ("{}.__contains__()", lambda: {}.__contains__()),
    ("set().__contains__()", lambda: set().__contains__()),
    ("range(1).__bool__(1)", lambda: range(1).__bool__(1)),
    ("[].__iadd__()", lambda: [].__iadd__()),
    ("(1.5).__add__()", lambda: (1.5).__add__()),
    ("(1,).__getitem__()", lambda: (1,).__getitem__()),
    ("set().__or__()", lambda: set().__or__()),
    ("iter([]).__next__(1)", lambda: iter([]).__next__(1)),
    ("deque().__getitem__()", lambda: deque().__getitem__()),
    ("deque().__len__(1)", lambda: deque().__len__(1)),
    ("deque().__setitem__(1)", lambda: deque().__setitem__(1)),
    ("deque().__iadd__()", lambda: deque().__iadd__()),
    ("deque().__contains__()", lambda: deque().__contains__()),
    ("[].__mul__()", lambda: [].__mul__()),
    ("[].__rmul__(1, 2)", lambda: [].__rmul__(1, 2)),
    ("[].__imul__()", lambda: [].__imul__()),
    ("().__mul__()", lambda: ().__mul__()),
    ("deque().__mul__()", lambda: deque().__mul__()),
    ("deque().__rmul__()", lambda: deque().__rmul__()),
    ("deque().__imul__()", lambda: deque().__imul__()),
    ("(1).__mul__()", lambda: (1).__mul__()),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except TypeError as e:
        print(f"{label} -> {e!r}")
print("right arguments:", (1).__add__(2), [3].__len__(), "ab".__contains__("a"), {1: 2}.__getitem__(1))
