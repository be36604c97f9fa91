# Errors of os's file descriptor functions: OSError subclasses with errno,
# strerror and filename, and CPython's messages for bad arguments.
import os

base = "_kiln_test_os_fd_errors"
name = base + ".txt"


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        if isinstance(e, OSError):
            print("   errno", e.errno, "strerror", e.strerror, "filename", e.filename)
    else:
        print(label, "=", r)


bad = 1000  # no descriptor is open there
attempt("open missing", os.open, base + "_missing", os.O_RDONLY)
attempt("open dir for writing", os.open, ".", os.O_WRONLY)
attempt("open missing bytes path", os.open, b"_kiln_test_os_fd_errors_missing", os.O_RDONLY)
attempt("open bad path type", os.open, 1.5, os.O_RDONLY)
attempt("open bad flags type", os.open, name, "r")
attempt("open no args", os.open)
attempt("open one arg", os.open, name)
attempt("open bad kw", os.open, name, 0, bogus=1)
attempt("open bad kw, missing flags", os.open, name, bogus=1)
attempt("dup2 bad kw", os.dup2, 0, 1, bogus=1)
attempt("fstat kw over the count", os.fstat, 0, bogus=1)
attempt("open O_DIRECTORY on a file", os.open, "os_fd_errors.py", os.O_RDONLY | os.O_DIRECTORY)
fd = os.open(name, os.O_CREAT | os.O_WRONLY, 0o644)
attempt("open O_EXCL existing", os.open, name, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
attempt("read write-only", os.read, fd, 10)
attempt("read negative", os.read, fd, -1)
attempt("read bad fd", os.read, bad, 10)
attempt("read float length", os.read, fd, 1.0)
attempt("read str fd", os.read, "0", 1)
attempt("read one arg", os.read, fd)
attempt("read keywords", os.read, fd=fd, length=1)
attempt("read huge fd", os.read, 2**40, 1)
attempt("write bad fd", os.write, bad, b"x")
attempt("write str", os.write, fd, "text")
attempt("write int", os.write, fd, 5)
attempt("write one arg", os.write, fd)
attempt("close keyword", os.close, fd=fd)
attempt("close again", os.close, fd)
attempt("close no arg", os.close)
attempt("close negative", os.close, -1)
attempt("close float", os.close, 3.0)
attempt("closerange one arg", os.closerange, 5)
attempt("closerange str", os.closerange, "a", 5)
attempt("lseek bad fd", os.lseek, bad, 0, 0)
attempt("lseek bad whence", os.lseek, 0 if False else os.open(name, os.O_RDONLY), 0, 7)
r, w = os.pipe()
attempt("lseek pipe", os.lseek, r, 0, os.SEEK_SET)
attempt("lseek too big", os.lseek, r, 2**70, 0)
attempt("lseek two args", os.lseek, r, 0)
attempt("lseek negative", os.lseek, os.open(name, os.O_RDONLY), -5, os.SEEK_SET)
attempt("ftruncate pipe", os.ftruncate, r, 0)
attempt("ftruncate bad fd", os.ftruncate, bad, 0)
attempt("dup bad fd", os.dup, bad)
attempt("dup no arg", os.dup)
attempt("dup2 bad fd", os.dup2, bad, 300)
attempt("dup2 negative fd2", os.dup2, r, -1)
attempt("dup2 same non-inheritable", os.dup2, r, r, False)
attempt("dup2 same", lambda: os.dup2(r, r) == r)
attempt("pipe with arg", os.pipe, 1)
attempt("fstat bad fd", os.fstat, bad)
attempt("fstat keyword", lambda: type(os.fstat(fd=r)).__name__)
attempt("fstat str", os.fstat, "x")
attempt("fsync bad fd", os.fsync, bad)
attempt("fsync str", os.fsync, "x")
attempt("fsync negative", os.fsync, -1)


class BadFileno:
    def fileno(self):
        return "nope"


class NegFileno:
    def fileno(self):
        return -3


attempt("fsync fileno non-int", os.fsync, BadFileno())
attempt("fsync fileno negative", os.fsync, NegFileno())
attempt("fsync pipe", os.fsync, w)
attempt("get_inheritable bad fd", os.get_inheritable, bad)
attempt("set_inheritable bad fd", os.set_inheritable, bad, True)
attempt("set_inheritable str", os.set_inheritable, r, "yes")
attempt("set_inheritable one arg", os.set_inheritable, r)
attempt("stat of a descriptor", lambda: os.stat(r).st_mode == os.fstat(r).st_mode)
attempt("stat bad descriptor", os.stat, bad)
attempt("open() negative fd", open, -5)
attempt("open() bad fd", open, bad)
os.close(r)
os.close(w)
os.remove(name)
print("removed", os.path.exists(name))
