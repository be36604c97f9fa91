package runtime

// This file defines memoryview over the built-in bytes-like objects
// (bytes and bytearray): views of typed items (format 'B' until cast()
// reinterprets them: memoryview_format.go) in up to 64 dimensions, which
// slicing narrows without copying, and which write through to a
// bytearray.

import "strings"

// MemoryViewType is the type of memoryview objects.
var MemoryViewType = NewBuiltinType("memoryview", ObjectType, LayoutOther, 0)

// MemoryView is a view of the bytes of a bytes or bytearray: items of
// itemsize bytes in len(shape) dimensions; the item at index (i0, i1, ...)
// starts at buf.b[start + i0*strides[0] + i1*strides[1] + ...].
type MemoryView struct {
	Object
	obj      Value  // the exporting object, which memoryview.obj returns
	buf      *Bytes // its storage, read afresh so a bytearray's writes show
	start    int
	shape    []int // empty for a 0-dimensional view
	strides  []int // in bytes, negative for a reversed slice
	format   string
	char     byte // format's item character
	itemsize int
	readonly bool
	released bool
}

// newByteView returns a one-dimensional view of unsigned bytes over all of buf.
func newByteView(obj Value, buf *Bytes, readonly bool) *MemoryView {
	return &MemoryView{Object: Object{typ: MemoryViewType}, obj: obj, buf: buf, shape: []int{len(buf.b)}, strides: []int{1},
		format: "B", char: 'B', itemsize: 1, readonly: readonly}
}

// derive returns a view with m's object, storage and format and the given
// layout.
func (m *MemoryView) derive(start int, shape, strides []int) *MemoryView {
	d := *m
	d.start, d.shape, d.strides = start, shape, strides
	return &d
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

// items is the number of items, the product of the shape.
func (m *MemoryView) items() int {
	n := 1
	for _, d := range m.shape {
		n *= d
	}
	return n
}

// contiguous reports whether the items lie one after the other in
// row-major (C) order, or with fortran in column-major order, as CPython's
// PyBuffer_IsContiguous decides.
func (m *MemoryView) contiguous(fortran bool) bool {
	want := m.itemsize
	for k := range m.shape {
		i := len(m.shape) - 1 - k
		if fortran {
			i = k
		}
		if m.shape[i] == 0 {
			return true
		}
		if m.shape[i] > 1 && m.strides[i] != want {
			return false
		}
		want *= m.shape[i]
	}
	return true
}

// eachItem calls f with the byte offset of every item, in row-major
// order, or column-major with fortran.
func (m *MemoryView) eachItem(fortran bool, f func(off int)) {
	if m.items() == 0 {
		return
	}
	idx := make([]int, len(m.shape))
	for {
		off := m.start
		for k, i := range idx {
			off += i * m.strides[k]
		}
		f(off)
		// Advance the index like an odometer: the last dimension fastest
		// (the first with fortran).
		k := len(idx) - 1
		step := -1
		if fortran {
			k, step = 0, 1
		}
		for ; k >= 0 && k < len(idx); k += step {
			idx[k]++
			if idx[k] < m.shape[k] {
				break
			}
			idx[k] = 0
		}
		if k < 0 || k >= len(idx) {
			return
		}
	}
}

// bytes returns the viewed bytes in row-major order: the underlying
// storage itself for a C-contiguous view, else a copy.
func (m *MemoryView) bytes() []byte {
	if m.contiguous(false) {
		return m.buf.b[m.start : m.start+m.items()*m.itemsize]
	}
	return m.bytesInOrder(false)
}

// bytesInOrder copies the viewed bytes in row-major order, or column-major
// with fortran.
func (m *MemoryView) bytesInOrder(fortran bool) []byte {
	out := make([]byte, 0, m.items()*m.itemsize)
	m.eachItem(fortran, func(off int) { out = append(out, m.buf.b[off:off+m.itemsize]...) })
	return out
}

// putBytes writes data (at most the view's size) over the view's items
// in row-major order.
func (m *MemoryView) putBytes(data []byte) {
	k := 0
	m.eachItem(false, func(off int) {
		if k < len(data) {
			k += copy(m.buf.b[off:off+m.itemsize], data[k:])
		}
	})
}

// item reads the item at byte offset off.
func (m *MemoryView) item(off int) Value { return memoryUnpack(m.char, m.buf.b[off:off+m.itemsize]) }

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
		return ValueOf(m.derive(m.start, m.shape, m.strides)), nil
	case isBytesLike(obj):
		return ValueOf(newByteView(obj, as[Bytes](obj), obj.Type().Layout == LayoutBytes)), nil
	}
	return Value{}, Errorf(TypeError, "memoryview: a bytes-like object is required, not '%s'", TypeName(obj))
}

// isIndexKey reports whether key can index an item (an int or an object
// with __index__).
func isIndexKey(key Value) bool { return key.IsSmallInt() || key.Type().Index != nil }

// itemOffset returns the byte offset of the item key designates: an index
// for a one-dimensional view, a tuple of ndim indexes, () for a
// 0-dimensional one. It fails as CPython's memoryview does for sub-views
// and multi-dimensional slices, which it does not implement; an
// assignment (set) words one of them differently.
func (m *MemoryView) itemOffset(th *Thread, key Value, set bool) (int, error) {
	if len(m.shape) == 0 {
		if key.Type().Layout == LayoutTuple && as[Tuple](key).n == 0 || set && key.Type() == EllipsisType {
			return m.start, nil
		}
		return 0, Errorf(TypeError, "invalid indexing of 0-dim memory")
	}
	var indexes []Value
	if key.Type().Layout == LayoutTuple {
		indexes = as[Tuple](key).items()
		slices := 0
		for _, k := range indexes {
			if k.Type() == SliceType {
				slices++
			} else if !isIndexKey(k) {
				return 0, Errorf(TypeError, "memoryview: invalid slice key")
			}
		}
		switch {
		case slices == len(indexes) && slices > 0 && set:
			return 0, Errorf(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
		case slices == len(indexes) && slices > 0:
			return 0, Errorf(NotImplementedError, "multi-dimensional slicing is not implemented")
		case slices > 0:
			return 0, Errorf(TypeError, "memoryview: invalid slice key")
		case len(indexes) < len(m.shape):
			return 0, Errorf(NotImplementedError, "sub-views are not implemented")
		case len(indexes) > len(m.shape):
			return 0, Errorf(TypeError, "cannot index %d-dimension view with %d-element tuple", len(m.shape), len(indexes))
		}
	} else {
		if !isIndexKey(key) {
			return 0, Errorf(TypeError, "memoryview: invalid slice key")
		}
		if len(m.shape) > 1 {
			if set {
				return 0, Errorf(NotImplementedError, "sub-views are not implemented")
			}
			return 0, Errorf(NotImplementedError, "multi-dimensional sub-views are not implemented")
		}
		indexes = []Value{key}
	}
	off := m.start
	for k, key := range indexes {
		i, err := numSeqIndex(th, key, m.shape[k], "index out of bounds on dimension "+itoa(k+1))
		if err != nil {
			return 0, err
		}
		off += i * m.strides[k]
	}
	return off, nil
}

func memoryViewGetItem(th *Thread, v, key Value) (Value, error) {
	m := asMemoryView(v)
	if err := m.check(); err != nil {
		return Value{}, err
	}
	if len(m.shape) == 0 && key.Type() == EllipsisType {
		return v, nil
	}
	if key.Type() == SliceType && len(m.shape) > 0 {
		start, _, step, n, err := as[Slice](key).Indices(th, m.shape[0])
		if err != nil {
			return Value{}, err
		}
		shape := append([]int{n}, m.shape[1:]...)
		strides := append([]int{m.strides[0] * step}, m.strides[1:]...)
		return ValueOf(m.derive(m.start+start*m.strides[0], shape, strides)), nil
	}
	off, err := m.itemOffset(th, key, false)
	if err != nil {
		return Value{}, err
	}
	return m.item(off), nil
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
	if key.Type() == SliceType && len(m.shape) > 0 {
		if len(m.shape) != 1 {
			return Errorf(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
		}
		start, _, step, n, err := as[Slice](key).Indices(th, m.shape[0])
		if err != nil {
			return err
		}
		src, ok := bytesLike(val)
		if !ok {
			return Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(val))
		}
		// The source must have the same structure: format and shape.
		srcFormat, srcShape := "B", []int{len(src)}
		if isMemoryView(val) {
			sm := asMemoryView(val)
			srcFormat, srcShape = sm.format, sm.shape
		}
		if strings.TrimPrefix(srcFormat, "@") != strings.TrimPrefix(m.format, "@") || len(srcShape) != 1 || srcShape[0] != n {
			return Errorf(ValueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		// src may view the same storage; copy first so that overlapping
		// ranges read the old contents, as memmove would.
		src = append([]byte(nil), src...)
		dst := m.derive(m.start+start*m.strides[0], []int{n}, []int{m.strides[0] * step})
		dst.putBytes(src)
		return nil
	}
	off, err := m.itemOffset(th, key, true)
	if err != nil {
		return err
	}
	return memoryPack(th, m.char, m.buf.b[off:off+m.itemsize], val)
}

// memoryViewCompare implements == and != as CPython does: equal shapes,
// and equal items as Python values, each side read with its own format
// (so a view of 'B' equals the bytes it views, and NaN items are never
// equal, even to themselves); memoryviews do not order.
func memoryViewCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if op != CmpEQ && op != CmpNE {
		return NotImplemented, nil
	}
	view := func(v Value) *MemoryView {
		if isMemoryView(v) {
			return asMemoryView(v)
		}
		if isBytesLike(v) {
			return newByteView(v, as[Bytes](v), true)
		}
		return nil
	}
	x, y := view(a), view(b)
	if x == nil || y == nil {
		return NotImplemented, nil
	}
	if x.released || y.released {
		// A released view equals only itself.
		return Bool(Is(a, b) == (op == CmpEQ)), nil
	}
	equal, err := memoryViewsEqual(th, x, y)
	if err != nil {
		return Value{}, err
	}
	return Bool(equal == (op == CmpEQ)), nil
}

// memoryViewsEqual compares two live views item by item.
func memoryViewsEqual(th *Thread, x, y *MemoryView) (bool, error) {
	if len(x.shape) != len(y.shape) {
		return false, nil
	}
	for k := range x.shape {
		if x.shape[k] != y.shape[k] {
			return false, nil
		}
	}
	if x.char == y.char && x.char != 'f' && x.char != 'd' && x.char != 'e' && x.char != '?' {
		// Same integer or byte format: equal items are equal bytes.
		return string(x.bytes()) == string(y.bytes()), nil
	}
	xs, ys := x.values(), y.values()
	for k := range xs {
		if xs[k].IsFloat() && ys[k].IsFloat() {
			// Items unpacked apart are never the same object: NaN is
			// unequal to itself here, where Equal's identity test would
			// find it equal.
			if xs[k].AsFloat() != ys[k].AsFloat() {
				return false, nil
			}
			continue
		}
		eq, err := Equal(th, xs[k], ys[k])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// values returns the items in row-major order.
func (m *MemoryView) values() []Value {
	out := make([]Value, 0, m.items())
	m.eachItem(false, func(off int) { out = append(out, m.item(off)) })
	return out
}

// tolist returns the items as nested lists, one level per dimension (the
// item itself for a 0-dimensional view).
func (m *MemoryView) tolist() Value {
	var build func(dim, off int) Value
	build = func(dim, off int) Value {
		if dim == len(m.shape) {
			return m.item(off)
		}
		items := make([]Value, m.shape[dim])
		for i := range items {
			items[i] = build(dim+1, off+i*m.strides[dim])
		}
		return NewList(items)
	}
	return build(0, m.start)
}

// memoryViewIter iterates the items of a one-dimensional view.
type memoryViewIter struct {
	Object
	m *MemoryView
	i int
}

var memoryViewIterType = NewBuiltinType("memory_iterator", ObjectType, LayoutOther, 0)

func memoryViewIterNext(th *Thread, v Value) (Value, bool, error) {
	it := as[memoryViewIter](v)
	if it.m == nil || it.i >= it.m.shape[0] {
		it.m = nil
		return Value{}, false, nil
	}
	if err := it.m.check(); err != nil {
		return Value{}, false, err
	}
	item := it.m.item(it.m.start + it.i*it.m.strides[0])
	it.i++
	return item, true, nil
}

// memoryViewCast is memoryview.cast(format, shape=None): a view of the
// same bytes as items of another format, one-dimensional or of the given
// shape, with CPython's rules: C-contiguous views only, one side a byte
// format, 1-D to N-D or N-D to 1-D.
func memoryViewCast(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
	var formatV, shapeV Value
	if err := UnpackArgs("cast", args, kwnames, "format", &formatV, "shape?", &shapeV); err != nil {
		return Value{}, err
	}
	if formatV.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "cast() argument 'format' must be str, not %s", TypeName(formatV))
	}
	if !m.contiguous(false) {
		return Value{}, Errorf(TypeError, "memoryview: casts are restricted to C-contiguous views")
	}
	hasShape := shapeV.IsValid() && !shapeV.IsNone()
	if hasShape || len(m.shape) != 1 {
		for _, d := range m.shape {
			if d == 0 {
				return Value{}, Errorf(TypeError, "memoryview: cannot cast view with zeros in shape or strides")
			}
		}
	}
	var dims []Value
	if hasShape {
		if l := shapeV.Type().Layout; l != LayoutList && l != LayoutTuple {
			return Value{}, Errorf(TypeError, "shape must be a list or a tuple")
		}
		if shapeV.Type().Layout == LayoutList {
			dims = as[List](shapeV).vals()
		} else {
			dims = as[Tuple](shapeV).items()
		}
		if len(dims) > 64 {
			return Value{}, Errorf(ValueError, "memoryview: number of dimensions must not exceed 64")
		}
		if len(m.shape) != 1 && len(dims) != 1 {
			return Value{}, Errorf(TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D")
		}
	}
	format := StrValue(formatV)
	if !isASCIIString(format) {
		_, err := Encode(format, "ascii", "strict")
		return Value{}, err
	}
	char, itemsize, ok := memoryFormatChar(format)
	if !ok {
		return Value{}, Errorf(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !isByteFormat(m.char) && !isByteFormat(char) {
		return Value{}, Errorf(TypeError, "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := m.items() * m.itemsize
	if nbytes%itemsize != 0 {
		return Value{}, Errorf(TypeError, "memoryview: length is not a multiple of itemsize")
	}
	out := m.derive(m.start, []int{nbytes / itemsize}, []int{itemsize})
	out.format, out.char, out.itemsize = format, char, itemsize
	if !hasShape {
		return ValueOf(out), nil
	}
	shape := make([]int, len(dims))
	size := itemsize
	for k, d := range dims {
		if !isInt(d) {
			return Value{}, Errorf(TypeError, "memoryview.cast(): elements of shape must be integers")
		}
		x, ok := intSmall(d)
		if !ok || x <= 0 {
			if ok || intBig(d).Sign() <= 0 {
				return Value{}, Errorf(ValueError, "memoryview.cast(): elements of shape must be integers > 0")
			}
			return Value{}, Errorf(ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX")
		}
		if x > int64(1<<62)/int64(size) {
			return Value{}, Errorf(ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX")
		}
		shape[k] = int(x)
		size *= int(x)
	}
	if size != nbytes {
		return Value{}, Errorf(TypeError, "memoryview: product(shape) * itemsize != buffer size")
	}
	strides := make([]int, len(shape))
	stride := itemsize
	for k := len(shape) - 1; k >= 0; k-- {
		strides[k] = stride
		stride *= shape[k]
	}
	out.shape, out.strides = shape, strides
	return ValueOf(out), nil
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
		if !isByteFormat(m.char) {
			return 0, Errorf(ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
		}
		// Equal to the hash of the bytes viewed, as == with bytes requires.
		return bytesHash(m.bytes()), nil
	}
	t.Len = func(th *Thread, v Value) (int, error) {
		m := asMemoryView(v)
		if err := m.check(); err != nil {
			return 0, err
		}
		if len(m.shape) == 0 {
			return 0, Errorf(TypeError, "0-dim memory has no length")
		}
		return m.shape[0], nil
	}
	t.GetItem = memoryViewGetItem
	t.SetItem = memoryViewSetItem
	t.Compare = memoryViewCompare
	t.Iter = func(th *Thread, v Value) (Value, error) {
		m := asMemoryView(v)
		if err := m.check(); err != nil {
			return Value{}, err
		}
		switch len(m.shape) {
		case 0:
			return Value{}, Errorf(TypeError, "invalid indexing of 0-dim memory")
		case 1:
		default:
			return Value{}, Errorf(NotImplementedError, "multi-dimensional sub-views are not implemented")
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
		fortran := false
		if order.IsValid() && !order.IsNone() {
			if order.Type().Layout != LayoutStr {
				return Value{}, Errorf(TypeError, "tobytes() argument 'order' must be str or None, not %s", TypeName(order))
			}
			switch StrValue(order) {
			case "C":
			case "F":
				fortran = true
			case "A":
				fortran = !m.contiguous(false) && m.contiguous(true)
			default:
				return Value{}, Errorf(ValueError, "order must be 'C', 'F' or 'A'")
			}
		}
		if fortran {
			return NewBytes(m.bytesInOrder(true)), nil
		}
		return NewBytes(append([]byte(nil), m.bytes()...)), nil
	})
	method("tolist", func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("memoryview.tolist", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return m.tolist(), nil
	})
	method("cast", memoryViewCast)
	method("hex", func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
		return bytesHex(th, m.bytes(), args, kwnames)
	})
	method("toreadonly", func(th *Thread, m *MemoryView, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("memoryview.toreadonly", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		ro := m.derive(m.start, m.shape, m.strides)
		ro.readonly = true
		return ValueOf(ro), nil
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
	ints := func(xs []int) Value {
		items := make([]Value, len(xs))
		for k, x := range xs {
			items[k] = Int(int64(x))
		}
		return NewTuple(items)
	}
	getter("nbytes", func(m *MemoryView) Value { return Int(int64(m.items() * m.itemsize)) })
	getter("readonly", func(m *MemoryView) Value { return Bool(m.readonly) })
	getter("itemsize", func(m *MemoryView) Value { return Int(int64(m.itemsize)) })
	getter("format", func(m *MemoryView) Value { return NewStr(m.format) })
	getter("ndim", func(m *MemoryView) Value { return Int(int64(len(m.shape))) })
	getter("shape", func(m *MemoryView) Value { return ints(m.shape) })
	getter("strides", func(m *MemoryView) Value { return ints(m.strides) })
	getter("suboffsets", func(m *MemoryView) Value { return NewTuple(nil) })
	getter("c_contiguous", func(m *MemoryView) Value { return Bool(m.contiguous(false)) })
	getter("f_contiguous", func(m *MemoryView) Value { return Bool(m.contiguous(true)) })
	getter("contiguous", func(m *MemoryView) Value { return Bool(m.contiguous(false) || m.contiguous(true)) })
}
