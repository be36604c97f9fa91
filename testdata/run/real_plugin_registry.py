# A plugin system: a metaclass with __prepare__ that records definition
# order and registers concrete plugins by name, __init_subclass__ keyword
# arguments, abstract hooks, a typed-option descriptor with __set_name__,
# class-level __getitem__ lookup through the metaclass, __instancecheck__
# for duck-typed plugins, cooperative super() chains and __call__.


class Option:
    def __init__(self, kind, default):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        owner._options = getattr(owner, "_options", ()) + (name,)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"option {self.name!r} expects {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value


class PluginMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        ns = {}
        ns["__definition_order__"] = []
        return ns

    def __new__(mcs, name, bases, ns, **kwargs):
        ns["__definition_order__"] = [k for k in ns if not k.startswith("__")]
        cls = super().__new__(mcs, name, bases, ns, **kwargs)
        if not ns.get("abstract", False):
            key = getattr(cls, "plugin_name", name.lower())
            if key in mcs.registry:
                raise TypeError(f"plugin name {key!r} already used by {mcs.registry[key].__name__}")
            mcs.registry[key] = cls
        return cls

    def __getitem__(cls, key):
        try:
            return PluginMeta.registry[key]
        except KeyError:
            raise LookupError(f"no plugin {key!r}; known: {', '.join(sorted(PluginMeta.registry))}") from None

    def __instancecheck__(cls, obj):
        if cls is Plugin:
            return callable(getattr(obj, "run", None)) and hasattr(obj, "plugin_name")
        return super().__instancecheck__(obj)

    def __repr__(cls):
        return f"<plugin class {cls.__qualname__}>"


class Plugin(metaclass=PluginMeta):
    abstract = True
    priority = Option(int, 50)
    verbose = Option(bool, False)

    def __init_subclass__(cls, /, priority=None, tags=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tags = frozenset(tags) | getattr(cls, "tags", frozenset())
        if priority is not None:
            cls.default_priority = priority

    def __init__(self, **options):
        for key, value in options.items():
            if key not in type(self)._options:
                raise TypeError(f"{type(self).__name__}() got an unexpected option {key!r}")
            setattr(self, key, value)
        if "priority" not in options and hasattr(type(self), "default_priority"):
            self.priority = type(self).default_priority

    def run(self, text):
        raise NotImplementedError(f"{type(self).__name__}.run")

    def __call__(self, text):
        out = self.run(text)
        return f"[{out}]" if self.verbose else out

    def __repr__(self):
        opts = ", ".join(f"{k}={getattr(self, k)!r}" for k in type(self)._options)
        return f"{type(self).__name__}({opts})"


class Upper(Plugin, tags={"case"}):
    def run(self, text):
        return text.upper()


class Strip(Plugin, priority=10, tags={"whitespace"}):
    plugin_name = "trim"
    chars = Option(str, " ")

    def run(self, text):
        return text.strip(self.chars)


class Censor(Upper, priority=90, tags={"policy"}):
    words = Option(tuple, ("darn",))

    def run(self, text):
        for w in self.words:
            text = text.replace(w, "*" * len(w))
        return super().run(text)


class Base(Plugin):
    abstract = True

    def run(self, text):
        return text


class Counter(Base):
    def run(self, text):
        return f"{super().run(text)} ({len(text.split())} words)"


class Duck:
    plugin_name = "duck"

    def run(self, text):
        return text[::-1]


print("registry:", {k: v for k, v in sorted(PluginMeta.registry.items())})
print("order:", Censor.__definition_order__, Strip.__definition_order__)
print("tags:", sorted(Censor.tags), sorted(Strip.tags), sorted(Counter.tags))
print("options:", Plugin._options, Strip._options, Censor._options)
print("lookup:", Plugin["trim"], Plugin["censor"].__mro__[1:3])
chain = [Plugin["trim"](chars=" *"), Censor(words=("darn", "heck"), verbose=True), Counter(priority=5), Upper()]
chain.sort(key=lambda p: p.priority)
print("chain:", chain)
text = "  **well darn, what the heck is this**  "
for plugin in chain:
    text = plugin(text)
    print(f"  {type(plugin).__name__:<8}-> {text!r}")
print("isinstance duck:", isinstance(Duck(), Plugin), isinstance(Duck(), Upper), isinstance(Censor(), Upper), isinstance(3, Plugin))
print("issubclass:", issubclass(Censor, Upper), issubclass(Duck, Plugin), type(Upper).__name__, type(Upper) is PluginMeta)
for attempt in [lambda: Plugin["nope"], lambda: Upper(color="red"), lambda: Strip(chars=3),
                lambda: Plugin().run("x"), lambda: PluginMeta("Upper", (Plugin,), {}),
                lambda: setattr(Censor(), "priority", "high")]:
    try:
        attempt()
    except (LookupError, TypeError, NotImplementedError) as e:
        print(f"{type(e).__name__}: {e}")
Dynamic = PluginMeta("Dynamic", (Base,), {"run": lambda self, t: t * 2, "plugin_name": "dyn"})
print("dynamic:", Plugin["dyn"], Plugin["dyn"]()("ab"), Dynamic.__definition_order__, sorted(Dynamic.tags))
print("Option on class:", type(Plugin.priority).__name__, Plugin.priority.name, Censor.words.default)
