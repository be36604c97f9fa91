# A text report generator: paragraphs wrapped by a hand-written greedy
# wrapper and checked against textwrap, justified and centred columns,
# tables with computed widths, number formatting (thousands separators,
# percentages, signs, padding), %-formatting, string.Template headers,
# indented sections and a pprint appendix.
import pprint
import string
import textwrap


def greedy_wrap(text, width):
    words = text.split()
    lines, current = [], []
    length = 0
    for word in words:
        while len(word) > width:
            if current:
                lines.append(" ".join(current))
                current, length = [], 0
            lines.append(word[:width])
            word = word[width:]
        extra = len(word) + (1 if current else 0)
        if length + extra > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = []
    for i, w in enumerate(words[:-1]):
        out.append(w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0)))
    return "".join(out) + words[-1]


class Table:
    def __init__(self, headers, aligns):
        self.headers, self.aligns, self.rows = headers, aligns, []

    def add(self, *cells):
        if len(cells) != len(self.headers):
            raise ValueError(f"expected {len(self.headers)} cells, got {len(cells)}")
        self.rows.append([str(c) for c in cells])

    def render(self):
        widths = [max(len(h), *(len(r[i]) for r in self.rows)) for i, h in enumerate(self.headers)]
        def fmt(cells):
            return "| " + " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, self.aligns, widths)) + " |"
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        return "\n".join([rule, fmt(self.headers), rule.replace("-", "="), *map(fmt, self.rows), rule])


TEXT = ("The quarterly figures show steady growth across all regions, with the northern "
        "division outperforming expectations by a comfortable margin. Supercalifragilisticexpialidocious "
        "marketing campaigns were retired in favour of plainer messaging, and customer "
        "retention improved accordingly.")

header = string.Template("$company quarterly report: Q$quarter $year ($$ in thousands)")
print(header.substitute(company="Acme", quarter=3, year=2024))
print(header.safe_substitute(company="Acme"))
try:
    header.substitute(company="Acme")
except KeyError as e:
    print("KeyError", e)
print("=" * 60)
for width in (20, 33, 60):
    mine = greedy_wrap(TEXT, width)
    theirs = textwrap.wrap(TEXT, width, break_on_hyphens=False)
    print(f"width {width}: {len(mine)} lines, same as textwrap: {mine == theirs}")
for line in greedy_wrap(TEXT, 33)[:-1]:
    print("  |" + justify(line, 33) + "|")
print("  |" + greedy_wrap(TEXT, 33)[-1].ljust(33) + "|")
print(textwrap.fill(TEXT, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(TEXT, 50, placeholder=" [...]"))
print(textwrap.indent(textwrap.dedent("""
    Summary:
        revenue up
        costs flat
    """).strip(), "> "))

regions = [("North", 1234567.891, 0.1834), ("South", 987654.3, -0.0421), ("East", 45000, 0.0),
           ("West", 3.5, 1.25), ("Overseas", -12000.75, -0.5)]
table = Table(["Region", "Revenue", "Change", "Trend"], ["<", ">", ">", "^"])
for name, revenue, change in regions:
    trend = "up" if change > 0 else "down" if change < 0 else "flat"
    table.add(name, f"{revenue:,.2f}", f"{change:+.1%}", trend)
print(table.render())
try:
    table.add("x")
except ValueError as e:
    print("ValueError:", e)

total = sum(r for _, r, _ in regions)
print(f"Total: {total:>15,.2f} | {total:_.0f} | {total:.3e} | {int(total):#x} | {int(total):,d}")
print(f"Share: " + ", ".join(f"{n[:3].upper()}={r / total:6.1%}" for n, r, _ in regions))
print("%-10s|%10.3f|%+06d|%x|%o|%e|%%" % ("pct", 3.14159, 42, 255, 8, 12345.678))
print("%(name)s earned %(amount).1f (%(pct)d%%)" % {"name": "North", "amount": 1234.56, "pct": 18})
print("centre:", "[" + "title".center(21, "*") + "]", "[" + "ab".center(5) + "]", "tabs:", repr("a\tbb\tccc\td".expandtabs(4)))
print("zfill:", "42".zfill(6), "-42".zfill(6), "+3.5".zfill(7), format(-0.0, "+.1f"), format(1e21, ",.0f"))
print("nested:", "{0:{fill}{align}{width}}|{1!r:>{width}}".format("left", "right", fill="~", align="<", width=9))
appendix = {"regions": {n: {"revenue": r, "change": c} for n, r, c in regions[:3]},
            "notes": ["unaudited", "figures rounded", ("draft", 2)], "version": (1, 4, 2)}
print("Appendix:")
pprint.pprint(appendix, width=60, sort_dicts=True)
print(pprint.pformat(list(range(30)), width=50, compact=True))
