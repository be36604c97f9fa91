# A Python-defined IOBase subclass the program drops unclosed is closed
# when it is collected (IOBase's finalizer), so buffered data is written.
import gc
import io


class Buffered(io.BufferedIOBase):
    def __init__(self, sink):
        self.sink = sink
        self.pending = []

    def writable(self):
        return True

    def write(self, b):
        self.pending.append(bytes(b))
        return len(b)

    def flush(self):
        self.sink.extend(self.pending)
        self.pending.clear()

    def close(self):
        if not self.closed:
            self.flush()
        super().close()


sink = []
w = Buffered(sink)
w.write(b"abc")
w.write(b"def")
del w
gc.collect()
print("flushed at collection:", sink)


class Loud(io.IOBase):
    def close(self):
        print("close: closed =", self.closed, "finalizing =", getattr(self, "_finalizing", None))
        super().close()


x = Loud()
del x
gc.collect()
y = Loud()
y.close()
del y
gc.collect()
print("closed once")


class Failing(io.RawIOBase):
    def close(self):
        raise OSError("boom")


z = Failing()
del z
gc.collect()
print("a failing close is silent")


class Slotted(io.TextIOBase):
    __slots__ = ()

    def close(self):
        print("slotted close")
        super().close()


s = Slotted()
del s
gc.collect()


class OwnDel(io.StringIO):
    def __del__(self):
        print("own __del__, value", repr(self.getvalue()))
        super().__del__()


o = OwnDel()
o.write("kept")
del o
gc.collect()
print(io.IOBase.__del__.__qualname__, io.RawIOBase.__del__ is io.IOBase.__del__)
