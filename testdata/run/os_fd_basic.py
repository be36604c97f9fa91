# os's file descriptor functions: open, read, write, close, lseek, dup,
# dup2, pipe, fstat, fsync, ftruncate and the inheritable flag, used as a
# program copying files and talking through a pipe would.
import os

base = "_kiln_test_os_fd_basic"
src = base + "_src.txt"
dst = base + "_dst.txt"

for name in ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND",
             "O_CLOEXEC", "O_NONBLOCK", "O_DIRECTORY", "O_NOFOLLOW", "SEEK_SET", "SEEK_CUR",
             "SEEK_END", "F_OK", "R_OK", "W_OK", "X_OK"]:
    print(name, type(getattr(os, name)).__name__, getattr(os, name))

# Write a file through a descriptor.
fd = os.open(src, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print("fd is int:", type(fd).__name__, fd > 2)
print("inheritable:", os.get_inheritable(fd))
data = b"".join(b"line %d\n" % i for i in range(1000))
n = 0
while n < len(data):
    n += os.write(fd, data[n:n + 4096])
print("written", n)
print("write memoryview", os.write(fd, memoryview(b"tail\n")))
print("write bytearray", os.write(fd, bytearray(b"end\n")))
st = os.fstat(fd)
print("fstat type", type(st).__name__, st.st_size, st[6], st.st_size == os.stat(src).st_size)
print("fstat is regular", (st.st_mode & 0o170000) == 0o100000)
os.fsync(fd)
print("close", os.close(fd))

# Copy it with read/write in chunks.
fin = os.open(src, os.O_RDONLY)
fout = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
chunks = 0
while True:
    chunk = os.read(fin, 1000)
    if not chunk:
        break
    chunks += 1
    os.write(fout, chunk)
print("chunks", chunks, "eof read", os.read(fin, 10))
os.close(fin)
os.close(fout)
with open(src, "rb") as a, open(dst, "rb") as b:
    print("copy equal", a.read() == b.read())

# lseek around.
fd = os.open(src, os.O_RDWR)
print("lseek end", os.lseek(fd, 0, os.SEEK_END))
print("lseek set", os.lseek(fd, 5, os.SEEK_SET), os.read(fd, 3))
print("lseek cur", os.lseek(fd, -3, os.SEEK_CUR), os.read(fd, 7))
print("lseek cur 0", os.lseek(fd, 0, 1))
print("lseek past end", os.lseek(fd, 100000, 0), os.read(fd, 5))
os.lseek(fd, 0, 0)
print("read 0", os.read(fd, 0))
print("read a large length", len(os.read(fd, 1 << 30)), os.read(fd, 1 << 30))
os.lseek(fd, 0, 0)
print("read 12", os.read(fd, 12))
print("ftruncate", os.ftruncate(fd, 10), os.fstat(fd).st_size)
os.lseek(fd, 0, 0)
print("after truncate", os.read(fd, 100))
print("fsync with file object:")
with open(dst, "rb+") as f:
    print(" ", os.fsync(f))
os.close(fd)

# Append mode.
fd = os.open(src, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"+appended")
os.close(fd)
with open(src, "rb") as f:
    print("appended", f.read())

# A pipe between the write and read ends.
r, w = os.pipe()
print("pipe", type(r).__name__, type(w).__name__, r != w)
print("pipe inheritable", os.get_inheritable(r), os.get_inheritable(w))
print("pipe fstat is fifo", (os.fstat(r).st_mode & 0o170000) == 0o010000)
os.write(w, b"hello through the pipe")
print("pipe read", os.read(r, 5), os.read(r, 100))
os.write(w, b"bye")
os.close(w)
print("pipe rest", os.read(r, 100), "eof", os.read(r, 100))
os.close(r)

# dup and dup2.
fd = os.open(src, os.O_RDONLY)
d = os.dup(fd)
print("dup differs", d != fd, "inheritable", os.get_inheritable(d))
os.lseek(fd, 4, 0)
print("dup shares offset", os.lseek(d, 0, 1))
r, w = os.pipe()
print("dup2 returns fd2", os.dup2(w, d) == d)
print("dup2 inheritable", os.get_inheritable(d))
os.write(d, b"via dup2")
print("read dup2 data", os.read(r, 100))
print("dup2 non-inheritable", os.dup2(w, d, inheritable=False) == d, os.get_inheritable(d))
os.set_inheritable(d, True)
print("set_inheritable True", os.get_inheritable(d))
os.set_inheritable(d, False)
print("set_inheritable False", os.get_inheritable(d))
for x in (fd, d, r, w):
    os.close(x)

# The builtin open() over descriptors.
fd = os.open(src, os.O_RDONLY)
with open(fd, "rb") as f:
    print("open(fd) read", f.read(4), f.name == fd)
try:
    os.fstat(fd)
except OSError as e:
    print("closed by open():", type(e).__name__, e)
fd = os.open(src, os.O_RDONLY)
f = open(fd, "r", closefd=False)
print("closefd=False", repr(f.read(6)))
f.close()
print("still open", os.fstat(fd).st_size, os.read(fd, 4))
os.close(fd)
r, w = os.pipe()
with open(w, "w") as wf:
    wf.write("text over a pipe\nsecond line\n")
with open(r) as rf:
    print("pipe via open()", rf.readlines())

# closerange closes a run of descriptors.
fd = os.open(src, os.O_RDONLY)
fds = [os.dup2(fd, n) for n in (200, 201, 202)]
os.close(fd)
print("dup2 targets", fds)
os.closerange(200, 203)
for x in fds:
    try:
        os.fstat(x)
        print("still open")
    except OSError as e:
        print("closed", e.errno)
print("closerange empty", os.closerange(10, 5))

os.remove(src)
os.remove(dst)
print(os.path.exists(src), os.path.exists(dst))
