# os's process and system information: uname, times, kill,
# get_terminal_size, get_exec_path, fsencode and fsdecode. Only types and
# relations are printed: the values depend on the machine.
import os


def attempt(label, fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        if isinstance(e, OSError):
            print("   errno", e.errno, "strerror", e.strerror, "filename", e.filename)
    else:
        print(label, "=", repr(r))


u = os.uname()
print("uname", type(u).__name__, type(u).__module__, isinstance(u, tuple), len(u))
print("uname fields", [type(x).__name__ for x in u])
print("uname names", u.sysname == u[0], u.nodename == u[1], u.release == u[2], u.version == u[3], u.machine == u[4])
print("uname sysname", u.sysname, all(u))
print("uname_result", os.uname_result is type(u), os.uname_result.n_fields)
attempt("uname arg", os.uname, 1)

t = os.times()
print("times", type(t).__name__, type(t).__module__, isinstance(t, tuple), len(t))
print("times fields", [type(x).__name__ for x in t])
print("times names", t.user == t[0], t.system == t[1], t.children_user == t[2], t.children_system == t[3], t.elapsed == t[4])
print("times non-negative", all(x >= 0 for x in t))
t2 = os.times()
print("times move forward", t2.elapsed >= t.elapsed, t2.user + t2.system >= t.user + t.system)
print("times_result", os.times_result is type(t), os.times_result.n_sequence_fields)
attempt("times arg", os.times, 1)

print("kill 0 to self", os.kill(os.getpid(), 0))
attempt("kill no such process", os.kill, 99999999, 0)
attempt("kill bad signal", os.kill, os.getpid(), 999)
attempt("kill one arg", os.kill, 1)
attempt("kill str", os.kill, os.getpid(), "x")
attempt("kill keyword", os.kill, pid=1, signal=0)

ts = os.terminal_size((80, 24))
print("terminal_size", ts, ts.columns, ts.lines, ts == (80, 24), os.terminal_size.__module__)
attempt("get_terminal_size stdout (a pipe or file here)", os.get_terminal_size)
r, w = os.pipe()
attempt("get_terminal_size pipe", os.get_terminal_size, r)
os.close(r)
os.close(w)
fd = os.open("os_proc_info.py", os.O_RDONLY)
attempt("get_terminal_size file", os.get_terminal_size, fd)
os.close(fd)
attempt("get_terminal_size bad fd", os.get_terminal_size, 99999)
attempt("get_terminal_size negative", os.get_terminal_size, -1)
attempt("get_terminal_size str", os.get_terminal_size, "x")
attempt("get_terminal_size two", os.get_terminal_size, 1, 2)

p = os.get_exec_path()
print("get_exec_path", type(p).__name__, all(type(x) is str for x in p), p == os.environ.get("PATH", os.defpath).split(os.pathsep))
attempt("exec path str", os.get_exec_path, {"PATH": "/a:/b::/c"})
attempt("exec path bytes", os.get_exec_path, {b"PATH": b"/x:/y"})
attempt("exec path both", os.get_exec_path, {"PATH": "a", b"PATH": b"b"})
attempt("exec path empty", os.get_exec_path, {})
attempt("exec path none", lambda: os.get_exec_path(None) == os.get_exec_path())
attempt("exec path keyword", os.get_exec_path, env={"PATH": "k"})
attempt("exec path bad env", os.get_exec_path, 5)
saved = os.environ.get("PATH")
os.environ["PATH"] = "/first:/second"
attempt("exec path from environ", os.get_exec_path)
if saved is None:
    del os.environ["PATH"]
else:
    os.environ["PATH"] = saved


class Path:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


attempt("fsencode str", os.fsencode, "caf\u00e9/x")
attempt("fsencode bytes", os.fsencode, b"raw")
attempt("fsencode surrogate", os.fsencode, "bad\udcff")
attempt("fsencode pathlike", os.fsencode, Path("p/q"))
attempt("fsencode keyword", os.fsencode, filename="kw")
attempt("fsencode int", os.fsencode, 1)
attempt("fsencode none", os.fsencode)
attempt("fsencode two", os.fsencode, "a", "b")
attempt("fsencode bad kw", os.fsencode, name="a")
attempt("fsdecode bytes", os.fsdecode, b"caf\xc3\xa9")
attempt("fsdecode invalid utf-8", os.fsdecode, b"bad\xff")
attempt("fsdecode str", os.fsdecode, "s")
attempt("fsdecode pathlike", os.fsdecode, Path(b"pb"))
attempt("fsdecode bytearray", os.fsdecode, bytearray(b"x"))
attempt("round trip", lambda: os.fsdecode(os.fsencode("a\udc80b")) == "a\udc80b")
