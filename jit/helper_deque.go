package jit

// This file defines the helper calls (helper.go) on collections.deque
// with int items: `while q:`, `q[i]`, `q.append(x)`, `q.popleft()` and
// `q.pop()`, BFS's queue and a sliding window. The deque operations are
// the collections module's own (runtime.JITDeque); a pop or an item read
// whose item is not a small int, an empty deque or an index out of range
// fails the op before anything changed, and the interpreter runs the
// instruction (raising IndexError, or returning the object).

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

func dequeLenHelper(d, _, _ uint64) (uint64, bool) {
	return uint64(runtime.JITDeque.Len(helperPtr(d))), true
}

func dequeItemHelper(d, i, _ uint64) (uint64, bool) {
	v, ok := runtime.JITDeque.Item(helperPtr(d), int64(i))
	if !ok || !v.IsSmallInt() {
		return 0, false
	}
	return uint64(v.SmallInt()), true
}

func dequeAppendHelper(d, x, _ uint64) (uint64, bool) {
	runtime.JITDeque.Append(helperPtr(d), runtime.Int(int64(x)))
	return 0, true
}

// dequePopEnd pops the item at index end (0 or -1) when it is a small int.
func dequePopEnd(d uint64, end int64, pop func(p unsafe.Pointer) (runtime.Value, bool)) (uint64, bool) {
	p := helperPtr(d)
	if v, ok := runtime.JITDeque.Item(p, end); !ok || !v.IsSmallInt() {
		return 0, false
	}
	v, _ := pop(p)
	return uint64(v.SmallInt()), true
}

func dequePopLeftHelper(d, _, _ uint64) (uint64, bool) {
	return dequePopEnd(d, 0, runtime.JITDeque.PopLeft)
}

func dequePopHelper(d, _, _ uint64) (uint64, bool) {
	return dequePopEnd(d, -1, runtime.JITDeque.Pop)
}

// isDeque reports whether v is an exact collections.deque.
func isDeque(v runtime.Value) bool {
	return runtime.JITDeque.Type != nil && v.IsValid() && !v.IsImmediate() && v.Type() == runtime.JITDeque.Type
}

// guardDeque guards that the ref d is an exact deque.
func (r *recorder) guardDeque(d Ref) {
	if !d.IsConst() {
		r.guard(OpGuardClass, d, r.classConst(runtime.JITDeque.Type))
	}
}

// dequeTruth records the truth of the deque x (its length); ok is false
// for another object.
func (r *recorder) dequeTruth(x Ref, xv runtime.Value) (ref Ref, truth, ok bool) {
	if !isDeque(xv) || r.t.TypeOf(x) != Ptr {
		return NoRef, false, false
	}
	r.guardDeque(x)
	n := r.emitHelper(helperDequeLen, Int, r.snapshot(), x)
	return r.emit(OpIntIsTrue, Bool, n), runtime.JITDeque.Len(xv.Pointer()) != 0, true
}

// dequeGetItem records R[a] = R[b][R[c]] on a deque with an int index
// and an int item.
func (r *recorder) dequeGetItem(fr *recFrame, a, b, c int) (bool, error) {
	_, dv, okd := r.peek(fr, b)
	_, iv, oki := r.peek(fr, c)
	if !okd || !oki || !isDeque(dv) || !iv.IsSmallInt() {
		return false, nil
	}
	v, ok := runtime.JITDeque.Item(dv.Pointer(), iv.SmallInt())
	if !ok || !v.IsSmallInt() {
		return false, nil
	}
	d, _, err := r.get(fr, b)
	if err != nil {
		return true, err
	}
	i, _, err := r.get(fr, c)
	if err != nil {
		return true, err
	}
	if r.t.TypeOf(d) != Ptr || r.t.TypeOf(i) != Int {
		return false, nil
	}
	r.guardDeque(d)
	r.set(fr, a, r.emitHelper(helperDequeIntItem, Int, r.snapshot(), d, i), v)
	return true, nil
}

// dequeCall records q.append(x), q.popleft() and q.pop() (CALLMETHOD of
// the deque's method) on int items into R[a]; handled is false for
// another call.
func (r *recorder) dequeCall(fr *recFrame, a int, fv runtime.Value, args []Ref, vals []runtime.Value, next int, guardCallee func()) (bool, error) {
	if len(args) == 0 || !isDeque(vals[0]) || r.t.TypeOf(args[0]) != Ptr {
		return false, nil
	}
	name := ""
	for _, m := range [...]string{"append", "popleft", "pop"} {
		if mv, ok := runtime.JITBuiltinMethod(runtime.JITDeque.Type, m); ok && mv.Pointer() == fv.Pointer() {
			name = m
		}
	}
	p := vals[0].Pointer()
	switch {
	case name == "append" && len(args) == 2 && vals[1].IsSmallInt() && r.t.TypeOf(args[1]) == Int:
		guardCallee()
		r.guardDeque(args[0])
		r.emitHelper(helperDequeAppendInt, Void, r.snapshot(), args...)
		runtime.JITDeque.Append(p, vals[1])
		r.set(fr, a, r.constOf(runtime.None), runtime.None)
	case (name == "popleft" || name == "pop") && len(args) == 1:
		end, h, pop := int64(0), helperDequePopLeftInt, runtime.JITDeque.PopLeft
		if name == "pop" {
			end, h, pop = -1, helperDequePopInt, runtime.JITDeque.Pop
		}
		if v, ok := runtime.JITDeque.Item(p, end); !ok || !v.IsSmallInt() {
			return false, nil
		}
		guardCallee()
		r.guardDeque(args[0])
		ref := r.emitHelper(h, Int, r.snapshot(), args...)
		v, _ := pop(p)
		r.set(fr, a, ref, v)
	default:
		return false, nil
	}
	fr.pc = next
	return true, nil
}
