# Python subclasses of io.TextIOWrapper, BufferedReader and BufferedWriter: their own methods,
# instance dicts, reprs, and close() calling the subclass's flush.
import io
class T(io.TextIOWrapper):
    pass
t = T(io.BytesIO(b"x\ny"), encoding="ascii")
print(type(t).__name__, repr(t.readline()), list(t))
class BR(io.BufferedReader): pass
try:
    b = BR(io.BytesIO(b"abc"))
    print(type(b).__name__, b.read())
except Exception as e:
    print(type(e).__name__, e)
class LoggingText(io.TextIOWrapper):
    def write(self, s):
        print("  write", repr(s))
        return super().write(s)
buf = io.BytesIO()
lt = LoggingText(buf, encoding="utf-8")
lt.extra = 5
print(lt.write("hi\n"), lt.extra, lt.__dict__, isinstance(lt, io.TextIOWrapper))
lt.flush()
print(buf.getvalue(), repr(lt)[:30], type(lt).__mro__[1])
class BW(io.BufferedWriter):
    def flush(self):
        print("  flush")
        return super().flush()
bb = io.BytesIO()
w = BW(bb, 4)
w.write(b"abcdef")
w.close()
print(bb.closed, w.closed)
print(repr(BR(io.BytesIO())), repr(io.BufferedReader(io.BytesIO())), repr(w))
class BadFlush(io.BufferedWriter):
    def flush(self):
        raise OSError("flush failed")
bf = BadFlush(io.BytesIO())
try:
    bf.close()
except OSError as e:
    print("close:", e, bf.closed)
