"""Sudoku solver: constraint propagation plus backtracking search."""

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
]

ROWS = "ABCDEFGHI"
COLS = "123456789"


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITS_LIST = ([cross(ROWS, c) for c in COLS] + [cross(r, COLS) for r in ROWS] +
              [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: sorted(set(sum(UNITS[s], [])) - {s}) for s in SQUARES}


class Contradiction(Exception):
    pass


class Solver:
    def __init__(self):
        self.assignments = 0
        self.searches = 0

    def parse(self, grid):
        values = {s: COLS for s in SQUARES}
        for s, d in zip(SQUARES, grid):
            if d in COLS:
                self.assign(values, s, d)
        return values

    def assign(self, values, s, d):
        self.assignments += 1
        for other in values[s].replace(d, ""):
            self.eliminate(values, s, other)
        return values

    def eliminate(self, values, s, d):
        if d not in values[s]:
            return
        values[s] = values[s].replace(d, "")
        if not values[s]:
            raise Contradiction(f"no values left for {s}")
        if len(values[s]) == 1:
            d2 = values[s]
            for p in PEERS[s]:
                self.eliminate(values, p, d2)
        for u in UNITS[s]:
            places = [sq for sq in u if d in values[sq]]
            if not places:
                raise Contradiction(f"no place for {d} in unit")
            if len(places) == 1:
                self.assign(values, places[0], d)

    def search(self, values):
        self.searches += 1
        if all(len(values[s]) == 1 for s in SQUARES):
            return values
        n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
        for d in values[s]:
            try:
                return self.search(self.assign(dict(values), s, d))
            except Contradiction:
                continue
        raise Contradiction("search exhausted")

    def solve(self, grid):
        return self.search(self.parse(grid))


def render(values):
    lines = []
    for r in ROWS:
        row = ""
        for c in COLS:
            row += values[r + c] + (" | " if c in "36" else " ")
        lines.append(row.rstrip())
        if r in "CF":
            lines.append("------+-------+------")
    return "\n".join(lines)


def valid(values):
    for unit in UNITS_LIST:
        if sorted(values[s] for s in unit) != list(COLS):
            return False
    return True


for i, puzzle in enumerate(PUZZLES, 1):
    solver = Solver()
    givens = sum(c in COLS for c in puzzle)
    try:
        solution = solver.solve(puzzle)
    except Contradiction as e:
        print(f"puzzle {i}: unsolvable ({e})")
        continue
    print(f"puzzle {i}: {givens} givens, valid={valid(solution)}, searches={solver.searches}")
    print(render(solution))
    flat = "".join(solution[s] for s in SQUARES)
    print("consistent with givens:", all(p == "." or p == f for p, f in zip(puzzle, flat)))

bad = "55" + "." * 79
try:
    Solver().solve(bad)
except Contradiction as e:
    print("bad puzzle:", e)
print(len(SQUARES), len(UNITS_LIST), len(PEERS["C2"]), sorted(PEERS["A1"])[:5])
