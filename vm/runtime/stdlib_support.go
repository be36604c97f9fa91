package runtime

// This file defines what Go modules outside this package (vm/stdlib/struct,
// vm/stdlib/socket) need: an object header for a new instance, the bytes
// behind bytes-like arguments, and the safe-point work a blocking call
// must not hold up.
//
// NewObjectHeader is also defined, identically, by the stdlib-core branch
// (vm/runtime/extension.go); keep one when both are merged.

// NewObjectHeader returns the header of a new instance of t, with an
// attribute dict when t's instances have one (as those of a Python
// subclass of a Go type do). A Go type's New slot receives the class being
// instantiated, so passing it here makes subclass instances work.
func NewObjectHeader(t *Type) Object { return containerInstanceHeader(t) }

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
		if m.readonly || m.released || m.step != 1 {
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
