class Thing:
    __slots__ = ('a',)
class Plain:
    def __init__(self):
        self.value = 1
cases = [
    lambda: (1).foo, lambda: 'x'.append, lambda: [].push, lambda: None.x, lambda: Thing().b,
    lambda: Thing().a, lambda: Plain().valeu, lambda: Plain.missing, lambda: type.nope,
    lambda: setattr(1, 'x', 2), lambda: setattr([], 'x', 1), lambda: delattr(Plain(), 'nothing'),
    lambda: object().__dict__, lambda: setattr(object(), 'y', 1), lambda: (lambda: 0).nothing,
    lambda: __import__('math').tau_, lambda: setattr(Thing(), 'zz', 1), lambda: str.missing,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(e)
import math
math.sqroot(2)
