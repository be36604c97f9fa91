# json.JSONEncoder.iterencode yields the pieces of CPython's pure-Python
# encoder, json.dump writes them one by one, and encode() joins an
# overriding iterencode's pieces.
import json, io, enum
class Color(enum.IntEnum):
    RED = 1
class F(float):
    def __repr__(self): return "F!"
class Pt:
    def __init__(self, x): self.x = x
doc = {"a": [1, 2.5, "s\u00e9\n", None, True, False, [], {}, (3, 4), {"x": [{"y": []}]}],
       "b": {"c": Color.RED, "d": F(1.5)}, 5: "int key", 2.5: "float key", True: "t", None: "n", "e": "\U0001f600"}
for kw in [dict(), dict(indent=2), dict(indent="\t"), dict(indent=0), dict(separators=(",", ":")),
           dict(indent=2, sort_keys=True, default=lambda o: f"Pt({o.x})"), dict(ensure_ascii=False, indent=1)]:
    d = doc if not kw.get("sort_keys") else {"b": [Pt(1)], "a": {"z": 1, "y": float("nan")}}
    enc = json.JSONEncoder(**kw)
    print(sorted(kw), list(enc.iterencode(d)))
    print(list(enc.iterencode(d, _one_shot=True)) == [enc.encode(d)] if "indent" not in kw else list(enc.iterencode(d, _one_shot=True)))
    class W:
        def __init__(self): self.parts = []
        def write(self, s): self.parts.append(s)
    w = W()
    json.dump(d, w, **kw)
    print(w.parts)
print(list(json.JSONEncoder().iterencode("x")), list(json.JSONEncoder().iterencode(1)), list(json.JSONEncoder().iterencode([])))
print(list(json.JSONEncoder(default=lambda o: o.x).iterencode([Pt([1, Pt(2)])])))
l = []; l.append(l)
for f in [lambda: list(json.JSONEncoder().iterencode(l)), lambda: list(json.JSONEncoder(allow_nan=False).iterencode([float("inf")])),
          lambda: list(json.JSONEncoder().iterencode({(1,): 2})), lambda: list(json.JSONEncoder(sort_keys=True).iterencode({1: 2, "a": 3})),
          lambda: list(json.JSONEncoder().iterencode([Pt(1)])), lambda: json.dump([1, Pt(1)], io.StringIO())]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 2, "k": 1})))
it = json.JSONEncoder(indent=1).iterencode({"a": [1]})
print(next(it), next(it), type(it).__name__)
s = io.StringIO(); json.dump({"k": [1, {"z": None}]}, s, indent=3); print(s.getvalue())
class Rounding(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for piece in super().iterencode(o, _one_shot):
            yield piece.upper()
print(Rounding().encode({"a": "b"}), Rounding(indent=1).encode(["x"]), json.dumps({"q": "r"}, cls=Rounding))
print(json.JSONEncoder().encode("s"), json.JSONEncoder(indent=2).encode({"a": [1]}))
print(type(json.JSONEncoder().iterencode([1], _one_shot=True)).__name__, type(json.JSONEncoder().iterencode([1])).__name__)
