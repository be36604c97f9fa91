# More closed/detached states: writers, text attributes after detach, closed wrappers over BytesIO,
# and _BufferedIOBase.readinto/readinto1 of user subclasses (a BufferedWriter has them too).
import io, os
def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
path = "_gaps2_tmp2.bin"
for mode in ("wb", "ab", "w", "w+", "r+", "x"):
    if mode == "x" and os.path.exists(path):
        os.remove(path)
    f = open(path, mode)
    name = type(f).__name__ + "(" + mode + ")"
    t(name + " read on writer", lambda: f.read())
    t(name + " readinto on writer", lambda: f.readinto(bytearray(1)) if hasattr(f, "readinto") else "no readinto")
    t(name + " readline on writer", lambda: f.readline())
    t(name + " peek on writer", lambda: f.peek() if hasattr(f, "peek") else "no peek")
    t(name + " read1 on writer", lambda: f.read1(1) if hasattr(f, "read1") else "no read1")
    f.close()
    t(name + " write closed", lambda: f.write(b"x" if "b" in mode else "x"))
    t(name + " writelines closed", lambda: f.writelines([]))
    t(name + " flush closed", lambda: f.flush())
    t(name + " detach closed", lambda: f.detach())
    t(name + " readable closed", lambda: f.readable())
    t(name + " writable closed", lambda: f.writable())
    t(name + " seekable closed", lambda: f.seekable())
    t(name + " truncate closed", lambda: f.truncate(0))
    t(name + " encoding closed", lambda: getattr(f, "encoding", "n/a"))
    t(name + " newlines closed", lambda: getattr(f, "newlines", "n/a"))
    t(name + " buffer closed", lambda: type(getattr(f, "buffer", None)).__name__)
    t(name + " closed", lambda: f.closed)
    t(name + " mode", lambda: f.mode)
    t(name + " next closed", lambda: next(f))
    t(name + " enter closed", lambda: f.__enter__())
    t(name + " close twice", lambda: f.close())
for mode in ("wb", "w"):
    f = open(path, mode)
    b = f.detach()
    t(mode + " write after detach", lambda: f.write(b"x" if "b" in mode else "x"))
    t(mode + " readable after detach", lambda: f.readable())
    t(mode + " writable after detach", lambda: f.writable())
    t(mode + " seekable after detach", lambda: f.seekable())
    t(mode + " mode after detach", lambda: f.mode)
    t(mode + " encoding after detach", lambda: getattr(f, "encoding", "n/a"))
    t(mode + " newlines after detach", lambda: getattr(f, "newlines", "n/a"))
    t(mode + " errors after detach", lambda: getattr(f, "errors", "n/a"))
    t(mode + " line_buffering after detach", lambda: getattr(f, "line_buffering", "n/a"))
    t(mode + " truncate after detach", lambda: f.truncate())
    t(mode + " isatty after detach", lambda: f.isatty())
    t(mode + " enter after detach", lambda: f.__enter__())
    t(mode + " readlines after detach", lambda: f.readlines())
    t(mode + " writelines after detach", lambda: f.writelines([]))
    b.close()
w = io.TextIOWrapper(io.BytesIO(b"ab\ncd"), encoding="ascii")
w.close()
t("wrapper closed read", lambda: w.read())
t("wrapper closed readline", lambda: w.readline())
t("wrapper closed tell", lambda: w.tell())
t("wrapper closed encoding", lambda: w.encoding)
t("wrapper closed detach", lambda: w.detach())
t("wrapper closed name", lambda: w.name)
t("wrapper closed repr", lambda: repr(w))
bw = io.BufferedWriter(io.BytesIO())
bw.close()
t("bwrapper closed write", lambda: bw.write(b"x"))
t("bwrapper closed flush", lambda: bw.flush())
t("bwrapper closed detach", lambda: bw.detach())
t("bwrapper closed tell", lambda: bw.tell())
br = io.BufferedReader(io.BytesIO(b"q"))
br.close()
t("brwrapper closed read", lambda: br.read())
t("brwrapper closed readinto", lambda: br.readinto(bytearray(1)))
t("brwrapper closed readline", lambda: br.readline())
t("brwrapper closed peek", lambda: br.peek())
t("brwrapper closed detach", lambda: br.detach())
t("brwrapper closed seek", lambda: br.seek(0))
t("brwrapper closed tell", lambda: br.tell())
os.remove(path)

# _BufferedIOBase.readinto/readinto1 through read/read1
class B(io.BufferedIOBase):
    def read(self, n=-1):
        print("  read", n)
        return b"xy"
class Big(io.BufferedIOBase):
    def read(self, n=-1): return b"x" * (n + 1)
class Str(io.BufferedIOBase):
    def read(self, n=-1): return "no"
class BS(bytes): pass
class Sub(io.BufferedIOBase):
    def read(self, n=-1): return BS(b"s")
    def read1(self, n=-1):
        print("  read1", n)
        return b"1"
buf = bytearray(5)
t("readinto", lambda: (B().readinto(buf), buf))
t("readinto1 default", lambda: B().readinto1(buf))
t("readinto too much", lambda: Big().readinto(bytearray(2)))
t("readinto str", lambda: Str().readinto(bytearray(2)))
t("readinto bytes subclass", lambda: Sub().readinto(bytearray(2)))
t("readinto1", lambda: Sub().readinto1(bytearray(3)))
t("readinto bad arg", lambda: B().readinto(b"ro"))
t("readinto memoryview", lambda: B().readinto(memoryview(bytearray(4))))
t("readinto no args", lambda: B().readinto())
