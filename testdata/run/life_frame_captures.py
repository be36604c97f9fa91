# Frames that outlive their call: a traceback's tb_frame and a frame object
# from sys._getframe() show the function's locals as it left them, even
# though Kiln reuses the frames (and registers) of returned calls.
import sys


def tb_frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno, sorted(k for k in f.f_locals if k != "e")))
        tb = tb.tb_next
    return out


def inner(d, key):
    x = key * 2
    return d[key]


def outer(n):
    total = n + 1
    return inner({}, total)


try:
    outer(5)
except KeyError as e:
    err = e
print(tb_frames(err))

# Other calls reuse the returned frames; the saved traceback is unchanged.
def noise(a, b, c):
    p, q, r = a * 2, b * 3, c * 4
    return p + q + r


for i in range(100):
    noise(i, i, i)
print(tb_frames(err))
tb = err.__traceback__.tb_next.tb_next
print(tb.tb_frame.f_locals["x"], tb.tb_frame.f_locals["key"], tb.tb_frame.f_locals["d"])


# Locals as the function left them: assigned after the exception was caught.
def caught():
    a = 1
    try:
        {}["k"]
    except KeyError as e:
        saved = e
    a = 2
    b = "later"
    return saved


e = caught()
for i in range(10):
    noise(i, 1, 2)
print(sorted(e.__traceback__.tb_frame.f_locals.items(), key=repr))


# Many exceptions caught in one call: each traceback keeps its frame.
def many(n):
    errs = []
    for i in range(n):
        try:
            [][i]
        except IndexError as e:
            errs.append(e)
    last = "done"
    return errs


errs = many(20)
print([sorted(x.__traceback__.tb_frame.f_locals) for x in errs[-3:]])
print(errs[-1].__traceback__.tb_frame.f_locals["i"], errs[-1].__traceback__.tb_frame.f_locals["last"])


# sys._getframe(): f_locals follows the running frame, and keeps the
# final values after the return.
def getframe():
    f = sys._getframe()
    first = dict(f.f_locals)
    y = 10
    second = dict(f.f_locals)
    y = 11
    return f, sorted(first), sorted(second)


f, first, second = getframe()
for i in range(10):
    noise(1, 2, i)
print(first, second, sorted(f.f_locals), f.f_locals["y"], f.f_locals is f.f_locals)


def caller_frame():
    return sys._getframe(1)


def uses_caller():
    token = "caller"
    fr = caller_frame()
    token = "changed"
    return fr


fr = uses_caller()
noise(3, 4, 5)
print(fr.f_code.co_name, fr.f_locals["token"], sorted(fr.f_locals))


# Closures: cells and free variables appear by their contents.
def make():
    cell = "c"

    def inner():
        local = cell + "!"
        raise ValueError(local)

    try:
        inner()
    except ValueError as e:
        return e


e = make()
noise(1, 1, 1)
print([(name, locs) for name, _, locs in tb_frames(e)])
print(e.__traceback__.tb_next.tb_frame.f_locals)


# Generators: the frame of an exhausted loop generator is reused by the
# next one, a traceback taken inside keeps its own values.
def gen(n):
    for i in range(n):
        try:
            if i == 2:
                raise RuntimeError(i)
        except RuntimeError as e:
            yield e
        yield i


kept = None
for v in gen(4):
    if isinstance(v, RuntimeError):
        kept = v
for v in gen(7):
    pass
print(tb_frames(kept), kept.__traceback__.tb_frame.f_locals["i"])


def divmod_gen(i):
    x, y = divmod(i, 10)
    frame = sys._getframe()
    yield frame
    yield x + y


frames = []
for i in (13, 27):
    for v in divmod_gen(i):
        if not isinstance(v, int):
            frames.append(v)
print([(sorted(f.f_locals), f.f_locals["x"], f.f_locals["y"]) for f in frames])
g = divmod_gen(45)
frame = next(g)
print(frame.f_locals["x"], frame.f_locals["y"], next(g))


# An exception propagating out of a generator.
def failing_gen():
    state = "running"
    yield 1
    state = "failing"
    raise LookupError(state)


try:
    for v in failing_gen():
        pass
except LookupError as e:
    err = e
for v in failing_gen():
    break
print(tb_frames(err))
