# OrderedDict.move_to_end and popitem (methods in Go): both ends, subclasses,
# keywords, the unbound form and CPython's argument errors.
from collections import OrderedDict as O
class L(O): pass
d = L(a=1, b=2, c=3)
d.move_to_end('a'); print(d); d.move_to_end('c', last=False); print(d); d.move_to_end('b', False); print(d)
print(d.popitem(), d.popitem(last=False), d, O.move_to_end(d, 'c'))
for f in [lambda: O().popitem(), lambda: O().move_to_end(1), lambda: O().move_to_end(), lambda: O().popitem(1, 2),
          lambda: O().move_to_end(1, 2, 3), lambda: O().popitem(x=1), lambda: O().move_to_end(key=5),
          lambda: d.move_to_end('c', last=0, x=1), lambda: d.move_to_end(x=1), lambda: d.move_to_end('c', key='c'),
          lambda: d.popitem(last=1, x=2), lambda: d.popitem(1, last=2)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
o = O.fromkeys("abcde"); o.move_to_end("c"); print(list(o), o.popitem(False), list(o))
print(repr(type(O.__dict__["popitem"]).__name__), callable(O.move_to_end), isinstance(O(), dict))
