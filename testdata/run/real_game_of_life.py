"""Conway's Game of Life on a bounded torus, with pattern detection and statistics."""


class Board:
    def __init__(self, width, height, live=()):
        self.width = width
        self.height = height
        self.live = set()
        for x, y in live:
            self.live.add((x % width, y % height))
        self.generation = 0

    @classmethod
    def from_text(cls, text, width=None, height=None, offset=(0, 0)):
        rows = [r for r in text.strip("\n").split("\n")]
        cells = [(x + offset[0], y + offset[1])
                 for y, row in enumerate(rows) for x, ch in enumerate(row) if ch in "#O*"]
        w = width or max(len(r) for r in rows)
        h = height or len(rows)
        return cls(w, h, cells)

    def neighbours(self, x, y):
        count = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if (dx or dy) and ((x + dx) % self.width, (y + dy) % self.height) in self.live:
                    count += 1
        return count

    def step(self):
        candidates = set()
        for x, y in self.live:
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    candidates.add(((x + dx) % self.width, (y + dy) % self.height))
        new = set()
        for cell in candidates:
            n = self.neighbours(*cell)
            if n == 3 or (n == 2 and cell in self.live):
                new.add(cell)
        births = len(new - self.live)
        deaths = len(self.live - new)
        self.live = new
        self.generation += 1
        return births, deaths

    def signature(self):
        return tuple(sorted(self.live))

    def normalized(self):
        if not self.live:
            return ()
        mx = min(x for x, _ in self.live)
        my = min(y for _, y in self.live)
        return tuple(sorted((x - mx, y - my) for x, y in self.live))

    def render(self):
        lines = []
        for y in range(self.height):
            lines.append("".join("#" if (x, y) in self.live else "." for x in range(self.width)))
        return "\n".join(lines)

    def __len__(self):
        return len(self.live)


def run(name, board, steps, show=()):
    print(f"=== {name}: {len(board)} cells on {board.width}x{board.height} ===")
    seen = {board.signature(): 0}
    shapes = {board.normalized(): 0}
    for _ in range(steps):
        births, deaths = board.step()
        g = board.generation
        if g in show:
            print(f"generation {g} (+{births} -{deaths}):")
            print(board.render())
        sig = board.signature()
        if sig in seen:
            print(f"state at generation {g} repeats generation {seen[sig]} (period {g - seen[sig]})")
            return g
        seen[sig] = g
        shape = board.normalized()
        if shape in shapes and shape:
            print(f"shape at generation {g} equals generation {shapes[shape]} shifted (spaceship?)")
            shapes[shape] = g
        else:
            shapes.setdefault(shape, g)
        if not board.live:
            print(f"died out at generation {g}")
            return g
    print(f"no repeat within {steps} generations; {len(board)} cells alive")
    return steps


blinker = Board.from_text("""
.....
..#..
..#..
..#..
.....
""")
run("blinker", blinker, 10, show=(1, 2))

glider = Board.from_text("""
.#......
..#.....
###.....
........
........
........
""")
run("glider", glider, 30, show=(4,))

block = Board.from_text("""
....
.##.
.##.
....
""")
run("block", block, 5)

r_pentomino = Board.from_text("""
.##
##.
.#.
""", width=24, height=24, offset=(10, 10))
final = run("r-pentomino", r_pentomino, 60)
print("population after run:", len(r_pentomino), "generation", r_pentomino.generation)

lonely = Board(5, 5, [(0, 0), (4, 4)])
run("lonely pair", lonely, 3)
