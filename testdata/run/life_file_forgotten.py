# A file opened and written but never closed: its data reaches the disk
# once a collection has run (CPython: at once, by reference counting).
import gc, os

NAME = "_kiln_test_life_file_forgotten.txt"

def leak():
    f = open(NAME, "w")
    f.write("hello")

leak()
gc.collect()
with open(NAME) as f:
    print("read back:", repr(f.read()))

open(NAME, "a").write(" world")
gc.collect()
with open(NAME) as f:
    print("read back:", repr(f.read()))

b = open(NAME, "wb")
b.write(b"bytes\n")
del b
gc.collect()
with open(NAME, "rb") as f:
    print("binary:", f.read())
os.remove(NAME)
