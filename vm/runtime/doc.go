// Package runtime is Kiln's object model and interpreter: values, types,
// the abstract object protocol (calls, attributes, operators, iteration),
// the builtin types and functions, frames, and the bytecode dispatch loop.
//
// # Values
//
// A Value is two machine words, {p, n}. Small ints (anything that fits in an
// int64), floats, bools and None are immediates: p points at a static header
// that names their type and n holds their bits, so arithmetic on them
// allocates nothing and a type test is one pointer compare (v.p == pInt).
// Every other value is a heap object: p points at a Go struct whose first
// field is an Object header {typ, dict}, and n is unused. The zero Value
// means "no value" (an unbound local, a deleted dict entry); it is never
// visible to Python code.
//
// Because p is always a real Go pointer (to a global or to the heap), the Go
// garbage collector manages Python objects with no help: there is no
// reference counting, and finalizers run "some time later", as in PyPy.
//
// # Types and protocols
//
// A *Type carries Go slot functions (Call, GetAttr, BinOp, Iter, ...) that
// builtin types fill in directly; classes written in Python get slot wrappers
// that look up and call their dunder methods. The package-level protocol
// functions (Call, GetAttr, BinaryOp, Compare, Iter, Next, Repr, Hash, ...)
// implement CPython's rules on top of the slots: reflected operands,
// subclass priority, NotImplemented, and CPython's exact error messages.
//
// # Errors
//
// A Python exception is an *Exception heap object that implements Go's
// error interface. Functions that can raise return (Value, error); the
// error, when non-nil, is always an *Exception (see AsException).
//
// # Threads
//
// All state lives in an *Interpreter (one per process state: tests run many
// in one process) and its *Thread, which every protocol function takes
// first. A Thread is not safe for concurrent use.
package runtime
