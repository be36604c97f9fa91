# nqueens: count the solutions of the n-queens puzzle by backtracking
# with bit masks, and list the first few with permutations-and-sets.
import sys


def count_solutions(n):
    full = (1 << n) - 1

    def place(cols, diag1, diag2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | diag1 | diag2)
        while free:
            bit = free & -free
            free -= bit
            total += place(cols | bit, ((diag1 | bit) << 1) & full, (diag2 | bit) >> 1)
        return total

    return place(0, 0, 0)


def solutions(n):
    out = []
    row = [0] * n

    def solve(r, used, d1, d2):
        if r == n:
            out.append(tuple(row))
            return
        for c in range(n):
            if c not in used and (r + c) not in d1 and (r - c) not in d2:
                row[r] = c
                used.add(c)
                d1.add(r + c)
                d2.add(r - c)
                solve(r + 1, used, d1, d2)
                used.remove(c)
                d1.remove(r + c)
                d2.remove(r - c)

    solve(0, set(), set(), set())
    return out


n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
print(count_solutions(n))
sols = solutions(min(n, 8))
print(len(sols), sols[0], sols[-1])
