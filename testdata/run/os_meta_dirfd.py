# The dir_fd keywords of os's path functions (names relative to an open
# directory), rename/replace/remove/unlink/rmdir/access with their errors,
# and mkdir's mode bits.
import os


def attempt(label, fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        if isinstance(e, OSError):
            print("   errno", e.errno, "filename", e.filename, "filename2", e.filename2)
    else:
        print(label, "=", r)


base = "_kiln_test_os_meta_dirfd"
os.mkdir(base)
d = os.open(base, os.O_RDONLY | os.O_DIRECTORY)

fd = os.open("a.txt", os.O_CREAT | os.O_WRONLY, 0o644, dir_fd=d)
os.write(fd, b"in the directory")
os.close(fd)
print("created relative to dir_fd", sorted(os.listdir(base)))
print("stat dir_fd", os.stat("a.txt", dir_fd=d).st_size, os.stat("a.txt", dir_fd=d) == os.stat(os.path.join(base, "a.txt")))
os.symlink("a.txt", "l", dir_fd=d)
print("readlink dir_fd", os.readlink("l", dir_fd=d))
print("lstat dir_fd is link", os.stat("l", dir_fd=d, follow_symlinks=False).st_mode & 0o170000 == 0o120000)
print("lstat dir_fd", os.lstat("l", dir_fd=d).st_size == len("a.txt"))
os.chmod("a.txt", 0o600, dir_fd=d)
print("chmod dir_fd", oct(os.stat(os.path.join(base, "a.txt")).st_mode & 0o777))
os.utime("a.txt", (10, 20), dir_fd=d)
print("utime dir_fd", os.stat("a.txt", dir_fd=d).st_mtime)
os.mkdir("sub", dir_fd=d)
os.mkdir("sub2", 0o700, dir_fd=d)
print("mkdir dir_fd", sorted(os.listdir(base)), oct(os.stat(os.path.join(base, "sub2")).st_mode & 0o777))
print("access dir_fd", os.access("a.txt", os.R_OK, dir_fd=d), os.access("zzz", os.F_OK, dir_fd=d))
print("access effective_ids", os.access(os.path.join(base, "a.txt"), os.W_OK, effective_ids=True))
print("access dangling, not followed", os.access("dangle", os.F_OK, dir_fd=d))
os.symlink("nowhere", os.path.join(base, "dangle"))
print("access dangling", os.access(os.path.join(base, "dangle"), os.F_OK),
      os.access(os.path.join(base, "dangle"), os.F_OK, follow_symlinks=False))
os.rename("a.txt", "b.txt", src_dir_fd=d, dst_dir_fd=d)
print("rename dir_fds", sorted(os.listdir(base)))
os.rename(os.path.join(base, "b.txt"), os.path.join(base, "sub", "c.txt"))
print("rename into sub", os.listdir(os.path.join(base, "sub")))
with open(os.path.join(base, "x"), "w") as f:
    f.write("x")
os.replace(os.path.join(base, "x"), os.path.join(base, "sub", "c.txt"))
with open(os.path.join(base, "sub", "c.txt")) as f:
    print("replace overwrote", f.read())
os.link(os.path.join(base, "sub", "c.txt"), "hard", dst_dir_fd=d)
print("link dst_dir_fd", os.stat("hard", dir_fd=d).st_nlink)
os.unlink("hard", dir_fd=d)
os.remove("l", dir_fd=d)
os.remove(os.path.join(base, "dangle"))
os.rmdir("sub2", dir_fd=d)
print("after unlink/remove/rmdir", sorted(os.listdir(base)))

missing = os.path.join(base, "missing")
attempt("rename missing", os.rename, missing, os.path.join(base, "y"))
attempt("replace missing", os.replace, missing, os.path.join(base, "y"))
attempt("rename dir over file", os.rename, os.path.join(base, "sub"), os.path.join(base, "sub", "c.txt"))
attempt("rename bad dst", os.rename, "a", 3.5)
attempt("replace bad src", os.replace, None, "b")
attempt("rename bad kw", os.rename, "a", "b", bogus=1)
attempt("replace bad kw", os.replace, "a", "b", bogus=1)
attempt("remove dir", os.remove, os.path.join(base, "sub"))
attempt("unlink missing", os.unlink, missing)
attempt("remove bad kw", os.remove, missing, bogus=1)
attempt("remove bad type", os.remove, 2.5)
attempt("unlink bad type", os.unlink, 2.5)
attempt("rmdir not empty", os.rmdir, os.path.join(base, "sub"))
attempt("rmdir a file", os.rmdir, os.path.join(base, "sub", "c.txt"))
attempt("rmdir missing", os.rmdir, missing)
attempt("rmdir bad dir_fd", os.rmdir, "sub", dir_fd=99999)
attempt("access bad kw", os.access, base, os.F_OK, bogus=1)
attempt("access bad mode", os.access, base, "r")
attempt("access bad dir_fd", os.access, "x", os.F_OK, dir_fd=99999)
attempt("mkdir exists", os.mkdir, base)
attempt("mkdir missing parent", os.mkdir, os.path.join(missing, "x"))
attempt("mkdir bad mode", os.mkdir, missing, "rwx")
attempt("stat bad dir_fd", os.stat, "a", dir_fd=99999)
attempt("stat missing dir_fd", os.stat, "missing", dir_fd=d)
attempt("open missing dir_fd", os.open, "missing", os.O_RDONLY, dir_fd=d)

os.close(d)
os.remove(os.path.join(base, "sub", "c.txt"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print("cleaned", os.path.exists(base))
