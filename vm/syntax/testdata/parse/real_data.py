import csv
import io
import statistics
from itertools import groupby
from operator import itemgetter

RAW = """\
city,year,temp
Oslo,2020,5.7
Oslo,2021,6.1
Lima,2020,19.2
Lima,2021,19.0
"""


def load(text=RAW):
    reader = csv.DictReader(io.StringIO(text))
    rows = [{**row, "year": int(row["year"]), "temp": float(row["temp"])} for row in reader]
    rows.sort(key=itemgetter("city", "year"))
    return rows


def summarize(rows):
    summary = {}
    for city, group in groupby(rows, key=lambda r: r["city"]):
        temps = [r["temp"] for r in group]
        summary[city] = {
            "mean": statistics.fmean(temps),
            "min": min(temps),
            "max": max(temps),
            "delta": temps[-1] - temps[0] if len(temps) > 1 else 0.0,
        }
    return summary


def render(summary, *, precision=1):
    header = f"{'city':<8}{'mean':>8}{'min':>8}{'max':>8}{'delta':>8}"
    lines = [header, "-" * len(header)]
    for city, s in sorted(summary.items(), key=lambda kv: -kv[1]["mean"]):
        cells = "".join(f"{s[k]:>8.{precision}f}" for k in ("mean", "min", "max", "delta"))
        lines.append(f"{city:<8}{cells}")
    return "\n".join(lines)


matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
transposed = list(zip(*matrix))
flat = [x for row in matrix for x in row if x % 2]
lookup = {name: idx for idx, name in enumerate(["a", "b", "c"])}
print(render(summarize(load())), transposed, flat, lookup, sep="\n")
