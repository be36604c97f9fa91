class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Q:
    pass
class BadArgs:
    __match_args__ = ["x"]
    x = 1
class TooFew:
    __match_args__ = ("x",)
    x = 1
class NotStr:
    __match_args__ = (1,)
class Prop:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise AttributeError("no v")

def try_(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def m(v):
    match v:
        case P(0, y=0):
            return "origin"
        case P(x, 0) if x > 10:
            return f"big x {x}"
        case P(x=x, y=y) if x == y:
            return f"diag {x}"
        case P(a, b):
            return f"P {a} {b}"
        case {"k": 1, **rest}:
            return f"k1 rest={sorted(rest.items())}"
        case {"k": [a, *others]}:
            return f"klist {a} {others}"
        case [1, 2, *rest] | (3, *rest):
            return f"seq rest={rest}"
        case int(n) | float(n) if n < 0:
            return f"neg {n}"
        case int() | bool():
            return "int or bool"
        case str() as s if len(s) > 3:
            return f"long str {s!r}"
        case "a" | "b" as ab:
            return f"ab {ab}"
        case {"x": int(x), "y": str(y)}:
            return f"typed {x} {y}"
        case b"bytes":
            return "bytes!"
        case [[1, 2], [3, _], *_]:
            return "nested"
        case None:
            return "none"
        case _:
            return f"other {type(v).__name__}"

for v in [P(0, 0), P(20, 0), P(3, 3), P(1, 2), {"k": 1, "z": 2, "a": 3}, {"k": [5, 6, 7]},
          [1, 2, 3, 4], (3,), (3, 4, 5), -1, -2.5, 7, True, "hello", "a", "b", "c",
          {"x": 1, "y": "s"}, {"x": "1", "y": "s"}, b"bytes", bytearray(b"bytes"), [[1, 2], [3, 4], 5],
          None, "abcd", [1, 2], "12"]:
    print(repr(v) if not isinstance(v, P) else "P", "->", m(v))

def cls_errs(v, c):
    match v:
        case c(1):
            return "matched"
    return "no"
try_(lambda: cls_errs(BadArgs(), BadArgs))
try_(lambda: cls_errs(Q(), Q))
try_(lambda: cls_errs(NotStr(), NotStr))
try_(lambda: cls_errs(Prop(), Prop))
try_(lambda: cls_errs(1, "notaclass"))
try_(lambda: cls_errs(1, int))
def two(v):
    match v:
        case int(1, 2):
            return "x"
try_(lambda: two(1))
def kw(v):
    match v:
        case TooFew(1, x=1):
            return "x"
try_(lambda: kw(TooFew()))
def dupkey(v, k):
    match v:
        case {"a": 1, k.x: 2}:
            return "x"
class K: x = "a"
try_(lambda: dupkey({"a": 1}, K))
def mapping_types(v):
    match v:
        case {}:
            return "mapping"
        case []:
            return "empty seq"
        case [*_]:
            return "seq"
    return "neither"
import collections
for v in [{}, {"a": 1}, collections.OrderedDict(), [], (), "", "x", range(3), collections.deque([1]), memoryview(b"ab"), iter([1])]:
    print(type(v).__name__, mapping_types(v))
def star_names(v):
    match v:
        case [first, *middle, last]:
            return first, middle, last
        case [*all]:
            return all
print(star_names([1]), star_names([1, 2]), star_names([1, 2, 3, 4]), star_names(()))
x = 5
match x:
    case 5 if (y := x * 2):
        print("walrus guard", y)
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (a, b):
        print("bound", a, b)
print(a, b)
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest} if not rest:
        print("no rest")
    case {"a": 1, **rest}:
        print("rest", rest)
match 1.0:
    case 1:
        print("1.0 matched 1")
match 0:
    case False:
        print("0 is False?")
    case _:
        print("0 is not False (identity)")
match -0.0:
    case 0:
        print("-0.0 == 0")
match 1+2j:
    case 1+2j:
        print("complex literal")
match "x":
    case "x" "y":
        print("concat no")
    case f:
        print("capture", f)
