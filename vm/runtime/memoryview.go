package runtime

import "fmt"

// This file defines memoryview over the interpreter's own buffers, bytes
// and bytearray: a one-dimensional view of unsigned bytes (format 'B'),
// possibly strided (m[::2]), that shares the memory of the object it views,
// so writes through a view of a bytearray change the bytearray.

// MemoryViewType is the memoryview builtin.
var MemoryViewType = NewBuiltinType("memoryview", ObjectType, LayoutOther, 0)

// memoryView sees the bytes obj[start], obj[start+step], ... (length of
// them). released is set by release() and the with statement.
type memoryView struct {
	Object
	obj      Value // the bytes or bytearray viewed
	start    int
	step     int
	length   int
	readonly bool
	released bool
}

func newMemoryView(obj Value, start, step, length int, readonly bool) Value {
	return ValueOf(&memoryView{Object: Object{typ: MemoryViewType}, obj: obj, start: start, step: step, length: length, readonly: readonly})
}

// buf returns the memory behind m, or the error of a released view.
func (m *memoryView) buf() ([]byte, error) {
	if m.released {
		return nil, Errorf(ValueError, "operation forbidden on released memoryview object")
	}
	return as[Bytes](m.obj).b, nil
}

// bytes returns a copy of the viewed bytes, in order.
func (m *memoryView) bytes() ([]byte, error) {
	b, err := m.buf()
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, m.length)
	for i := 0; i < m.length; i++ {
		j := m.start + i*m.step
		if j < 0 || j >= len(b) {
			return nil, Errorf(IndexError, "index out of bounds on dimension 1")
		}
		out = append(out, b[j])
	}
	return out, nil
}

// index resolves the item index key (negative from the end).
func (m *memoryView) index(th *Thread, key Value) (int, error) {
	i, err := containerIndexInt(th, key, IndexError)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += m.length
	}
	if i < 0 || i >= m.length {
		return 0, Errorf(IndexError, "index out of bounds on dimension 1")
	}
	return m.start + i*m.step, nil
}

// sub returns the view of m's items selected by the slice s.
func (m *memoryView) sub(th *Thread, s *Slice) (*memoryView, error) {
	start, _, step, n, err := s.Indices(th, m.length)
	if err != nil {
		return nil, err
	}
	v := as[memoryView](newMemoryView(m.obj, m.start+start*m.step, m.step*step, n, m.readonly))
	return v, nil
}

func isMemoryView(v Value) bool { return !v.IsImmediate() && v.Type() == MemoryViewType }

func init() {
	t := MemoryViewType
	t.Doc = "Create a new memoryview object which references the given object."
	t.New = func(th *Thread, _ *Type, args []Value, kwnames []string) (Value, error) {
		var obj Value
		if err := UnpackArgs("memoryview", args, kwnames, "object", &obj); err != nil {
			return Value{}, err
		}
		if isMemoryView(obj) {
			m := as[memoryView](obj)
			if _, err := m.buf(); err != nil {
				return Value{}, err
			}
			return newMemoryView(m.obj, m.start, m.step, m.length, m.readonly), nil
		}
		if !isBytesLike(obj) {
			return Value{}, Errorf(TypeError, "memoryview: a bytes-like object is required, not '%s'", TypeName(obj))
		}
		b := as[Bytes](obj).b
		return newMemoryView(obj, 0, 1, len(b), obj.Type().Layout == LayoutBytes), nil
	}
	t.Repr = func(th *Thread, v Value) (Value, error) {
		state := "memory"
		if as[memoryView](v).released {
			state = "released memory"
		}
		return NewStr(fmt.Sprintf("<%s at %s>", state, hexAddr(v))), nil
	}
	t.Len = func(th *Thread, v Value) (int, error) {
		m := as[memoryView](v)
		if _, err := m.buf(); err != nil {
			return 0, err
		}
		return m.length, nil
	}
	t.GetItem = memoryViewGetItem
	t.SetItem = memoryViewSetItem
	t.Iter = func(th *Thread, v Value) (Value, error) {
		b, err := as[memoryView](v).bytes()
		if err != nil {
			return Value{}, err
		}
		items := make([]Value, len(b))
		for i, c := range b {
			items[i] = Int(int64(c))
		}
		return Iter(th, NewList(items))
	}
	t.Compare = memoryViewCompare
	t.Hash = func(th *Thread, v Value) (int64, error) {
		m := as[memoryView](v)
		if !m.readonly {
			return 0, Errorf(ValueError, "cannot hash writable memoryview object")
		}
		b, err := m.bytes()
		if err != nil {
			return 0, err
		}
		return Hash(th, NewBytes(b))
	}
	addSlotMethods(t, nil, false, nil)

	method := func(name string, f func(th *Thread, m *memoryView) (Value, error)) {
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(name, args, kwnames, 0, 0); err != nil {
				return Value{}, err
			}
			return f(th, as[memoryView](self))
		})
	}
	method("tobytes", func(th *Thread, m *memoryView) (Value, error) {
		b, err := m.bytes()
		if err != nil {
			return Value{}, err
		}
		return NewBytes(b), nil
	})
	method("tolist", func(th *Thread, m *memoryView) (Value, error) {
		b, err := m.bytes()
		if err != nil {
			return Value{}, err
		}
		items := make([]Value, len(b))
		for i, c := range b {
			items[i] = Int(int64(c))
		}
		return NewList(items), nil
	})
	method("toreadonly", func(th *Thread, m *memoryView) (Value, error) {
		if _, err := m.buf(); err != nil {
			return Value{}, err
		}
		return newMemoryView(m.obj, m.start, m.step, m.length, true), nil
	})
	method("release", func(th *Thread, m *memoryView) (Value, error) {
		m.released = true
		return None, nil
	})
	method("__enter__", func(th *Thread, m *memoryView) (Value, error) {
		if _, err := m.buf(); err != nil {
			return Value{}, err
		}
		return ValueOf(m), nil
	})
	t.AddMethod("__exit__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		as[memoryView](self).released = true
		return None, nil
	})
	t.AddMethod("hex", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		b, err := as[memoryView](self).bytes()
		if err != nil {
			return Value{}, err
		}
		return bytesHex(th, b, args, kwnames)
	})

	// The attributes describing the buffer's layout.
	attr := func(name string, f func(m *memoryView) Value) {
		t.AddGetSet(name, func(th *Thread, self Value) (Value, error) {
			m := as[memoryView](self)
			if _, err := m.buf(); err != nil {
				return Value{}, err
			}
			return f(m), nil
		}, nil)
	}
	attr("obj", func(m *memoryView) Value { return m.obj })
	attr("nbytes", func(m *memoryView) Value { return Int(int64(m.length)) })
	attr("readonly", func(m *memoryView) Value { return Bool(m.readonly) })
	attr("format", func(m *memoryView) Value { return NewStr("B") })
	attr("itemsize", func(m *memoryView) Value { return Int(1) })
	attr("ndim", func(m *memoryView) Value { return Int(1) })
	attr("shape", func(m *memoryView) Value { return NewTuple([]Value{Int(int64(m.length))}) })
	attr("strides", func(m *memoryView) Value { return NewTuple([]Value{Int(int64(m.step))}) })
	attr("suboffsets", func(m *memoryView) Value { return NewTuple(nil) })
	contiguous := func(m *memoryView) Value { return Bool(m.step == 1 || m.length <= 1) }
	attr("c_contiguous", contiguous)
	attr("f_contiguous", contiguous)
	attr("contiguous", contiguous)
	t.AddGetSet("released", func(th *Thread, self Value) (Value, error) {
		return Bool(as[memoryView](self).released), nil
	}, nil)
}

func memoryViewGetItem(th *Thread, v, key Value) (Value, error) {
	m := as[memoryView](v)
	b, err := m.buf()
	if err != nil {
		return Value{}, err
	}
	if key.Type() == SliceType {
		sub, err := m.sub(th, as[Slice](key))
		if err != nil {
			return Value{}, err
		}
		return ValueOf(sub), nil
	}
	if !containerIsIndex(key) {
		return Value{}, Errorf(TypeError, "memoryview: invalid slice key")
	}
	j, err := m.index(th, key)
	if err != nil {
		return Value{}, err
	}
	if j >= len(b) {
		return Value{}, Errorf(IndexError, "index out of bounds on dimension 1")
	}
	return Int(int64(b[j])), nil
}

func memoryViewSetItem(th *Thread, v, key, val Value) error {
	m := as[memoryView](v)
	b, err := m.buf()
	if err != nil {
		return err
	}
	if val.p == nil {
		return Errorf(TypeError, "cannot delete memory")
	}
	if m.readonly {
		return Errorf(TypeError, "cannot modify read-only memory")
	}
	if key.Type() == SliceType {
		dst, err := m.sub(th, as[Slice](key))
		if err != nil {
			return err
		}
		var src []byte
		switch {
		case isBytesLike(val):
			src = as[Bytes](val).b
		case isMemoryView(val):
			if src, err = as[memoryView](val).bytes(); err != nil {
				return err
			}
		default:
			return Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(val))
		}
		if len(src) != dst.length {
			return Errorf(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		// Copy first: the source may be this very memory.
		src = append([]byte(nil), src...)
		for i, c := range src {
			b[dst.start+i*dst.step] = c
		}
		return nil
	}
	if !containerIsIndex(key) {
		return Errorf(TypeError, "memoryview: invalid slice key")
	}
	j, err := m.index(th, key)
	if err != nil {
		return err
	}
	if !containerIsIndex(val) {
		return Errorf(TypeError, "memoryview: invalid type for format 'B'")
	}
	c, err := containerIndexInt(th, val, ValueError)
	if err != nil || c < 0 || c > 255 {
		return Errorf(ValueError, "memoryview: invalid value for format 'B'")
	}
	b[j] = byte(c)
	return nil
}

// memoryViewCompare is == and != with another view or a bytes-like object,
// comparing the bytes seen.
func memoryViewCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if op != CmpEQ && op != CmpNE {
		return NotImplemented, nil
	}
	m := as[memoryView](a)
	if m.released || (isMemoryView(b) && as[memoryView](b).released) {
		return Bool(Is(a, b) == (op == CmpEQ)), nil
	}
	var other []byte
	var err error
	switch {
	case isMemoryView(b):
		other, err = as[memoryView](b).bytes()
	case isBytesLike(b):
		other = as[Bytes](b).b
	default:
		return NotImplemented, nil
	}
	if err != nil {
		return Value{}, err
	}
	mine, err := m.bytes()
	if err != nil {
		return Value{}, err
	}
	return Bool((string(mine) == string(other)) == (op == CmpEQ)), nil
}
