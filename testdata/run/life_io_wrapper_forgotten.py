# Wrappers over Python streams (io.TextIOWrapper, io.BufferedWriter) that the
# program drops without closing: their buffered data reaches the stream once
# a collection has run, and the wrapper closes what it wraps, as CPython's
# wrappers do when they die (CPython: at once, by reference counting).
import gc, io, os

NAME = "_kiln_test_life_io_wrapper_forgotten"

def read_back(suffix, mode="rb"):
    with open(NAME + suffix, mode) as f:
        return f.read()

# A text wrapper over a binary file from open().
def text_over_file():
    t = io.TextIOWrapper(open(NAME + ".1", "wb"), encoding="utf-8")
    t.write("text over file\n")
    t.write("second line é\n")

text_over_file()
gc.collect()
print("text over file:", read_back(".1"))

# A buffered writer over a raw file (buffering=0).
def buffered_over_raw():
    raw = open(NAME + ".2", "wb", buffering=0)
    w = io.BufferedWriter(raw, buffer_size=64)
    w.write(b"buffered over raw ")
    w.write(b"x" * 10)
    return raw

raw = buffered_over_raw()
gc.collect()
print("buffered over raw:", read_back(".2"), "raw closed:", raw.closed)

# A text wrapper over a buffered writer over a raw file: three layers.
def three_layers():
    raw = open(NAME + ".3", "wb", buffering=0)
    t = io.TextIOWrapper(io.BufferedWriter(raw), encoding="latin-1", newline="\r\n")
    t.write("three\nlayers\n")
    return raw

raw = three_layers()
gc.collect()
print("three layers:", read_back(".3"), "raw closed:", raw.closed)

# A wrapper over a BytesIO the program keeps: the data is there once the
# wrapper is collected, and the BytesIO is closed with it.
def over_bytesio(b):
    w = io.BufferedWriter(b)
    w.write(b"into bytesio")

b = io.BytesIO()
over_bytesio(b)
gc.collect()
print("bytesio closed:", b.closed)

# A user raw stream: its write and close are called when the wrapper dies.
class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)
    def close(self):
        print("Sink.close, got", b"".join(self.chunks))
        super().close()

def over_user(sink):
    t = io.TextIOWrapper(sink, encoding="utf-8")
    t.write("to the sink")

sink = Sink()
over_user(sink)
gc.collect()
print("after collect, sink closed:", sink.closed)

# A detached wrapper no longer owns its stream: dropping it closes nothing.
def detached(b):
    t = io.TextIOWrapper(b, encoding="utf-8")
    t.write("kept")
    return t.detach()

b = io.BytesIO()
below = detached(b)
gc.collect()
print("detached:", below is b, b.closed, b.getvalue())

# A wrapper over a file the program closed itself: nothing to do, no error.
def over_closed():
    f = open(NAME + ".4", "wb")
    t = io.TextIOWrapper(f, encoding="utf-8")
    t.write("flushed by hand\n")
    t.flush()
    t.write("lost: the file is closed below the wrapper\n")
    f.close()

over_closed()
gc.collect()
print("over closed file:", read_back(".4"))

for suffix in (".1", ".2", ".3", ".4"):
    os.remove(NAME + suffix)
print("done")
