package runtime

// This file defines the entry points that modules written in Go outside
// this package (vm/stdlib/...) need: an object header for a new instance,
// the dunder methods that expose a type's slots, the Iter slot of
// iterators, the bytes behind bytes-like arguments, and the safe-point
// work a blocking call must not hold up.

// NewObjectHeader returns the header of a new instance of t, with an
// attribute dict when t's instances have one (as those of a Python
// subclass of a Go type do). A Go type's New slot receives the class being
// instantiated, so passing it here makes subclass instances work.
func NewObjectHeader(t *Type) Object { return containerInstanceHeader(t) }

// AddSlotMethods puts in t's dict the dunder methods (__repr__, __len__,
// __iter__, __next__, comparisons, the binary operators listed...) that
// expose the slots t sets, so that Python code and super() can call them.
func AddSlotMethods(t *Type, binops []BinaryOp, reflected bool, inplace []BinaryOp) {
	addSlotMethods(t, binops, reflected, inplace)
}

// IterSelf is the Iter slot of iterators: iter(it) is it.
func IterSelf(th *Thread, v Value) (Value, error) { return v, nil }

// LessThan reports a < b by the rich comparison protocol, with the
// shortcuts for ints and floats that heapq and bisect live on.
func LessThan(th *Thread, a, b Value) (bool, error) {
	if lt, ok := LessThanPlain(a, b); ok {
		return lt, nil
	}
	r, err := Compare(th, CmpLT, a, b)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

// LessThanPlain reports a < b when no Python code can decide it and it
// cannot fail: small ints, floats, exact strs, and exact tuples ordered
// by tupleLessIntsStrs (a heap's (priority, n) entries). ok is false for
// anything else; LessThan then goes through the protocol. Callers that
// hold items of a list across the comparison (heapq's sifts) need not
// re-read them when ok is true.
func LessThanPlain(a, b Value) (lt, ok bool) {
	if a.p == pInt && b.p == pInt {
		return int64(a.n) < int64(b.n), true
	}
	if a.p == nil || b.p == nil {
		return false, false
	}
	ta, tb := a.Type(), b.Type()
	switch {
	case ta != tb:
		return false, false
	case ta == TupleType:
		x, y := (*Tuple)(a.p), (*Tuple)(b.p)
		if x.n > 0 && y.n > 0 {
			// The common heap entry: first items small ints that differ.
			if p, q := *x.first, *y.first; p.p == pInt && q.p == pInt && p.n != q.n {
				return int64(p.n) < int64(q.n), true
			}
		}
		return tupleLessIntsStrs(x.items(), y.items())
	case a.p == pFloat:
		return a.AsFloat() < b.AsFloat(), true
	case ta == StrType:
		return StrValue(a) < StrValue(b), true
	}
	return false, false
}

// tupleLessIntsStrs is a < b for tuples compared up to their first
// difference through small ints and exact strs only, such as the
// (priority, n) and (count, word) entries of a heap; ok is false when an
// item on the way is anything else, or a str against an int (which
// raises TypeError through the protocol).
func tupleLessIntsStrs(a, b []Value) (lt, ok bool) {
	for i := range min(len(a), len(b)) {
		x, y := a[i], b[i]
		if x.p == pInt && y.p == pInt {
			if x.n != y.n {
				return int64(x.n) < int64(y.n), true
			}
			continue
		}
		if !isExactStr(x) || !isExactStr(y) {
			return false, false
		}
		// UTF-8 byte order is code point order.
		if xs, ys := StrValue(x), StrValue(y); xs != ys {
			return xs < ys, true
		}
	}
	return len(a) < len(b), true
}

// isExactStr reports whether v is a str (not an instance of a subclass,
// whose comparisons may be overridden).
func isExactStr(v Value) bool { return v.p != nil && !v.IsImmediate() && v.Type() == StrType }

// IsExactList reports whether v is a list (not an instance of a subclass).
func IsExactList(v Value) bool { return !v.IsImmediate() && v.Type() == ListType }

// ListTruncate drops the items of the list v from index n on.
func ListTruncate(v Value, n int) {
	l := as[List](v)
	l.vals()
	clear(l.items[n:])
	l.items = l.items[:n]
}

// ListInsert inserts x before index i (0 <= i <= len) of the list v.
func ListInsert(v Value, i int, x Value) {
	l := as[List](v)
	l.items = append(l.vals(), Value{})
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = x
}

// ReprEnter records that v's repr is being computed on th, for the "[...]"
// of recursive containers. It reports false if it already was; a true
// result must be paired with ReprLeave.
func ReprEnter(th *Thread, v Value) bool { return reprEnter(th, v) }

// ReprLeave undoes ReprEnter.
func ReprLeave(th *Thread, v Value) { reprLeave(th, v) }

// BytesLike returns the contents of a bytes-like object (bytes, bytearray
// or a live memoryview): the object's storage for bytes, bytearray and
// contiguous views, not a copy.
func BytesLike(v Value) ([]byte, bool) { return bytesLike(v) }

// WritableBytes returns the storage of a writable buffer: a bytearray or a
// contiguous, live, writable memoryview. Writes to the slice are writes to
// the object.
func WritableBytes(v Value) ([]byte, bool) {
	switch {
	case v.Type().Layout == LayoutByteArray:
		return as[Bytes](v).b, true
	case isMemoryView(v):
		m := asMemoryView(v)
		if m.readonly || m.released || !m.contiguous(false) {
			return nil, false
		}
		return m.bytes(), true
	}
	return nil, false
}

// RunPending does the work waiting for a safe point, if any: a signal
// becomes KeyboardInterrupt (returned), pending finalizers run. Go code
// that waits for the outside world (a socket's accept or recv) calls it
// between short waits, so that Ctrl-C interrupts a blocking call.
func (th *Thread) RunPending() error {
	if th.Interp.Pending.Load() == 0 {
		return nil
	}
	return th.runPending()
}
