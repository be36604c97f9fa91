# string.Formatter subclasses for a templating helper: custom field lookup,
# conversions and format specs, plus string.Template, the string constants
# and capwords.
import string


class DefaultFormatter(string.Formatter):
    """Missing keys render as a placeholder instead of raising."""

    def __init__(self, missing="<?>"):
        self.missing = missing

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else self.missing
        return kwargs.get(key, self.missing)


class UpperFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec.endswith("%%"):
            return format(value * 100, format_spec[:-2]) + "%"
        return super().format_field(value, format_spec)


class DotFormatter(string.Formatter):
    """Looks up dotted names in nested dicts: {user.name}."""

    def get_field(self, field_name, args, kwargs):
        first, *rest = field_name.split(".")
        if first.isdigit():
            first = int(first)
        obj = self.get_value(first, args, kwargs)
        for part in rest:
            obj = obj[part]
        return obj, first


class Tracking(string.Formatter):
    def __init__(self):
        self.used = []

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - set(used_args)
        self.used.append(sorted(map(str, used_args)))
        if unused:
            raise KeyError(f"unused: {sorted(unused)}")


fmt = string.Formatter()
print(fmt.format("{0} + {0} = {1}", 2, 4), fmt.format("{name:>8}|{n:05.1f}", name="kiln", n=3.14159))
print(fmt.format("{0[1]} {1[key]} {2.real}", [1, 2], {"key": "v"}, 3 + 4j))
print(fmt.format("{!r} {!s} {!a}", "q", "q", "é"), fmt.format("{:{w}.{p}}", 3.14159, w=10, p=3))
print(fmt.format("{{literal}} {}", "x"), fmt.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
print(list(fmt.parse("Hi {name!r:>10} and {0[1]} {{x}} {} end")))
print(list(fmt.parse("")), list(fmt.parse("no fields")), list(fmt.parse("{}")), list(fmt.parse("}}{{")))
print(fmt.get_field("0.imag", (5,), {}), fmt.get_field("x[0]", (), {"x": "abc"}))
print(fmt.convert_field(5, "r"), fmt.convert_field("s", None), fmt.format_field(255, "#x"))

d = DefaultFormatter()
print(d.format("{0} {1} {2}", "a", "b"), d.format("{user} has {count:>3} items", user="ann"))
u = UpperFormatter()
print(u.format("{0!u} {0!l} {0!r} {1:.1%%}", "MiXed", 0.256))
dot = DotFormatter()
print(dot.format("{user.name} <{user.contact.email}> #{0}", 7,
                 user={"name": "Bob", "contact": {"email": "bob@example.org"}}))
t = Tracking()
print(t.format("{a} {b}", a=1, b=2), t.used)
try:
    t.format("{a}", a=1, b=2)
except KeyError as e:
    print("KeyError", e)

for bad in ["{0} {}", "{} {0}", "{", "}", "{0!x}", "{0:{1:{2}}}", "{!}", "{0.}", "{0[}", "{0[0]x}",
            "{a", "{0:d}", "{1}", "{x}", "{0.missing}", "{0[5]}", "{0!}"]:
    try:
        print(repr(bad), "->", fmt.format(bad, "s"))
    except Exception as e:
        print(repr(bad), "->", type(e).__name__, e)
try:
    fmt.format()
except TypeError as e:
    print("TypeError", e)
try:
    fmt.format("{0:{0:{0:{0}}}}", 1)
except ValueError as e:
    print("ValueError", e)
print(fmt.format(format_string="{x}", x=1) if False else fmt.format("{format_string}", format_string=1))

# Templates
T = string.Template
tm = T("$who likes ${what}; cost: $$${price}")
print(tm.substitute(who="tim", what="kung pao", price="9.99"))
print(tm.safe_substitute(who="tim"), tm.safe_substitute({"what": "tea"}, who="x"))
print(tm.get_identifiers(), tm.is_valid(), T("$1 bad").is_valid(), T("${ok} $").is_valid())
for tmpl, kw in [("$missing", {}), ("${unclosed", {"unclosed": 1}), ("$ trailing", {}), ("$", {}),
                 ("ok $a$b", {"a": 1, "b": 2}), ("$a.b", {"a": "A"})]:
    try:
        print(repr(tmpl), "->", T(tmpl).substitute(kw))
    except (KeyError, ValueError) as e:
        print(repr(tmpl), "->", type(e).__name__, e)


class PctTemplate(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


class BraceOnly(string.Template):
    braceidpattern = r"[A-Z_]+"


print(PctTemplate("%name costs %%5 (%Name)").safe_substitute(name="tea"))
print(BraceOnly("$low ${UP} ${low}").safe_substitute(low=1, UP=2), BraceOnly("${UP}").get_identifiers())
print(T("$x").template, T.delimiter, T.idpattern, T.flags)

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.punctuation), len(string.printable), string.ascii_uppercase[:5])
print(string.capwords(" hello   world  from kiln "), string.capwords("a-b c-d", "-"), string.capwords(""))
print(string.capwords("ÉCOLE élève"), repr(string.capwords("x\ty\nz")))
for bad in (lambda: string.capwords(5), lambda: T("$a").substitute({"a": 1}, {"b": 2}),
            lambda: T(5).template, lambda: string.Formatter().vformat("{}", [], {}) and None,
            lambda: string.Formatter().format("{0:>{1}}", "x", "w")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
