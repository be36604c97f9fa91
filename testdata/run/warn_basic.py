import sys
import warnings

# The default filters: shown once per location, DeprecationWarning only
# when issued from __main__, PendingDeprecation/Import/Resource ignored.
def hello(n):
    warnings.warn("hello %d" % (n % 2))

for i in range(4):
    hello(i)
print("looped")

warnings.warn("plain")
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn(42)
warnings.warn("future", category=FutureWarning)


def helper():
    warnings.warn("blame the caller", stacklevel=2)


def outer():
    helper()


outer()  # attributed to the line inside outer
warnings.warn("too deep", stacklevel=50)

# Code whose module is not __main__: its DeprecationWarning is ignored,
# its UserWarning is shown with its own file name.
ns = {"__name__": "othermod", "warnings": warnings}
exec(compile("warnings.warn('from othermod', DeprecationWarning)\n"
             "warnings.warn('user from othermod')\n", "othermod.py", "exec"), ns)
print(sorted(k for k in ns["__warningregistry__"] if k != "version"))

warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 12)
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 12)
reg = {}
warnings.warn_explicit("with registry", UserWarning, "somewhere.py", 13, registry=reg)
warnings.warn_explicit("with registry", UserWarning, "somewhere.py", 13, registry=reg)
print(sorted(k for k in reg if k != "version"))
warnings.warn_explicit(SyntaxWarning("as instance"), UserWarning, "f.py", 1, module="m")

def check(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: warnings.warn("x", 3))
check(lambda: warnings.warn("x", str))
check(lambda: warnings.warn("x", UserWarning, "a"))
check(lambda: warnings.warn("x", skip_file_prefixes=["a"]))
check(lambda: warnings.warn_explicit("x", UserWarning, "f.py", "a"))
check(lambda: warnings.warn_explicit("x", UserWarning, 3, 1))
check(lambda: warnings.warn_explicit("x", 3, "f.py", 1))
sys.stderr.flush()
print("done")
