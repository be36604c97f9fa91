package runtime

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// This file defines the errno module (Linux's error numbers, names and
// messages) and the conversion of Go's OS errors to Python's OSError
// subclasses, chosen from the errno as CPython chooses them.

// errnoInfo is one error number: its name and its strerror message.
type errnoInfo struct {
	name  string
	value int
	msg   string
}

// errnoTable lists Linux's errors in the order of CPython's
// errno.errorcode; errnoAliases are the second names of some numbers.
var errnoTable = []errnoInfo{
	{"ENODEV", 19, "No such device"},
	{"ENOCSI", 50, "No CSI structure available"},
	{"EHOSTUNREACH", 113, "No route to host"},
	{"ENOMSG", 42, "No message of desired type"},
	{"EUCLEAN", 117, "Structure needs cleaning"},
	{"EL2NSYNC", 45, "Level 2 not synchronized"},
	{"EL2HLT", 51, "Level 2 halted"},
	{"ENODATA", 61, "No data available"},
	{"ENOTBLK", 15, "Block device required"},
	{"ENOSYS", 38, "Function not implemented"},
	{"EPIPE", 32, "Broken pipe"},
	{"EINVAL", 22, "Invalid argument"},
	{"EOVERFLOW", 75, "Value too large for defined data type"},
	{"EADV", 68, "Advertise error"},
	{"EINTR", 4, "Interrupted system call"},
	{"EUSERS", 87, "Too many users"},
	{"ENOTEMPTY", 39, "Directory not empty"},
	{"ENOBUFS", 105, "No buffer space available"},
	{"EPROTO", 71, "Protocol error"},
	{"EREMOTE", 66, "Object is remote"},
	{"ENAVAIL", 119, "No XENIX semaphores available"},
	{"ECHILD", 10, "No child processes"},
	{"ELOOP", 40, "Too many levels of symbolic links"},
	{"EXDEV", 18, "Invalid cross-device link"},
	{"E2BIG", 7, "Argument list too long"},
	{"ESRCH", 3, "No such process"},
	{"EMSGSIZE", 90, "Message too long"},
	{"EAFNOSUPPORT", 97, "Address family not supported by protocol"},
	{"EBADR", 53, "Invalid request descriptor"},
	{"EHOSTDOWN", 112, "Host is down"},
	{"EPFNOSUPPORT", 96, "Protocol family not supported"},
	{"ENOPROTOOPT", 92, "Protocol not available"},
	{"EBUSY", 16, "Device or resource busy"},
	{"EAGAIN", 11, "Resource temporarily unavailable"},
	{"EBADFD", 77, "File descriptor in bad state"},
	{"EDOTDOT", 73, "RFS specific error"},
	{"EISCONN", 106, "Transport endpoint is already connected"},
	{"ENOANO", 55, "No anode"},
	{"ESHUTDOWN", 108, "Cannot send after transport endpoint shutdown"},
	{"ECHRNG", 44, "Channel number out of range"},
	{"ELIBBAD", 80, "Accessing a corrupted shared library"},
	{"ENONET", 64, "Machine is not on the network"},
	{"EBADE", 52, "Invalid exchange"},
	{"EBADF", 9, "Bad file descriptor"},
	{"EMULTIHOP", 72, "Multihop attempted"},
	{"EIO", 5, "Input/output error"},
	{"EUNATCH", 49, "Protocol driver not attached"},
	{"EPROTOTYPE", 91, "Protocol wrong type for socket"},
	{"ENOSPC", 28, "No space left on device"},
	{"ENOEXEC", 8, "Exec format error"},
	{"EALREADY", 114, "Operation already in progress"},
	{"ENETDOWN", 100, "Network is down"},
	{"ENOTNAM", 118, "Not a XENIX named type file"},
	{"EACCES", 13, "Permission denied"},
	{"ELNRNG", 48, "Link number out of range"},
	{"EILSEQ", 84, "Invalid or incomplete multibyte or wide character"},
	{"ENOTDIR", 20, "Not a directory"},
	{"ENOTUNIQ", 76, "Name not unique on network"},
	{"EPERM", 1, "Operation not permitted"},
	{"EDOM", 33, "Numerical argument out of domain"},
	{"EXFULL", 54, "Exchange full"},
	{"ECONNREFUSED", 111, "Connection refused"},
	{"EISDIR", 21, "Is a directory"},
	{"EPROTONOSUPPORT", 93, "Protocol not supported"},
	{"EROFS", 30, "Read-only file system"},
	{"EADDRNOTAVAIL", 99, "Cannot assign requested address"},
	{"EIDRM", 43, "Identifier removed"},
	{"ECOMM", 70, "Communication error on send"},
	{"ESRMNT", 69, "Srmount error"},
	{"EREMOTEIO", 121, "Remote I/O error"},
	{"EL3RST", 47, "Level 3 reset"},
	{"EBADMSG", 74, "Bad message"},
	{"ENFILE", 23, "Too many open files in system"},
	{"ELIBMAX", 82, "Attempting to link in too many shared libraries"},
	{"ESPIPE", 29, "Illegal seek"},
	{"ENOLINK", 67, "Link has been severed"},
	{"ENETRESET", 102, "Network dropped connection on reset"},
	{"ETIMEDOUT", 110, "Connection timed out"},
	{"ENOENT", 2, "No such file or directory"},
	{"EEXIST", 17, "File exists"},
	{"EDQUOT", 122, "Disk quota exceeded"},
	{"ENOSTR", 60, "Device not a stream"},
	{"EBADSLT", 57, "Invalid slot"},
	{"EBADRQC", 56, "Invalid request code"},
	{"ELIBACC", 79, "Can not access a needed shared library"},
	{"EFAULT", 14, "Bad address"},
	{"EFBIG", 27, "File too large"},
	{"EDEADLOCK", 35, "Resource deadlock avoided"},
	{"ENOTCONN", 107, "Transport endpoint is not connected"},
	{"EDESTADDRREQ", 89, "Destination address required"},
	{"ELIBSCN", 81, ".lib section in a.out corrupted"},
	{"ENOLCK", 37, "No locks available"},
	{"EISNAM", 120, "Is a named type file"},
	{"ECONNABORTED", 103, "Software caused connection abort"},
	{"ENETUNREACH", 101, "Network is unreachable"},
	{"ESTALE", 116, "Stale file handle"},
	{"ENOSR", 63, "Out of streams resources"},
	{"ENOMEM", 12, "Cannot allocate memory"},
	{"ENOTSOCK", 88, "Socket operation on non-socket"},
	{"ESTRPIPE", 86, "Streams pipe error"},
	{"EMLINK", 31, "Too many links"},
	{"ERANGE", 34, "Numerical result out of range"},
	{"ELIBEXEC", 83, "Cannot exec a shared library directly"},
	{"EL3HLT", 46, "Level 3 halted"},
	{"ECONNRESET", 104, "Connection reset by peer"},
	{"EADDRINUSE", 98, "Address already in use"},
	{"ENOTSUP", 95, "Operation not supported"},
	{"EREMCHG", 78, "Remote address changed"},
	{"ENAMETOOLONG", 36, "File name too long"},
	{"ENOTTY", 25, "Inappropriate ioctl for device"},
	{"ERESTART", 85, "Interrupted system call should be restarted"},
	{"ESOCKTNOSUPPORT", 94, "Socket type not supported"},
	{"ETIME", 62, "Timer expired"},
	{"EBFONT", 59, "Bad font file format"},
	{"ETOOMANYREFS", 109, "Too many references: cannot splice"},
	{"EMFILE", 24, "Too many open files"},
	{"ETXTBSY", 26, "Text file busy"},
	{"EINPROGRESS", 115, "Operation now in progress"},
	{"ENXIO", 6, "No such device or address"},
	{"ENOPKG", 65, "Package not installed"},
	{"ENOMEDIUM", 123, "No medium found"},
	{"EMEDIUMTYPE", 124, "Wrong medium type"},
	{"ECANCELED", 125, "Operation canceled"},
	{"ENOKEY", 126, "Required key not available"},
	{"EKEYEXPIRED", 127, "Key has expired"},
	{"EKEYREVOKED", 128, "Key has been revoked"},
	{"EKEYREJECTED", 129, "Key was rejected by service"},
	{"EOWNERDEAD", 130, "Owner died"},
	{"ENOTRECOVERABLE", 131, "State not recoverable"},
	{"ERFKILL", 132, "Operation not possible due to RF-kill"},
}

var errnoAliases = []errnoInfo{
	{"EDEADLK", 35, ""},
	{"EOPNOTSUPP", 95, ""},
	{"EWOULDBLOCK", 11, ""},
}

// Strerror returns the C library's message for errno n, as os.strerror.
// It searches errnoTable, whose numbers are distinct, rather than a map
// that every start would build: an error message is made far less often
// than a process starts.
func Strerror(n int) string {
	for _, e := range errnoTable {
		if e.value == n {
			return e.msg
		}
	}
	return fmt.Sprintf("Unknown error %d", n)
}

// errnoExceptionType returns the OSError subclass CPython raises for n.
func errnoExceptionType(n syscall.Errno) *Type {
	switch n {
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		return BlockingIOError
	case syscall.ECHILD:
		return ChildProcessError
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return BrokenPipeError
	case syscall.ECONNABORTED:
		return ConnectionAborted
	case syscall.ECONNREFUSED:
		return ConnectionRefused
	case syscall.ECONNRESET:
		return ConnectionReset
	case syscall.EEXIST:
		return FileExistsError
	case syscall.ENOENT:
		return FileNotFoundError
	case syscall.EISDIR:
		return IsADirectoryError
	case syscall.ENOTDIR:
		return NotADirectoryError
	case syscall.EINTR:
		return InterruptedError
	case syscall.EACCES, syscall.EPERM:
		return PermissionError
	case syscall.ESRCH:
		return ProcessLookupError
	case syscall.ETIMEDOUT:
		return TimeoutError
	}
	return OSError
}

// NewOSError returns the OSError subclass for errno n with strerror and
// the filenames set (filename2 may be empty), like OSError(n, msg, name).
func NewOSError(n int, filename, filename2 string) *Exception {
	msg := Strerror(n)
	args := []Value{Int(int64(n)), NewStr(msg)}
	fn, fn2 := None, None
	if filename != "" {
		fn = NewStr(filename)
		args = append(args, fn)
		if filename2 != "" {
			fn2 = NewStr(filename2)
			args = append(args, Int(0), fn2)
		}
	}
	e := NewException(errnoExceptionType(syscall.Errno(n)))
	e.dict = NewDict()
	osErrorParse(e, args)
	return e
}

// oserrorFromGo converts an error from Go's os package to a Python
// OSError. filename is used when the error does not name a path itself.
func oserrorFromGo(err error, filename string) error {
	if exc, ok := err.(*Exception); ok {
		return exc // raised by a Python stream a wrapper called (file_wrap.go)
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return Errorf(OSError, "%s", err.Error())
		}
	}
	var linkErr *os.LinkError
	if errors.As(err, &linkErr) {
		return NewOSError(int(errno), linkErr.Old, linkErr.New)
	}
	return NewOSError(int(errno), filename, "")
}

// errnoModuleInit makes the errno module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func errnoModuleInit(th *Thread, m *Module) error {
	codes := NewDict()
	for _, e := range errnoTable {
		m.Set(e.name, Int(int64(e.value)))
		if err := codes.Set(th, Int(int64(e.value)), NewStr(e.name)); err != nil {
			return err
		}
	}
	for _, e := range errnoAliases {
		m.Set(e.name, Int(int64(e.value)))
	}
	m.Set("errorcode", ValueOf(codes))
	return nil
}
