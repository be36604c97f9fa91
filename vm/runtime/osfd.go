package runtime

import (
	"io"
	"math/big"
	"os"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"
)

// This file defines os's file descriptor functions: open, read, close,
// closerange, lseek, dup, dup2, pipe, fstat, fsync, ftruncate and the
// inheritable flag. They work on raw descriptors, as CPython's do, never
// through an os.File: an os.File closes its descriptor when collected,
// and a descriptor here belongs to the Python program until os.close.
// Descriptors made here are non-inheritable (close-on-exec), as PEP 446
// makes CPython's.

// osOpenFlags are the O_* constants, with their Linux values.
var osOpenFlags = []struct {
	name  string
	value int
}{
	{"O_RDONLY", unix.O_RDONLY}, {"O_WRONLY", unix.O_WRONLY}, {"O_RDWR", unix.O_RDWR},
	{"O_APPEND", unix.O_APPEND}, {"O_CREAT", unix.O_CREAT}, {"O_EXCL", unix.O_EXCL},
	{"O_TRUNC", unix.O_TRUNC}, {"O_CLOEXEC", unix.O_CLOEXEC}, {"O_NONBLOCK", unix.O_NONBLOCK},
	{"O_NDELAY", unix.O_NDELAY}, {"O_DIRECTORY", unix.O_DIRECTORY}, {"O_NOFOLLOW", unix.O_NOFOLLOW},
	{"O_NOCTTY", unix.O_NOCTTY}, {"O_SYNC", unix.O_SYNC}, {"O_DSYNC", unix.O_DSYNC},
	{"O_ACCMODE", unix.O_ACCMODE}, {"O_ASYNC", unix.O_ASYNC}, {"O_NOATIME", unix.O_NOATIME},
	{"O_PATH", unix.O_PATH}, {"O_TMPFILE", unix.O_TMPFILE},
}

// osFdInit adds the descriptor functions and constants to the os module.
func osFdInit(m *Module) {
	for _, f := range osOpenFlags {
		m.Set(f.name, Int(int64(f.value)))
	}
	for name, fn := range map[string]NativeFunc{
		"open": osOpen, "read": osRead, "close": osClose, "closerange": osCloserange, "lseek": osLseek,
		"dup": osDup, "dup2": osDup2, "pipe": osPipe, "fstat": osFstat, "fsync": osFsync,
		"ftruncate": osFtruncate, "get_inheritable": osGetInheritable, "set_inheritable": osSetInheritable,
	} {
		m.AddFunction(name, fn)
	}
}

// osCInt converts an argument for a C int parameter, with CPython's
// messages (_PyLong_AsInt).
func osCInt(th *Thread, v Value) (int, error) {
	return osCIntRange(th, v, "Python int too large to convert to C int", -1<<31, 1<<31-1)
}

// osCIntRange converts v to an int in [lo, hi], raising OverflowError
// with msg outside it.
func osCIntRange(th *Thread, v Value, msg string, lo, hi int64) (int, error) {
	if v.p != pInt && v.p != pBool {
		i, err := Index(th, v)
		if err != nil {
			return 0, err
		}
		if i.p != pInt && i.p != pBool {
			if b := BigIntValue(i); !b.IsInt64() || b.Cmp(big.NewInt(lo)) < 0 || b.Cmp(big.NewInt(hi)) > 0 {
				return 0, Errorf(OverflowError, "%s", msg)
			}
			return int(BigIntValue(i).Int64()), nil
		}
		v = i
	}
	if n := int64(v.n); n < lo || n > hi {
		return 0, Errorf(OverflowError, "%s", msg)
	}
	return int(v.n), nil
}

// osFileno converts a descriptor argument that may also be an object
// with a fileno() method (CPython's PyObject_AsFileDescriptor).
func osFileno(th *Thread, v Value) (int, error) {
	var fd int
	var err error
	if v.p == pInt || v.p == pBool || v.Type().Index != nil {
		if fd, err = osCInt(th, v); err != nil {
			return 0, err
		}
	} else if m := v.Type().Lookup("fileno"); m.IsValid() {
		r, err := CallMethod(th, v, "fileno")
		if err != nil {
			return 0, err
		}
		if r.p != pInt && r.p != pBool && r.Type().Layout != LayoutInt {
			return 0, Errorf(TypeError, "fileno() returned a non-integer")
		}
		if fd, err = osCInt(th, r); err != nil {
			return 0, err
		}
	} else {
		return 0, Errorf(TypeError, "argument must be an int, or have a fileno() method.")
	}
	if fd < 0 {
		return 0, Errorf(ValueError, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

// newOSErrorNamed is NewOSError for errno n with a filename that is not
// a str (a descriptor, or a bytes path).
func newOSErrorNamed(n int, filename Value) *Exception {
	e := NewException(errnoExceptionType(syscall.Errno(n)))
	e.dict = NewDict()
	osErrorParse(e, []Value{Int(int64(n)), NewStr(Strerror(n)), filename})
	return e
}

// osErrno is the OSError for a failed call on a descriptor: no filename.
func osErrno(err error) error { return oserrorFromGo(err, "") }

// osRetry repeats op while it fails with EINTR, as CPython's calls do.
func osRetry[T any](op func() (T, error)) (T, error) {
	for {
		v, err := op()
		if err != syscall.EINTR {
			return v, err
		}
	}
}

// osOpen is os.open(path, flags, mode=0o777, *, dir_fd=None).
func osOpen(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p, flagsV, modeV, dirFdV Value
	if err := osUnpackArgs("open", args, kwnames, "path", &p, "flags", &flagsV, "mode?", &modeV, "$dir_fd?", &dirFdV); err != nil {
		return Value{}, err
	}
	path, err := osFsPathFor(th, "open", p)
	if err != nil {
		return Value{}, err
	}
	flags, err := osCInt(th, flagsV)
	if err != nil {
		return Value{}, err
	}
	mode := 0o777
	if modeV.IsValid() {
		if mode, err = osCInt(th, modeV); err != nil {
			return Value{}, err
		}
	}
	dirFd, err := osDirFd(th, dirFdV)
	if err != nil {
		return Value{}, err
	}
	fd, err := RetryAfterCollect(th, func() (int, error) {
		return osRetry(func() (int, error) { return unix.Openat(dirFd, path, flags|unix.O_CLOEXEC, uint32(mode)) })
	})
	if err != nil {
		return Value{}, osPathErr(err, p, path)
	}
	return Int(int64(fd)), nil
}

// osDirFd converts a dir_fd argument; absent or None is the current
// directory.
func osDirFd(th *Thread, v Value) (int, error) {
	if !v.IsValid() || v.IsNone() {
		return unix.AT_FDCWD, nil
	}
	return osCInt(th, v)
}

// osRead is os.read(fd, length, /): at most length bytes, b"" at the end.
func osRead(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.read", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	n, err := AsInt(th, args[1])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, NewOSError(int(syscall.EINVAL), "", "")
	}
	// Linux reads at most 0x7ffff000 bytes at a time. From a regular
	// file, no more than what is left of it can come: a large length
	// (os.read(fd, 1 << 30) to read a whole file) need not allocate more.
	n = min(n, 0x7ffff000)
	if n > 1<<16 {
		n = osReadCap(fd, n)
	}
	b := make([]byte, n)
	got, err := osRetry(func() (int, error) { return syscall.Read(fd, b) })
	if err != nil {
		return Value{}, osErrno(err)
	}
	if got < len(b)/2 {
		// As CPython resizes its bytes: a short read keeps no large buffer.
		b = append([]byte(nil), b[:got]...)
	}
	return NewBytes(b[:got:got]), nil
}

// osReadCap lowers a read's length n to what is left of a regular file
// (plus one byte, in case it grows), or returns n.
func osReadCap(fd int, n int64) int64 {
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return n
	}
	pos, err := syscall.Seek(fd, 0, io.SeekCurrent)
	if err != nil {
		return n
	}
	return max(min(n, st.Size-pos+1), 1)
}

// osClose is os.close(fd).
func osClose(th *Thread, args []Value, kwnames []string) (Value, error) {
	var fdV Value
	if err := osUnpackArgs("close", args, kwnames, "fd", &fdV); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, fdV)
	if err != nil {
		return Value{}, err
	}
	// close(2) is not retried on EINTR: on Linux the descriptor is
	// released anyway, and a retry could close a descriptor reopened
	// meanwhile.
	if err := syscall.Close(fd); err != nil && err != syscall.EINTR {
		return Value{}, osErrno(err)
	}
	return None, nil
}

// osCloserange is os.closerange(fd_low, fd_high, /): closes the open
// descriptors in [fd_low, fd_high), ignoring errors. It lists
// /proc/self/fd rather than closing every number up to the limit, and
// leaves alone the epoll and eventfd descriptors of Go's network
// poller: closing them would stop the runtime (a Python program makes
// such descriptors only through modules kiln does not have).
func osCloserange(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.closerange", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	lo, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	hi, err := osCInt(th, args[1])
	if err != nil {
		return Value{}, err
	}
	lo = max(lo, 0)
	if lo >= hi {
		return None, nil
	}
	// A blocking descriptor in os.NewFile stays out of the poller, which
	// os.Open of the directory would start.
	listing, err := unix.Open("/proc/self/fd", unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		for fd := lo; fd < hi && fd < 1<<16; fd++ {
			syscall.Close(fd)
		}
		return None, nil
	}
	dir := os.NewFile(uintptr(listing), "/proc/self/fd")
	names, _ := dir.Readdirnames(-1)
	dir.Close()
	for _, name := range names {
		fd, err := strconv.Atoi(name)
		if err != nil || fd < lo || fd >= hi || fd == listing {
			continue
		}
		if target, err := os.Readlink("/proc/self/fd/" + name); err == nil &&
			(target == "anon_inode:[eventpoll]" || target == "anon_inode:[eventfd]") {
			continue
		}
		syscall.Close(fd)
	}
	return None, nil
}

// osLseek is os.lseek(fd, position, whence, /): the new offset.
func osLseek(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.lseek", args, kwnames, 3, 3); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	pos, err := osCIntRange(th, args[1], "Python int too large to convert to C long", -1<<63, 1<<63-1)
	if err != nil {
		return Value{}, err
	}
	whence, err := osCInt(th, args[2])
	if err != nil {
		return Value{}, err
	}
	off, err := syscall.Seek(fd, int64(pos), whence)
	if err != nil {
		return Value{}, osErrno(err)
	}
	return Int(off), nil
}

// osDup is os.dup(fd, /): a new non-inheritable descriptor.
func osDup(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.dup", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	nfd, err := RetryAfterCollect(th, func() (int, error) { return unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0) })
	if err != nil {
		return Value{}, osErrno(err)
	}
	return Int(int64(nfd)), nil
}

// osDup2 is os.dup2(fd, fd2, inheritable=True): fd2, now a copy of fd.
func osDup2(th *Thread, args []Value, kwnames []string) (Value, error) {
	var fdV, fd2V, inhV Value
	if err := osUnpackArgs("dup2", args, kwnames, "fd", &fdV, "fd2", &fd2V, "inheritable?", &inhV); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, fdV)
	if err != nil {
		return Value{}, err
	}
	fd2, err := osCInt(th, fd2V)
	if err != nil {
		return Value{}, err
	}
	inheritable := true
	if inhV.IsValid() {
		if inheritable, err = Truth(th, inhV); err != nil {
			return Value{}, err
		}
	}
	if inheritable {
		// dup2(2) itself: x/sys's Dup2 is dup3, which refuses fd == fd2.
		if _, _, e := syscall.Syscall(syscall.SYS_DUP2, uintptr(fd), uintptr(fd2), 0); e != 0 {
			err = e
		}
	} else {
		// dup3 refuses fd == fd2 with EINVAL, as CPython reports.
		err = unix.Dup3(fd, fd2, unix.O_CLOEXEC)
	}
	if err != nil {
		return Value{}, osErrno(err)
	}
	return Int(int64(fd2)), nil
}

// osPipe is os.pipe(): (read end, write end), both non-inheritable.
func osPipe(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.pipe", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	var p [2]int
	if _, err := RetryAfterCollect(th, func() (bool, error) { return true, unix.Pipe2(p[:], unix.O_CLOEXEC) }); err != nil {
		return Value{}, osErrno(err)
	}
	return NewTuple([]Value{Int(int64(p[0])), Int(int64(p[1]))}), nil
}

// osFstatFd is the stat_result of a descriptor. os.stat(fd) names the
// descriptor in its errors, os.fstat does not.
func osFstatFd(fd int, named bool) (Value, error) {
	var st syscall.Stat_t
	if _, err := osRetry(func() (bool, error) { return true, syscall.Fstat(fd, &st) }); err != nil {
		if errno, ok := err.(syscall.Errno); ok && named {
			return Value{}, newOSErrorNamed(int(errno), Int(int64(fd)))
		}
		return Value{}, osErrno(err)
	}
	return osStatFromSys(&st), nil
}

// osFstat is os.fstat(fd).
func osFstat(th *Thread, args []Value, kwnames []string) (Value, error) {
	var fdV Value
	if err := osUnpackArgs("fstat", args, kwnames, "fd", &fdV); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, fdV)
	if err != nil {
		return Value{}, err
	}
	return osFstatFd(fd, false)
}

// osFsync is os.fsync(fd): fd may be a file object (its fileno()).
func osFsync(th *Thread, args []Value, kwnames []string) (Value, error) {
	var fdV Value
	if err := osUnpackArgs("fsync", args, kwnames, "fd", &fdV); err != nil {
		return Value{}, err
	}
	fd, err := osFileno(th, fdV)
	if err != nil {
		return Value{}, err
	}
	if _, err := osRetry(func() (bool, error) { return true, syscall.Fsync(fd) }); err != nil {
		return Value{}, osErrno(err)
	}
	return None, nil
}

// osFtruncate is os.ftruncate(fd, length, /).
func osFtruncate(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.ftruncate", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	n, err := osCIntRange(th, args[1], "Python int too large to convert to C long", -1<<63, 1<<63-1)
	if err != nil {
		return Value{}, err
	}
	if _, err := osRetry(func() (bool, error) { return true, syscall.Ftruncate(fd, int64(n)) }); err != nil {
		return Value{}, osErrno(err)
	}
	return None, nil
}

// osGetInheritable is os.get_inheritable(fd, /).
func osGetInheritable(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.get_inheritable", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	if err != nil {
		return Value{}, osErrno(err)
	}
	return Bool(flags&unix.FD_CLOEXEC == 0), nil
}

// osSetInheritable is os.set_inheritable(fd, inheritable, /).
func osSetInheritable(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("set_inheritable", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	inheritable, err := osCInt(th, args[1])
	if err != nil {
		return Value{}, err
	}
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	if err == nil {
		if inheritable != 0 {
			flags &^= unix.FD_CLOEXEC
		} else {
			flags |= unix.FD_CLOEXEC
		}
		_, err = unix.FcntlInt(uintptr(fd), unix.F_SETFD, flags)
	}
	if err != nil {
		return Value{}, osErrno(err)
	}
	return None, nil
}
