package runtime

import "fmt"

// Exception is an instance of BaseException or a subclass. It implements
// Go's error interface so that Go code can return it.
type Exception struct {
	Object
	Args            []Value
	Cause           Value // __cause__; zero means None
	Context         Value // __context__; zero means None
	SuppressContext bool  // __suppress_context__
	Traceback       Value // __traceback__; zero means None
	// Fields holds the attributes that subclasses add (OSError's errno,
	// SyntaxError's lineno, ...): see exception_methods.go. Nil if none.
	Fields *Dict
}

// Error returns "Type: message", for Go diagnostics; Python code sees the
// exception's own str().
func (e *Exception) Error() string {
	msg := ""
	switch len(e.Args) {
	case 0:
	case 1:
		if e.Args[0].p != nil && e.Args[0].Type().Layout == LayoutStr {
			msg = StrValue(e.Args[0])
		} else {
			msg = fmt.Sprint(e.Args[0])
		}
	default:
		msg = fmt.Sprint(e.Args)
	}
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Value returns the exception as a Python value.
func (e *Exception) Value() Value { return ValueOf(e) }

// AsException returns err as a Python exception. Errors that are not
// Python exceptions (they should not happen) become SystemError, so that no
// Go error ever escapes as a crash.
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return NewException(SystemError, NewStr("internal error: "+err.Error()))
}

// NewException returns a new instance of the exception type t with args.
// It does not run __init__: use Call on the type for that.
func NewException(t *Type, args ...Value) *Exception {
	return &Exception{Object: Object{typ: t}, Args: args}
}

// Errorf returns a new exception of type t whose one argument is the
// formatted message.
func Errorf(t *Type, format string, args ...any) error {
	return NewException(t, NewStr(fmt.Sprintf(format, args...)))
}

// IsInstanceOf reports whether err is a Python exception of type t or a
// subclass.
func IsInstanceOf(err error, t *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(t)
}

// The builtin exception hierarchy of CPython 3.12.
var (
	BaseException         = newExceptionType("BaseException", nil)
	BaseExceptionGroup    = newExceptionType("BaseExceptionGroup", BaseException)
	GeneratorExit         = newExceptionType("GeneratorExit", BaseException)
	KeyboardInterrupt     = newExceptionType("KeyboardInterrupt", BaseException)
	SystemExit            = newExceptionType("SystemExit", BaseException)
	ExceptionType         = newExceptionType("Exception", BaseException)
	ArithmeticError       = newExceptionType("ArithmeticError", ExceptionType)
	FloatingPointError    = newExceptionType("FloatingPointError", ArithmeticError)
	OverflowError         = newExceptionType("OverflowError", ArithmeticError)
	ZeroDivisionError     = newExceptionType("ZeroDivisionError", ArithmeticError)
	AssertionError        = newExceptionType("AssertionError", ExceptionType)
	AttributeError        = newExceptionType("AttributeError", ExceptionType)
	BufferError           = newExceptionType("BufferError", ExceptionType)
	EOFError              = newExceptionType("EOFError", ExceptionType)
	ExceptionGroup        = newExceptionGroupType("ExceptionGroup", BaseExceptionGroup, ExceptionType)
	ImportError           = newExceptionType("ImportError", ExceptionType)
	ModuleNotFoundError   = newExceptionType("ModuleNotFoundError", ImportError)
	LookupError           = newExceptionType("LookupError", ExceptionType)
	IndexError            = newExceptionType("IndexError", LookupError)
	KeyError              = newExceptionType("KeyError", LookupError)
	MemoryError           = newExceptionType("MemoryError", ExceptionType)
	NameError             = newExceptionType("NameError", ExceptionType)
	UnboundLocalError     = newExceptionType("UnboundLocalError", NameError)
	OSError               = newExceptionType("OSError", ExceptionType)
	BlockingIOError       = newExceptionType("BlockingIOError", OSError)
	ChildProcessError     = newExceptionType("ChildProcessError", OSError)
	ConnectionError       = newExceptionType("ConnectionError", OSError)
	BrokenPipeError       = newExceptionType("BrokenPipeError", ConnectionError)
	ConnectionAborted     = newExceptionType("ConnectionAbortedError", ConnectionError)
	ConnectionRefused     = newExceptionType("ConnectionRefusedError", ConnectionError)
	ConnectionReset       = newExceptionType("ConnectionResetError", ConnectionError)
	FileExistsError       = newExceptionType("FileExistsError", OSError)
	FileNotFoundError     = newExceptionType("FileNotFoundError", OSError)
	InterruptedError      = newExceptionType("InterruptedError", OSError)
	IsADirectoryError     = newExceptionType("IsADirectoryError", OSError)
	NotADirectoryError    = newExceptionType("NotADirectoryError", OSError)
	PermissionError       = newExceptionType("PermissionError", OSError)
	ProcessLookupError    = newExceptionType("ProcessLookupError", OSError)
	TimeoutError          = newExceptionType("TimeoutError", OSError)
	ReferenceError        = newExceptionType("ReferenceError", ExceptionType)
	RuntimeError          = newExceptionType("RuntimeError", ExceptionType)
	NotImplementedError   = newExceptionType("NotImplementedError", RuntimeError)
	RecursionError        = newExceptionType("RecursionError", RuntimeError)
	StopAsyncIteration    = newExceptionType("StopAsyncIteration", ExceptionType)
	StopIteration         = newExceptionType("StopIteration", ExceptionType)
	SyntaxError           = newExceptionType("SyntaxError", ExceptionType)
	IndentationError      = newExceptionType("IndentationError", SyntaxError)
	TabError              = newExceptionType("TabError", IndentationError)
	SystemError           = newExceptionType("SystemError", ExceptionType)
	TypeError             = newExceptionType("TypeError", ExceptionType)
	ValueError            = newExceptionType("ValueError", ExceptionType)
	UnicodeError          = newExceptionType("UnicodeError", ValueError)
	UnicodeDecodeError    = newExceptionType("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError    = newExceptionType("UnicodeEncodeError", UnicodeError)
	UnicodeTranslateError = newExceptionType("UnicodeTranslateError", UnicodeError)
	Warning               = newExceptionType("Warning", ExceptionType)
	BytesWarning          = newExceptionType("BytesWarning", Warning)
	DeprecationWarning    = newExceptionType("DeprecationWarning", Warning)
	EncodingWarning       = newExceptionType("EncodingWarning", Warning)
	FutureWarning         = newExceptionType("FutureWarning", Warning)
	ImportWarning         = newExceptionType("ImportWarning", Warning)
	PendingDeprecation    = newExceptionType("PendingDeprecationWarning", Warning)
	ResourceWarning       = newExceptionType("ResourceWarning", Warning)
	RuntimeWarning        = newExceptionType("RuntimeWarning", Warning)
	SyntaxWarning         = newExceptionType("SyntaxWarning", Warning)
	UnicodeWarning        = newExceptionType("UnicodeWarning", Warning)
	UserWarning           = newExceptionType("UserWarning", Warning)
)

// ExceptionTypes lists the builtin exception types, for the builtins module.
// It is made at its final size: growing it by appends was a dozen
// allocations of every start.
var ExceptionTypes = make([]*Type, 0, builtinExceptionTypes)

// builtinExceptionTypes is the number of exception types above.
const builtinExceptionTypes = 67

// newExceptionType makes a builtin exception type derived from base
// (object for BaseException). The base is not a variadic argument, whose
// slice would be an allocation per type.
func newExceptionType(name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	t := NewBuiltinType(name, base, LayoutException, FlagBaseType|FlagHasDict)
	ExceptionTypes = append(ExceptionTypes, t)
	return t
}

// newExceptionGroupType makes ExceptionGroup, an exception type with two
// bases; the first gives the layout and slots.
func newExceptionGroupType(name string, base, other *Type) *Type {
	t := newExceptionType(name, base)
	t.Bases = []*Type{base, other}
	t.MRO, _ = C3(t, t.Bases)
	return t
}

// FormatExceptionOnly returns the last line of a traceback for e:
// "TypeError: message", or just "TypeError" when str(e) is empty. The
// type is qualified with its module unless it is builtins or __main__.
func FormatExceptionOnly(th *Thread, e *Exception) string {
	name := e.typ.Qualname
	if m := e.typ.Module; m != "" && m != "builtins" && m != "__main__" {
		name = m + "." + name
	}
	s, err := ToString(th, ValueOf(e))
	if err != nil {
		return name + ": <exception str() failed>"
	}
	if s == "" {
		return name
	}
	return name + ": " + s
}
