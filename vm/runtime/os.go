package runtime

import (
	"fmt"
	"github.com/kilnpy/kiln/tracelog"
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// This file defines the os module: files and directories, stat, the
// environment (os.environ, kept per interpreter over Options.Environ),
// walk and scandir, and a few process functions. os.path is ospath.go.

// osStatResultType is os.stat_result. The times at indices 7-9 are ints;
// the attributes st_atime, st_mtime and st_ctime are floats.
var osStatResultType = NewStructSeqType("os", "stat_result", []string{
	"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
	"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10)

// Types of os.environ, scandir's iterator and its entries, and walk's
// generator.
var (
	osEnvironType  = NewBuiltinType("_Environ", ObjectType, LayoutOther, 0)
	osScandirType  = NewBuiltinType("ScandirIterator", ObjectType, LayoutOther, 0)
	osDirEntryType = NewBuiltinType("DirEntry", ObjectType, LayoutOther, 0)
	osWalkType     = NewBuiltinType("generator", ObjectType, LayoutOther, 0)
)

// osEnviron is os.environ: a str → str mapping owned by the interpreter.
type osEnviron struct {
	Object
	d *Dict
}

func init() {
	RegisterModule("os", osInit)
	osStatResultType.Qualname = "stat_result"
	osEnvironType.Module = "os"
	osScandirType.Module = "posix"
	osDirEntryType.Module = "posix"
	osWalkType.Module = "os"
}

// osTypesSetup fills in the types above at the os module's first import,
// the only way to their instances, rather than at every start
// (docs/performance.md, "Start-up time").
var osTypesSetup = DeferTypeSetup(func() {
	osInitEnvironType()
	osInitScandirTypes()
}, osEnvironType, osScandirType, osDirEntryType, osWalkType)

func osInit(th *Thread, m *Module) error {
	osTypesSetup.Ensure()
	interp := th.Interp
	for name, v := range map[string]string{"sep": "/", "linesep": "\n", "name": "posix", "curdir": ".", "pardir": "..",
		"extsep": ".", "pathsep": ":", "devnull": "/dev/null", "defpath": "/bin:/usr/bin"} {
		m.Set(name, NewStr(v))
	}
	m.Set("altsep", None)
	for name, v := range map[string]int64{"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
		"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2, "SEEK_DATA": 3, "SEEK_HOLE": 4, "EX_OK": 0} {
		m.Set(name, Int(v))
	}
	osFdInit(m)
	osMetaInit(m)
	osProcInit(m)
	m.Set("error", ValueOf(OSError))
	m.Set("stat_result", ValueOf(osStatResultType))
	m.Set("DirEntry", ValueOf(osDirEntryType))

	environ := NewDict()
	env := interp.Options.Environ
	if env == nil {
		env = os.Environ()
	}
	for _, kv := range env {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			environ.SetStr(k, NewStr(v))
		}
	}
	m.Set("environ", ValueOf(&osEnviron{Object: Object{typ: osEnvironType}, d: environ}))

	path, err := ImportModule(th, "posixpath")
	if err != nil {
		return err
	}
	m.Set("path", path)
	if err := interp.Modules.Set(th, NewStr("os.path"), path); err != nil {
		return err
	}

	for name, fn := range map[string]NativeFunc{
		"getcwd": osGetcwd, "chdir": osChdir, "listdir": osListdir, "mkdir": osMkdir, "makedirs": osMakedirs,
		"remove": osRemove, "unlink": osUnlink, "rmdir": osRmdir, "rename": osRename, "replace": osReplace,
		"stat": osStat, "lstat": osLstat, "getpid": osGetpid, "getppid": osGetppid, "urandom": osUrandom,
		"cpu_count": osCPUCount, "walk": osWalk, "scandir": osScandir, "fspath": osFspath, "strerror": osStrerror,
		"_exit": osExit, "getenv": osGetenv, "putenv": osPutenv, "unsetenv": osUnsetenv, "access": osAccess,
		"getuid": osGetuid, "isatty": osIsatty, "write": osWrite, "removedirs": osRemovedirs,
	} {
		m.AddFunction(name, fn)
	}
	return nil
}

// osPathArg converts a path argument (str, bytes, os.PathLike).
func osPathArg(th *Thread, fname string, args []Value, kwnames []string, optional bool) (string, error) {
	var p Value
	name := "path"
	if optional {
		name = "path?"
	}
	if err := osUnpackArgs(fname, args, kwnames, name, &p); err != nil {
		return "", err
	}
	if !p.IsValid() || p.IsNone() {
		return ".", nil
	}
	return osFsPathFor(th, fname, p)
}

// osUnpackArgs is UnpackArgs for the os functions CPython writes in C:
// argument clinic reports an unknown keyword as "'x' is an invalid keyword
// argument for f()", and only once the other arguments bind, where
// UnpackArgs says what a Python function says.
func osUnpackArgs(fname string, args []Value, kwnames []string, pairs ...any) error {
	err := UnpackArgs(fname, args, kwnames, pairs...)
	if err == nil || len(kwnames) == 0 {
		return err
	}
	known := func(k string) bool {
		for i := 0; i < len(pairs); i += 2 {
			if strings.Trim(pairs[i].(string), "$?") == k {
				return true
			}
		}
		return false
	}
	npos := len(args) - len(kwnames)
	keptArgs, keptKw := args[:npos:npos], []string(nil)
	unknown := ""
	for i, k := range kwnames {
		if known(k) {
			keptArgs, keptKw = append(keptArgs, args[npos+i]), append(keptKw, k)
		} else if unknown == "" {
			unknown = k
		}
	}
	if unknown == "" || !strings.HasSuffix(err.Error(), "got an unexpected keyword argument '"+unknown+"'") {
		return err // a count error, which clinic reports first too
	}
	if err := UnpackArgs(fname, keptArgs, keptKw, pairs...); err != nil {
		return err
	}
	return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", unknown, fname)
}

// osFsPathFor is fsPath with os's message naming the function.
func osFsPathFor(th *Thread, fname string, p Value) (string, error) {
	return osFsPathNamed(th, fname, "path", p)
}

// osFsPathNamed is osFsPathFor for the parameter argname (link's src, dst).
func osFsPathNamed(th *Thread, fname, argname string, p Value) (string, error) {
	s, err := fsPath(th, p)
	if err != nil && IsInstanceOf(err, TypeError) && p.Type().Lookup("__fspath__").p == nil {
		return "", Errorf(TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname, argname, TypeName(p))
	}
	return s, err
}

func osGetcwd(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("getcwd", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	d, err := syscall.Getwd() // getcwd(3), as CPython: os.Getwd would return a $PWD that keeps a symbolic link
	if err != nil {
		return Value{}, oserrorFromGo(err, "")
	}
	return NewStr(d), nil
}

func osChdir(th *Thread, args []Value, kwnames []string) (Value, error) {
	p, err := osPathArg(th, "chdir", args, kwnames, false)
	if err != nil {
		return Value{}, err
	}
	if err := os.Chdir(p); err != nil {
		return Value{}, oserrorFromGo(err, p)
	}
	return None, nil
}

func osListdir(th *Thread, args []Value, kwnames []string) (Value, error) {
	p, err := osPathArg(th, "listdir", args, kwnames, true)
	if err != nil {
		return Value{}, err
	}
	f, err := os.Open(p)
	if err != nil {
		return Value{}, oserrorFromGo(err, p)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return Value{}, oserrorFromGo(err, p)
	}
	return strList(names), nil
}

// osModeArg reads an optional mode argument.
func osModeArg(th *Thread, v Value, def os.FileMode) (os.FileMode, error) {
	if !v.IsValid() {
		return def, nil
	}
	n, err := AsInt(th, v)
	return os.FileMode(n), err
}

func osMkdir(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p, mode, dirFd Value
	if err := osUnpackArgs("mkdir", args, kwnames, "path", &p, "mode?", &mode, "$dir_fd?", &dirFd); err != nil {
		return Value{}, err
	}
	path, err := osFsPathFor(th, "mkdir", p)
	if err != nil {
		return Value{}, err
	}
	perm := 0o777
	if mode.IsValid() {
		if perm, err = osCInt(th, mode); err != nil {
			return Value{}, err
		}
	}
	fd, err := osDirFd(th, dirFd)
	if err != nil {
		return Value{}, err
	}
	// mkdirat(2) with the mode as given: os.Mkdir's FileMode has its own
	// bits for setuid, setgid and sticky.
	if err := unix.Mkdirat(fd, path, uint32(perm)); err != nil {
		return Value{}, osPathErr(err, p, path)
	}
	return None, nil
}

func osMakedirs(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p, mode, existOK Value
	if err := UnpackArgs("makedirs", args, kwnames, "name", &p, "mode?", &mode, "exist_ok?", &existOK); err != nil {
		return Value{}, err
	}
	path, err := osFsPathFor(th, "makedirs", p)
	if err != nil {
		return Value{}, err
	}
	perm, err := osModeArg(th, mode, 0o777)
	if err != nil {
		return Value{}, err
	}
	ok := false
	if existOK.IsValid() {
		if ok, err = Truth(th, existOK); err != nil {
			return Value{}, err
		}
	}
	if st, err := os.Stat(path); err == nil {
		if !ok || !st.IsDir() {
			return Value{}, NewOSError(int(syscall.EEXIST), path, "")
		}
		return None, nil
	}
	if err := os.MkdirAll(path, perm); err != nil {
		return Value{}, oserrorFromGo(err, path)
	}
	return None, nil
}

// osUnlinkFunc makes remove (unlink) and rmdir: path, *, dir_fd=None,
// unlinkat(2) with flags.
func osUnlinkFunc(name string, flags int) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		var p, dirFdV Value
		if err := osUnpackArgs(name, args, kwnames, "path", &p, "$dir_fd?", &dirFdV); err != nil {
			return Value{}, err
		}
		path, err := osFsPathFor(th, name, p)
		if err != nil {
			return Value{}, err
		}
		dirFd, err := osDirFd(th, dirFdV)
		if err != nil {
			return Value{}, err
		}
		if err := unix.Unlinkat(dirFd, path, flags); err != nil {
			return Value{}, osPathErr(err, p, path)
		}
		return None, nil
	}
}

var (
	osRemove = osUnlinkFunc("remove", 0) // EISDIR for a directory, from Linux's unlinkat
	osUnlink = osUnlinkFunc("unlink", 0)
	osRmdir  = osUnlinkFunc("rmdir", unix.AT_REMOVEDIR)
	osRename = osRenameFunc("rename")
	// os.replace is rename(2) too: it replaces an existing destination.
	osReplace = osRenameFunc("replace")
)

func osRemovedirs(th *Thread, args []Value, kwnames []string) (Value, error) {
	var name Value
	if err := UnpackArgs("removedirs", args, kwnames, "name", &name); err != nil {
		return Value{}, err
	}
	p, err := osFsPathFor(th, "removedirs", name)
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Rmdir(p); err != nil {
		return Value{}, oserrorFromGo(err, p)
	}
	for dir := filepath.Dir(p); dir != "." && dir != "/"; dir = filepath.Dir(dir) {
		if syscall.Rmdir(dir) != nil {
			break
		}
	}
	return None, nil
}

// osRenameFunc makes rename and replace: src, dst, *, src_dir_fd=None,
// dst_dir_fd=None.
func osRenameFunc(name string) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		var src, dst, srcDirV, dstDirV Value
		if err := osUnpackArgs(name, args, kwnames, "src", &src, "dst", &dst, "$src_dir_fd?", &srcDirV, "$dst_dir_fd?", &dstDirV); err != nil {
			return Value{}, err
		}
		s, d, srcDir, dstDir, err := osTwoPathsAt(th, name, src, dst, srcDirV, dstDirV)
		if err != nil {
			return Value{}, err
		}
		if err := unix.Renameat(srcDir, s, dstDir, d); err != nil {
			return Value{}, osTwoPathErr(err, src, dst, s, d)
		}
		return None, nil
	}
}

// osStatValue builds a stat_result from Go's file info.
func osStatValue(info os.FileInfo) Value {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return NewStructSeq(osStatResultType, Int(int64(info.Mode().Perm())), Int(0), Int(0), Int(1), Int(0), Int(0),
			Int(info.Size()), Int(info.ModTime().Unix()), Int(info.ModTime().Unix()), Int(info.ModTime().Unix()))
	}
	return osStatFromSys(st)
}

// osStatFromSys builds a stat_result from stat(2)'s record.
func osStatFromSys(st *syscall.Stat_t) Value {
	ns := func(t syscall.Timespec) int64 { return t.Sec*1e9 + t.Nsec }
	f := func(t syscall.Timespec) Value { return Float(float64(t.Sec) + float64(t.Nsec)*1e-9) }
	return NewStructSeq(osStatResultType,
		Int(int64(st.Mode)), Int(int64(st.Ino)), Int(int64(st.Dev)), Int(int64(st.Nlink)), Int(int64(st.Uid)), Int(int64(st.Gid)),
		Int(st.Size), Int(st.Atim.Sec), Int(st.Mtim.Sec), Int(st.Ctim.Sec),
		f(st.Atim), f(st.Mtim), f(st.Ctim), Int(ns(st.Atim)), Int(ns(st.Mtim)), Int(ns(st.Ctim)),
		Int(int64(st.Blksize)), Int(st.Blocks), Int(int64(st.Rdev)))
}

// osStatCommon is stat and lstat.
func osStatCommon(th *Thread, name string, args []Value, kwnames []string, follow bool) (Value, error) {
	var p, dirFd, followV Value
	if err := osUnpackArgs(name, args, kwnames, "path", &p, "$dir_fd?", &dirFd, "$follow_symlinks?", &followV); err != nil {
		return Value{}, err
	}
	if followV.IsValid() {
		f, err := Truth(th, followV)
		if err != nil {
			return Value{}, err
		}
		follow = follow && f
	}
	if p.IsSmallInt() {
		return osFstatFd(int(p.SmallInt()), true)
	}
	path, err := osFsPathFor(th, name, p)
	if err != nil {
		return Value{}, err
	}
	if dirFdV, err := osDirFd(th, dirFd); err != nil {
		return Value{}, err
	} else if dirFdV != unix.AT_FDCWD {
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		var st unix.Stat_t
		if err := unix.Fstatat(dirFdV, path, &st, flags); err != nil {
			return Value{}, osPathErr(err, p, path)
		}
		return osStatFromSys(&syscall.Stat_t{Dev: st.Dev, Ino: st.Ino, Nlink: st.Nlink, Mode: st.Mode, Uid: st.Uid, Gid: st.Gid,
			Rdev: st.Rdev, Size: st.Size, Blksize: st.Blksize, Blocks: st.Blocks,
			Atim: syscall.Timespec(st.Atim), Mtim: syscall.Timespec(st.Mtim), Ctim: syscall.Timespec(st.Ctim)}), nil
	}
	var info os.FileInfo
	if follow {
		info, err = os.Stat(path)
	} else {
		info, err = os.Lstat(path)
	}
	if err != nil {
		return Value{}, oserrorFromGo(err, path)
	}
	return osStatValue(info), nil
}

func osStat(th *Thread, args []Value, kwnames []string) (Value, error) {
	return osStatCommon(th, "stat", args, kwnames, true)
}

func osLstat(th *Thread, args []Value, kwnames []string) (Value, error) {
	return osStatCommon(th, "lstat", args, kwnames, false)
}

func osGetpid(th *Thread, args []Value, kwnames []string) (Value, error) {
	return Int(int64(os.Getpid())), CheckArgCount("getpid", args, kwnames, 0, 0)
}

func osGetppid(th *Thread, args []Value, kwnames []string) (Value, error) {
	return Int(int64(os.Getppid())), CheckArgCount("getppid", args, kwnames, 0, 0)
}

func osGetuid(th *Thread, args []Value, kwnames []string) (Value, error) {
	return Int(int64(os.Getuid())), CheckArgCount("getuid", args, kwnames, 0, 0)
}

func osUrandom(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("urandom", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	n, err := AsInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if n < 0 {
		return Value{}, Errorf(ValueError, "negative argument not allowed")
	}
	b := make([]byte, n)
	if err := RandomBytes(b); err != nil {
		return Value{}, oserrorFromGo(err, "")
	}
	return NewBytes(b), nil
}

func osCPUCount(th *Thread, args []Value, kwnames []string) (Value, error) {
	return Int(int64(goruntime.NumCPU())), CheckArgCount("cpu_count", args, kwnames, 0, 0)
}

func osFspath(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p Value
	if err := osUnpackArgs("fspath", args, kwnames, "path", &p); err != nil {
		return Value{}, err
	}
	switch p.Type().Layout {
	case LayoutStr, LayoutBytes:
		return p, nil
	}
	m := p.Type().Lookup("__fspath__")
	if !m.IsValid() {
		return Value{}, Errorf(TypeError, "expected str, bytes or os.PathLike object, not %s", TypeName(p))
	}
	r, err := Call(th, m, []Value{p}, nil)
	if err != nil {
		return Value{}, err
	}
	if l := r.Type().Layout; l != LayoutStr && l != LayoutBytes {
		return Value{}, Errorf(TypeError, "expected %s.__fspath__() to return str or bytes, not %s", TypeName(p), TypeName(r))
	}
	return r, nil
}

func osStrerror(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("strerror", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	n, err := AsInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	return NewStr(Strerror(int(n))), nil
}

// osExit is os._exit(n): the process ends now, flushing nothing.
func osExit(th *Thread, args []Value, kwnames []string) (Value, error) {
	var code Value
	if err := osUnpackArgs("_exit", args, kwnames, "status", &code); err != nil {
		return Value{}, err
	}
	n, err := AsInt(th, code)
	if err != nil {
		return Value{}, err
	}
	// The trace log is the one thing written at os._exit: a tool
	// reading it must see how the process ended.
	log := th.Interp.Options.TraceLog
	log.RunExit(n, tracelog.ExitOSExit)
	log.Close()
	if exit := th.Interp.Options.Exit; exit != nil {
		exit(int(n))
	} else {
		os.Exit(int(n))
	}
	return None, nil
}

// osAccess is os.access(path, mode, *, dir_fd=None, effective_ids=False,
// follow_symlinks=True): whether the access is allowed; never an error
// for the file.
func osAccess(th *Thread, args []Value, kwnames []string) (Value, error) {
	var p, mode, dirFdV, effectiveV, followV Value
	if err := osUnpackArgs("access", args, kwnames, "path", &p, "mode", &mode, "$dir_fd?", &dirFdV,
		"$effective_ids?", &effectiveV, "$follow_symlinks?", &followV); err != nil {
		return Value{}, err
	}
	path, err := osFsPathFor(th, "access", p)
	if err != nil {
		return Value{}, err
	}
	m, err := osCInt(th, mode)
	if err != nil {
		return Value{}, err
	}
	dirFd, err := osDirFd(th, dirFdV)
	if err != nil {
		return Value{}, err
	}
	flags := 0
	if effectiveV.IsValid() {
		if effective, err := Truth(th, effectiveV); err != nil {
			return Value{}, err
		} else if effective {
			flags |= unix.AT_EACCESS
		}
	}
	follow, err := osFollowArg(th, followV)
	if err != nil {
		return Value{}, err
	}
	if !follow {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	return Bool(unix.Faccessat(dirFd, path, uint32(m), flags) == nil), nil
}

func osIsatty(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("isatty", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	fd, err := AsInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	return Bool(fdIsTerminal(int(fd))), nil
}

// osWrite is os.write(fd, data). Writes to 1 and 2 go through the
// interpreter's streams (after what is buffered in sys.stdout/stderr is
// not: as in CPython, os.write bypasses the buffers).
func osWrite(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.write", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	fd, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	b, ok := bytesLike(args[1])
	if !ok {
		return Value{}, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(args[1]))
	}
	var n int
	switch fd {
	case 1:
		n, err = th.Interp.Options.Stdout.Write(b)
	case 2:
		n, err = th.Interp.Options.Stderr.Write(b)
	default:
		n, err = osRetry(func() (int, error) { return syscall.Write(int(fd), b) })
	}
	if err != nil {
		return Value{}, oserrorFromGo(err, "")
	}
	return Int(int64(n)), nil
}

// osEnvironOf returns the interpreter's os.environ dict, importing os.
func osEnvironOf(th *Thread) (*Dict, error) {
	m, err := ImportModule(th, "os")
	if err != nil {
		return nil, err
	}
	env, err := GetAttr(th, m, "environ")
	if err != nil {
		return nil, err
	}
	if env.Type() != osEnvironType {
		return nil, Errorf(TypeError, "os.environ is not a mapping")
	}
	return as[osEnviron](env).d, nil
}

func osGetenv(th *Thread, args []Value, kwnames []string) (Value, error) {
	var key, def Value
	if err := UnpackArgs("getenv", args, kwnames, "key", &key, "default?", &def); err != nil {
		return Value{}, err
	}
	if key.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "str expected, not %s", TypeName(key))
	}
	env, err := osEnvironOf(th)
	if err != nil {
		return Value{}, err
	}
	if v, ok := env.GetStr(StrValue(key)); ok {
		return v, nil
	}
	if def.IsValid() {
		return def, nil
	}
	return None, nil
}

func osPutenv(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("putenv", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	if args[0].Type().Layout != LayoutStr || args[1].Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "str expected")
	}
	env, err := osEnvironOf(th)
	if err != nil {
		return Value{}, err
	}
	env.SetStr(StrValue(args[0]), args[1])
	return None, nil
}

func osUnsetenv(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("unsetenv", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	if args[0].Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "str expected, not %s", TypeName(args[0]))
	}
	env, err := osEnvironOf(th)
	if err != nil {
		return Value{}, err
	}
	env.DeleteStr(StrValue(args[0]))
	return None, nil
}

// osInitEnvironType gives os.environ its mapping protocol.
func osInitEnvironType() {
	t := osEnvironType
	envOf := func(v Value) *Dict { return as[osEnviron](v).d }
	checkStr := func(v Value, what string) error {
		if v.Type().Layout != LayoutStr {
			return Errorf(TypeError, "str expected, not %s", TypeName(v))
		}
		return nil
	}
	t.GetItem = func(th *Thread, v, key Value) (Value, error) {
		if err := checkStr(key, "key"); err != nil {
			return Value{}, err
		}
		if r, ok := envOf(v).GetStr(StrValue(key)); ok {
			return r, nil
		}
		return Value{}, NewException(KeyError, key)
	}
	t.SetItem = func(th *Thread, v, key, val Value) error {
		if err := checkStr(key, "key"); err != nil {
			return err
		}
		if !val.IsValid() {
			if !envOf(v).DeleteStr(StrValue(key)) {
				return NewException(KeyError, key)
			}
			return nil
		}
		if err := checkStr(val, "value"); err != nil {
			return err
		}
		envOf(v).SetStr(StrValue(key), val)
		return nil
	}
	t.Contains = func(th *Thread, v, key Value) (bool, error) {
		if key.Type().Layout != LayoutStr {
			return false, nil
		}
		_, ok := envOf(v).GetStr(StrValue(key))
		return ok, nil
	}
	t.Len = func(th *Thread, v Value) (int, error) { return envOf(v).Len(), nil }
	t.Iter = func(th *Thread, v Value) (Value, error) { return Iter(th, NewList(envOf(v).Keys())) }
	t.Repr = func(th *Thread, v Value) (Value, error) {
		var b strings.Builder
		b.WriteString("environ({")
		d := envOf(v)
		first := true
		for i := 0; i < d.EntryCap(); i++ {
			k, val, ok := d.Entry(i)
			if !ok {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			fmt.Fprintf(&b, "%s: %s", strRepr(StrValue(k)), strRepr(StrValue(val)))
		}
		b.WriteString("})")
		return NewStr(b.String()), nil
	}
	t.AddMethod("get", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("get", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		if args[0].Type().Layout == LayoutStr {
			if r, ok := envOf(self).GetStr(StrValue(args[0])); ok {
				return r, nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	t.AddMethod("keys", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return NewList(envOf(self).Keys()), nil
	})
	t.AddMethod("values", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		_, vals := envOf(self).Items()
		return NewList(vals), nil
	})
	t.AddMethod("items", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		keys, vals := envOf(self).Items()
		items := make([]Value, len(keys))
		for i := range keys {
			items[i] = NewTuple([]Value{keys[i], vals[i]})
		}
		return NewList(items), nil
	})
	t.AddMethod("copy", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return ValueOf(envOf(self).Copy()), nil
	})
	t.AddMethod("setdefault", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("setdefault", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		if r, err := t.GetItem(th, self, args[0]); err == nil {
			return r, nil
		}
		return args[1], t.SetItem(th, self, args[0], args[1])
	})
	t.AddMethod("pop", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("pop", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		r, err := t.GetItem(th, self, args[0])
		if err != nil {
			if len(args) == 2 && IsInstanceOf(err, KeyError) {
				return args[1], nil
			}
			return Value{}, err
		}
		envOf(self).DeleteStr(StrValue(args[0]))
		return r, nil
	})
	t.AddMethod("__getitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__getitem__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return t.GetItem(th, self, args[0])
	})
	t.AddMethod("__setitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__setitem__", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		return None, t.SetItem(th, self, args[0], args[1])
	})
	t.AddMethod("__contains__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__contains__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		ok, err := t.Contains(th, self, args[0])
		return Bool(ok), err
	})
	t.AddMethod("__len__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return Int(int64(envOf(self).Len())), nil
	})
}
