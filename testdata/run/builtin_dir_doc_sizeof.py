# dir() of builtin types and instances lists __doc__ and __sizeof__ as
# CPython's does (and str/bytes have no __bool__, None has one);
# sys.getsizeof and __sizeof__ of small objects; bisect's functions come
# from _bisect; re's namespace holds no names CPython's lacks.
import bisect, re, sys

def f(): pass
class C: pass
class D:
    "doc"
    __slots__ = ("a", "b")
class L(list): pass

for name, obj in [("int", 1), ("int type", int), ("str", "s"), ("list", []), ("dict", {}), ("object()", object()),
                  ("object", object), ("function", f), ("C()", C()), ("C", C), ("D()", D()), ("tuple", ()),
                  ("set", set()), ("frozenset", frozenset()), ("bool", True), ("range", range(1)), ("complex", 1j),
                  ("slice", slice(1)), ("lambda", lambda: 0), ("property", property()), ("dict keys", {}.keys()),
                  ("list iter", iter([])), ("map", map(f, [])), ("zip", zip()), ("enumerate", enumerate([])),
                  ("reversed", reversed([])), ("Ellipsis", ...)]:
    print(name, dir(obj))
for obj in (1, "s", b"", bytearray(), None, 1.0, [], {}, object(), f, bisect):
    d = dir(obj)
    print(type(obj).__name__, "__doc__" in d, "__sizeof__" in d, "__bool__" in d)
print((1).__doc__ == int.__doc__, [].__doc__ == list.__doc__, type(object().__doc__), None.__bool__())
print(C.__doc__, D.__doc__, D().__doc__)

objs = [None, True, False, 0, 1, 2**30 - 1, 2**30, 2**60, 2**64, -2**70, 1.5, "", "a", "abc", b"", b"abc",
        (), (1,), (1, 2, 3), [], {}, {1: 1}, set(), {1}, frozenset(), object(), C(), D(), L(), 1j,
        bytearray(), range(5), slice(1), f, sys]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__(), type(o.__sizeof__()).__name__)

class Z:
    def __sizeof__(self): return 5
class Negative:
    def __sizeof__(self): return -1
class NotInt:
    def __sizeof__(self): return "x"
print(sys.getsizeof(Z()), sys.getsizeof(NotInt(), "default"), sys.getsizeof(1, "default"))
for o in (Negative(), NotInt()):
    try:
        sys.getsizeof(o)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getsizeof(Negative(), "default")
except ValueError as e:
    print("ValueError", e)

print(bisect.bisect_left.__module__, bisect.insort_right.__module__, bisect.bisect.__module__,
      bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.__doc__)
print(sorted(n for n in dir(bisect) if not n.startswith("__")))
import _bisect
print(bisect.bisect_left is _bisect.bisect_left, sorted(n for n in dir(_bisect) if not n.startswith("__")))

CPYTHON_RE = {'A', 'ASCII', 'DEBUG', 'DOTALL', 'I', 'IGNORECASE', 'L', 'LOCALE', 'M', 'MULTILINE', 'Match',
              'NOFLAG', 'Pattern', 'RegexFlag', 'S', 'Scanner', 'T', 'TEMPLATE', 'U', 'UNICODE', 'VERBOSE', 'X',
              '_MAXCACHE', '_MAXCACHE2', '__all__', '__builtins__', '__cached__', '__doc__', '__file__', '__loader__',
              '__name__', '__package__', '__path__', '__spec__', '__version__', '_cache', '_cache2', '_casefix',
              '_compile', '_compile_template', '_compiler', '_constants', '_parser', '_pickle', '_special_chars_map',
              '_sre', 'compile', 'copyreg', 'enum', 'error', 'escape', 'findall', 'finditer', 'fullmatch',
              'functools', 'match', 'purge', 'search', 'split', 'sub', 'subn', 'template'}
print(sorted(set(re.__dict__) - CPYTHON_RE), hasattr(re, "_casefix_table"))
re.compile("(?i)[ſk]x", re.DEBUG)
print(sorted(set(re.__dict__) - CPYTHON_RE))
