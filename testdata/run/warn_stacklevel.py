import warnings

warnings.simplefilter("always")

# A library in its own "file": warnings it issues are attributed to the
# first frame outside it with skip_file_prefixes, or by stacklevel.
lib = {"warnings": warnings}
exec(compile(
    "def api(level):\n"
    "    inner(level)\n"
    "def inner(level):\n"
    "    warnings.warn('skipped to caller', skip_file_prefixes=('mylib',))\n"
    "    warnings.warn('by stacklevel', stacklevel=level)\n",
    "mylib/core.py", "exec"), lib)


def user_code():
    lib["api"](3)


user_code()
lib["api"](1)
lib["api"](0)
lib["api"](-5)
lib["api"](100)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    user_code()
for w in log:
    print(w.filename, w.lineno, w.message)

def check(f):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

check(lambda: warnings.warn("x", skip_file_prefixes=("a", 3)))
check(lambda: warnings.warn("x", skip_file_prefixes="a"))
