# __get__, __set__ and __delete__ called directly on builtin descriptors: method
# descriptors, slot wrappers, getset and member descriptors, with CPython's
# checks of the object and of the arguments.
import collections
class S:
    __slots__=("a",)
s=S()
print(str.join.__get__("-")(["a","b"]), str.join.__get__(None, str), int.real.__get__(5), repr(object.__init__.__get__(1))[:35], dict.__dict__["fromkeys"].__get__(None, dict)([1]))
S.a.__set__(s, 3); print(S.a.__get__(s), S.a.__get__(None, S))
S.a.__delete__(s)
for f in [lambda: S.a.__get__(s), lambda: str.join.__get__(None, None), lambda: str.join.__get__(1), lambda: int.real.__set__(1, 2), lambda: str.join.__get__(), lambda: collections.deque.maxlen.__get__(1), lambda: S.a.__get__(1), lambda: S.a.__set__(1, 2), lambda: int.real.__get__(None, None), lambda: type.__dict__["__name__"].__set__(1, "x"), lambda: S.a.__delete__(s), lambda: collections.deque.maxlen.__get__(collections.deque([], 3))]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(hasattr(str.join, "__get__"), hasattr(int.real, "__set__"), hasattr(str.join, "__set__"), type(int.real).__get__)
