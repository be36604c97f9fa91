# A small logger that formats exceptions itself with the traceback module:
# format_exception, format_exception_only, TracebackException, extract_tb,
# StackSummary, chained causes and contexts, exception groups and notes.
import sys
import traceback


class Logger:
    def __init__(self, name):
        self.name = name
        self.records = []

    def log(self, level, msg):
        line = f"[{level:<5}] {self.name}: {msg}"
        self.records.append(line)
        print(line)

    def exception(self, msg):
        exc = sys.exception()
        self.log("ERROR", msg)
        for chunk in traceback.format_exception(exc):
            print(chunk, end="")

    def brief(self, exc):
        return "".join(traceback.format_exception_only(exc)).rstrip("\n")


def parse_port(value):
    return int(value)


def load(config):
    try:
        return parse_port(config["port"])
    except KeyError as e:
        raise LookupError("no port configured") from e


def connect(config):
    try:
        port = load(config)
    except ValueError:
        raise ConnectionError(f"bad port in {config!r}")
    return port


log = Logger("app")
log.log("INFO", "starting")
for cfg in ({"port": "80"}, {"port": "eighty"}, {}):
    try:
        log.log("INFO", f"port {connect(cfg)}")
    except Exception:
        log.exception(f"connect failed for {cfg}")

try:
    connect({})
except Exception as e:
    print(log.brief(e))
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, te.exc_type.__name__, te.__suppress_context__)
    print("".join(te.format_exception_only()), end="")
    for line in te.format(chain=False):
        print(line, end="")
    frames = traceback.extract_tb(e.__traceback__)
    print(len(frames), [(f.name, f.lineno, f.line) for f in frames])
    print([type(f).__name__ for f in frames][:1], frames[0].filename)
    print(traceback.format_list(frames)[-1], end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling") from None
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(e.__suppress_context__, type(e.__context__).__name__)


def deep(n):
    if n == 0:
        raise RecursionError("bottom reached")
    return deep(n - 1)


try:
    deep(3)
except RecursionError as e:
    print("".join(traceback.format_tb(e.__traceback__)), end="")
    print(len(traceback.extract_tb(e.__traceback__, limit=2)))
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")

# notes and groups
try:
    err = KeyError("missing")
    err.add_note("while reading section [db]")
    err.add_note("hint: check the file")
    raise err
except KeyError as e:
    print("".join(traceback.format_exception_only(e)), end="")
    print(e.__notes__)

eg = ExceptionGroup("several failures", [ValueError("v1"), TypeError("t1"),
                                          ExceptionGroup("inner", [OSError("o1")])])
print("".join(traceback.format_exception(eg)), end="")
print(eg.exceptions[2].exceptions, eg.split(ValueError)[0], eg.subgroup(lambda x: isinstance(x, OSError)))
try:
    raise eg
except* ValueError as g:
    print("got", repr(g))
except* (TypeError, OSError) as g:
    print("rest", repr(g), len(g.exceptions))

# exception_only for the odd cases
print(traceback.format_exception_only(ValueError, ValueError("x")))
print(traceback.format_exception_only(None))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))))
print(traceback.format_exception_only(KeyboardInterrupt()))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(Exception("multi\nline")))

# walking the stack
def inner():
    stack = traceback.extract_stack(limit=3)
    return [(f.name, f.line) for f in stack]


def outer():
    return inner()


print(outer())
fs = traceback.FrameSummary("file.py", 10, "func", line="  x = 1  ")
print(fs.line, fs.lineno, repr(fs), fs == ("file.py", 10, "func", "x = 1"), list(fs))
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "pass"), fs])
print(ss.format(), end="")
print("".join(traceback.format_list([("m.py", 7, "<module>", "run()")])), end="")
print(traceback.format_exc() == "NoneType: None\n")
try:
    {}["k"]
except KeyError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=0, file=sys.stdout)
    print(sys.exc_info()[0].__name__)
traceback.print_exception(ValueError("printed"), file=sys.stdout)
traceback.print_exception(OSError, OSError(2, "No such file"), None, file=sys.stdout)
for bad in (lambda: traceback.format_exception(), lambda: traceback.format_exception(ValueError),
            lambda: traceback.TracebackException(), lambda: traceback.format_tb(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
