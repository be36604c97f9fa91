# A job pipeline built from generators: coroutine-style stages primed with
# send(), throw() for cancellation, close() with cleanup in finally,
# yield from delegation with return values, context managers written as
# classes, and failures collected into exception groups handled with
# except*, with notes, and printed with the traceback module.
import traceback


class StageError(Exception):
    pass


class Cancelled(Exception):
    pass


class Timer:
    """A context manager that logs entry and exit and may swallow errors."""

    def __init__(self, name, log, swallow=()):
        self.name, self.log, self.swallow = name, log, swallow

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        outcome = "ok" if exc_type is None else f"{exc_type.__name__}({exc})"
        self.log.append(f"exit {self.name}: {outcome}")
        return exc_type is not None and issubclass(exc_type, self.swallow)


def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen

    start.__name__ = fn.__name__
    return start


@coroutine
def sink(results, log):
    try:
        while True:
            item = yield
            results.append(item)
    except GeneratorExit:
        log.append(f"sink closed with {len(results)} results")
        raise


@coroutine
def transform(target, fn, name, log):
    count = 0
    try:
        while True:
            try:
                item = yield
            except Cancelled as c:
                log.append(f"{name} cancelled: {c}")
                target.throw(c)
                continue
            count += 1
            target.send(fn(item))
    finally:
        log.append(f"{name} finishing after {count} items")
        target.close()


@coroutine
def sink_tolerant(results, log):
    while True:
        try:
            results.append((yield))
        except Cancelled as c:
            results.append(f"<cancelled {c}>")


def chunked(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
    return "done chunking"


def summarise(items, size):
    total = 0
    result = yield from ((i, sum(c)) for i, c in enumerate(chunked(items, size)))
    inner = chunked(items, size)
    while True:
        try:
            total += len(next(inner))
        except StopIteration as stop:
            return f"{stop.value}: {total} items"


log, results = [], []
pipe = transform(transform(sink_tolerant(results, log), lambda x: x * 10, "times10", log), lambda x: x + 1, "plus1", log)
for n in range(4):
    pipe.send(n)
pipe.throw(Cancelled("user asked"))
pipe.send(100)
pipe.close()
print("results:", results)
print("log:", log)

log.clear()
results = []
pipe = transform(sink(results, log), str.upper, "upper", log)
for word in ["alpha", "beta"]:
    pipe.send(word)
try:
    pipe.send(42)
except TypeError as e:
    print("TypeError from stage:", e)
print("after error:", results, log)
try:
    pipe.send("gamma")
except StopIteration:
    print("stage finished; sending again raises StopIteration")

gen = summarise(range(1, 11), 4)
print("summaries:", list(gen))
gen = summarise(range(5), 2)
try:
    while True:
        print("  chunk", next(gen))
except StopIteration as stop:
    print("return value:", stop.value)


def run_job(name, fn, log):
    with Timer(name, log, swallow=(KeyError,)):
        return fn()


def job_parse():
    return int("12x")


def job_lookup():
    return {}["missing"]


def job_divide():
    return 10 / 0


def job_ok():
    return "fine"


def job_nested():
    try:
        raise StageError("inner stage failed")
    except StageError as e:
        raise RuntimeError("nested job failed") from e


def run_all(jobs):
    log, errors, outputs = [], [], {}
    for name, fn in jobs:
        try:
            outputs[name] = run_job(name, fn, log)
        except Exception as e:
            e.add_note(f"while running job {name!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} jobs failed", errors)
    return outputs, log


jobs = [("parse", job_parse), ("lookup", job_lookup), ("divide", job_divide), ("ok", job_ok), ("nested", job_nested)]
try:
    run_all(jobs)
except* ValueError as group:
    print("value errors:", [str(e) for e in group.exceptions], group.exceptions[0].__notes__)
except* ZeroDivisionError as group:
    print("zero division:", repr(group.exceptions[0]), group.message)
except* RuntimeError as group:
    err = group.exceptions[0]
    print("runtime:", err, "| cause:", repr(err.__cause__), "| context is cause:", err.__context__ is err.__cause__)
    print("".join(traceback.format_exception_only(err)), end="")

outputs, log = run_all([("ok", job_ok), ("lookup", job_lookup)])
print("outputs:", outputs, "log:", log)

try:
    try:
        run_all([("divide", job_divide), ("parse", job_parse)])
    except* ZeroDivisionError:
        print("handled division; ValueError escapes")
except ExceptionGroup as eg:
    print("escaped:", eg.message, [type(e).__name__ for e in eg.exceptions])
    rest = eg.subgroup(lambda e: isinstance(e, ValueError))
    print("subgroup:", repr(rest.exceptions[0]), "split:", [len(g.exceptions) if g else None for g in eg.split(TypeError)])
lines = traceback.format_exception(ZeroDivisionError, ZeroDivisionError("boom"), None)
print("formatted without traceback:", lines)
