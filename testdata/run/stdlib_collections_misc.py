# collections, collections.abc, abc, heapq, bisect, random, re, json and
# cmath: edge cases and error messages.
import collections, collections.abc as cabc, abc, heapq, bisect, random, re, json, cmath
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: deque([1, 2, 3], maxlen=2)); t(lambda: deque(maxlen=-1)); t(lambda: deque().pop()); t(lambda: deque([1]).index(2)); t(lambda: deque([1, 2]).rotate("x"))
t(lambda: repr(defaultdict(int, a=1))); t(lambda: defaultdict(1)); t(lambda: defaultdict()["x"]); t(lambda: OrderedDict(a=1).popitem(last=False)); t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)); t(lambda: OrderedDict(a=1).move_to_end("z")); t(lambda: Counter("abca").most_common(2)); t(lambda: Counter(a=2) - Counter(a=3))
t(lambda: Counter(a=1, b=-2) + Counter()); t(lambda: -Counter(a=-1)); t(lambda: Counter(a=1) < Counter(a=2)); t(lambda: sorted(Counter("aab").elements())); t(lambda: Counter(a=1).total())
P = namedtuple("P", "x y", defaults=[0]); t(lambda: P(1)); t(lambda: P(1, 2, 3)); t(lambda: P._make([1])); t(lambda: P(1, 2)._replace(z=1)); t(lambda: P._fields_defaults)
t(lambda: namedtuple("Q", "a a")); t(lambda: namedtuple("Q", "a _b")); t(lambda: namedtuple("Q", "a _b", rename=True)._fields); t(lambda: namedtuple("Q", "def x")); t(lambda: namedtuple("1Q", "x"))
t(lambda: P(1, 2)._asdict()); t(lambda: repr(ChainMap({"a": 1}, {"b": 2}))); t(lambda: ChainMap({}, {"a": 1}).pop("a")); t(lambda: ChainMap().popitem()); t(lambda: ChainMap({"a": 1}).new_child({"b": 2}).parents)
t(lambda: UserDict(a=1) | {"b": 2}); t(lambda: UserList([1]) + [2]); t(lambda: UserString("ab").upper() + "c"); t(lambda: UserDict()["k"])
t(lambda: isinstance([], cabc.Sequence)); t(lambda: issubclass(dict, cabc.MutableMapping)); t(lambda: sorted(cabc.Iterable.__abstractmethods__)); t(lambda: cabc.Mapping())
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
t(lambda: B()); B.register(int); t(lambda: isinstance(1, B)); t(lambda: abc.get_cache_token() is not None)
class Cnt(cabc.Sized):
    def __len__(self): return 0
t(lambda: isinstance(Cnt(), cabc.Sized)); t(lambda: sorted(cabc.Set.__abstractmethods__))
t(lambda: heapq.heappop([])); t(lambda: heapq.heappush(1, 2)); t(lambda: heapq.nlargest(2, [3, 1, 4, 1, 5])); t(lambda: heapq.nsmallest(2, ["bb", "a", "ccc"], key=len)); t(lambda: list(heapq.merge([1, 3], [2, 4], reverse=False)))
h = [5, 3, 8]; heapq.heapify(h); t(lambda: (heapq.heapreplace(h, 1), h)); t(lambda: heapq.heappushpop([], 1)); t(lambda: heapq.heapreplace([], 1)); t(lambda: heapq.heapify(None))
t(lambda: bisect.bisect_left([1, 2, 2, 3], 2)); t(lambda: bisect.bisect_right([1, 2, 2], 2, lo=-1)); t(lambda: bisect.bisect([1, 2], 1, hi=-5)); t(lambda: bisect.insort([(1, "a")], (0, "b"), key=lambda x: x[0])); t(lambda: bisect.bisect([3, 2, 1], 2, key=lambda x: -x))
r = random.Random(42); t(lambda: (r.random(), r.randint(1, 10), r.choice("abc"), r.sample(range(10), 3), r.gauss(0, 1), r.uniform(1, 2), r.randrange(0, 10, 3)))
t(lambda: r.choices("abc", weights=[1, 0, 1], k=4)); t(lambda: r.randrange(5, 5)); t(lambda: r.choice([])); t(lambda: r.sample([1], 2)); t(lambda: r.randint(1.5, 2)); t(lambda: r.shuffle((1,)))
t(lambda: r.getrandbits(-1)); t(lambda: r.binomialvariate(10, 0.5)); t(lambda: (r.expovariate(), r.triangular(), r.betavariate(1, 2), r.vonmisesvariate(0, 1)))
t(lambda: re.compile("(a")); t(lambda: re.compile("a{2,1}")); t(lambda: re.compile("(?P<n>a)(?P<n>b)")); t(lambda: re.sub("a", r"\2", "a")); t(lambda: re.compile("[b-a]")); t(lambda: re.compile("*"))
t(lambda: re.match(r"(?P<x>\d+)-(\d+)?", "12-").groupdict()); t(lambda: re.fullmatch("a|ab", "ab")); t(lambda: re.split(r"(,)", "a,b,,c", maxsplit=2)); t(lambda: re.sub(r"(?<=a)b", lambda m: m.group().upper(), "abab"))
t(lambda: repr(re.search("b+", "abbbc"))); t(lambda: repr(re.compile("x", re.I | re.M))); t(lambda: re.escape("a.b*c d")); t(lambda: re.findall(r"(\w)(\d)?", "a1b")); t(lambda: re.subn("x*", "-", "abc"))
t(lambda: re.match("a", "a").group(2)); t(lambda: re.match("(?P<n>a)", "a").group("m")); t(lambda: re.compile(r"\p")); t(lambda: re.compile("(?<=a+)b")); t(lambda: re.purge())
t(lambda: json.dumps({"b": [1, 2.5, None, True], "a": "é\n"}, indent=2, sort_keys=True)); t(lambda: json.dumps(float("nan"))); t(lambda: json.dumps(float("inf"), allow_nan=False)); t(lambda: json.dumps({1: 2, None: 3, 2.5: 1, True: 0}))
t(lambda: json.dumps({(1,): 2})); t(lambda: json.dumps(set())); t(lambda: json.dumps([1, [2]], separators=(",", ":"), indent="\t")); t(lambda: json.loads('{"a": [1, 2.0e3, -0, "\\u00e9"]}')); t(lambda: json.loads("[1,]"))
t(lambda: json.loads('{"a" 1}')); t(lambda: json.loads("")); t(lambda: json.loads('"\\x"')); t(lambda: json.loads("[1] x")); t(lambda: json.loads("NaN")); t(lambda: json.loads('{"a":1}', object_pairs_hook=list)); t(lambda: json.loads(b'[1]'))
t(lambda: json.dumps("\ud800")); t(lambda: json.dumps("ü", ensure_ascii=False)); t(lambda: json.loads("1e400")); t(lambda: json.loads("123", parse_int=str)); t(lambda: json.dumps([], indent=2)); t(lambda: json.dumps({}, indent=0))
t(lambda: json.loads('"abc')); t(lambda: json.loads("{\"a\":1,}")); t(lambda: json.JSONDecodeError("m", "doc", 1).args)
t(lambda: cmath.sqrt(-1)); t(lambda: cmath.log(0)); t(lambda: cmath.log(1, 0)); t(lambda: cmath.exp(1000)); t(lambda: cmath.phase(-0.0-0j)); t(lambda: cmath.isclose(1, 1 + 1e-10)); t(lambda: cmath.isclose(1, 2, rel_tol=-1))
t(lambda: cmath.polar(1j)); t(lambda: cmath.rect(1, cmath.inf)); t(lambda: cmath.sqrt("x")); t(lambda: cmath.log(10, 100)); t(lambda: (cmath.pi, cmath.e, cmath.tau, cmath.infj, cmath.nanj)); t(lambda: cmath.acos(2)); t(lambda: cmath.atanh(1))
