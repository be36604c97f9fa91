# os's metadata functions: truncate, chmod, utime, symlink, readlink, link
# and umask, with stat checking their effects, and their errors.
import os

# kiln has no stat module: its three tests used here.
def S_IMODE(mode):
    return mode & 0o7777


def S_ISREG(mode):
    return mode & 0o170000 == 0o100000


def S_ISLNK(mode):
    return mode & 0o170000 == 0o120000


base = "_kiln_test_os_meta_links"
os.mkdir(base)
f = os.path.join(base, "file.txt")
with open(f, "w") as out:
    out.write("0123456789" * 10)


def attempt(label, fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        if isinstance(e, OSError):
            print("   errno", e.errno, "filename", e.filename, "filename2", e.filename2)
    else:
        print(label, "=", r)


# umask round trip: the mask in force decides the mode of new files.
old = os.umask(0o027)
print("umask type", type(old).__name__)
print("umask returns the previous", os.umask(0o022) == 0o027)
fd = os.open(os.path.join(base, "masked"), os.O_CREAT | os.O_WRONLY, 0o777)
os.close(fd)
print("mode under 022", oct(S_IMODE(os.stat(os.path.join(base, "masked")).st_mode)))
os.umask(0o077)
os.mkdir(os.path.join(base, "dir077"))
print("dir under 077", oct(S_IMODE(os.stat(os.path.join(base, "dir077")).st_mode)))
os.umask(old)

# chmod and the mode bits stat reports.
for mode in (0o600, 0o644, 0o755, 0o400, 0o4755 & 0o777, 0o1777 & 0o1777):
    os.chmod(f, mode)
    st = os.stat(f)
    print("chmod", oct(mode), "->", oct(S_IMODE(st.st_mode)), S_ISREG(st.st_mode))
os.chmod(f, 0o644)
fd = os.open(f, os.O_RDONLY)
os.chmod(fd, 0o640)
print("chmod by fd", oct(S_IMODE(os.fstat(fd).st_mode)))
os.close(fd)
os.chmod(f, mode=0o644)
print("chmod keyword", oct(S_IMODE(os.stat(f).st_mode)))

# truncate by path and by descriptor.
print("size before", os.stat(f).st_size)
os.truncate(f, 25)
print("truncate path", os.stat(f).st_size)
os.truncate(f, 40)
with open(f, "rb") as r:
    print("grown with zeros", r.read()[20:])
fd = os.open(f, os.O_RDWR)
os.truncate(fd, 5)
print("truncate fd", os.fstat(fd).st_size)
os.close(fd)

# utime and the times stat reports.
os.utime(f, (1_000_000_000, 1_200_000_000))
st = os.stat(f)
print("utime ints", st.st_atime == 1_000_000_000.0, st.st_mtime == 1_200_000_000.0, type(st.st_mtime).__name__)
print("st_mtime_ns", st.st_mtime_ns == 1_200_000_000 * 10**9, st[8] == 1_200_000_000)
os.utime(f, (1_000_000_000.25, 1_200_000_000.75))
st = os.stat(f)
print("utime floats", st.st_atime_ns, st.st_mtime_ns)
os.utime(f, ns=(123_456_789_012_345_678, 987_654_321_123_456_789))
st = os.stat(f)
print("utime ns", st.st_atime_ns, st.st_mtime_ns)
os.utime(f, (-1.5, 0))
print("utime negative float", os.stat(f).st_atime_ns)
os.utime(f)
now_ish = os.stat(f).st_mtime
print("utime now", now_ish > 1_600_000_000)
os.utime(f, None)
print("utime None", os.stat(f).st_mtime >= now_ish)
fd = os.open(f, os.O_RDONLY)
os.utime(fd, (5, 6))
print("utime fd", os.fstat(fd).st_mtime, os.fstat(fd).st_atime)
os.close(fd)

# symlink and readlink round trip.
link = os.path.join(base, "link")
os.symlink("file.txt", link)
print("readlink", repr(os.readlink(link)))
print("readlink bytes", repr(os.readlink(link.encode())))
print("islink", os.path.islink(link), S_ISLNK(os.lstat(link).st_mode))
print("through the link", os.stat(link).st_size, os.stat(link).st_ino == os.stat(f).st_ino)
dangling = os.path.join(base, "dangling")
os.symlink("no-such-target", dangling, target_is_directory=False)
print("dangling readlink", os.readlink(dangling), os.path.exists(dangling), os.path.lexists(dangling))
dlink = os.path.join(base, "dlink")
os.symlink("dir077", dlink, True)
print("dir link", os.path.isdir(dlink), os.readlink(dlink))

# Hard links share an inode and count.
hard = os.path.join(base, "hard.txt")
os.link(f, hard)
print("link nlink", os.stat(f).st_nlink, os.stat(hard).st_nlink, os.stat(hard).st_ino == os.stat(f).st_ino)
os.remove(hard)
print("after remove", os.stat(f).st_nlink)
os.link(link, hard)
print("link of a symlink is a symlink (link(2) follows none)", S_ISLNK(os.lstat(hard).st_mode))
os.remove(hard)
os.link(link, hard, follow_symlinks=False)
print("follow_symlinks=False", S_ISLNK(os.lstat(hard).st_mode))
os.remove(hard)
os.link("link", "hard.txt", src_dir_fd=(d := os.open(base, os.O_RDONLY)), dst_dir_fd=d)
print("with dir fds it follows", S_ISREG(os.lstat(hard).st_mode))
os.remove(hard)
os.close(d)

# Errors.
missing = os.path.join(base, "missing")
attempt("chmod missing", os.chmod, missing, 0o644)
attempt("chmod bad fd", os.chmod, 99999, 0o644)
attempt("chmod bad mode", os.chmod, f, "rw")
attempt("chmod bad path", os.chmod, 1.5, 0o644)
attempt("chmod no mode", os.chmod, f)
attempt("truncate missing", os.truncate, missing, 0)
attempt("truncate bad fd", os.truncate, 99999, 0)
attempt("truncate negative", os.truncate, f, -1)
attempt("truncate bad length", os.truncate, f, "1")
attempt("truncate dir", os.truncate, base, 0)
attempt("utime missing", os.utime, missing, (1, 2))
attempt("utime bad fd", os.utime, 99999, None)
attempt("utime times int", os.utime, f, 1)
attempt("utime times list", os.utime, f, [1, 2])
attempt("utime times triple", os.utime, f, (1, 2, 3))
attempt("utime times str", os.utime, f, (1, "x"))
attempt("utime nan", os.utime, f, (float("nan"), 1))
attempt("utime ns int", os.utime, f, ns=1)
attempt("utime ns float", os.utime, f, ns=(1, 2.5))
attempt("utime both", os.utime, f, (1, 2), ns=(1, 2))
attempt("symlink exists", os.symlink, "file.txt", link)
attempt("symlink bad dst", os.symlink, "a", 1.5)
attempt("symlink bad src", os.symlink, None, "b")
attempt("symlink no dir", os.symlink, "x", os.path.join(missing, "x"))
attempt("readlink not a link", os.readlink, f)
attempt("readlink missing", os.readlink, missing)
attempt("readlink missing bytes", os.readlink, missing.encode())
attempt("readlink int", os.readlink, 3)
attempt("link missing", os.link, missing, os.path.join(base, "x"))
attempt("link exists", os.link, f, link)
attempt("link dir", os.link, base, os.path.join(base, "dirlink"))
attempt("chmod bad kw", os.chmod, f, 0o644, bogus=True)
attempt("utime bad kw", os.utime, f, bogus=True)
attempt("link bad kw", os.link, f, hard, bogus=True)
attempt("symlink bad kw", os.symlink, f, hard, bogus=True)
attempt("umask str", os.umask, "x")
attempt("umask big", os.umask, 2**40)
attempt("umask none", os.umask)
attempt("umask two", os.umask, 1, 2)

for name in sorted(os.listdir(base)):
    p = os.path.join(base, name)
    if os.path.isdir(p) and not os.path.islink(p):
        os.rmdir(p)
    else:
        os.remove(p)
os.rmdir(base)
print("cleaned", os.path.exists(base))
