# Strs built by the runtime (f-strings, concatenation, join, str(int),
# replace, upper) keep their text while anything refers to them, through
# collections that reuse the memory of dropped ones, and have none of the
# attributes of an object with a dict; short list displays keep their
# items likewise and grow like any list.
import gc
import sys
import weakref

n = len(sys.argv)
kept = []
for i in range(3000):
    s = f"n{i}-{n}"
    t = s + "x" * (i % 70)
    u = "-".join([s, str(i)])
    kept.append((t, u.upper(), t.replace("x", "y"), [i], [s, t], [i, s, u, t]))
    if i % 500 == 0:
        gc.collect()
garbage = ["g" * (i % 60) + str(i) for i in range(20000)]
del garbage
gc.collect()
bad = 0
for i, (t, up, rep, one, two, four) in enumerate(kept):
    s = f"n{i}-{n}"
    if t != s + "x" * (i % 70) or up != f"{s}-{i}".upper() or rep != s + "y" * (i % 70):
        bad += 1
    if one != [i] or two != [s, t] or four != [i, s, f"{s}-{i}", t]:
        bad += 1
print("bad", bad, "kept", len(kept))
grown = [1]
for k in range(10):
    grown.append(k)
grown.pop(0)
print(grown, [*[1, 2], 3], [[]] * 2)

s = "ab" + str(n)
for action in (lambda: weakref.ref(s), lambda: setattr(s, "x", 1), lambda: s.__dict__):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    s.__class__ = type("S", (str,), {})
except TypeError as e:
    print(e)
