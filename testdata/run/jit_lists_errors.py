# Errors inside compiled list code: an index out of range, a slice
# assignment to a tuple, a bad slice step; each traceback must name the
# line of the statement, as the interpreter does.
import traceback


def flips(a, ks):
    t = 0
    for k in ks:
        a[:k + 1] = a[k::-1]
        t += a[k + 1]
    return t


def step_zero(a, steps):
    t = 0
    for s in steps:
        a[:2] = a[1::-1]
        t += len(a[::s])
    return t


def tuple_store(rounds):
    a = list(range(5))
    for r in range(rounds):
        if r == 3000:
            a = tuple(a)
        k = r % 4
        a[:k + 1] = a[k::-1]
    return a


for f, args in [(flips, (list(range(6)), [1, 2, 3, 0] * 1000 + [5])),
                (step_zero, (list(range(6)), [1, 2, -1] * 1000 + [0])),
                (tuple_store, (4000,))]:
    try:
        print(f(*args))
    except Exception:
        print(traceback.format_exc())
