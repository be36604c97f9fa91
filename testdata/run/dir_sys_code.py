# sys and code-object attributes dir() of CPython 3.12 lists that programs use:
# sys.abiflags, the dlopen flags, call_tracing, _getframemodulename, audit
# hooks; code.co_nlocals, co_lines() and co_positions().
import sys
print(repr(sys.abiflags), sys.getdlopenflags())
sys.setdlopenflags(258); print(sys.getdlopenflags())
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
try:
    sys.call_tracing(print, [1])
except TypeError as e:
    print(e)
def g():
    return sys._getframemodulename(), sys._getframemodulename(0), sys._getframemodulename(depth=1)
print(g(), sys._getframemodulename(50))
seen = []
sys.addaudithook(lambda ev, args: seen.append((ev, args)) if ev.startswith("my.") else None)
sys.audit("my.event", 1, "two")
sys.audit("my.other")
print(seen)
try:
    sys.audit(5)
except TypeError as e:
    print(e)
def hook(ev, args):
    if ev == "my.fail":
        raise RuntimeError("refused")
sys.addaudithook(hook)
try:
    sys.audit("my.fail", 3)
except RuntimeError as e:
    print("RuntimeError", e)
c = g.__code__
print(c.co_nlocals, (lambda x, y: 0).__code__.co_nlocals)
names = {"abiflags", "getdlopenflags", "setdlopenflags", "call_tracing", "_getframemodulename", "addaudithook", "audit"}
print(sorted(names - set(dir(sys))))
print(sorted({"co_nlocals", "co_lines", "co_positions"} - set(dir(c))))


def f(a, b=1):
    x = a + b
    if x:
        return x
    return -x


code = f.__code__
lines = [l for _, _, l in code.co_lines()]
print(code.co_nlocals, sorted(set(l for l in lines if l is not None) - {code.co_firstlineno}))
positions = list(code.co_positions())
print(all(len(p) == 4 for p in positions), sorted({p[0] for p in positions if p[0] is not None} - {code.co_firstlineno}))
end = 0
for start, stop, line in code.co_lines():
    assert start == end and stop > start and start % 2 == 0, (start, stop)
    end = stop
print(end == 2 * len(positions))
