# Every operation on a closed file of each kind, with the error of the layer
# CPython raises it from: FileIO's without a period, the buffered layers'
# "<op> of closed file", a BufferedReader's write UnsupportedOperation even
# when closed, IOBase's (readlines, writelines, __iter__) with a period.
import os

PATH = "_kiln_test_file_closed_ops.tmp"
open(PATH, "wb").close()
for mode in ("rb", "wb", "ab", "r+b", "r", "w", "rb0", "wb0"):
    if mode.endswith("0"):
        f = open(PATH, mode[:-1], buffering=0)
    else:
        f = open(PATH, mode)
    f.close()
    data = b"x" if "b" in mode else "x"
    for m, args in (("read", ()), ("read", (1,)), ("readline", ()), ("write", (data,)), ("flush", ()),
                    ("seek", (0,)), ("tell", ()), ("truncate", ()), ("fileno", ()), ("read1", ()),
                    ("peek", ()), ("readable", ()), ("writable", ()), ("seekable", ()), ("isatty", ()),
                    ("readlines", ()), ("writelines", ([],)), ("__next__", ()), ("__iter__", ()),
                    ("__enter__", ())):
        if not hasattr(f, m):
            continue
        try:
            r = getattr(f, m)(*args)
            print(mode, m, "->", r)
        except Exception as e:
            print(mode, m, type(e).__name__, e)
os.remove(PATH)
