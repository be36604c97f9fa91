// Entering generated code, and the runtime symbols generated code relies on.

package native

import (
	"runtime"
	"unsafe"
)

// Supported reports whether this platform can run generated code.
const Supported = true

// callNative enters code with DI = state and R14 = g and returns the exit
// code the code left in AX. Implemented in trampoline_amd64.s.
func callNative(code uintptr, state unsafe.Pointer) uint64

// Enter runs code at address entry (a Code's Addr plus an entry offset)
// on the state block state and returns the exit code.
//
// GC: state is an unsafe.Pointer parameter, so the block stays alive and
// reachable for the whole call; the caller keeps an ordinary Go reference
// to it across exits. Generated code must not store Go pointers into it
// except through the write barrier (EmitStorePointer). The goroutine is not
// at a safe point while the code runs, so its stack is neither scanned nor
// moved: the code may keep Go pointers in registers within one run, but
// must reload them after every exit.
//
// A Go loop that calls Enter repeatedly must reach a safe point between
// calls (any ordinary function call does): callNative itself has no
// preemption point the scheduler can use while the PC is in generated code.
func Enter(entry uintptr, state unsafe.Pointer) uint64 {
	return callNative(entry, state)
}

// safePoint is a function that is nothing but a stack-checking prologue.
// Implemented in trampoline_amd64.s.
func safePoint()

// Yield is what a dispatcher calls on a yield exit (EmitBackEdgeCheck),
// before re-entering. First it lets the runtime do whatever made it set
// g.stackguard0, through the same morestack path every Go function prologue
// takes; then it reschedules so timers and other goroutines get the CPU.
//
// runtime.Gosched alone is not enough: rescheduling clears the request
// without parking the goroutine for the stack scan a collection waits for,
// so the collector asks again and again; measured: runtime.GC calls of 2 to
// 5 s while a compiled loop ran, against under 1 ms typically with Yield
// (TestGCPauseWhileCompiledLoopRuns). The safe point alone left GCs at
// ~20 ms on average.
func Yield() {
	safePoint()
	runtime.Gosched()
}

// The runtime's write barrier: a flag whose first byte is non-zero while
// the collector marks, and the stub that reserves two slots in the per-P
// write-barrier buffer. Both are push-linknamed by the runtime (they are
// used outside it), so these pull linknames link without -checklinkname=0.
// gcWriteBarrier2 has no Go body; the .s file in this package allows that.

//go:linkname runtimeWriteBarrier runtime.writeBarrier
var runtimeWriteBarrier struct {
	enabled bool
	pad     [3]byte
	alignme uint64
}

//go:linkname runtimeGCWriteBarrier2 runtime.gcWriteBarrier2
func runtimeGCWriteBarrier2()

// writeBarrierFlagAddr is the address of runtime.writeBarrier.enabled.
func writeBarrierFlagAddr() uintptr { return uintptr(unsafe.Pointer(&runtimeWriteBarrier.enabled)) }

// gcWriteBarrier2Addr is the entry address of runtime.gcWriteBarrier2 (the
// stub itself, not an ABI wrapper: a func value of an assembly function
// points at its code).
func gcWriteBarrier2Addr() uintptr {
	f := runtimeGCWriteBarrier2
	return **(**uintptr)(unsafe.Pointer(&f))
}
