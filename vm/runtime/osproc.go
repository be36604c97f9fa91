package runtime

import (
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// This file defines os's process and system information: kill, times,
// uname, get_terminal_size, get_exec_path, and fsencode/fsdecode (which
// CPython writes in os.py).

// Struct sequences of times(), uname() and get_terminal_size(). CPython
// makes the first two in posixmodule.c (module posix) and terminal_size
// in os (its __module__ is "os").
var (
	osTimesResultType = NewStructSeqType("posix", "times_result", []string{
		"user", "system", "children_user", "children_system", "elapsed"}, 5)
	osUnameResultType = NewStructSeqType("posix", "uname_result", []string{
		"sysname", "nodename", "release", "version", "machine"}, 5)
	osTerminalSizeType = NewStructSeqType("os", "terminal_size", []string{"columns", "lines"}, 2)
)

// osProcInit adds this file's functions and types to the os module.
func osProcInit(m *Module) {
	m.Set("times_result", ValueOf(osTimesResultType))
	m.Set("uname_result", ValueOf(osUnameResultType))
	m.Set("terminal_size", ValueOf(osTerminalSizeType))
	for name, fn := range map[string]NativeFunc{
		"kill": osKill, "times": osTimes, "uname": osUname, "get_terminal_size": osGetTerminalSize,
		"get_exec_path": osGetExecPath, "fsencode": osFsencode, "fsdecode": osFsdecode,
	} {
		m.AddFunction(name, fn)
	}
}

// osKill is os.kill(pid, signal, /). CPython parses its arguments with
// PyArg_ParseTuple, hence "kill() takes exactly 2 arguments".
func osKill(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("posix.kill", kwnames); err != nil {
		return Value{}, err
	}
	if len(args) != 2 {
		return Value{}, Errorf(TypeError, "kill() takes exactly 2 arguments (%d given)", len(args))
	}
	pid, err := osCInt(th, args[0])
	if err != nil {
		return Value{}, err
	}
	sig, err := osCInt(th, args[1])
	if err != nil {
		return Value{}, err
	}
	if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
		return Value{}, osErrno(err)
	}
	return None, nil
}

// osTimes is os.times(): CPU times of the process and its children, and
// the elapsed real time, in seconds, from times(2).
func osTimes(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.times", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	var t syscall.Tms
	ticks, err := syscall.Times(&t)
	if err != nil {
		return Value{}, osErrno(err)
	}
	const hz = 100 // sysconf(_SC_CLK_TCK): USER_HZ, 100 on every Linux
	sec := func(n int64) Value { return Float(float64(n) / hz) }
	return NewStructSeq(osTimesResultType, sec(t.Utime), sec(t.Stime), sec(t.Cutime), sec(t.Cstime), sec(int64(ticks))), nil
}

// osUname is os.uname().
func osUname(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("posix.uname", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return Value{}, osErrno(err)
	}
	field := func(b []byte) Value {
		if i := strings.IndexByte(string(b), 0); i >= 0 {
			b = b[:i]
		}
		v, err := osDecodeFS(th, b)
		if err != nil {
			return NewStr(string(b))
		}
		return v
	}
	return NewStructSeq(osUnameResultType, field(u.Sysname[:]), field(u.Nodename[:]), field(u.Release[:]),
		field(u.Version[:]), field(u.Machine[:])), nil
}

// osGetTerminalSize is os.get_terminal_size(fd=STDOUT_FILENO, /).
func osGetTerminalSize(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckClinicArgs("get_terminal_size", args, kwnames, 0, 1); err != nil {
		return Value{}, err
	}
	fd := 1
	if len(args) == 1 {
		var err error
		if fd, err = osCInt(th, args[0]); err != nil {
			return Value{}, err
		}
	}
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	if err != nil {
		return Value{}, osErrno(err)
	}
	return NewStructSeq(osTerminalSizeType, Int(int64(ws.Col)), Int(int64(ws.Row))), nil
}

// osGetExecPath is os.get_exec_path(env=None): the directories of PATH
// in env (os.environ by default), or os.defpath's.
func osGetExecPath(th *Thread, args []Value, kwnames []string) (Value, error) {
	var env Value
	if err := UnpackArgs("get_exec_path", args, kwnames, "env?", &env); err != nil {
		return Value{}, err
	}
	var pathList Value
	if !env.IsValid() || env.IsNone() {
		d, err := osEnvironOf(th)
		if err != nil {
			return Value{}, err
		}
		if v, ok := d.GetStr("PATH"); ok {
			pathList = v
		}
	} else {
		v, err := CallMethod(th, env, "get", NewStr("PATH"))
		switch {
		case err != nil && !IsInstanceOf(err, TypeError):
			return Value{}, err
		case err == nil && !v.IsNone():
			pathList = v
		}
		vb, err := GetItem(th, env, NewBytes([]byte("PATH")))
		switch {
		case err != nil && !IsInstanceOf(err, KeyError) && !IsInstanceOf(err, TypeError):
			return Value{}, err
		case err == nil:
			if pathList.IsValid() {
				return Value{}, Errorf(ValueError, "env cannot contain 'PATH' and b'PATH' keys")
			}
			pathList = vb
		}
	}
	if !pathList.IsValid() {
		pathList = NewStr("/bin:/usr/bin")
	} else if pathList.Type().Layout == LayoutBytes {
		var err error
		if pathList, err = osDecodeFS(th, BytesValue(pathList)); err != nil {
			return Value{}, err
		}
	}
	return CallMethod(th, pathList, "split", NewStr(":"))
}

// osFilenameArg reads the one argument of fsencode and fsdecode, which
// CPython writes in Python (nested in os._fscodec): its messages are
// those of that Python function.
func osFilenameArg(th *Thread, fname string, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	for _, k := range kwnames {
		if k != "filename" {
			return Value{}, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	switch {
	case npos > 1:
		return Value{}, Errorf(TypeError, "%s() takes 1 positional argument but %d were given", fname, npos)
	case npos == 1 && len(kwnames) > 0:
		return Value{}, Errorf(TypeError, "%s() got multiple values for argument 'filename'", fname)
	case len(args) == 0:
		return Value{}, Errorf(TypeError, "%s() missing 1 required positional argument: 'filename'", fname)
	}
	return osFspath(th, args[:1], nil)
}

// osFsencode is os.fsencode(filename): bytes, str encoded as the file
// system does (UTF-8 with surrogateescape).
func osFsencode(th *Thread, args []Value, kwnames []string) (Value, error) {
	p, err := osFilenameArg(th, "_fscodec.<locals>.fsencode", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if p.Type().Layout == LayoutStr {
		return CallMethod(th, p, "encode", NewStr("utf-8"), NewStr("surrogateescape"))
	}
	return p, nil
}

// osFsdecode is os.fsdecode(filename): str, bytes decoded as the file
// system does.
func osFsdecode(th *Thread, args []Value, kwnames []string) (Value, error) {
	p, err := osFilenameArg(th, "_fscodec.<locals>.fsdecode", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if p.Type().Layout == LayoutBytes {
		return osDecodeFS(th, BytesValue(p))
	}
	return p, nil
}
