package jit

// This file defines the contract between the JIT's front half (recorder,
// optimiser, driver) and a machine-code backend: the Backend that compiles
// an optimised *Trace into runnable Code, and the State block compiled code
// runs on. The native x86-64 backend (asm_amd64.go) implements it and sets
// nativeBackend; irexec.go implements it in Go for tests.
//
// Entering and leaving compiled code
//
//  1. The driver fills State.Slots[0:NumInputs] with the raw bits of the
//     trace inputs (int64, float64 bits, 0/1, object address) and calls
//     Code.Run(st).
//  2. Compiled code runs the trace: inputs, then every op in order, looping
//     from the final jump back to the label, forever, until it exits.
//  3. Every exit goes through a snapshot (a guard's Snap, or the jump's Snap
//     for back-edge exits): the code writes the snapshot's Live values, in
//     order, as raw bits into State.Slots[0:len(Live)], sets ExitTrace to the
//     Trace.ID of the trace that exited (a bridge's own ID inside a
//     bridge) and ExitSnap to the snapshot index, and returns the exit kind.
//     The driver then rebuilds the interpreter frame(s) (deopt.go).
//  4. Back-edges (every jump) first check the interrupt word (*Interrupt
//     != 0, Ctrl-C, signals, a tracelog or profiler request) and the Go
//     runtime's preemption request (SP <= g.stackguard0): if either fires,
//     the code exits through the jump's snapshot with ExitInterrupt or
//     ExitPreempt, before the jump's assignments (so the snapshot, taken at
//     the loop header, describes the state at the end of the iteration).
//
// Bridges: Code.Link(snap, bridge) makes future failures of the guard
// whose snapshot is snap continue in bridge instead of exiting. The guard
// writes its Live values to Slots as for an exit, then jumps to the
// address held in a per-guard jump slot in data memory (never patching
// executable code); the bridge's inputs are those Live values, read from
// Slots. A bridge ends with a jump to its loop's entry (its jump's Aux is
// 0): it writes the jump's args to Slots[0:len(args)] (they are the loop's
// inputs) and continues at the start of the loop's Code, exactly as Run
// would, preamble included.
//
// Memory and GC rules (see /work/shared/reference/go-jit.md §5): compiled
// code may read Go heap memory; it stores Go pointers only through the
// write barrier (setarrayitem_gc); it keeps nothing in registers across an
// exit. Ref values it writes to Slots are also held elsewhere (a frame
// register, a list, a trace constant), so the GC never depends on Slots;
// code whose loop stores refs (which may drop those other references)
// also writes them to Refs, which the collector scans.

import (
	"sync/atomic"
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// Backend compiles optimised traces to machine code.
type Backend interface {
	// Name identifies the backend in logs ("x86-64", "irexec").
	Name() string
	// Compile turns t into runnable code. For a bridge (t.Kind ==
	// BridgeTrace) loop is the Code of the loop the bridge jumps back to
	// (t.Parent, the trace owning the guard, may be that loop or another
	// bridge of it); nil for loops. An op the backend does not implement, or
	// any other failure, is an error: the driver then leaves the loop
	// interpreted (so new opcodes can be added to the IR safely).
	Compile(t *Trace, loop Code) (Code, error)
}

// Code is one compiled trace.
type Code interface {
	// Run executes the code on st from its entry (or, if st.Reentry is
	// non-zero, from the re-entry point the code itself left there) until
	// it exits, and returns the exit kind (also stored in st.Exit).
	Run(st *State) ExitKind
	// Link sends future failures of the guard owning snapshot snap (of
	// this trace) into bridge, through the guard's jump slot.
	Link(snap int, bridge Code) error
	// Size is the machine code size in bytes (for the log).
	Size() int
	// Offsets, if the backend knows them, gives each op's byte offset in
	// the machine code (the +ofs of jit-log-opt); nil otherwise.
	Offsets() []int
	// Free releases the code; it is called only when no goroutine can be
	// running it.
	Free()
}

// ExitKind says why compiled code returned.
type ExitKind uint64

// The exit kinds. Every kind except ExitCall leaves through a snapshot.
const (
	ExitNone      ExitKind = iota // not exited (never returned by Run)
	ExitGuard                     // a guard failed: resume at its snapshot
	ExitInterrupt                 // the interrupt word was set at a back-edge
	ExitPreempt                   // the Go runtime wants the goroutine (stackguard0) at a back-edge
	// ExitCall is optional for backends: the code wants the Go helper
	// MathFuncs()[st.CallFunc] applied to st.CallArgs; the driver stores the
	// result in st.CallResult and calls Run again, leaving st.Reentry as
	// the code set it. A backend that does not use it simply never
	// returns it (and may reject call_f in Compile).
	ExitCall
	// ExitResidual: the code reached a residual call (OpCall, aux
	// st.CallFunc): it wrote the call's snapshot (ExitTrace, ExitSnap,
	// Slots) as for an exit; the driver runs the instruction, stores its
	// result in st.CallResult and calls Run again, leaving st.Reentry as
	// the code set it (record_residual.go).
	ExitResidual
	// ExitFinish: a function trace reached its finish; the snapshot is
	// the frame at its RETURN (entry.go).
	ExitFinish
)

func (k ExitKind) String() string {
	return [...]string{"none", "guard", "interrupt", "preempt", "call", "residual", "finish"}[k]
}

// State is the block compiled code runs on. Its layout is fixed: the
// offsets below are part of the contract (backend code addresses fields
// as N(DI)); fields are only ever appended.
type State struct {
	// Interrupt points at the interpreter's safe-point word
	// (runtime.Interpreter.Pending), checked at every back-edge. Offset 0.
	Interrupt *atomic.Uint32
	// Exit is the exit kind of the last Run. Offset 8.
	Exit ExitKind
	// ExitTrace is the Trace.ID of the trace that exited. Offset 16.
	ExitTrace uint64
	// ExitSnap is the snapshot index, in that trace, of the exit. Offset 24.
	ExitSnap uint64
	// Slots carries trace inputs in and snapshot values out, as raw bits.
	// Data pointer at offset 32, length at 40. The driver sizes it to the
	// largest input/snapshot/jump count of the traces it runs.
	Slots []uint64
	// Reentry, if non-zero, is where Run continues (backend-defined).
	// Offset 56.
	Reentry uint64
	// CallFunc, CallArgs and CallResult carry an ExitCall. Offsets 64, 72,
	// 88.
	CallFunc   uint64
	CallArgs   [2]uint64
	CallResult uint64
	// Spill is scratch memory the backend may use (spilled registers
	// across an ExitCall); the driver never reads it. Offset 96 (pointer),
	// 104 (length).
	Spill []uint64
	// Refs holds, at an exit of code whose loop stores refs into the heap
	// (an object attribute, record_obj.go's storeEntryRef), the ref
	// values the exit wrote to Slots, at the same indexes: the store may
	// have overwritten the only other reference to them, and Slots is not
	// scanned by the collector. The code writes them through the write
	// barrier; the driver sizes Refs like Slots and clears it when an
	// entry ends. Offset 120 (pointer), 128 (length).
	Refs []unsafe.Pointer
	// CallDepth is how many levels of recursive calls compiled code has
	// entered natively (callasm_amd64.go), 0 in the code the driver
	// entered; CallLimit is the most it may enter (the recursion limit,
	// the frames Spill holds). Offsets 144 and 152.
	CallDepth, CallLimit uint64
	// AllocPools are the pools of instances compiled code allocates
	// from, one per allocation site (record_alloc.go). Offset 160
	// (pointer), 168 (length).
	AllocPools []AllocPool
	// Iterations counts the jumps compiled code took (the loop's
	// back-edges and its bridges' jumps to it) since the driver last
	// cleared it: the iterations of one entry, for the check that entries
	// run long enough to pay for themselves (shortloop.go). Offset 176.
	Iterations uint64
}

// growSlots makes Slots (and Refs) hold at least n values.
func (st *State) growSlots(n int) {
	st.Slots = growSlots(st.Slots, n)
	if len(st.Refs) < len(st.Slots) {
		st.Refs = make([]unsafe.Pointer, len(st.Slots))
	}
}

// The offsets of State's fields, for backends.
const (
	StateInterrupt  = unsafe.Offsetof(State{}.Interrupt)
	StateExit       = unsafe.Offsetof(State{}.Exit)
	StateExitTrace  = unsafe.Offsetof(State{}.ExitTrace)
	StateExitSnap   = unsafe.Offsetof(State{}.ExitSnap)
	StateSlots      = unsafe.Offsetof(State{}.Slots)
	StateReentry    = unsafe.Offsetof(State{}.Reentry)
	StateCallFunc   = unsafe.Offsetof(State{}.CallFunc)
	StateCallArgs   = unsafe.Offsetof(State{}.CallArgs)
	StateCallResult = unsafe.Offsetof(State{}.CallResult)
	StateSpill      = unsafe.Offsetof(State{}.Spill)
	StateRefs       = unsafe.Offsetof(State{}.Refs)
	StateCallDepth  = unsafe.Offsetof(State{}.CallDepth)
	StateCallLimit  = unsafe.Offsetof(State{}.CallLimit)
	StateAllocPools = unsafe.Offsetof(State{}.AllocPools)
	StateIterations = unsafe.Offsetof(State{}.Iterations)
)

// Runtime layout facts the backend needs, re-exported from vm/runtime so
// that backend code depends on this file only.
var (
	// IntTag, FloatTag and BoolTag are the p words of immediate ints,
	// floats and bools (runtime.Value layout: p at +0, n at +8).
	IntTag, FloatTag, BoolTag = runtime.JITImmediateTags()
	// ListItemsOffset is the offset of a *runtime.List's items slice.
	ListItemsOffset = runtime.JITListItemsOffset
	// DictWritesOffset is the offset of a *runtime.Dict's mutation counter.
	DictWritesOffset = runtime.JITDictWritesOffset
	// ObjectTypeOffset is the offset of an object's *runtime.Type.
	ObjectTypeOffset = runtime.JITObjectTypeOffset
)

// ValueSize is the size of a runtime.Value (list items are Values).
const ValueSize = 16

// nativeBackend is the machine-code backend for this CPU, set by the
// backend's init (asm_amd64.go); nil where there is none.
var nativeBackend Backend
