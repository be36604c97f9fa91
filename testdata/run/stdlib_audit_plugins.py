# A plugin registry: abstract base classes define the plugin interface,
# weak references keep the registry from keeping plugins alive, and
# collections.abc virtual subclasses describe capabilities.
import abc
import gc
import weakref
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sized, Hashable, Sequence


class Plugin(abc.ABC):
    registry = weakref.WeakValueDictionary()

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()

    @abc.abstractmethod
    def run(self, data):
        """Process data."""

    @property
    @abc.abstractmethod
    def version(self):
        ...

    @classmethod
    @abc.abstractmethod
    def create(cls):
        ...

    def describe(self):
        return f"{self.plugin_name} v{self.version}"


class Upper(Plugin, name="upper"):
    version = "1.0"

    def run(self, data):
        return data.upper()

    @classmethod
    def create(cls):
        return cls()


class Half(Plugin):
    def run(self, data):
        return data[: len(data) // 2]


try:
    Plugin()
except TypeError as e:
    print("TypeError", e)
try:
    Half()
except TypeError as e:
    print("TypeError", e)
print(sorted(Plugin.__abstractmethods__), sorted(Half.__abstractmethods__), Upper.__abstractmethods__)
print(getattr(Plugin.run, "__isabstractmethod__", False), getattr(Upper.run, "__isabstractmethod__", False))

u = Upper.create()
Plugin.registry[u.plugin_name] = u
print(u.describe(), u.run("hello"), list(Plugin.registry.keys()), len(Plugin.registry))
del u
gc.collect()
print(list(Plugin.registry.keys()), len(Plugin.registry), "upper" in Plugin.registry)


class Reverse:
    def run(self, data):
        return data[::-1]


Plugin.register(Reverse)
print(issubclass(Reverse, Plugin), isinstance(Reverse(), Plugin), Reverse.__mro__[1].__name__)
print(Plugin.register(Reverse) is Reverse)


class Countable(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Countable:
            return any("count" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Countable), issubclass(dict, Countable), isinstance("x", Countable), issubclass(int, Countable))
print(isinstance(abc.ABC, abc.ABCMeta), type(Plugin).__name__, abc.get_cache_token() is not None)


class Partial(abc.ABC):
    @abc.abstractmethod
    def a(self): ...

    @abc.abstractmethod
    def b(self): ...


class Fill(Partial):
    def a(self):
        return 1


Fill.b = lambda self: 2
print(sorted(Fill.__abstractmethods__))
abc.update_abstractmethods(Fill)
print(sorted(Fill.__abstractmethods__), Fill().b())

# collections.abc capability checks
class Bag:
    def __init__(self):
        self.items = {}

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __call__(self):
        return len(self)


print(isinstance(Bag(), Sized), isinstance(Bag(), Iterable), isinstance(Bag(), Callable), isinstance(Bag(), Mapping))
print(isinstance([], Hashable), isinstance((), Hashable), issubclass(str, Sequence), issubclass(dict, MutableMapping))


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


st = Store()
st["Key"] = 1
st.update(Other=2, key=3)
print(dict(st), st.get("KEY"), st.setdefault("new", 4), st.pop("other"), "NEW" in st, len(st))
print(st.popitem(), list(st.items()), list(st.keys()), list(st.values()), st == {"new": 4})
st.clear()
print(len(st))
try:
    Store.__abstractmethods__ = frozenset()
    Mapping()
except TypeError as e:
    print("TypeError", e)

# weakref basics used by registries
class Handler:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Handler({self.name!r})"


events = []
h = Handler("h1")
r = weakref.ref(h, lambda ref: events.append("collected"))
print(r() is h, r().name, weakref.getweakrefcount(h), type(r).__name__)
ws = weakref.WeakSet()
h2 = Handler("h2")
ws.add(h)
ws.add(h2)
print(len(ws), h in ws)
del h
gc.collect()
print(r(), events, len(ws), [x.name for x in ws])
wk = weakref.WeakKeyDictionary()
wk[h2] = "meta"
print(wk[h2], len(wk), list(wk.values()))
p = weakref.proxy(h2)
print(p.name, repr(p.name))
del h2
gc.collect()
print(len(wk), len(ws))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)


class Owner:
    def method(self):
        return "bound"


o = Owner()
wm = weakref.WeakMethod(o.method)
print(wm()(), type(wm).__name__)
del o
gc.collect()
print(wm())
fin_log = []
obj = Handler("fin")
f = weakref.finalize(obj, fin_log.append, "finalized")
print(f.alive, f.atexit)
del obj
gc.collect()
print(fin_log, f.alive, f())
for bad in (lambda: weakref.ref(1), lambda: weakref.ref([]), lambda: weakref.WeakValueDictionary()["x"],
            lambda: weakref.WeakKeyDictionary()[1], lambda: weakref.proxy("s"),
            lambda: weakref.WeakSet([1]), lambda: Plugin.register(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
