package runtime

// This file gives the io module's abstract bases (_IOBase, _RawIOBase,
// _BufferedIOBase, _TextIOBase) CPython's default methods, for the user
// classes deriving them: a RawIOBase that defines readinto, a
// BufferedIOBase that defines read. They work through the object's own
// methods and its __IOBase_closed attribute, never through a File, whose
// types define their own methods (file.go).

import (
	"cmp"
	goruntime "runtime"
	"slices"
	"strings"
	"unsafe"
)

// RawIOBaseType is io.RawIOBase: read and readall from readinto.
var RawIOBaseType = NewBuiltinType("_RawIOBase", IOBaseType, LayoutOther, FlagBaseType|FlagQualifiedName)

// ioBaseClosed reports v.closed as _IOBase keeps it.
func ioBaseClosed(th *Thread, v Value) (bool, error) {
	c, err := GetAttr(th, v, "closed")
	if err != nil {
		return false, err
	}
	return Truth(th, c)
}

// ioBaseFinalize is _IOBase's __del__: close the object unless it is
// closed, telling close it runs in finalization (_finalizing, as CPython
// sets it). Errors are dropped, as CPython drops them outside its
// development mode: a traceback at collection time would be spurious more
// often than useful.
func ioBaseFinalize(th *Thread, v Value) error {
	if closed, err := ioBaseClosed(th, v); err != nil || closed {
		return nil
	}
	_ = SetAttr(th, v, "_finalizing", True)
	_, _ = CallMethod(th, v, "close")
	return nil
}

// isIOBaseInstance reports whether t is a Python class deriving from io's
// abstract bases (a user's RawIOBase or BufferedIOBase, not a subclass of
// a file type, which the open-files registry closes), whose instances
// CPython closes when they die, also while tearing modules down at exit.
// Such classes have _IOBase's finalizer, so their instances are in the
// interpreter's finalizable set (watchDel), where exit finds them.
func isIOBaseInstance(t *Type) bool {
	if t.Flags&FlagHeapType == 0 || !t.IsSubtype(IOBaseType) {
		return false
	}
	for _, ft := range fileTypes {
		if t.IsSubtype(ft) {
			return false
		}
	}
	return true
}

// takeQueuedIOObjects takes out of the finalizer queue, in allocation
// order, the io objects the collector found unreachable whose finalizer
// has not run: at exit they are closed, as CPython closed them when they
// died, while other pending finalizers are dropped (finishAtExit).
func (interp *Interpreter) takeQueuedIOObjects() []finalizeItem {
	l := &interp.life
	l.mu.Lock()
	var taken []finalizeItem
	kept := l.queue[:0]
	for _, it := range l.queue {
		if isIOBaseInstance(it.v.Type()) {
			taken = append(taken, it)
		} else {
			kept = append(kept, it)
		}
	}
	l.queue = kept
	l.mu.Unlock()
	if len(taken) > 1 {
		slices.SortStableFunc(taken, func(a, b finalizeItem) int { return cmp.Compare(a.seq, b.seq) })
	}
	return taken
}

// finalizeAtExit runs v's finalizer (its class's __del__, or _IOBase's,
// which closes it) at exit, once: v's Go finalizer is removed first, so
// a collection during the Python code that runs cannot queue it again.
func (interp *Interpreter) finalizeAtExit(th *Thread, v Value) {
	o := v.header()
	goruntime.SetFinalizer(o, nil)
	l := &interp.life
	l.mu.Lock()
	delete(l.finalizable, uintptr(unsafe.Pointer(o)))
	l.mu.Unlock()
	interp.finalize(th, v)
}

// ioBaseCheckClosed is _IOBase's check before an operation.
func ioBaseCheckClosed(th *Thread, v Value) error {
	closed, err := ioBaseClosed(th, v)
	if err == nil && closed {
		err = Errorf(ValueError, "I/O operation on closed file.")
	}
	return err
}

// ioIterMethods adds __iter__ and __next__ calling t's Iter and Next slots.
func ioIterMethods(t *Type) {
	t.AddMethod("__iter__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		return t.Iter(th, v)
	})
	t.AddMethod("__next__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		r, ok, err := t.Next(th, v)
		if err == nil && !ok {
			err = NewException(StopIteration)
		}
		return r, err
	})
}

// ioBaseUnsupported adds methods that raise UnsupportedOperation(name).
func ioBaseUnsupported(t *Type, names ...string) {
	for _, name := range names {
		t.AddMethod(name, func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			return Value{}, NewException(UnsupportedOperation, NewStr(name))
		})
	}
}

func init() {
	RawIOBaseType.Module = "_io"
	t := IOBaseType
	// An IOBase the program drops unclosed is closed when it is collected,
	// as CPython's finalizer does, so that what a Python-defined buffered
	// writer holds is written. Only Python subclasses are watched
	// (WatchDel); the builtin files have the open-files registry.
	for _, base := range []*Type{IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType} {
		base.Finalize = ioBaseFinalize
	}
	t.Iter = func(th *Thread, v Value) (Value, error) { return v, ioBaseCheckClosed(th, v) }
	t.Next = func(th *Thread, v Value) (Value, bool, error) {
		line, err := CallMethod(th, v, "readline")
		if err != nil {
			return Value{}, false, err
		}
		n, err := Len(th, line)
		return line, err == nil && n > 0, err
	}
	// The methods are made with the dicts (type_dict.go).
	t.planAdder(func() {
		for _, name := range []string{"readable", "writable", "seekable"} {
			ioMethod0(t, name, func(th *Thread, v Value) (Value, error) { return False, nil })
		}
		ioMethod0(t, "isatty", func(th *Thread, v Value) (Value, error) {
			return False, ioBaseCheckClosed(th, v)
		})
		t.AddGetSet("closed", func(th *Thread, v Value) (Value, error) {
			if d := v.header().dict; d != nil {
				if c, ok := d.GetStr("__IOBase_closed"); ok {
					return c, nil
				}
			}
			return False, nil
		}, nil)
		ioMethod0(t, "flush", func(th *Thread, v Value) (Value, error) {
			return None, ioBaseCheckClosed(th, v)
		})
		ioMethod0(t, "close", func(th *Thread, v Value) (Value, error) {
			if closed, err := ioBaseClosed(th, v); err != nil || closed {
				return None, err
			}
			_, flushErr := CallMethod(th, v, "flush")
			if err := SetAttr(th, v, "__IOBase_closed", True); err != nil {
				return Value{}, err
			}
			return None, flushErr
		})
		ioMethod0(t, "__del__", func(th *Thread, v Value) (Value, error) {
			return None, ioBaseFinalize(th, v)
		})
		t.AddMethod("__enter__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			return v, ioBaseCheckClosed(th, v)
		})
		t.AddMethod("__exit__", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			return CallMethod(th, v, "close")
		})
		// CPython's helpers for Python subclasses (socket.SocketIO uses them).
		t.AddMethod("_checkClosed", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(TypeName(v)+"._checkClosed", args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			return None, ioBaseCheckClosed(th, v)
		})
		for _, c := range []struct{ method, what string }{{"readable", "readable"}, {"writable", "writable"}, {"seekable", "seekable"}} {
			name := "_check" + strings.ToUpper(c.method[:1]) + c.method[1:]
			t.AddMethod(name, func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
				if err := CheckArgCount(TypeName(v)+"."+name, args, kwnames, 0, 0); err != nil {
					return Value{}, err
				}
				r, err := CallMethod(th, v, c.method)
				if err != nil {
					return Value{}, err
				}
				if r != True {
					return Value{}, NewException(UnsupportedOperation, NewStr("File or stream is not "+c.what+"."))
				}
				return r, nil
			})
		}
		ioBaseUnsupported(t, "seek", "truncate", "fileno")
		ioMethod0(t, "tell", func(th *Thread, v Value) (Value, error) {
			return CallMethod(th, v, "seek", Int(0), Int(1))
		})
		ioIterMethods(t)
		t.AddMethod("readline", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			limit, err := fileSizeArg(th, "readline", args, kwnames)
			if err != nil {
				return Value{}, err
			}
			var line []byte
			for limit < 0 || int64(len(line)) < limit {
				b, err := CallMethod(th, v, "read", Int(1))
				if err != nil {
					return Value{}, err
				}
				data, ok := bytesLike(b)
				if !ok {
					return Value{}, Errorf(OSError, "read() should have returned a bytes object, not '%s'", TypeName(b))
				}
				if len(data) == 0 {
					break
				}
				line = append(line, data...)
				if line[len(line)-1] == '\n' {
					break
				}
			}
			return NewBytes(line), nil
		})
		t.AddMethod("readlines", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			hint, err := fileSizeArg(th, "readlines", args, kwnames)
			if err != nil {
				return Value{}, err
			}
			var lines []Value
			total := 0
			for {
				line, more, err := t.Next(th, v)
				if err != nil || !more {
					return NewList(lines), err
				}
				lines = append(lines, line)
				n, _ := Len(th, line)
				if total += n; hint > 0 && int64(total) >= hint {
					return NewList(lines), nil
				}
			}
		})
		t.AddMethod("writelines", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("writelines", args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			if err := ioBaseCheckClosed(th, v); err != nil {
				return Value{}, err
			}
			err := ForEach(th, args[0], func(line Value) error {
				_, err := CallMethod(th, v, "write", line)
				return err
			})
			return None, err
		})
	})
	r := RawIOBaseType
	r.planAdder(func() {
		r.AddMethod("read", func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
			size, err := fileSizeArg(th, "read", args, kwnames)
			if err != nil {
				return Value{}, err
			}
			if size < 0 {
				return CallMethod(th, v, "readall")
			}
			buf := NewByteArray(make([]byte, size))
			n, err := CallMethod(th, v, "readinto", buf)
			if err != nil || n.IsNone() {
				return n, err
			}
			got, err := AsInt(th, n)
			if err != nil {
				return Value{}, err
			}
			if got < 0 || got > size {
				return Value{}, Errorf(ValueError, "readinto returned %d outside buffer size %d", got, size)
			}
			return NewBytes(BytesValue(buf)[:got]), nil
		})
		ioMethod0(r, "readall", func(th *Thread, v Value) (Value, error) {
			var all []byte
			for {
				b, err := CallMethod(th, v, "read", Int(fileBufferSize))
				if err != nil {
					return Value{}, err
				}
				if b.IsNone() {
					if all == nil {
						return None, nil
					}
					break
				}
				data, ok := bytesLike(b)
				if !ok {
					return Value{}, Errorf(TypeError, "read() should return bytes")
				}
				if len(data) == 0 {
					break
				}
				all = append(all, data...)
			}
			return NewBytes(all), nil
		})
		for _, name := range []string{"readinto", "write"} {
			r.AddMethod(name, func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
				return Value{}, NewException(NotImplementedError) // for the subclass to define
			})
		}
	})
	BufferedIOBaseType.planAdder(func() {
		ioBaseUnsupported(BufferedIOBaseType, "read", "read1", "write", "detach")
		// readinto and readinto1 through read and read1, as CPython's
		// _bufferediobase_readinto_generic (a BufferedWriter's say "read").
		for _, m := range [...]struct{ name, read string }{{"readinto", "read"}, {"readinto1", "read1"}} { // in this order every run
			name, read := m.name, m.read
			BufferedIOBaseType.AddMethod(name, func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
				if err := CheckArgCount("_BufferedIOBase."+name, args, kwnames, 1, 1); err != nil {
					return Value{}, err
				}
				dst, ok := WritableBytes(args[0])
				if !ok {
					return Value{}, Errorf(TypeError, "%s() argument must be read-write bytes-like object, not %s", name, TypeName(args[0]))
				}
				data, err := CallMethod(th, v, read, Int(int64(len(dst))))
				if err != nil {
					return Value{}, err
				}
				if data.Type().Layout != LayoutBytes {
					return Value{}, Errorf(TypeError, "read() should return bytes")
				}
				b := BytesValue(data)
				if len(b) > len(dst) {
					return Value{}, Errorf(ValueError, "read() returned too much data: %d bytes requested, %d returned", len(dst), len(b))
				}
				return Int(int64(copy(dst, b))), nil
			})
		}
	})
	TextIOBaseType.planAdder(func() {
		ioBaseUnsupported(TextIOBaseType, "read", "write", "readline", "detach")
		for _, name := range []string{"encoding", "newlines", "errors"} {
			TextIOBaseType.AddGetSet(name, func(th *Thread, v Value) (Value, error) { return None, nil }, nil)
		}
	})
}
