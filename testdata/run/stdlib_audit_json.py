# JSON round trips of application objects: a custom JSONEncoder subclass,
# object_hook / object_pairs_hook decoders, parse_float/parse_int hooks,
# formatting options, and the positions in JSONDecodeError messages.
import json
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, Money):
            return {"__money__": o.cents, "cur": o.currency}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


def app_hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    if "__money__" in d:
        return Money(d["__money__"], d["cur"])
    return d


doc = {"name": "shop", "origin": Point(1, -2), "price": Money(1999), "tags": {"b", "a"},
       "z": complex(1, 2), "nested": [Point(0, 0), {"m": Money(5, "USD")}], "none": None,
       "flags": [True, False], "ratio": 0.1, "big": 10**20, "unicode": "grüße ✓"}
text = json.dumps(doc, cls=AppEncoder, sort_keys=True)
print(text)
print(json.loads(text, object_hook=app_hook))
print(json.dumps(doc, cls=AppEncoder, indent=2, ensure_ascii=False)[:200])
print(json.dumps([1, {"a": [2, 3]}, []], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps({"a": {}, "b": []}, indent=4))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps("\u2028\x00\"\\\t/"))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e16, 1.0, -0.0, 3.14159265358979]))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps((1, 2)), json.dumps("é"), json.dumps("é", ensure_ascii=False))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps(Point(3, 4), default=lambda o: vars(o)))
print(json.dumps(b"x", default=lambda o: o.decode()), json.dumps(12345678901234567890123), json.dumps(True))


class Tagged(int):
    pass


class FStr(str):
    pass


print(json.dumps([Tagged(5), FStr("s"), 2.50]))

pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list)
print(pairs, json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{"x": 1.10, "y": 7}', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('  [1, "two", {"3": null}, true, false, -0.5e-3, 1E2]  '))
print(json.loads(b'{"bytes": "ok"}'), json.loads('"\\ud83d\\ude00 \\u00e9 \\n"'), json.loads('"\\/"'))
print(json.loads("[]"), json.loads("{}"), json.loads('""'), json.loads("123"), json.loads("-0"), json.loads("1.0e+2"))

dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[1, 2]', 0) if False else dec.raw_decode('  [1, 2]'[2:]))
stream = '{"id": 1} {"id": 2}{"id": 3}'
pos, out = 0, []
while pos < len(stream):
    while stream[pos] == " ":
        pos += 1
    obj, pos = dec.raw_decode(stream, pos)
    out.append(obj["id"])
print(out)

bad_docs = ['', ' ', '{', '{"a"', '{"a":', '{"a": 1', '{"a": 1,}', '[1, 2,]', '[1 2]', "{'a': 1}",
            '{"a": 1}x', 'nul', 'tru', '"abc', '"\\x"', '"\\u12"', '[1.]', '01', '-', '1e',
            '"tab\there"', '{"a" 1}', '{1: 2}', '[', ']', '{"a": [1, {"b": }]}', '\ufeff[1]',
            'NaN', '[-Infinity, Infinityx]', '"\\ud800"', '\n\n  {"line": 3,\n  oops}']
for doc_text in bad_docs:
    try:
        print(repr(doc_text), "->", ascii(json.loads(doc_text)))
    except json.JSONDecodeError as e:
        print(repr(doc_text), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
e = json.JSONDecodeError("custom", "ab\ncd", 4)
print(e, e.args, e.doc, isinstance(e, ValueError))
try:
    json.loads('"\\ud800"', strict=False)
    print(repr(json.loads('"a\tb"', strict=False)))
except json.JSONDecodeError as e:
    print("err", e)

for bad in (lambda: json.dumps(object()), lambda: json.dumps({1j: 1}), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps(Point(1, 2)), lambda: json.loads(5), lambda: json.loads(b'\xff'),
            lambda: json.dumps({"a": 1}, indent="x", separators=1), lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True),
            lambda: json.JSONEncoder().default(5), lambda: json.loads("[1]", cls=5),
            lambda: json.dumps([1], foo=1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(loop, check_circular=False) if False else "skip")
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(list(enc.iterencode({"b": [1], "a": None})))
print(enc.encode("plain"), enc.item_separator, repr(enc.key_separator), json.JSONEncoder().item_separator)
