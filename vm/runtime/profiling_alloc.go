package runtime

// This file defines allocation sampling: the hook every constructor of a
// Python object calls (profileNew), the byte countdown that picks the
// sampled objects as Go's heap profiler does, and the safe point at which
// the thread records them against its Python stack.
//
// Cost when off. The constructors are small functions that the Go
// compiler inlines into their callers (NewStr, NewList, NewDict...). A
// hook that calls a function, even behind a branch never taken, makes
// them too big to inline, and the lost inlining cost 30 instructions on a
// str's allocation (282 to 312, BenchmarkProfAllocOffStr under
// cachegrind). So profileNew calls nothing: off, it is a load of a flag
// and a branch never taken; on, it counts the bytes down and, when a
// sample falls due, notes the type and size in a small buffer and sets
// PendingProfile. The thread records the noted samples at its next safe
// point (back-edge, call or return), as it does CPU ticks: the samples
// carry the stack of that safe point, the function that made the object
// (or the __init__ it then calls) at the line of its next safe point.

import (
	"math"
	"math/big"
	"math/rand/v2"
	"sync/atomic"
	"unsafe"
)

// StartAllocProfiling makes th sample the allocation of Python objects
// into sink, one sample per rate bytes on average. It is called on th's
// goroutine.
func (th *Thread) StartAllocProfiling(sink AllocSink, rate int) {
	a := &allocSampling
	th.prof.alloc = sink
	a.rate = int64(max(rate, 1))
	a.pending = (*uint32)(unsafe.Pointer(&th.Interp.Pending))
	a.hits = 0
	a.refill()
	a.left = nextAllocSample(a.rate)
	allocProfiled.Store(th)
	allocProfiling.Store(true)
}

// StopAllocProfiling ends what StartAllocProfiling began, recording the
// samples noted since the last safe point.
func (th *Thread) StopAllocProfiling() {
	if allocProfiled.Load() == th {
		if allocSampling.hits != 0 {
			th.profileAllocSafePoint()
		}
		allocProfiling.Store(false)
		allocProfiled.Store(nil)
	}
	th.prof.alloc = nil
}

// allocProfiled is the thread whose allocations are sampled, nil when no
// allocation profile is recorded, and allocProfiling says whether it is
// set (a flag, cheaper for profileNew to test). The constructors of
// Python objects have no thread at hand, so the sampling state is global.
// Kiln has one thread, which makes every Python object; were there more,
// each would need its own countdown and the hook a way to find the
// running thread (a per-goroutine word): as it is, another thread's
// allocations would be counted with this one's.
var (
	allocProfiled  atomic.Pointer[Thread]
	allocProfiling atomic.Bool
)

// allocHitMax is how many samples are noted with their type and size
// between two safe points. More fall due only when one builtin call makes
// more than allocHitMax*rate bytes of objects (list(map(str, r)) on a
// long range); those are counted, the last allocHitMax are noted, and the
// noted ones stand for all of them.
const allocHitMax = 16

// allocSampler is the countdown state, written only by the profiled
// thread.
type allocSampler struct {
	left  int64  // bytes before the next sample falls due
	hits  uint32 // samples due since the last safe point (may exceed allocHitMax)
	noted [allocHitMax]allocHit
	next  int64 // the interval after the next sample, drawn in advance
	rate  int64 // mean bytes between samples
	// pending is the interpreter's Pending word, as a *uint32 for
	// atomic.OrUint32: the method Or of atomic.Uint32 costs profileNew 5
	// more of the inliner's budget, which containerInstanceHeader lacks.
	// (atomic.Uint32 is a uint32 after a field of size zero.)
	pending *uint32
}

type allocHit struct {
	t    *Type
	size uintptr
}

var allocSampling allocSampler

// profileNew is the allocation hook: every constructor of a Python object
// calls it, in one line, with the object's type and its size in bytes.
// Off, it is inlined into a load of a flag and a branch never taken (an
// atomic load is a plain MOV on amd64 and arm64), and calls nothing, so
// that the constructors stay inlinable (see the top of this file). It
// works on the global directly: through a local pointer the inliner
// costs it 69 instead of 47, too much for NewList and NewBytes.
func profileNew(t *Type, size uintptr) {
	if allocProfiling.Load() {
		if allocSampling.left -= int64(size); allocSampling.left < 0 {
			allocSampling.noted[allocSampling.hits%allocHitMax] = allocHit{t, size}
			allocSampling.hits++
			allocSampling.left = allocSampling.next
			atomic.OrUint32(allocSampling.pending, PendingProfile)
		}
	}
}

// profValue is ValueOf for the constructors that call profileNew and
// must stay inlinable: ValueOf's interface argument costs the inliner 63
// of its budget of 80, which left NewStr at 79 before the hook; a
// generic conversion from the object's own pointer type costs nothing.
func profValue[T Str | List | Bytes | Method](o *T) Value { return Value{p: unsafe.Pointer(o)} }

// profileNewInstance is profileNew for object.__new__, which has the
// thread at hand and is too big to be inlined anyway: a sample due there
// is recorded at once, with the stack that made the instance, rather
// than at the next safe point (which is in the __init__ that follows).
// Off, it is inlined into a load of the flag and a branch never taken.
func (th *Thread) profileNewInstance(t *Type) {
	if allocProfiling.Load() {
		th.profileAllocInstance(t)
	}
}

//go:noinline
func (th *Thread) profileAllocInstance(t *Type) {
	th.profileAllocSized(t, instanceSize(t))
}

// profileNewObject is profileNew for Go code that has the thread at hand
// and makes objects in a batch, with no safe point between them (the
// JIT's instance pools): a sample due is recorded at once, as for
// object.__new__. Through profileNew, the samples of a batch would share
// one interval until the next safe point (the one drawn at the last),
// and a short draw would over-count what the batch makes.
func (th *Thread) profileNewObject(t *Type, size uintptr) {
	if allocProfiling.Load() {
		th.profileAllocSized(t, size)
	}
}

// profileAllocSized counts down size bytes of an object of type t and,
// if a sample falls due, records it (and any noted before) at once when th
// is the profiled thread.
//
//go:noinline
func (th *Thread) profileAllocSized(t *Type, size uintptr) {
	a := &allocSampling
	if a.left -= int64(size); a.left >= 0 {
		return
	}
	a.noted[a.hits%allocHitMax] = allocHit{t, size}
	a.hits++
	a.left = a.next
	if th != nil && allocProfiled.Load() == th {
		th.profileAllocSafePoint()
	} else if a.pending != nil {
		atomic.OrUint32(a.pending, PendingProfile)
	}
}

// The sizes that profileNew reports: the object's Go struct and what it
// owns when it is made (a str's text, a list's or tuple's items, a big
// int's words). Later growth (a list's appends, a dict's table) is not an
// allocation of a Python object and is not counted.
const (
	profStrSize       = unsafe.Sizeof(Str{})
	profBytesSize     = unsafe.Sizeof(Bytes{})
	profTupleSize     = unsafe.Sizeof(Tuple{})
	profListSize      = unsafe.Sizeof(List{})
	profDictSize      = unsafe.Sizeof(Dict{})
	profSetSize       = unsafe.Sizeof(Set{}) + setMinSize*unsafe.Sizeof(setEntry{})
	profFloatSize     = unsafe.Sizeof(FloatObject{})
	profMethodSize    = unsafe.Sizeof(Method{})
	profFunctionSize  = unsafe.Sizeof(Function{})
	profCellSize      = unsafe.Sizeof(Cell{})
	profGeneratorSize = unsafe.Sizeof(Generator{}) + unsafe.Sizeof(Frame{})
	profValueSize     = unsafe.Sizeof(Value{})
)

// profBigIntSize is the size of an int beyond the immediates: the object,
// its big.Int and its words.
func profBigIntSize(x *big.Int) uintptr {
	return unsafe.Sizeof(BigInt{}) + unsafe.Sizeof(big.Int{}) + uintptr(cap(x.Bits()))*unsafe.Sizeof(big.Word(0))
}

// instanceSize is the bytes allocated for an instance of t by objectNew;
// its __dict__, if it has one, is a dict of its own (NewDict samples it).
func instanceSize(t *Type) uintptr {
	if n, ok := splitInstanceSize(t); ok {
		return n
	}
	n := unsafe.Sizeof(Object{})
	if len(t.Slots) > 0 {
		n = unsafe.Sizeof(Instance{}) + uintptr(len(t.Slots))*unsafe.Sizeof(Value{})
	}
	return n
}

// nextAllocSample draws the bytes until the next sample from an
// exponential distribution of mean rate, as Go's heap profiler does, so
// that samples are a Poisson process over allocated bytes.
func nextAllocSample(rate int64) int64 {
	return int64(rand.ExpFloat64()*float64(rate)) + 1
}

// refill draws the interval after the next sample. Samples that fall
// due between two safe points share one interval: each is still drawn
// from the exponential distribution.
func (a *allocSampler) refill() { a.next = nextAllocSample(a.rate) }

// profileAllocSafePoint records the samples noted since the last safe
// point against th's stack. An object of size bytes is sampled with
// probability 1-exp(-size/rate), so each sample stands for the inverse of
// that many objects, as in Go's heap profile; when more samples fell due
// than were noted, the noted ones stand for all of them.
func (th *Thread) profileAllocSafePoint() {
	a := &allocSampling
	due, n := a.hits, min(a.hits, allocHitMax)
	a.hits = 0
	a.refill()
	p := &th.prof
	if p.alloc == nil {
		return
	}
	stack := th.profileStack(p.stack[:0])
	p.stack = stack
	share := float64(due) / float64(n)
	for _, h := range a.noted[:n] {
		scale := share / (1 - math.Exp(-float64(h.size)/float64(a.rate)))
		p.alloc.AddAlloc(stack, h.t.Name, int64(math.Round(scale)), int64(math.Round(scale*float64(h.size))))
	}
}
