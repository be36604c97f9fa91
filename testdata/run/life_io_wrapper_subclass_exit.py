# A TextIOWrapper subclass over a BufferedWriter over a Python raw stream, left open: its data is
# written at exit, as CPython writes it.
import io, sys
class T(io.TextIOWrapper):
    pass
b = io.BytesIO()
class Out(io.RawIOBase):
    def writable(self): return True
    def write(self, data):
        sys.stdout.write("raw got %r\n" % bytes(data))
        return len(data)
t = T(io.BufferedWriter(Out()), encoding="utf-8")
t.write("pending at exit\n")
print("end of program")
