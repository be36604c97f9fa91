# Python subclasses of io's bases still alive at exit are closed, as
# CPython's teardown closes them: a buffered writer written in Python
# writes what it holds. The checker reads the result at exit, closed after
# the writers bound before it (CPython clears a module's globals in the
# order they were bound), through attributes only: at teardown module
# globals and builtins like open are gone.
import gc
import io
import os
import sys

PATH = "_kiln_test_io_iobase_exit.tmp"


class Checker(io.IOBase):
    """At close, prints what the writers left in PATH, then removes it."""

    def __init__(self, path):
        self.f = open(path, "rb")
        self.remove = os.remove
        self.path = path

    def close(self):
        if not self.closed:
            self.f.seek(0)
            print("at exit, file holds:", self.f.read())
            print("checker finalizing:", getattr(self, "_finalizing", False))
            self.f.close()
            self.remove(self.path)
        super().close()


class Buffered(io.BufferedIOBase):
    """Holds its writes until close, then appends them to a raw file."""

    def __init__(self, raw, tag):
        self.raw = raw
        self.tag = tag
        self.pending = []

    def writable(self):
        return True

    def write(self, b):
        self.pending.append(bytes(b))
        return len(b)

    def close(self):
        if not self.closed:
            self.raw.write(b"".join(self.pending))
            self.raw.flush()
            self.raw.close()
            print(self.tag, "closed: finalizing =", getattr(self, "_finalizing", False),
                  "is_finalizing =", sys.is_finalizing())
        super().close()


class Raw(io.RawIOBase):
    """A raw stream whose writes go to a list, printed at close."""

    def __init__(self, tag):
        self.tag = tag
        self.got = []

    def writable(self):
        return True

    def write(self, b):
        self.got.append(bytes(b))
        return len(b)

    def close(self):
        if not self.closed:
            print(self.tag, "closed with", self.got)
        super().close()


open(PATH, "wb").close()

# A writer the program keeps: closed at exit.
_kept = Buffered(open(PATH, "ab"), "kept")
_kept.write(b"kept-data;")


# A writer the program drops without closing: closed when collected (or at
# exit, if no collection ran before).
def drop():
    w = Buffered(open(PATH, "ab"), "dropped")
    w.write(b"dropped-data;")


drop()
gc.collect()

checker = Checker(PATH)

# A TextIOWrapper over a Python raw stream: the wrapper writes into the raw
# stream, which then closes.
_text = io.TextIOWrapper(Raw("raw under text"), encoding="ascii")
_text.write("text data")

# Already closed ones are not closed again.
_done = Buffered(open(PATH, "ab"), "done")
_done.write(b"done-data;")
_done.close()

print("end of program")
