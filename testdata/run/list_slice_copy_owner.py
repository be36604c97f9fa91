# A local reassigned from a slice copy in a loop (fannkuch's
# `perm = perm1[:]`): Kiln refills the old list when nothing else can hold
# it (vm/runtime/list_slicecopy.go). Every way the old list could have
# been seen must keep it unchanged.
import sys


def flips(n):
    base = list(range(n))
    total = 0
    for _ in range(5):
        perm = base[:]
        k = perm[0] + 3
        while k:
            perm[:k + 1] = perm[k::-1]
            total += perm[0]
            k = perm[0]
        base.append(base.pop(0))
    return total, perm


print(flips(7))


def kept_in_locals():
    src = [1, 2, 3]
    seen = []
    for i in range(3):
        cur = src[:]
        cur[0] = i
        seen.append(locals()["cur"])
    return seen


print(kept_in_locals())


def kept_by_vars_and_eval():
    src = [4, 5]
    out = []
    for i in range(3):
        cur = src[:]
        cur[1] = i
        out.append(vars()["cur"] if i % 2 else eval("cur"))
    return out


print(kept_by_vars_and_eval())


def kept_by_getframe():
    src = [7, 8, 9]
    out = []

    def grab():
        out.append(sys._getframe(1).f_locals["cur"])

    for i in range(3):
        cur = src[:]
        cur[2] = i
        grab()
    return out


print(kept_by_getframe())


def kept_by_traceback():
    src = ["a", "b"]
    seen = []
    for i in range(3):
        cur = src[:]
        cur[0] = i
        try:
            cur[5]
        except IndexError as e:
            seen.append(e.__traceback__.tb_frame.f_locals["cur"])
    return seen


print(kept_by_traceback())


class Index:
    """An index whose __index__ takes the caller's list."""

    taken = []

    def __init__(self, i):
        self.i = i

    def __index__(self):
        Index.taken.append(sys._getframe(1).f_locals["cur"])
        return self.i


def kept_by_index():
    src = [10, 20, 30]
    for i in range(3):
        cur = src[:]
        cur[0] = cur[Index(i)] + i
    return Index.taken


print(kept_by_index())


class Sliceable:
    """Not a list: its slice is a list someone else holds."""

    def __init__(self, held):
        self.held = held

    def __getitem__(self, s):
        return self.held


def foreign_then_copy():
    held = [1, 2, 3]
    sources = [Sliceable(held), [4, 5, 6], [7, 8, 9]]
    for s in sources:
        cur = s[:]
    return held, cur


print(foreign_then_copy())


def shrinking_and_growing():
    out = []
    for n in (5, 2, 0, 7, 3):
        cur = list(range(10))[:n]
        out.append(len(cur))
        cur = [n] * 9
        out.append(cur[-1])
    rev = list(range(6))
    for step in (1, -1, 2, -2, 3):
        cur = rev[::step]
        out.append(cur[:])
    return out


print(shrinking_and_growing())


def escapes_by_return_and_call(xs):
    got = []
    for i in range(3):
        cur = xs[i:]
        got.append(cur)  # cur escapes: no site of this function refills
    return got


print(escapes_by_return_and_call([1, 2, 3, 4]))


def gen(src):
    for i in range(3):
        cur = src[1:]
        cur[0] = i
        yield cur[0]


print(list(gen([0, 1, 2])))


def unbound():
    src = [1]
    for i in range(2):
        if i:
            del cur
            try:
                print(cur[0])
            except UnboundLocalError as e:
                print(type(e).__name__, e)
            return
        cur = src[:]


unbound()


def deep(n, src):
    cur = src[:]
    cur[0] = n
    if n:
        inner = deep(n - 1, src)
        return [cur[0]] + inner
    return [cur[0]]


print(deep(5, [9, 9]))
