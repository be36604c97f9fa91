import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("  hello   world  foo"), string.capwords("a-b-c", "-"))
f = string.Formatter()
print(f.format("{} {} {0!r:>6}".replace("{0!r:>6}", "{!r:>6}"), 1, "a", "b"))
print(f.format("{0} {1} {0}", "x", "y"), f.format("{a[0]} {b.real} {c[k]}", a=[9], b=3+4j, c={'k': 'v'}))
print(f.format("{:{}}|{:>{w}}", "ab", 5, "z", w=3), f.format("{{}} {0:{1}.{2}f}", 3.14159, 8, 2))
print(list(f.parse("a{0!r:x}b{{c}}{name.attr[1]}d")))
for bad in ["{", "}", "{0", "{!}", "{0!r", "{0!rx}", "{0[}", "{}{0}", "{0}{}", "{0:{1:{2:{3}}}}"]:
    try:
        print(bad, "->", repr(f.format(bad, 1, 2, 3, 4)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
class Upper(string.Formatter):
    def format_field(self, value, spec): return str(value).upper()
    def get_value(self, key, args, kwargs): return kwargs.get(key, "?") if isinstance(key, str) else args[key]
print(Upper().format("{x} {y} {0}", "q", x="ab"))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise ValueError(sorted(extra))
try: Strict().format("{a}", a=1, b=2)
except ValueError as e: print(e)
print(f.vformat("{0}-{k}", (1,), {'k': 2}))
