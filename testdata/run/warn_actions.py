import sys
import warnings

def emit(tag):
    for i in range(2):
        warnings.warn("msg " + tag)        # same line twice
    warnings.warn("msg " + tag)            # another line, same text

for action in ["default", "always", "module", "once", "ignore"]:
    warnings.resetwarnings()
    warnings.simplefilter(action)
    print("--", action, file=sys.stderr)
    emit(action)
    emit(action)

warnings.simplefilter("error")
try:
    emit("error")
except UserWarning as e:
    print("raised", type(e).__name__, e, e.args)
warnings.simplefilter("error", DeprecationWarning)
warnings.simplefilter("ignore", UserWarning)
try:
    warnings.warn("dep", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", repr(e))
warnings.warn("ignored user")
print(warnings.filters[:3])

# A filter on a line number.
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.filterwarnings("always", lineno=32)
warnings.warn("line 32 shown")
warnings.warn("line 33 hidden")

# Changing the filters clears the registries.
warnings.resetwarnings()
def once_here():
    warnings.warn("registry reset")
once_here()
once_here()
warnings.simplefilter("default")
once_here()

for bad in [lambda: warnings.filterwarnings("bogus"),
            lambda: warnings.filterwarnings("ignore", 3),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", category="x"),
            lambda: warnings.filterwarnings("ignore", module=3),
            lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.simplefilter("nope")]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError", e)

warnings.filters.insert(0, ("weird", None, Warning, None, 0))
try:
    warnings.warn("weird")
except RuntimeError as e:
    print("RuntimeError", e)
warnings.filters[0] = ("error",)
try:
    warnings.warn("short")
except ValueError as e:
    print("ValueError", e)
