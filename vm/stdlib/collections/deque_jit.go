package collections

// This file gives the JIT's helper calls the deque operations they run
// (runtime.JITDeque, jit/helper_deque.go).

import (
	"unsafe"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

func init() {
	dq := func(p unsafe.Pointer) *deque { return (*deque)(p) }
	rt.JITDeque.Type = DequeType
	rt.JITDeque.Len = func(p unsafe.Pointer) int { return dq(p).n }
	rt.JITDeque.Item = func(p unsafe.Pointer, i int64) (rt.Value, bool) {
		d := dq(p)
		if i < 0 {
			i += int64(d.n)
		}
		if i < 0 || i >= int64(d.n) {
			return rt.Value{}, false
		}
		return *d.at(int(i)), true
	}
	rt.JITDeque.Append = func(p unsafe.Pointer, v rt.Value) { dq(p).pushRight(v) }
	rt.JITDeque.PopLeft = func(p unsafe.Pointer) (rt.Value, bool) {
		d := dq(p)
		if d.n == 0 {
			return rt.Value{}, false
		}
		return d.popLeft(), true
	}
	rt.JITDeque.Pop = func(p unsafe.Pointer) (rt.Value, bool) {
		d := dq(p)
		if d.n == 0 {
			return rt.Value{}, false
		}
		return d.popRight(), true
	}
}
