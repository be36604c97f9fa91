import sys
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn_explicit("third", RuntimeWarning, "x.py", 7)
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), w.filename, w.lineno, w.line, w.file, w.source)
print(str(log[0]))
print(warnings.filters[0][0], len(warnings.filters))

with warnings.catch_warnings() as nothing:
    warnings.simplefilter("ignore")
    warnings.warn("not shown")
print(nothing)
warnings.warn("shown after catch_warnings")

with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", e)
    warnings.warn("still a warning", UserWarning)

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(e)
cw.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

# A replaced showwarning and formatwarning.
def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", category.__name__, message, filename, lineno, file, line)

old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("custom show")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded despite my_show")
print(len(log), warnings.showwarning is my_show)
warnings.showwarning = old

def my_format(message, category, filename, lineno, line=None):
    return "FORMAT %s %s:%s\n" % (message, filename, lineno)

warnings.formatwarning = my_format
warnings.warn("custom format")
warnings.formatwarning = warnings._formatwarning_orig

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  a line  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
warnings.showwarning("to stdout", UserWarning, "f.py", 9, sys.stdout, "line text")
warnings.showwarning("to stderr", FutureWarning, "warn_catch.py", 1)
sys.stderr.flush()
print(warnings.__all__)
