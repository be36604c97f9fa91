# A CSV-ish inventory report formatted with textwrap and pprint, the way a
# small reporting script would.
import pprint
import textwrap

RAW = """\
sku,name,category,qty,price,notes
A-100,Widget,hardware,12,2.50,Standard widget used in most assemblies; replaces the older B-series part.
A-101,Gadget,hardware,0,12.00,Out of stock until the supplier confirms the new delivery schedule.
B-200,Manual,docs,140,0.75,
C-300,Cable (2m),electrical,55,4.20,Shielded; check the connector type before ordering more than fifty at once.
C-301,Cable (5m),electrical,7,6.80,Shielded.
D-400,Sensor,electrical,3,31.99,Calibrate after installation.	Tabs	inside	notes.
"""


def parse(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        fields = line.split(",", len(header) - 1)
        row = dict(zip(header, fields))
        row["qty"] = int(row["qty"])
        row["price"] = float(row["price"])
        rows.append(row)
    return header, rows


header, rows = parse(RAW)
print(header)
pprint.pprint(rows[0])
pprint.pprint(rows[:2], width=60)
pprint.pprint(rows[2], sort_dicts=False)
pprint.pprint(rows[3], compact=True, width=40)

by_cat = {}
for r in rows:
    by_cat.setdefault(r["category"], []).append(r["sku"])
pprint.pprint(by_cat)
pprint.pprint(by_cat, width=30, indent=4)
pprint.pprint(by_cat, depth=1)
print(pprint.pformat(sorted(by_cat.items()), width=50))
print(pprint.saferepr({"a": [1, 2, (3, 4)], "b": {5, 6}}))
print(pprint.isreadable({"x": 1.5}), pprint.isrecursive([1, 2]))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).split(" with id=")[0], pprint.isrecursive(loop), pprint.isreadable(loop))
pp = pprint.PrettyPrinter(indent=2, width=20)
pp.pprint(list(range(12)))
print(pp.pformat({"nested": {"deep": {"deeper": list("abcdef")}}}))
pprint.pprint("a fairly long string that has to be split somewhere " * 3, width=40)
pprint.pprint(b"bytes that are long enough to be wrapped over lines" * 2, width=30)
pprint.pprint(tuple(range(30)), width=40, compact=True)
pprint.pprint(frozenset({3, 1, 2}))
pprint.pprint(set(range(25)), width=40)

print()
print("=" * 60)
print("INVENTORY REPORT".center(60))
print("=" * 60)
total = 0.0
for r in sorted(rows, key=lambda r: (r["category"], r["sku"])):
    value = r["qty"] * r["price"]
    total += value
    print(f"{r['sku']:<6} {r['name']:<12.12} {r['qty']:>4d} x {r['price']:>7.2f} = {value:>9,.2f}")
    if r["notes"]:
        wrapped = textwrap.fill(r["notes"], width=48, initial_indent="       > ",
                                subsequent_indent="         ")
        print(wrapped)
print("-" * 60)
print(f"{'TOTAL':<25}{total:>35,.2f}")

print()
para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
for w in (10, 25, 40):
    print(textwrap.wrap(para, width=w))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("well-known long-hyphenated-compound words", width=12))
print(textwrap.wrap("well-known long-hyphenated-compound words", width=12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand\tthere", width=12))
print(textwrap.wrap("tabs\there\tand\tthere", width=12, tabsize=4, expand_tabs=True))
print(textwrap.wrap("First sentence.  Second one. Third!", width=80, fix_sentence_endings=True))
print(textwrap.wrap("   leading and trailing   ", width=10))
print(textwrap.wrap("   leading and trailing   ", width=10, drop_whitespace=False))
print(textwrap.wrap("", width=10), textwrap.fill("", width=10) == "")
print(textwrap.shorten("Hello  world! This is a long sentence.", width=20))
print(textwrap.shorten("Hello  world!", width=12, placeholder="..."))
print(textwrap.shorten("Hello world and more", width=11, placeholder=" [...]"))
print(textwrap.fill(para, width=30, max_lines=3))
print(textwrap.fill(para, width=30, max_lines=2, placeholder=" ~"))

code = """\
    def f():
        return 1

    x = f()
"""
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("    a\n\n      b\n   \n")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "), end="")
print(textwrap.indent("one\n\ntwo\n", "+ ", predicate=lambda line: True), end="")
print(textwrap.indent("keep\nskip me\nkeep\n", "# ", lambda l: "skip" not in l), end="")

w = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ")
for note in (r["notes"] for r in rows if r["notes"]):
    print(w.fill(note))
w.width = 15
w.max_lines = 2
w.placeholder = "..."
print(w.wrap(para))
print(w.width, w.max_lines, w.placeholder, w.tabsize, w.break_long_words)

for bad in (lambda: textwrap.wrap("x", width=0),
            lambda: textwrap.fill("abc def", width=3, max_lines=1, placeholder="long placeholder"),
            lambda: textwrap.shorten("abc", 2),
            lambda: textwrap.dedent(5),
            lambda: textwrap.indent(None, "x"),
            lambda: pprint.pprint([1], width=0),
            lambda: pprint.pprint([1], indent=-1),
            lambda: pprint.pprint([1], depth=0),
            lambda: pprint.PrettyPrinter(compact=True, bogus=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
