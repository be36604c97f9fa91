// Package socket implements Python's socket module as CPython splits it:
// the _socket module in Go (the socket type over a kernel socket, name
// resolution, the constants) and the socket module in Python, embedded
// (the socket.socket subclass with accept, makefile and the enum-valued
// family and type, create_connection, the AddressFamily and SocketKind
// enums).
//
// Every kernel socket is non-blocking; blocking calls and timeouts are
// implemented by polling in short slices, between which the interpreter's
// pending work runs, so Ctrl-C interrupts an accept() or recv() that would
// otherwise wait forever.
package socket

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	stdruntime "runtime"
	"time"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
	"golang.org/x/sys/unix"
)

//go:embed socket.py
var socketSource []byte

// The types of _socket and the exceptions of socket.
var (
	SocketType   = runtime.NewBuiltinType("socket", runtime.ObjectType, runtime.LayoutOther, runtime.FlagBaseType|runtime.FlagHasDict)
	GaiErrorType = runtime.NewBuiltinType("gaierror", runtime.OSError, runtime.LayoutException, runtime.FlagBaseType|runtime.FlagHasDict)
	HErrorType   = runtime.NewBuiltinType("herror", runtime.OSError, runtime.LayoutException, runtime.FlagBaseType|runtime.FlagHasDict)
)

// pollSlice is the longest a blocking call waits before it looks at the
// interpreter's pending work (a signal, finalizers).
const pollSlice = 50 * time.Millisecond

// sockFD is the kernel side of a socket, shared with the cleanup that
// closes a socket the program dropped without closing it. It never refers
// to the Python object, so that the object can become unreachable.
type sockFD struct {
	fd    int // -1 once closed or detached
	track sockTracker
}

// sockObject is a _socket.socket.
type sockObject struct {
	runtime.Object
	k                    *sockFD
	family, stype, proto int
	timeout              time.Duration // < 0: blocking (timeout None)
}

func self(v runtime.Value) *sockObject { return (*sockObject)(v.Pointer()) }

// osError converts a system call error to the OSError subclass of its
// errno ([Errno 111] Connection refused is a ConnectionRefusedError).
func osError(err error) error {
	var errno unix.Errno
	if errors.As(err, &errno) {
		return runtime.NewOSError(int(errno), "", "")
	}
	return runtime.Errorf(runtime.OSError, "%v", err)
}

func timeoutError() error {
	return runtime.NewException(runtime.TimeoutError, runtime.NewStr("timed out"))
}

// wait blocks until fd is ready for events or the deadline (zero: none)
// passes, running the interpreter's pending work between slices.
func (s *sockObject) wait(th *runtime.Thread, events int16, deadline time.Time) error {
	for {
		slice := pollSlice
		if !deadline.IsZero() {
			left := time.Until(deadline)
			if left <= 0 {
				return timeoutError()
			}
			slice = min(slice, left)
		}
		fds := []unix.PollFd{{Fd: int32(s.k.fd), Events: events}}
		ms := int((slice + time.Millisecond - 1) / time.Millisecond)
		n, err := unix.Poll(fds, ms)
		if err != nil && err != unix.EINTR {
			return osError(err)
		}
		if err := th.RunPending(); err != nil {
			return err
		}
		if err := s.checkOpen(); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
	}
}

// checkOpen fails with EBADF on a closed socket, as the system calls
// CPython makes to change the blocking mode do.
func (s *sockObject) checkOpen() error {
	if s.k.fd < 0 {
		return osError(unix.EBADF)
	}
	return nil
}

// deadline is when a call started now must give up (zero: never).
func (s *sockObject) deadline() time.Time {
	if s.timeout > 0 {
		return time.Now().Add(s.timeout)
	}
	return time.Time{}
}

// retry runs op until it does not fail with EAGAIN, waiting for events in
// between as the socket's timeout says: a non-blocking socket fails at
// once (BlockingIOError), a timeout raises TimeoutError.
func (s *sockObject) retry(th *runtime.Thread, events int16, deadline time.Time, op func() error) error {
	for {
		err := op()
		if err == unix.EINTR {
			continue
		}
		if err != unix.EAGAIN || s.timeout == 0 {
			if err != nil {
				return osError(err)
			}
			return nil
		}
		if err := s.wait(th, events, deadline); err != nil {
			return err
		}
	}
}

// wrapSocket makes a socket.socket (the Python class, or _socket.socket
// if the socket module is not imported) of a kernel socket, as accept and
// socketpair return them.
func wrapSocket(th *runtime.Thread, fd, family, stype, proto int) (runtime.Value, error) {
	cls := runtime.ValueOf(SocketType)
	if m, ok := th.Interp.Modules.GetStr("socket"); ok {
		if c, ok, _ := runtime.GetAttrOK(th, m, "socket"); ok {
			cls = c
		}
	}
	return runtime.Call(th, cls, []runtime.Value{runtime.Int(int64(family)), runtime.Int(int64(stype)), runtime.Int(int64(proto)), runtime.Int(int64(fd))}, nil)
}

// track registers the socket with the lifetime machinery and attaches
// the cleanup that closes it when the program drops it unclosed.
func (s *sockObject) track(th *runtime.Thread) {
	s.k.track = trackOpen(th, s)
	registryOf(th.Interp).add(s.k)
	// The finalizer is on the kernel half, which only the object refers
	// to, as the file objects' is on their token: a collection waits for
	// finalizers, so gc.collect() reports the leak before it returns.
	stdruntime.SetFinalizer(s.k, sockCollected)
}

// sockCollected closes the socket of an object found unreachable and
// reports the leak if the program never closed it.
func sockCollected(k *sockFD) { k.closeLeaked(tracelog.DetectedByGC) }

// localAddress is "host:port" of a bound socket, for trace log events.
func (s *sockObject) localAddress() string {
	if s.k.fd < 0 {
		return ""
	}
	sa, err := unix.Getsockname(s.k.fd)
	if err != nil {
		return ""
	}
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return ipv4(sa.Addr).hostPort(sa.Port)
	case *unix.SockaddrInet6:
		return ipv6(sa.Addr).hostPort(sa.Port)
	case *unix.SockaddrUnix:
		return sa.Name
	}
	return ""
}

// defaultTimeout is socket.getdefaulttimeout() as a duration.
func defaultTimeout(th *runtime.Thread) time.Duration {
	if m, ok := th.Interp.Modules.GetStr("_socket"); ok {
		if d := (*runtime.Module)(m.Pointer()).Get(defaultTimeoutAttr); d.IsValid() && d.IsFloat() {
			return time.Duration(d.AsFloat() * float64(time.Second))
		}
	}
	return -1
}

const defaultTimeoutAttr = "_defaulttimeout"

// timeoutArg converts a timeout value (None, or seconds >= 0).
func timeoutArg(th *runtime.Thread, v runtime.Value) (time.Duration, error) {
	if v.IsNone() {
		return -1, nil
	}
	f, err := runtime.ToFloat(th, v)
	if err != nil {
		if runtime.IsInstanceOf(err, runtime.TypeError) {
			return 0, runtime.Errorf(runtime.TypeError, "'%s' object cannot be interpreted as an integer", runtime.TypeName(v))
		}
		return 0, err
	}
	if f < 0 || math.IsNaN(f) {
		return 0, runtime.Errorf(runtime.ValueError, "Timeout value out of range")
	}
	return time.Duration(f * float64(time.Second)), nil
}

func timeoutValue(d time.Duration) runtime.Value {
	if d < 0 {
		return runtime.None
	}
	return runtime.Float(d.Seconds())
}

// socketNew is _socket.socket(family=-1, type=-1, proto=-1, fileno=None).
func socketNew(th *runtime.Thread, t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	s := &sockObject{Object: runtime.NewObjectHeader(t), k: &sockFD{fd: -1}, timeout: -1}
	return runtime.ValueOf(s), nil
}

func socketInit(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) error {
	var familyV, typeV, protoV, filenoV runtime.Value
	if err := runtime.UnpackArgs("socket", args, kwnames, "family?", &familyV, "type?", &typeV, "proto?", &protoV, "fileno?", &filenoV); err != nil {
		return err
	}
	intArg := func(v runtime.Value, def int) (int, error) {
		if !v.IsValid() || v.IsNone() {
			return def, nil
		}
		n, err := runtime.AsInt(th, v)
		if err == nil && n == -1 {
			return def, nil
		}
		return int(n), err
	}
	s := self(v)
	if filenoV.IsValid() && !filenoV.IsNone() {
		fd, err := runtime.AsInt(th, filenoV)
		if err != nil {
			return err
		}
		if fd < 0 {
			return runtime.Errorf(runtime.ValueError, "negative file descriptor")
		}
		family, err := unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_DOMAIN)
		if err != nil {
			return osError(err)
		}
		stype, _ := unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_TYPE)
		proto, _ := unix.GetsockoptInt(int(fd), unix.SOL_SOCKET, unix.SO_PROTOCOL)
		if s.family, err = intArg(familyV, family); err != nil {
			return err
		}
		if s.stype, err = intArg(typeV, stype); err != nil {
			return err
		}
		if s.proto, err = intArg(protoV, proto); err != nil {
			return err
		}
		if err := unix.SetNonblock(int(fd), true); err != nil {
			return osError(err)
		}
		s.k.fd = int(fd)
	} else {
		var err error
		if s.family, err = intArg(familyV, unix.AF_INET); err != nil {
			return err
		}
		if s.stype, err = intArg(typeV, unix.SOCK_STREAM); err != nil {
			return err
		}
		if s.proto, err = intArg(protoV, 0); err != nil {
			return err
		}
		fd, err := retryAfterCollect(th, func() (int, error) {
			return unix.Socket(s.family, s.stype|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, s.proto)
		})
		if err != nil {
			return osError(err)
		}
		s.k.fd = fd
	}
	s.stype &^= unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC
	s.timeout = defaultTimeout(th)
	s.track(th)
	return nil
}

// socketRepr is CPython's socket.socket repr: the class, [closed], the
// descriptor, family, type, proto and the addresses known.
func socketRepr(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
	return runtime.NewStr(describe(v.Type(), self(v))), nil
}

func describe(t *runtime.Type, s *sockObject) string {
	closed := ""
	if s.k.fd < 0 {
		closed = " [closed]"
	}
	name := t.Module + "." + t.Qualname
	out := fmt.Sprintf("<%s%s fd=%d, family=%d, type=%d, proto=%d", name, closed, s.k.fd, s.family, s.stype, s.proto)
	if s.k.fd >= 0 {
		if sa, err := unix.Getsockname(s.k.fd); err == nil {
			if r, ok := reprAddr(sa); ok {
				out += ", laddr=" + r
			}
		}
		if sa, err := unix.Getpeername(s.k.fd); err == nil {
			if r, ok := reprAddr(sa); ok {
				out += ", raddr=" + r
			}
		}
	}
	return out + ">"
}

// reprAddr is the repr of an address; CPython leaves out empty ones.
func reprAddr(sa unix.Sockaddr) (string, bool) {
	v := addrValue(sa)
	if v.Type().Layout == runtime.LayoutStr {
		if runtime.StrValue(v) == "" {
			return "", false
		}
	}
	r, err := runtime.Repr(nil, v)
	return r, err == nil
}

// method adds a method of the socket type with its argument checks.
func method(name string, fn func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error), min, max int) {
	SocketType.AddMethod(name, func(th *runtime.Thread, v runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount(name, args, kwnames, min, max); err != nil {
			return runtime.Value{}, err
		}
		return fn(th, self(v), args)
	})
}

// dataArg is the bytes-like data argument of send and friends.
func dataArg(v runtime.Value) ([]byte, error) {
	b, ok := runtime.BytesLike(v)
	if !ok {
		return nil, runtime.Errorf(runtime.TypeError, "a bytes-like object is required, not '%s'", runtime.TypeName(v))
	}
	return b, nil
}

func flagsArg(th *runtime.Thread, args []runtime.Value, i int) (int, error) {
	if len(args) <= i {
		return 0, nil
	}
	n, err := runtime.AsInt(th, args[i])
	return int(n), err
}

func init() {
	runtime.RegisterModule("_socket", initModule)
	runtime.RegisterPythonModule("socket", socketSource)
	for _, t := range []*runtime.Type{GaiErrorType, HErrorType} {
		t.Module = "socket"
	}
}

// socketSetup makes the socket type's methods at the first import of
// _socket, not in every process's start-up.
var socketSetup = runtime.DeferTypeSetup(setupSocketType, SocketType)

// setupSocketType fills in the slots and methods of _socket.socket.
func setupSocketType() {
	SocketType.Module = "_socket"
	t := SocketType
	t.New = socketNew
	t.Init = socketInit
	t.Repr = socketRepr

	method("close", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		if s.k.fd < 0 {
			return runtime.None, nil
		}
		fd := s.k.fd
		s.k.fd = -1
		s.k.track.closed(th)
		registryOf(th.Interp).remove(s.k)
		if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
			return runtime.Value{}, osError(err)
		}
		return runtime.None, nil
	}, 0, 0)
	method("detach", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		fd := s.k.fd
		s.k.fd = -1
		s.k.track.closed(th)
		registryOf(th.Interp).remove(s.k)
		return runtime.Int(int64(fd)), nil
	}, 0, 0)
	method("dup", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		nfd, err := dupFD(s.k.fd)
		if err != nil {
			return runtime.Value{}, err
		}
		d, err := wrapSocket(th, nfd, s.family, s.stype, s.proto)
		if err != nil {
			_ = unix.Close(nfd)
		}
		return d, err
	}, 0, 0)
	method("fileno", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		return runtime.Int(int64(s.k.fd)), nil
	}, 0, 0)
	method("bind", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		sa, err := sockaddr(th, s.family, args[0], "bind")
		if err != nil {
			return runtime.Value{}, err
		}
		if err := unix.Bind(s.k.fd, sa); err != nil {
			return runtime.Value{}, osError(err)
		}
		s.k.track.describe(s)
		return runtime.None, nil
	}, 1, 1)
	method("listen", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		backlog := 128
		if len(args) > 0 {
			n, err := runtime.AsInt(th, args[0])
			if err != nil {
				return runtime.Value{}, err
			}
			backlog = int(max(n, 0))
		}
		if err := unix.Listen(s.k.fd, backlog); err != nil {
			return runtime.Value{}, osError(err)
		}
		s.k.track.describe(s)
		return runtime.None, nil
	}, 0, 1)
	method("accept", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		var nfd int
		var sa unix.Sockaddr
		err := s.retry(th, unix.POLLIN, s.deadline(), func() error {
			var err error
			nfd, sa, err = unix.Accept4(s.k.fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
			return err
		})
		if err != nil {
			return runtime.Value{}, err
		}
		conn, err := wrapSocket(th, nfd, s.family, s.stype, s.proto)
		if err != nil {
			_ = unix.Close(nfd)
			return runtime.Value{}, err
		}
		// As CPython's accept: a listening socket with a timeout gives
		// blocking connections when there is no default timeout.
		if defaultTimeout(th) < 0 && s.timeout > 0 {
			self(conn).timeout = -1
		}
		return runtime.NewTuple([]runtime.Value{conn, addrValue(sa)}), nil
	}, 0, 0)
	method("_accept", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		var nfd int
		var sa unix.Sockaddr
		err := s.retry(th, unix.POLLIN, s.deadline(), func() error {
			var err error
			nfd, sa, err = unix.Accept4(s.k.fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
			return err
		})
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.NewTuple([]runtime.Value{runtime.Int(int64(nfd)), addrValue(sa)}), nil
	}, 0, 0)
	connect := func(th *runtime.Thread, s *sockObject, addr runtime.Value, fname string) (error, error) {
		sa, err := sockaddr(th, s.family, addr, fname)
		if err != nil {
			return nil, err
		}
		err = unix.Connect(s.k.fd, sa)
		for err == unix.EINTR {
			err = unix.Connect(s.k.fd, sa)
		}
		if err == unix.EINPROGRESS && s.timeout != 0 {
			if werr := s.wait(th, unix.POLLOUT, s.deadline()); werr != nil {
				return nil, werr
			}
			n, gerr := unix.GetsockoptInt(s.k.fd, unix.SOL_SOCKET, unix.SO_ERROR)
			if gerr != nil {
				return gerr, nil
			}
			err = nil
			if n != 0 {
				err = unix.Errno(n)
			}
		}
		s.k.track.describe(s)
		return err, nil
	}
	method("connect", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		sysErr, err := connect(th, s, args[0], "connect")
		if err != nil {
			return runtime.Value{}, err
		}
		if sysErr != nil {
			return runtime.Value{}, osError(sysErr)
		}
		return runtime.None, nil
	}, 1, 1)
	method("connect_ex", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		sysErr, err := connect(th, s, args[0], "connect_ex")
		if err != nil {
			return runtime.Value{}, err
		}
		var errno unix.Errno
		if errors.As(sysErr, &errno) {
			return runtime.Int(int64(errno)), nil
		}
		return runtime.Int(0), nil
	}, 1, 1)
	method("send", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		data, err := dataArg(args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		flags, err := flagsArg(th, args, 1)
		if err != nil {
			return runtime.Value{}, err
		}
		var n int
		err = s.retry(th, unix.POLLOUT, s.deadline(), func() error {
			var err error
			n, err = unix.SendmsgN(s.k.fd, data, nil, nil, flags|unix.MSG_NOSIGNAL)
			return err
		})
		return runtime.Int(int64(n)), err
	}, 1, 2)
	method("sendall", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		data, err := dataArg(args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		flags, err := flagsArg(th, args, 1)
		if err != nil {
			return runtime.Value{}, err
		}
		deadline := s.deadline()
		for len(data) > 0 {
			var n int
			err = s.retry(th, unix.POLLOUT, deadline, func() error {
				var err error
				n, err = unix.SendmsgN(s.k.fd, data, nil, nil, flags|unix.MSG_NOSIGNAL)
				return err
			})
			if err != nil {
				return runtime.Value{}, err
			}
			data = data[n:]
			if err := th.RunPending(); err != nil {
				return runtime.Value{}, err
			}
		}
		return runtime.None, nil
	}, 1, 2)
	method("sendto", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		data, err := dataArg(args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		flags, addr := 0, args[len(args)-1]
		if len(args) == 3 {
			if flags, err = flagsArg(th, args, 1); err != nil {
				return runtime.Value{}, err
			}
		}
		sa, err := sockaddr(th, s.family, addr, "sendto")
		if err != nil {
			return runtime.Value{}, err
		}
		err = s.retry(th, unix.POLLOUT, s.deadline(), func() error {
			return unix.Sendto(s.k.fd, data, flags|unix.MSG_NOSIGNAL, sa)
		})
		if err != nil {
			return runtime.Value{}, err
		}
		s.k.track.describe(s)
		return runtime.Int(int64(len(data))), nil
	}, 2, 3)
	recv := func(th *runtime.Thread, s *sockObject, args []runtime.Value, fname string) ([]byte, unix.Sockaddr, error) {
		size, err := runtime.AsInt(th, args[0])
		if err != nil {
			return nil, nil, err
		}
		if size < 0 {
			return nil, nil, runtime.Errorf(runtime.ValueError, "negative buffersize in %s", fname)
		}
		flags, err := flagsArg(th, args, 1)
		if err != nil {
			return nil, nil, err
		}
		buf := make([]byte, size)
		var n int
		var from unix.Sockaddr
		err = s.retry(th, unix.POLLIN, s.deadline(), func() error {
			var err error
			n, from, err = unix.Recvfrom(s.k.fd, buf, flags)
			return err
		})
		if err != nil {
			return nil, nil, err
		}
		return buf[:n], from, nil
	}
	method("recv", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		b, _, err := recv(th, s, args, "recv")
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.NewBytes(b), nil
	}, 1, 2)
	method("recvfrom", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		b, from, err := recv(th, s, args, "recvfrom")
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.NewTuple([]runtime.Value{runtime.NewBytes(b), addrValue(from)}), nil
	}, 1, 2)
	method("recv_into", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		buf, ok := runtime.WritableBytes(args[0])
		if !ok {
			return runtime.Value{}, runtime.Errorf(runtime.TypeError, "recv_into() argument 'buffer' must be read-write bytes-like object, not %s", runtime.TypeName(args[0]))
		}
		size := len(buf)
		if len(args) > 1 {
			n, err := runtime.AsInt(th, args[1])
			if err != nil {
				return runtime.Value{}, err
			}
			if n < 0 {
				return runtime.Value{}, runtime.Errorf(runtime.ValueError, "negative buffersize in recv_into")
			}
			if n > 0 {
				if int(n) > size {
					return runtime.Value{}, runtime.Errorf(runtime.ValueError, "buffer too small for requested bytes")
				}
				size = int(n)
			}
		}
		flags, err := flagsArg(th, args, 2)
		if err != nil {
			return runtime.Value{}, err
		}
		var n int
		err = s.retry(th, unix.POLLIN, s.deadline(), func() error {
			var err error
			n, _, err = unix.Recvfrom(s.k.fd, buf[:size], flags)
			return err
		})
		return runtime.Int(int64(n)), err
	}, 1, 3)
	method("shutdown", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		how, err := runtime.AsInt(th, args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		if err := unix.Shutdown(s.k.fd, int(how)); err != nil {
			return runtime.Value{}, osError(err)
		}
		return runtime.None, nil
	}, 1, 1)
	method("settimeout", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		d, err := timeoutArg(th, args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		s.timeout = d
		return runtime.None, s.checkOpen()
	}, 1, 1)
	method("gettimeout", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		return timeoutValue(s.timeout), nil
	}, 0, 0)
	method("setblocking", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		b, err := runtime.Truth(th, args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		s.timeout = 0
		if b {
			s.timeout = -1
		}
		return runtime.None, s.checkOpen()
	}, 1, 1)
	method("getblocking", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		if err := s.checkOpen(); err != nil {
			return runtime.Value{}, err
		}
		return runtime.Bool(s.timeout != 0), nil
	}, 0, 0)
	method("setsockopt", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		level, err := runtime.AsInt(th, args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		opt, err := runtime.AsInt(th, args[1])
		if err != nil {
			return runtime.Value{}, err
		}
		if args[2].IsSmallInt() || args[2].IsBool() {
			n, _ := runtime.AsInt(th, args[2])
			err = unix.SetsockoptInt(s.k.fd, int(level), int(opt), int(n))
		} else {
			b, ok := runtime.BytesLike(args[2])
			if !ok {
				return runtime.Value{}, runtime.Errorf(runtime.TypeError, "a bytes-like object is required, not '%s'", runtime.TypeName(args[2]))
			}
			err = unix.SetsockoptString(s.k.fd, int(level), int(opt), string(b))
		}
		if err != nil {
			return runtime.Value{}, osError(err)
		}
		return runtime.None, nil
	}, 3, 3)
	method("getsockopt", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		level, err := runtime.AsInt(th, args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		opt, err := runtime.AsInt(th, args[1])
		if err != nil {
			return runtime.Value{}, err
		}
		if len(args) == 3 {
			n, err := runtime.AsInt(th, args[2])
			if err != nil {
				return runtime.Value{}, err
			}
			if n <= 0 || n > 1024 {
				return runtime.Value{}, runtime.Errorf(runtime.OSError, "getsockopt buflen out of range")
			}
			v, err := unix.GetsockoptString(s.k.fd, int(level), int(opt))
			if err != nil {
				return runtime.Value{}, osError(err)
			}
			b := []byte(v)
			if len(b) > int(n) {
				b = b[:n]
			}
			return runtime.NewBytes(b), nil
		}
		v, err := unix.GetsockoptInt(s.k.fd, int(level), int(opt))
		if err != nil {
			return runtime.Value{}, osError(err)
		}
		return runtime.Int(int64(v)), nil
	}, 2, 3)
	method("getsockname", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		sa, err := unix.Getsockname(s.k.fd)
		if err != nil {
			return runtime.Value{}, osError(err)
		}
		return addrValue(sa), nil
	}, 0, 0)
	method("getpeername", func(th *runtime.Thread, s *sockObject, args []runtime.Value) (runtime.Value, error) {
		sa, err := unix.Getpeername(s.k.fd)
		if err != nil {
			return runtime.Value{}, osError(err)
		}
		return addrValue(sa), nil
	}, 0, 0)
	t.AddGetSet("family", func(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		return runtime.Int(int64(self(v).family)), nil
	}, nil)
	t.AddGetSet("type", func(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		return runtime.Int(int64(self(v).stype)), nil
	}, nil)
	t.AddGetSet("proto", func(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		return runtime.Int(int64(self(v).proto)), nil
	}, nil)
	t.AddGetSet("timeout", func(th *runtime.Thread, v runtime.Value) (runtime.Value, error) {
		return timeoutValue(self(v).timeout), nil
	}, nil)
}

// initModule fills _socket: the socket type, the exceptions, the
// functions and the constants (Linux values).
func initModule(th *runtime.Thread, m *runtime.Module) error {
	socketSetup.Ensure()
	m.Set("socket", runtime.ValueOf(SocketType))
	m.Set("SocketType", runtime.ValueOf(SocketType))
	m.Set("error", runtime.ValueOf(runtime.OSError))
	m.Set("timeout", runtime.ValueOf(runtime.TimeoutError))
	m.Set("gaierror", runtime.ValueOf(GaiErrorType))
	m.Set("herror", runtime.ValueOf(HErrorType))
	m.Set(defaultTimeoutAttr, runtime.None)
	m.Set("has_ipv6", runtime.True)
	for _, c := range constants {
		m.Set(c.name, runtime.Int(c.value))
	}
	addConversions(m)
	m.AddFunction("getaddrinfo", getaddrinfo)
	m.AddFunction("gethostbyname", gethostbyname)
	m.AddFunction("gethostname", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount("gethostname", args, kwnames, 0, 0); err != nil {
			return runtime.Value{}, err
		}
		var u unix.Utsname
		if err := unix.Uname(&u); err != nil {
			return runtime.Value{}, osError(err)
		}
		return runtime.NewStr(unix.ByteSliceToString(u.Nodename[:])), nil
	})
	m.AddFunction("getdefaulttimeout", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount("getdefaulttimeout", args, kwnames, 0, 0); err != nil {
			return runtime.Value{}, err
		}
		return m.Get(defaultTimeoutAttr), nil
	})
	m.AddFunction("setdefaulttimeout", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount("setdefaulttimeout", args, kwnames, 1, 1); err != nil {
			return runtime.Value{}, err
		}
		d, err := timeoutArg(th, args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		m.Set(defaultTimeoutAttr, timeoutValue(d))
		return runtime.None, nil
	})
	m.AddFunction("socketpair", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var familyV, typeV, protoV runtime.Value
		if err := runtime.UnpackArgs("socketpair", args, kwnames, "family?", &familyV, "type?", &typeV, "proto?", &protoV); err != nil {
			return runtime.Value{}, err
		}
		family, stype, proto := unix.AF_UNIX, unix.SOCK_STREAM, 0
		for _, p := range []struct {
			v   runtime.Value
			out *int
		}{{familyV, &family}, {typeV, &stype}, {protoV, &proto}} {
			if p.v.IsValid() && !p.v.IsNone() {
				n, err := runtime.AsInt(th, p.v)
				if err != nil {
					return runtime.Value{}, err
				}
				*p.out = int(n)
			}
		}
		fds, err := retryAfterCollect(th, func() ([2]int, error) {
			return unix.Socketpair(family, stype|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
		})
		if err != nil {
			return runtime.Value{}, osError(err)
		}
		a, err := wrapSocket(th, fds[0], family, stype, proto)
		if err != nil {
			_ = unix.Close(fds[0])
			_ = unix.Close(fds[1])
			return runtime.Value{}, err
		}
		b, err := wrapSocket(th, fds[1], family, stype, proto)
		if err != nil {
			_ = unix.Close(fds[1])
			return runtime.Value{}, err
		}
		return runtime.NewTuple([]runtime.Value{a, b}), nil
	})
	m.AddFunction("_describe", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount("_describe", args, kwnames, 1, 1); err != nil {
			return runtime.Value{}, err
		}
		return socketRepr(th, args[0])
	})
	return nil
}

// getaddrinfo flags (glibc's values; the C library is not linked).
const (
	aiPassive     = 1
	aiNumericHost = 4
)

// constants are the module's integer constants, with Linux's values: a
// slice the linker lays out, where a map would be built at every start.
var constants = []struct {
	name  string
	value int64
}{
	{"AF_UNSPEC", unix.AF_UNSPEC}, {"AF_UNIX", unix.AF_UNIX}, {"AF_INET", unix.AF_INET}, {"AF_INET6", unix.AF_INET6},
	{"SOCK_STREAM", unix.SOCK_STREAM}, {"SOCK_DGRAM", unix.SOCK_DGRAM}, {"SOCK_RAW", unix.SOCK_RAW},
	{"SOCK_SEQPACKET", unix.SOCK_SEQPACKET}, {"SOCK_NONBLOCK", unix.SOCK_NONBLOCK}, {"SOCK_CLOEXEC", unix.SOCK_CLOEXEC},
	{"SOL_SOCKET", unix.SOL_SOCKET}, {"SO_REUSEADDR", unix.SO_REUSEADDR}, {"SO_REUSEPORT", unix.SO_REUSEPORT},
	{"SO_KEEPALIVE", unix.SO_KEEPALIVE}, {"SO_BROADCAST", unix.SO_BROADCAST}, {"SO_ERROR", unix.SO_ERROR},
	{"SO_RCVBUF", unix.SO_RCVBUF}, {"SO_SNDBUF", unix.SO_SNDBUF}, {"SO_TYPE", unix.SO_TYPE}, {"SO_LINGER", unix.SO_LINGER},
	{"SO_RCVLOWAT", unix.SO_RCVLOWAT}, {"SO_SNDLOWAT", unix.SO_SNDLOWAT}, {"SO_ACCEPTCONN", unix.SO_ACCEPTCONN},
	{"SOL_TCP", unix.SOL_TCP}, {"SOL_UDP", unix.SOL_UDP}, {"SOL_IP", unix.SOL_IP},
	{"IPPROTO_IP", unix.IPPROTO_IP}, {"IPPROTO_TCP", unix.IPPROTO_TCP}, {"IPPROTO_UDP", unix.IPPROTO_UDP},
	{"IPPROTO_IPV6", unix.IPPROTO_IPV6}, {"IPPROTO_ICMP", unix.IPPROTO_ICMP}, {"IPPROTO_RAW", unix.IPPROTO_RAW},
	{"IPV6_V6ONLY", unix.IPV6_V6ONLY}, {"TCP_NODELAY", unix.TCP_NODELAY}, {"TCP_KEEPIDLE", unix.TCP_KEEPIDLE},
	{"TCP_KEEPINTVL", unix.TCP_KEEPINTVL}, {"TCP_KEEPCNT", unix.TCP_KEEPCNT}, {"IP_TTL", unix.IP_TTL},
	{"SHUT_RD", unix.SHUT_RD}, {"SHUT_WR", unix.SHUT_WR}, {"SHUT_RDWR", unix.SHUT_RDWR},
	{"MSG_PEEK", unix.MSG_PEEK}, {"MSG_DONTWAIT", unix.MSG_DONTWAIT}, {"MSG_WAITALL", unix.MSG_WAITALL},
	{"MSG_OOB", unix.MSG_OOB}, {"MSG_TRUNC", unix.MSG_TRUNC}, {"MSG_NOSIGNAL", unix.MSG_NOSIGNAL},
	{"AI_PASSIVE", aiPassive}, {"AI_CANONNAME", 2}, {"AI_NUMERICHOST", aiNumericHost},
	{"AI_NUMERICSERV", 0x400}, {"AI_ADDRCONFIG", 0x20}, {"AI_V4MAPPED", 8},
	{"AI_ALL", 0x10}, {"NI_NUMERICHOST", 1}, {"NI_NUMERICSERV", 2},
	{"INADDR_ANY", 0}, {"INADDR_LOOPBACK", 0x7f000001}, {"INADDR_BROADCAST", 0xffffffff}, {"INADDR_NONE", 0xffffffff},
	{"SOMAXCONN", 4096}, {"EAI_NONAME", eaiNoName}, {"EAI_FAMILY", eaiFamily}, {"EAI_SERVICE", eaiService},
	{"EAI_AGAIN", -3}, {"EAI_FAIL", -4},
}
