package runtime

import (
	"math"
	"math/big"
	"syscall"

	"golang.org/x/sys/unix"
)

// This file defines os's functions on files' metadata and links: truncate,
// chmod, utime, symlink, readlink, link and umask. Their errors name the
// path (both paths, "'a' -> 'b'", for the two-path calls), except where
// CPython's do not: utime's, and truncate's on a descriptor.

// osMetaInit adds this file's functions to the os module.
func osMetaInit(m *Module) {
	for name, fn := range map[string]NativeFunc{
		"truncate": osTruncate, "chmod": osChmod, "utime": osUtime, "symlink": osSymlink,
		"readlink": osReadlink, "link": osLink, "umask": osUmask,
	} {
		m.AddFunction(name, fn)
	}
}

// osPathOrFd converts a path argument that may also be a descriptor
// (CPython's path_t with allow_fd).
func osPathOrFd(th *Thread, fname string, v Value) (path string, fd int, isFd bool, err error) {
	if v.p == pInt || v.p == pBool || v.Type().Index != nil && v.Type().Layout != LayoutStr && v.Type().Layout != LayoutBytes {
		fd, err = osCInt(th, v)
		return "", fd, true, err
	}
	path, err = fsPath(th, v)
	if err != nil && IsInstanceOf(err, TypeError) && v.Type().Lookup("__fspath__").p == nil {
		return "", -1, false, Errorf(TypeError, "%s: path should be string, bytes, os.PathLike or integer, not %s", fname, TypeName(v))
	}
	return path, -1, false, err
}

// osPathErr is the OSError for a failed call on path p, as given (a str
// or bytes path is the filename as it was passed).
func osPathErr(err error, p Value, path string) error {
	if errno, ok := err.(syscall.Errno); ok && p.IsValid() && p.Type().Layout != LayoutStr && (p.Type().Layout == LayoutBytes || p.Type().Index != nil) {
		return newOSErrorNamed(int(errno), p)
	}
	return oserrorFromGo(err, path)
}

// osTruncate is os.truncate(path, length).
func osTruncate(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p, lengthV Value
	if err := osUnpackArgs("truncate", args, kwnames, "path", &p, "length", &lengthV); err != nil {
		return Value{}, err
	}
	path, fd, isFd, err := osPathOrFd(th, "truncate", p)
	if err != nil {
		return Value{}, err
	}
	n, err := osCIntRange(th, lengthV, "Python int too large to convert to C long", math.MinInt64, math.MaxInt64)
	if err != nil {
		return Value{}, err
	}
	if isFd {
		if err := syscall.Ftruncate(fd, int64(n)); err != nil {
			return Value{}, osErrno(err)
		}
		return None, nil
	}
	if err := syscall.Truncate(path, int64(n)); err != nil {
		return Value{}, osPathErr(err, p, path)
	}
	return None, nil
}

// osFollowArg reads an optional follow_symlinks argument (default True).
func osFollowArg(th *Thread, v Value) (bool, error) {
	if !v.IsValid() {
		return true, nil
	}
	return Truth(th, v)
}

// osChmod is os.chmod(path, mode, *, dir_fd=None, follow_symlinks=True).
func osChmod(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p, modeV, dirFdV, followV Value
	if err := osUnpackArgs("chmod", args, kwnames, "path", &p, "mode", &modeV, "$dir_fd?", &dirFdV, "$follow_symlinks?", &followV); err != nil {
		return Value{}, err
	}
	path, fd, isFd, err := osPathOrFd(th, "chmod", p)
	if err != nil {
		return Value{}, err
	}
	mode, err := osCInt(th, modeV)
	if err != nil {
		return Value{}, err
	}
	dirFd, err := osDirFd(th, dirFdV)
	if err != nil {
		return Value{}, err
	}
	follow, err := osFollowArg(th, followV)
	if err != nil {
		return Value{}, err
	}
	if isFd {
		if err := syscall.Fchmod(fd, uint32(mode)); err != nil {
			return Value{}, osPathErr(err, p, "")
		}
		return None, nil
	}
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	if err := unix.Fchmodat(dirFd, path, uint32(mode), flags); err != nil {
		if !follow && (err == unix.EOPNOTSUPP || err == unix.ENOTSUP) {
			return Value{}, Errorf(NotImplementedError, "chmod: follow_symlinks unavailable on this platform")
		}
		return Value{}, osPathErr(err, p, path)
	}
	return None, nil
}

// osUtimeTimespec converts one of utime's times (int or float seconds)
// to a timespec, rounding toward minus infinity as CPython's
// _PyTime_ObjectToTimespec does.
func osUtimeTimespec(th *Thread, v Value) (unix.Timespec, error) {
	if v.Type().Layout == LayoutFloat {
		d := v.AsFloat()
		if math.IsNaN(d) {
			return unix.Timespec{}, Errorf(ValueError, "Invalid value NaN (not a number)")
		}
		intpart, frac := math.Modf(d)
		frac = math.Floor(frac * 1e9)
		if frac >= 1e9 {
			frac -= 1e9
			intpart++
		} else if frac < 0 {
			frac += 1e9
			intpart--
		}
		if intpart < math.MinInt64 || intpart >= math.MaxInt64 {
			return unix.Timespec{}, Errorf(OverflowError, "timestamp out of range for platform time_t")
		}
		return unix.Timespec{Sec: int64(intpart), Nsec: int64(frac)}, nil
	}
	sec, err := osCIntRange(th, v, "timestamp out of range for platform time_t", math.MinInt64, math.MaxInt64)
	return unix.Timespec{Sec: int64(sec)}, err
}

// osUtimeNs converts one of utime's ns= values (int nanoseconds).
func osUtimeNs(th *Thread, v Value) (unix.Timespec, error) {
	i, err := Index(th, v)
	if err != nil {
		return unix.Timespec{}, err
	}
	var sec, nsec int64
	if i.p == pInt || i.p == pBool {
		n := int64(i.n)
		sec, nsec = n/1e9, n%1e9
	} else {
		q, r := new(big.Int).QuoRem(BigIntValue(i), big.NewInt(1e9), new(big.Int))
		if !q.IsInt64() {
			return unix.Timespec{}, Errorf(OverflowError, "timestamp out of range for platform time_t")
		}
		sec, nsec = q.Int64(), r.Int64()
	}
	if nsec < 0 {
		sec, nsec = sec-1, nsec+1e9
	}
	return unix.Timespec{Sec: sec, Nsec: nsec}, nil
}

// osUtime is os.utime(path, times=None, *, ns, dir_fd=None,
// follow_symlinks=True): times are (atime, mtime) in seconds, ns the same
// in nanoseconds; neither means now.
func osUtime(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p, timesV, nsV, dirFdV, followV Value
	if err := osUnpackArgs("utime", args, kwnames, "path", &p, "times?", &timesV, "$ns?", &nsV, "$dir_fd?", &dirFdV, "$follow_symlinks?", &followV); err != nil {
		return Value{}, err
	}
	path, fd, isFd, err := osPathOrFd(th, "utime", p)
	if err != nil {
		return Value{}, err
	}
	hasTimes := timesV.IsValid() && !timesV.IsNone()
	if hasTimes && nsV.IsValid() {
		return Value{}, Errorf(ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	}
	var ts []unix.Timespec
	pair := func(v Value, msg string, conv func(*Thread, Value) (unix.Timespec, error)) error {
		if v.Type() != TupleType || len(as[Tuple](v).items()) != 2 {
			return Errorf(TypeError, "%s", msg)
		}
		items := as[Tuple](v).items()
		ts = make([]unix.Timespec, 2)
		for k := range 2 {
			var err error
			if ts[k], err = conv(th, items[k]); err != nil {
				return err
			}
		}
		return nil
	}
	switch {
	case hasTimes:
		err = pair(timesV, "utime: 'times' must be either a tuple of two ints or None", osUtimeTimespec)
	case nsV.IsValid():
		err = pair(nsV, "utime: 'ns' must be a tuple of two ints", osUtimeNs)
	}
	if err != nil {
		return Value{}, err
	}
	dirFd, err := osDirFd(th, dirFdV)
	if err != nil {
		return Value{}, err
	}
	follow, err := osFollowArg(th, followV)
	if err != nil {
		return Value{}, err
	}
	if isFd {
		if ts == nil {
			ts = []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}
		}
		err = unix.UtimesNanoAt(fd, "", ts, unix.AT_EMPTY_PATH)
		if err == unix.ENOENT {
			err = unix.EBADF
		}
	} else {
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		if ts == nil {
			ts = []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}
		}
		err = unix.UtimesNanoAt(dirFd, path, ts, flags)
	}
	if err != nil {
		return Value{}, osErrno(err) // CPython's utime names no file
	}
	return None, nil
}

// osTwoPaths converts the src and dst arguments of link and symlink.
func osTwoPaths(th *Thread, fname string, src, dst Value) (string, string, error) {
	s, err := osFsPathNamed(th, fname, "src", src)
	if err != nil {
		return "", "", err
	}
	d, err := osFsPathNamed(th, fname, "dst", dst)
	return s, d, err
}

// osTwoPathsAt converts the src, dst, src_dir_fd and dst_dir_fd
// arguments of link, rename and replace.
func osTwoPathsAt(th *Thread, fname string, src, dst, srcDirV, dstDirV Value) (s, d string, srcDir, dstDir int, err error) {
	if s, d, err = osTwoPaths(th, fname, src, dst); err != nil {
		return
	}
	if srcDir, err = osDirFd(th, srcDirV); err != nil {
		return
	}
	dstDir, err = osDirFd(th, dstDirV)
	return
}

// osTwoPathErr is the OSError of a call on src and dst, naming both.
func osTwoPathErr(err error, src, dst Value, s, d string) error {
	errno, ok := err.(syscall.Errno)
	if !ok {
		return oserrorFromGo(err, s)
	}
	if src.Type().Layout != LayoutBytes && dst.Type().Layout != LayoutBytes {
		return NewOSError(int(errno), s, d)
	}
	e := NewException(errnoExceptionType(errno))
	e.dict = NewDict()
	name := func(v Value, p string) Value {
		if v.Type().Layout == LayoutBytes {
			return v
		}
		return NewStr(p)
	}
	osErrorParse(e, []Value{Int(int64(errno)), NewStr(Strerror(int(errno))), name(src, s), Int(0), name(dst, d)})
	return e
}

// osSymlink is os.symlink(src, dst, target_is_directory=False, *, dir_fd=None).
func osSymlink(th *Thread, args []Value, kwnames []string) (Value, error) {
	var src, dst, isDirV, dirFdV Value
	if err := osUnpackArgs("symlink", args, kwnames, "src", &src, "dst", &dst, "target_is_directory?", &isDirV, "$dir_fd?", &dirFdV); err != nil {
		return Value{}, err
	}
	s, d, err := osTwoPaths(th, "symlink", src, dst)
	if err != nil {
		return Value{}, err
	}
	if isDirV.IsValid() { // only Windows needs it, but it must be a truth value
		if _, err := Truth(th, isDirV); err != nil {
			return Value{}, err
		}
	}
	dirFd, err := osDirFd(th, dirFdV)
	if err != nil {
		return Value{}, err
	}
	if err := unix.Symlinkat(s, dirFd, d); err != nil {
		return Value{}, osTwoPathErr(err, src, dst, s, d)
	}
	return None, nil
}

// osLink is os.link(src, dst, *, src_dir_fd=None, dst_dir_fd=None,
// follow_symlinks=True).
func osLink(th *Thread, args []Value, kwnames []string) (Value, error) {
	var src, dst, srcDirV, dstDirV, followV Value
	if err := osUnpackArgs("link", args, kwnames, "src", &src, "dst", &dst, "$src_dir_fd?", &srcDirV, "$dst_dir_fd?", &dstDirV, "$follow_symlinks?", &followV); err != nil {
		return Value{}, err
	}
	s, d, srcDir, dstDir, err := osTwoPathsAt(th, "link", src, dst, srcDirV, dstDirV)
	if err != nil {
		return Value{}, err
	}
	follow, err := osFollowArg(th, followV)
	if err != nil {
		return Value{}, err
	}
	// As CPython: link(2), which follows no symbolic link, unless a
	// directory descriptor is given; then linkat(2) follows if asked.
	flags := 0
	if follow && (srcDir != unix.AT_FDCWD || dstDir != unix.AT_FDCWD) {
		flags = unix.AT_SYMLINK_FOLLOW
	}
	if err := unix.Linkat(srcDir, s, dstDir, d, flags); err != nil {
		return Value{}, osTwoPathErr(err, src, dst, s, d)
	}
	return None, nil
}

// osReadlink is os.readlink(path, *, dir_fd=None): a str for a str path,
// bytes for a bytes one.
func osReadlink(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p, dirFdV Value
	if err := osUnpackArgs("readlink", args, kwnames, "path", &p, "$dir_fd?", &dirFdV); err != nil {
		return Value{}, err
	}
	path, err := osFsPathFor(th, "readlink", p)
	if err != nil {
		return Value{}, err
	}
	dirFd, err := osDirFd(th, dirFdV)
	if err != nil {
		return Value{}, err
	}
	buf := make([]byte, 256)
	for {
		n, err := unix.Readlinkat(dirFd, path, buf)
		if err != nil {
			return Value{}, osPathErr(err, p, path)
		}
		if n < len(buf) {
			if p.Type().Layout == LayoutBytes {
				return NewBytes(buf[:n:n]), nil
			}
			return osDecodeFS(th, buf[:n])
		}
		buf = make([]byte, 2*len(buf))
	}
}

// osDecodeFS decodes a name from the file system as CPython does
// (UTF-8 with surrogateescape).
func osDecodeFS(th *Thread, b []byte) (Value, error) {
	return CallMethod(th, NewBytes(b), "decode", NewStr("utf-8"), NewStr("surrogateescape"))
}

// osUmask is os.umask(mask, /): sets the mask, returns the previous one.
func osUmask(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.umask", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	mask, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	return Int(int64(syscall.Umask(mask))), nil
}
