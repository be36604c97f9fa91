package runtime

// This file defines memoryview over the built-in bytes-like objects
// (bytes and bytearray): one-dimensional views of unsigned bytes (format
// 'B'), which slicing narrows without copying, and which write through to
// a bytearray.

// MemoryViewType is the type of memoryview objects.
var MemoryViewType = NewBuiltinType("memoryview", ObjectType, LayoutOther, 0)

// MemoryView is a view of the bytes of a bytes or bytearray: n items,
// item k at buf.b[start+k*step].
type MemoryView struct {
	Object
	obj      Value  // the exporting object, which memoryview.obj returns
	buf      *Bytes // its storage, read afresh so a bytearray's writes show
	start    int
	step     int
	n        int
	readonly bool
	released bool
}

func newMemoryView(obj Value, buf *Bytes, start, step, n int, readonly bool) Value {
	return ValueOf(&MemoryView{Object: Object{typ: MemoryViewType}, obj: obj, buf: buf, start: start, step: step, n: n, readonly: readonly})
}

func asMemoryView(v Value) *MemoryView { return as[MemoryView](v) }

func isMemoryView(v Value) bool { return v.Type() == MemoryViewType }

// check fails, as every operation on a released view does.
func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueError, "operation forbidden on released memoryview object")
	}
	return nil
}

// bytes returns the viewed bytes: the underlying storage itself for a
// contiguous view, else a copy.
func (m *MemoryView) bytes() []byte {
	if m.step == 1 {
		return m.buf.b[m.start : m.start+m.n]
	}
	out := make([]byte, m.n)
	for k := range out {
		out[k] = m.buf.b[m.start+k*m.step]
	}
	return out
}

// memoryViewBytes returns the contents of a live memoryview, for
// bytesLike.
func memoryViewBytes(v Value) ([]byte, bool) {
	m := asMemoryView(v)
	if m.released {
		return nil, false
	}
	return m.bytes(), true
}

func memoryViewNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var obj Value
	if err := UnpackArgs("memoryview", args, kwnames, "object", &obj); err != nil {
		return Value{}, err
	}
	switch {
	case isMemoryView(obj):
		m := asMemoryView(obj)
		if err := m.check(); err != nil {
			return Value{}, err
		}
		return newMemoryView(m.obj, m.buf, m.start, m.step, m.n, m.readonly), nil
	case isBytesLike(obj):
		b := as[Bytes](obj)
		return newMemoryView(obj, b, 0, 1, len(b.b), obj.Type().Layout == LayoutBytes), nil
	}
	return Value{}, Errorf(TypeError, "memoryview: a bytes-like object is required, not '%s'", TypeName(obj))
}

// memoryViewIndex converts an item index of a view of n items, negative
// ones counting from the end.
func memoryViewIndex(th *Thread, key Value, n int) (int, error) {
	return numSeqIndex(th, key, n, "index out of bounds on dimension 1")
}

func memoryViewGetItem(th *Thread, v, key Value) (Value, error) {
	m := asMemoryView(v)
	if err := m.check(); err != nil {
		return Value{}, err
	}
	if key.Type() == SliceType {
		start, _, step, n, err := as[Slice](key).Indices(th, m.n)
		if err != nil {
			return Value{}, err
		}
		return newMemoryView(m.obj, m.buf, m.start+start*m.step, m.step*step, n, m.readonly), nil
	}
	if key.Type().Index == nil && !key.IsSmallInt() {
		return Value{}, Errorf(TypeError, "memoryview: invalid slice key")
	}
	i, err := memoryViewIndex(th, key, m.n)
	if err != nil {
		return Value{}, err
	}
	return Int(int64(m.buf.b[m.start+i*m.step])), nil
}

func memoryViewSetItem(th *Thread, v, key, val Value) error {
	m := asMemoryView(v)
	if err := m.check(); err != nil {
		return err
	}
	if m.readonly {
		return Errorf(TypeError, "cannot modify read-only memory")
	}
	if !val.IsValid() {
		return Errorf(TypeError, "cannot delete memory")
	}
	if key.Type() == SliceType {
		start, _, step, n, err := as[Slice](key).Indices(th, m.n)
		if err != nil {
			return err
		}
		src, ok := bytesLike(val)
		if !ok {
			return Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(val))
		}
		if len(src) != n {
			return Errorf(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		// src may view the same storage; copy first so that overlapping
		// ranges read the old contents, as memmove would.
		src = append([]byte(nil), src...)
		for k, c := range src {
			m.buf.b[m.start+(start+k*step)*m.step] = c
		}
		return nil
	}
	if key.Type().Index == nil && !key.IsSmallInt() {
		return Errorf(TypeError, "memoryview: invalid slice key")
	}
	i, err := memoryViewIndex(th, key, m.n)
	if err != nil {
		return err
	}
	if !isInt(val) {
		return Errorf(TypeError, "memoryview: invalid type for format 'B'")
	}
	c, ok := intSmall(val)
	if !ok || c < 0 || c > 255 {
		return Errorf(ValueError, "memoryview: invalid value for format 'B'")
	}
	m.buf.b[m.start+i*m.step] = byte(c)
	return nil
}

// memoryViewCompare implements == and != (views of unsigned bytes equal
// any bytes-like object with the same bytes); memoryviews do not order.
func memoryViewCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if op != CmpEQ && op != CmpNE {
		return NotImplemented, nil
	}
	if Is(a, b) {
		return Bool(op == CmpEQ), nil
	}
	x, ok1 := bytesLike(a)
	y, ok2 := bytesLike(b)
	if !ok1 || !ok2 {
		// A released view equals only itself.
		if isMemoryView(a) && asMemoryView(a).released || isMemoryView(b) && asMemoryView(b).released {
			return Bool(op == CmpNE), nil
		}
		return NotImplemented, nil
	}
	return Bool((string(x) == string(y)) == (op == CmpEQ)), nil
}

// memoryViewIter iterates the items of a view.
type memoryViewIter struct {
	Object
	m *MemoryView
	i int
}

var memoryViewIterType = NewBuiltinType("memory_iterator", ObjectType, LayoutOther, 0)

func memoryViewIterNext(th *Thread, v Value) (Value, bool, error) {
	it := as[memoryViewIter](v)
	if it.m == nil || it.i >= it.m.n {
		it.m = nil
		return Value{}, false, nil
	}
	if err := it.m.check(); err != nil {
		return Value{}, false, err
	}
	c := it.m.buf.b[it.m.start+it.i*it.m.step]
	it.i++
	return Int(int64(c)), true, nil
}

func init() {
	t := MemoryViewType
	t.New = memoryViewNew
	t.Repr = func(th *Thread, v Value) (Value, error) {
		if asMemoryView(v).released {
			return NewStr("<released memory at " + hexAddr(v) + ">"), nil
		}
		return NewStr("<memory at " + hexAddr(v) + ">"), nil
	}
	t.Hash = func(th *Thread, v Value) (int64, error) {
		m := asMemoryView(v)
		if err := m.check(); err != nil {
			return 0, err
		}
		if !m.readonly {
			return 0, Errorf(ValueError, "cannot hash writable memoryview object")
		}
		// Equal to the hash of the bytes viewed, as == with bytes requires.
		return bytesHash(m.bytes()), nil
	}
	t.Len = func(th *Thread, v Value) (int, error) {
		m := asMemoryView(v)
		return m.n, m.check()
	}
	t.GetItem = memoryViewGetItem
	t.SetItem = memoryViewSetItem
	t.Compare = memoryViewCompare
	t.Iter = func(th *Thread, v Value) (Value, error) {
		m := asMemoryView(v)
		if err := m.check(); err != nil {
			return Value{}, err
		}
		return ValueOf(&memoryViewIter{Object: Object{typ: memoryViewIterType}, m: m}), nil
	}
	addSlotMethods(t, nil, false, nil)
	iteratorType(memoryViewIterType, memoryViewIterNext, nil)

	// method registers a method of the view that fails once it is released.
	method := func(name string, f func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error)) {
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			m := asMemoryView(self)
			if err := m.check(); err != nil {
				return Value{}, err
			}
			return f(th, m, args, kwnames)
		})
	}
	method("tobytes", func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
		var order Value
		if err := UnpackArgs("tobytes", args, kwnames, "order?", &order); err != nil {
			return Value{}, err
		}
		return NewBytes(append([]byte(nil), m.bytes()...)), nil
	})
	method("tolist", func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("memoryview.tolist", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		b := m.bytes()
		items := make([]Value, len(b))
		for k, c := range b {
			items[k] = Int(int64(c))
		}
		return NewList(items), nil
	})
	method("hex", func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
		return bytesHex(th, m.bytes(), args, kwnames)
	})
	method("toreadonly", func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("memoryview.toreadonly", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return newMemoryView(m.obj, m.buf, m.start, m.step, m.n, true), nil
	})
	method("__enter__", func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
		return ValueOf(m), nil
	})
	release := func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		m := asMemoryView(self)
		m.released = true
		return None, nil
	}
	t.AddMethod("release", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("memoryview.release", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return release(th, self, args, kwnames)
	})
	t.AddMethod("__exit__", release)

	// getter registers a read-only attribute of a live view.
	getter := func(name string, f func(m *MemoryView) Value) {
		t.AddGetSet(name, func(th *Thread, self Value) (Value, error) {
			m := asMemoryView(self)
			if err := m.check(); err != nil {
				return Value{}, err
			}
			return f(m), nil
		}, nil)
	}
	getter("obj", func(m *MemoryView) Value { return m.obj })
	getter("nbytes", func(m *MemoryView) Value { return Int(int64(m.n)) })
	getter("readonly", func(m *MemoryView) Value { return Bool(m.readonly) })
	getter("itemsize", func(m *MemoryView) Value { return Int(1) })
	getter("format", func(m *MemoryView) Value { return NewStr("B") })
	getter("ndim", func(m *MemoryView) Value { return Int(1) })
	getter("shape", func(m *MemoryView) Value { return NewTuple([]Value{Int(int64(m.n))}) })
	getter("strides", func(m *MemoryView) Value { return NewTuple([]Value{Int(int64(m.step))}) })
	getter("suboffsets", func(m *MemoryView) Value { return NewTuple(nil) })
	contiguous := func(m *MemoryView) Value { return Bool(m.step == 1 || m.n <= 1) }
	getter("c_contiguous", contiguous)
	getter("f_contiguous", contiguous)
	getter("contiguous", contiguous)
}
