# random (seeds of every type, choices/sample/randrange errors, state,
# the distributions), re (pattern errors, templates, match objects, empty
# matches) and json (decode errors, number forms, encoder options, subclass).
import random, re, json
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for seed in ("abc", b"xyz", 12345678901234567890, -5, 3.5, bytearray(b"q")):
    r = random.Random(seed); print(repr(seed), r.random(), r.getrandbits(70))
r = random.Random(7)
t(lambda: r.randbytes(5)); t(lambda: r.choices([1, 2], cum_weights=[1, 1, 2])); t(lambda: r.choices([1, 2], weights=[0, 0])); t(lambda: r.choices([1], weights=[1], cum_weights=[1]))
t(lambda: r.sample(range(5), 3, counts=[1, 1, 1, 1, 1])); t(lambda: r.sample([1, 2], 1, counts=[0, 0])); t(lambda: r.sample({1, 2}, 1)); t(lambda: r.randrange(10, 2)); t(lambda: r.randrange(0, 10, 0)); t(lambda: r.randrange(1.0))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random()); t(lambda: r.setstate((9, 2)))
t(lambda: [r.normalvariate() for _ in range(2)]); t(lambda: r.lognormvariate(0, 1)); t(lambda: r.paretovariate(2)); t(lambda: r.weibullvariate(1, 2)); t(lambda: r.gammavariate(0.5, 1)); t(lambda: r.gammavariate(-1, 1))
t(lambda: r.binomialvariate(-1)); t(lambda: r.binomialvariate(5, 1.5)); t(lambda: random.Random(1).shuffle([1, 2, 3, 4]))
l = list(range(10)); random.Random(3).shuffle(l); print(l)
for pat in ["a(?P<1>b)", "(?P<a>x)(?P=b)", "a**", "x{3", "[a", "(?<!a*)b", "\\", "(?i", "a)", "(?P<a", "\\k<a>", "a{,5}b", "(?x) a b # c", "\\N{LATIN SMALL LETTER A}", "(?u)\\w", "(?s).", "a++", "(?>a)", "(?L)a"]:
    t(lambda: re.compile(pat).pattern)
t(lambda: re.sub("(a)", r"\g<2>", "a")); t(lambda: re.sub("(a)", r"\g<x>", "a")); t(lambda: re.sub("(a)", "\\", "a")); t(lambda: re.sub("a", r"\n\t\\", "a")); t(lambda: re.compile(b"a").search("a"))
t(lambda: re.match(r"(\d+)(?:x)?", "12x").span(1)); t(lambda: re.match("(a)|(b)", "b").groups(default="-")); t(lambda: re.match("(a)(b)?", "a").lastindex); t(lambda: re.match("(?P<k>a)", "a").lastgroup)
t(lambda: [m.start() for m in re.finditer(r"\b", "ab cd")]); t(lambda: re.split(r"\b", "ab cd")); t(lambda: re.findall("", "ab")); t(lambda: re.sub("", "-", "ab")); t(lambda: re.match("a", "A", re.I).group())
for doc in ['{"a": 1, "a": 2}', '[1, 2', '{"a": tru}', '"\\ud83d\\ude00"', '[1e5, 1E-2, -0.0, 10000000000000000000000]', '{"\\u00e9": "\\u00e9"}', '  [ ]  ', '[\n1,\n2\n,]', '{"a":1 "b":2}', "{'a': 1}", '"tab\there"', '0123', '-', '[Infinity, -Infinity]']:
    t(lambda: json.loads(doc))
t(lambda: json.dumps({"a": 1}, indent=4, separators=(",", ": "))); t(lambda: json.dumps([1.0, 1e16, 1e-7, 0.1, 123456789012345678])); t(lambda: json.dumps("\u2028\x7f\x00")); t(lambda: json.dumps(b"x"))
t(lambda: json.dumps({"a": object()}, default=str)[:20]); t(lambda: json.dumps([1], cls=json.JSONEncoder)); t(lambda: json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=None)); t(lambda: json.dumps({1: 1, "1": 2}))
t(lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True)); t(lambda: json.loads('{"a": 1.5}', parse_float=lambda s: "F" + s)); t(lambda: json.loads('[NaN]', parse_constant=lambda s: s)); l2 = []; l2.append(l2); t(lambda: json.dumps(l2))
class E(json.JSONEncoder):
    def default(self, o): return list(o) if isinstance(o, set) else super().default(o)
t(lambda: E().encode({"s": {1}})); t(lambda: E(indent=1).encode([1, {2}]))
t(lambda: json.JSONDecoder().raw_decode('[1] rest')); t(lambda: json.JSONDecoder().raw_decode(' [1]'))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
