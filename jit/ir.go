package jit

// This file defines the trace IR: a linear SSA list of typed operations
// over refs, with constants and snapshots, and its text form (PyPy's
// jit-log-opt). The semantics written at each opcode are the contract for
// every backend; irexec.go implements them in Go.
//
// Conventions shared by all ops:
//   - Values are raw machine words. int is int64 (two's complement), float
//     is IEEE-754 float64, bool is an int64 that is 0 or 1, ref is the
//     address of a Go heap object (the p word of a runtime.Value that is
//     not an immediate). No value inside a trace is boxed: boxing happens
//     only when a snapshot rebuilds interpreter frames.
//   - Where an op takes an int operand it also accepts a bool (0 or 1).
//   - An op never traps: preconditions (a divisor > 0, an index in
//     bounds) are established by earlier guards, which the recorder emits.
//   - A guard that fails leaves the trace through its snapshot (Op.Snap):
//     no op after it runs, and no op before it is undone.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unsafe"
)

// Type is the type of an IR value.
type Type uint8

// The IR types. Void is the "type" of ops without a result.
const (
	Void  Type = iota
	Int        // int64
	Float      // float64
	Bool       // int64 0 or 1 (boxed as False/True on exit)
	Ptr        // pointer to a heap object (a GC ref)
)

// prefix is the letter PyPy's logs give a box of this type.
func (t Type) prefix() string {
	switch t {
	case Float:
		return "f"
	case Ptr:
		return "p"
	}
	return "i"
}

func (t Type) String() string {
	return [...]string{"void", "int", "float", "bool", "ptr"}[t]
}

// Opcode is an IR operation.
type Opcode uint8

// The IR operations. Names are PyPy's resoperations where PyPy has one.
// "a", "b", "c" are the operands (Op.Args) in order; "aux" is Op.Aux.
const (
	OpNop Opcode = iota // nop(): no effect (left by passes; backends skip it)

	// Trace structure.

	OpInput           // input(): the next trace input (State.Slots[k] on entry). Only at the start of a trace.
	OpLabel           // label(args...): the loop header. aux = target id. Refs named by args are redefined by every jump to this label.
	OpJump            // jump(args...): assign args, in parallel, to the label's args and continue after the label (aux = target id). Check the interrupt word and preemption first; if either fires, exit through Snap with ExitInterrupt or ExitPreempt, before assigning.
	OpDebugMergePoint // debug_merge_point(): marks the start of a bytecode instruction; Pos, aux = inline depth. No code.

	// Integer arithmetic: int × int → int, wrapping modulo 2^64.

	OpIntAdd    // int_add(a, b) = a + b
	OpIntSub    // int_sub(a, b) = a - b
	OpIntMul    // int_mul(a, b) = a * b
	OpIntAnd    // int_and(a, b) = a & b
	OpIntOr     // int_or(a, b) = a | b
	OpIntXor    // int_xor(a, b) = a ^ b
	OpIntRshift // int_rshift(a, b) = a >> b, arithmetic; requires 0 <= b; b >= 64 gives 0 or -1 by sign (Python's >>)
	OpIntNeg    // int_neg(a) = -a (wrapping)

	// Python's floor division and modulo. Require b > 0 (a guard before
	// establishes it), so neither can overflow or trap.

	OpIntFloorDiv // int_floordiv(a, b) = floor(a / b), rounding toward -inf; b > 0
	OpIntMod      // int_mod(a, b) = a - b*floor(a/b), in [0, b); b > 0

	// Overflow-checked arithmetic. The result is only meaningful when the
	// guard_no_overflow that must immediately follow passes; the guard's
	// snapshot never refers to the result.

	OpIntAddOvf // int_add_ovf(a, b) = a + b, sets the overflow flag if it does not fit in int64
	OpIntSubOvf // int_sub_ovf(a, b) = a - b, likewise
	OpIntMulOvf // int_mul_ovf(a, b) = a * b, likewise
	OpIntNegOvf // int_neg_ovf(a) = -a, overflows for a == MinInt64

	// Integer comparisons: int × int → bool, signed.

	OpIntLt     // int_lt(a, b) = a < b
	OpIntLe     // int_le(a, b) = a <= b
	OpIntEq     // int_eq(a, b) = a == b
	OpIntNe     // int_ne(a, b) = a != b
	OpIntGt     // int_gt(a, b) = a > b
	OpIntGe     // int_ge(a, b) = a >= b
	OpIntIsTrue // int_is_true(a) = a != 0
	OpBoolNot   // bool_not(a) = 1 - a, for a bool a

	// Float arithmetic: IEEE-754 double, round to nearest even, no traps.

	OpFloatAdd     // float_add(a, b) = a + b
	OpFloatSub     // float_sub(a, b) = a - b
	OpFloatMul     // float_mul(a, b) = a * b
	OpFloatTrueDiv // float_truediv(a, b) = a / b; b != 0 (guarded before)
	OpFloatNeg     // float_neg(a) = -a (flips the sign bit, also of 0 and NaN)
	OpFloatAbs     // float_abs(a) = |a| (clears the sign bit)

	// Float comparisons: float × float → bool, IEEE: every comparison
	// with a NaN is false except float_ne, which is true.

	OpFloatLt // float_lt(a, b) = a < b
	OpFloatLe // float_le(a, b) = a <= b
	OpFloatEq // float_eq(a, b) = a == b
	OpFloatNe // float_ne(a, b) = a != b
	OpFloatGt // float_gt(a, b) = a > b
	OpFloatGe // float_ge(a, b) = a >= b

	OpCastIntToFloat // cast_int_to_float(a) = float64(a), rounded to nearest even (cvtsi2sd)

	// Pure calls.

	OpCallF // call_f(a...) = MathFuncs()[aux].F(a...): a pure float function of 1 or 2 floats, without errors (the recorder guards domains)

	// Guards: check, and on failure exit through Snap (ExitGuard), or into
	// the bridge linked to that snapshot.

	OpGuardTrue          // guard_true(a): a bool; fails if a == 0
	OpGuardFalse         // guard_false(a): a bool; fails if a != 0
	OpGuardNoOverflow    // guard_no_overflow(): fails if the immediately preceding *_ovf op overflowed
	OpGuardValue         // guard_value(a, b): fails if a != b (int/bool compared as words, ref by address; b is a constant)
	OpGuardClass         // guard_class(a, b): a ref, b a ConstClass ref (a *runtime.Type); fails unless a's object header type is exactly b (offset 0 of every object: runtime.Object's typ)
	OpGuardDictVersion   // guard_dict_version(a, b): a a ConstPtr to a *runtime.Dict, b an int constant; fails unless the dict's mutation counter (at DictWritesOffset) == b
	OpGuardArrayItemKind // guard_arrayitem_kind(a, b): a a list ref, b an int index with 0 <= b < len; aux = ItemInt or ItemFloat; fails unless items[b].p is that immediate's tag (IntTag/FloatTag)

	// Heap access. Lists are *runtime.List; their items are a []runtime.Value
	// at ListItemsOffset (data pointer, then length), each Value 16 bytes:
	// p (type tag or object) at +0, n (the raw int/float bits) at +8.

	OpArrayLen      // arraylen_gc(a) = len(a.items) for the list a
	OpGetArrayItemI // getarrayitem_gc_i(a, b) = int64(a.items[b].n); 0 <= b < len and the item's kind guarded before
	OpGetArrayItemF // getarrayitem_gc_f(a, b) = float64frombits(a.items[b].n); likewise
	OpSetArrayItem  // setarrayitem_gc(a, b, c): a.items[b] = c boxed as an immediate Value: p = the tag of c's type (IntTag, FloatTag, BoolTag), n = c's bits; 0 <= b < len. The store to p needs the Go write barrier.
	OpGetFieldI     // getfield_gc_i(a) = the int64 at byte offset aux in the object a
	OpSetFieldI     // setfield_gc(a, b): store the int64 b at byte offset aux in the object a (a scalar: no write barrier)

	// Added after the first version of the contract.

	OpSameAs // same_as(a) = a, of a's type (Op.Type): a copy, so that a label can carry a constant or one value twice

	// Objects in traces: refs read from other objects. A ref read from a
	// field or an item is held by that object, so the GC rule of the
	// contract (every ref in Slots is also held elsewhere) holds while the
	// trace stores no refs.

	OpGetFieldR     // getfield_gc_r(a) = the pointer word at byte offset aux in the object a (a ref)
	OpGetArrayItemR // getarrayitem_gc_r(a, b) = a.items[b].p, the item's object; 0 <= b < len. For an immediate item it is the static header of its type, so a guard_class after it proves the item is an object of that class

	// Interior fields: the word at byte field of element b of the slice
	// whose data pointer is at byte off of the object a, elements stride
	// bytes apart (an entry of a dict's entries). aux = InteriorDescr(off,
	// stride, field); 0 <= b < the slice's length, checked before.

	OpGetInteriorI // getinteriorfield_gc_i(a, b) = that word as an int64
	OpGetInteriorF // getinteriorfield_gc_f(a, b) = that word as a float64
	OpGetInteriorR // getinteriorfield_gc_r(a, b) = that word as a ref
	OpSetInterior  // setinteriorfield_gc(a, b, c): store the raw bits of the int, float or bool c in that word (a scalar: no write barrier), or the ref c (an object's address: through the Go write barrier; a trace storing refs keeps its exits' refs in State.Refs)

	// Residual calls (record_residual.go): an instruction the trace does
	// not specialise, run by the runtime's own generic implementation.
	// aux indexes Trace.Calls, which names the instruction; args are its
	// operands (for the log and for liveness: they are also in Snap). The
	// op leaves compiled code through Snap (the state before the
	// instruction, written back into the interpreter's frame), the driver
	// runs the instruction on that frame (runtime.JITExecOne) and
	// re-enters with the value of its result register as raw bits, after
	// checking the kind or exact class the recording saw. An exception or
	// a failed check leaves compiled code for good, after the instruction
	// (never re-running it). The call may run any Python code: no heap
	// fact survives it (opt_fold.go).

	OpCall             // call_<t>(args...) = the instruction's result (t: i, f, r, or n for none)
	OpCallMayForce     // call_may_force_<t>(args...): the same, for calls that may run Python frames (PyPy's name)
	OpGuardNoException // guard_no_exception(): follows a call; its exit is the call's own (the driver's check), so it emits no code
	OpGuardNotForced   // guard_not_forced(): follows call_may_force; likewise no code
	// The end of a function trace (entry.go).

	OpFinish // finish(a): the traced function returns a; exit through Snap (the frame at its RETURN, a in the returned register) with ExitFinish. Last op of a FunctionTrace only.

	// Lists (record_list.go).

	OpListReverse // list_reverse(a, b, c): reverse the items a.items[b:c] of the list a in place; 0 <= b <= c <= len (guarded before). Moves p words in the heap: each swap goes through the Go write barrier (both words shaded) while the collector marks. The list keeps every object it held.
	// Allocation in compiled code (record_alloc.go).

	OpNewInstance // new_with_vtable() = an instance of a plain class taken from allocation pool aux of the State (State.AllocPools[aux]: made ahead of time, typed, with an empty attribute dict); fails (exit through Snap, before the class call) when the pool is empty
	OpListAppend  // list_append(a, b): append the value b (boxed as a list item: p = the tag of an int, float or bool, or the object b through the write barrier; n = its bits or 0) to the list a; fails (exit through Snap, before the LISTAPPEND) when a.items has no room

	// Strs (record_str.go). A str is immutable: its text pointer (at
	// aux) and its bytes never change.

	OpStrGetItem // strgetitem(a, b) = the byte b of the text of the str a, zero-extended; aux = the text pointer's offset in a Str; 0 <= b < the text's length in bytes (guarded before)
	OpStrChar    // str_char(a) = the shared str of one code point a (aux + a*runtime.JITStrSize, aux = runtime.JITLatin1Base); 0 <= a < 128 (a byte of an ASCII str)

	// Direct helper calls (helper.go).

	OpCallHelper // call_helper(a...) = Helpers[aux].F(a...): a Go helper doing one instruction's whole work on ints and refs (no Python code runs); fails (exit through Snap, before the instruction, nothing done) when only the interpreter can do it. A helper that writes (Helpers[aux].Writes) may change any dict entry or list item: the optimiser forgets heap facts at it
	numOpcodes
)

// Item kinds for guard_arrayitem_kind (Op.Aux).
const (
	ItemInt   = 1
	ItemFloat = 2
)

// opFlags describe an opcode to passes and the printer.
type opFlags uint8

const (
	fPure   opFlags = 1 << iota // no side effect, result depends only on the operands: foldable, CSE-able
	fGuard                      // has a snapshot and may exit
	fEffect                     // writes memory
	fResult                     // produces a value
	fCall                       // a residual call: has a snapshot (Snap), is no guard
)

type opInfo struct {
	name  string
	nargs int // -1: variadic
	flags opFlags
	typ   Type // result type when fixed (Void: none or given by Op.Type)
}

var opInfos = [numOpcodes]opInfo{
	OpNop:             {"nop", 0, 0, Void},
	OpInput:           {"input", 0, fResult, Void},
	OpLabel:           {"label", -1, 0, Void},
	OpJump:            {"jump", -1, fGuard, Void},
	OpFinish:          {"finish", 1, fEffect, Void},
	OpDebugMergePoint: {"debug_merge_point", 0, 0, Void},
	OpSameAs:          {"same_as", 1, fResult, Void},

	OpIntAdd:      {"int_add", 2, fPure | fResult, Int},
	OpIntSub:      {"int_sub", 2, fPure | fResult, Int},
	OpIntMul:      {"int_mul", 2, fPure | fResult, Int},
	OpIntAnd:      {"int_and", 2, fPure | fResult, Int},
	OpIntOr:       {"int_or", 2, fPure | fResult, Int},
	OpIntXor:      {"int_xor", 2, fPure | fResult, Int},
	OpIntRshift:   {"int_rshift", 2, fPure | fResult, Int},
	OpIntNeg:      {"int_neg", 1, fPure | fResult, Int},
	OpIntFloorDiv: {"int_floordiv", 2, fPure | fResult, Int},
	OpIntMod:      {"int_mod", 2, fPure | fResult, Int},
	OpIntAddOvf:   {"int_add_ovf", 2, fResult, Int},
	OpIntSubOvf:   {"int_sub_ovf", 2, fResult, Int},
	OpIntMulOvf:   {"int_mul_ovf", 2, fResult, Int},
	OpIntNegOvf:   {"int_neg_ovf", 1, fResult, Int},

	OpIntLt:     {"int_lt", 2, fPure | fResult, Bool},
	OpIntLe:     {"int_le", 2, fPure | fResult, Bool},
	OpIntEq:     {"int_eq", 2, fPure | fResult, Bool},
	OpIntNe:     {"int_ne", 2, fPure | fResult, Bool},
	OpIntGt:     {"int_gt", 2, fPure | fResult, Bool},
	OpIntGe:     {"int_ge", 2, fPure | fResult, Bool},
	OpIntIsTrue: {"int_is_true", 1, fPure | fResult, Bool},
	OpBoolNot:   {"bool_not", 1, fPure | fResult, Bool},

	OpFloatAdd:     {"float_add", 2, fPure | fResult, Float},
	OpFloatSub:     {"float_sub", 2, fPure | fResult, Float},
	OpFloatMul:     {"float_mul", 2, fPure | fResult, Float},
	OpFloatTrueDiv: {"float_truediv", 2, fPure | fResult, Float},
	OpFloatNeg:     {"float_neg", 1, fPure | fResult, Float},
	OpFloatAbs:     {"float_abs", 1, fPure | fResult, Float},
	OpFloatLt:      {"float_lt", 2, fPure | fResult, Bool},
	OpFloatLe:      {"float_le", 2, fPure | fResult, Bool},
	OpFloatEq:      {"float_eq", 2, fPure | fResult, Bool},
	OpFloatNe:      {"float_ne", 2, fPure | fResult, Bool},
	OpFloatGt:      {"float_gt", 2, fPure | fResult, Bool},
	OpFloatGe:      {"float_ge", 2, fPure | fResult, Bool},

	OpCastIntToFloat: {"cast_int_to_float", 1, fPure | fResult, Float},
	OpCallF:          {"call_f", -1, fPure | fResult, Float},

	OpGuardTrue:          {"guard_true", 1, fGuard, Void},
	OpGuardFalse:         {"guard_false", 1, fGuard, Void},
	OpGuardNoOverflow:    {"guard_no_overflow", 0, fGuard, Void},
	OpGuardValue:         {"guard_value", 2, fGuard, Void},
	OpGuardClass:         {"guard_class", 2, fGuard, Void},
	OpGuardDictVersion:   {"guard_dict_version", 2, fGuard, Void},
	OpGuardArrayItemKind: {"guard_arrayitem_kind", 2, fGuard, Void},

	OpArrayLen:      {"arraylen_gc", 1, fResult, Int},
	OpGetArrayItemI: {"getarrayitem_gc_i", 2, fResult, Int},
	OpGetArrayItemF: {"getarrayitem_gc_f", 2, fResult, Float},
	OpSetArrayItem:  {"setarrayitem_gc", 3, fEffect, Void},
	OpGetFieldI:     {"getfield_gc_i", 1, fResult, Int},
	OpSetFieldI:     {"setfield_gc", 2, fEffect, Void},
	OpGetFieldR:     {"getfield_gc_r", 1, fResult, Ptr},
	OpGetArrayItemR: {"getarrayitem_gc_r", 2, fResult, Ptr},
	OpGetInteriorI:  {"getinteriorfield_gc_i", 2, fResult, Int},
	OpGetInteriorF:  {"getinteriorfield_gc_f", 2, fResult, Float},
	OpGetInteriorR:  {"getinteriorfield_gc_r", 2, fResult, Ptr},
	OpSetInterior:   {"setinteriorfield_gc", 3, fEffect, Void},

	OpCall:             {"call", -1, fEffect | fResult | fCall, Void},
	OpCallMayForce:     {"call_may_force", -1, fEffect | fResult | fCall, Void},
	OpGuardNoException: {"guard_no_exception", 0, fGuard, Void},
	OpGuardNotForced:   {"guard_not_forced", 0, fGuard, Void},
	OpListReverse:      {"list_reverse", 3, fEffect, Void},

	OpNewInstance: {"new_with_vtable", 0, fGuard | fEffect | fResult, Ptr},
	OpListAppend:  {"list_append", 2, fGuard | fEffect, Void},

	OpStrGetItem: {"strgetitem", 2, fResult, Int},
	OpStrChar:    {"str_char", 1, fPure | fResult, Ptr},

	OpCallHelper: {"call_helper", -1, fGuard | fEffect | fResult, Void},
}

// InteriorDescr packs the aux of the getinteriorfield ops: off is the
// byte offset of the slice (its data pointer) in the object, stride the
// element size and field the byte offset of the word in an element.
func InteriorDescr(off, stride, field uintptr) int64 {
	return int64(off) | int64(stride)<<16 | int64(field)<<32
}

// InlineInteriorDescr is InteriorDescr for an array inside the object,
// starting at byte offset off (a split instance's values), rather than
// one its data pointer at off points at.
func InlineInteriorDescr(off, stride, field uintptr) int64 {
	return InteriorDescr(off, stride, field) | interiorInline
}

// interiorInline marks an InlineInteriorDescr.
const interiorInline = 1 << 48

// interior unpacks an InteriorDescr.
func interior(aux int64) (off, stride, field int32) {
	return int32(aux & 0xffff), int32(aux >> 16 & 0xffff), int32(aux >> 32 & 0xffff)
}

// interiorIsInline reports whether aux is an InlineInteriorDescr.
func interiorIsInline(aux int64) bool { return aux&interiorInline != 0 }

// Name returns the op's PyPy-style name.
func (c Opcode) Name() string {
	if int(c) < len(opInfos) && opInfos[c].name != "" {
		return opInfos[c].name
	}
	return fmt.Sprintf("op%d", c)
}

func (c Opcode) String() string { return c.Name() }

// IsGuard reports whether ops of this code carry a snapshot and may exit.
func (c Opcode) IsGuard() bool { return opInfos[c].flags&fGuard != 0 && c != OpJump }

// IsPure reports whether ops of this code may be folded and shared.
func (c Opcode) IsPure() bool { return opInfos[c].flags&fPure != 0 }

// IsCall reports whether ops of this code are residual calls.
func (c Opcode) IsCall() bool { return opInfos[c].flags&fCall != 0 }

// HasResult reports whether ops of this code produce a value.
func (c Opcode) HasResult() bool { return opInfos[c].flags&fResult != 0 }

// Ref names a value: an op's result (Ref >= 0, the op's index in
// Trace.Ops) or a constant (Ref < 0, Trace.Consts[-1-Ref]).
type Ref int32

// NoRef is "no value".
const NoRef Ref = math.MinInt32

// IsConst reports whether r names a constant.
func (r Ref) IsConst() bool { return r < 0 && r != NoRef }

// constIndex is the index in Trace.Consts of a constant ref.
func (r Ref) constIndex() int { return int(-1 - r) }

// Const is a trace constant: the raw bits of an int, float or bool, or an
// object address (Obj keeps the object alive and names it in the log).
type Const struct {
	Type Type
	Bits uint64 // int64/float64 bits, 0/1, or the object's address
	Obj  any    // for Ptr constants: the object (*runtime.Type, *runtime.Dict, ...)
	// Ptr is the object's address for Ptr constants: holding it keeps the
	// object alive for as long as the trace (go-jit.md §5 rule 5).
	Ptr  unsafe.Pointer
	Name string // for Ptr constants: how the log shows it, e.g. "ConstClass(int)"
}

// Op is one IR operation.
type Op struct {
	Code Opcode
	Type Type  // result type (Void if none)
	Args []Ref // operands
	Aux  int64 // immediate operand, per opcode: target id, field offset, item kind, math function, inline depth
	Snap int32 // for guards and jump: index into Trace.Snaps; else -1
	// Guard is the guard's number in the log (descr=<GuardN>), unique in
	// a trace; -1 for other ops.
	Guard int32
	// Pos is the debug_merge_point location, "f;file:first-line~#pc OPNAME".
	Pos string
	// Descr names a field for getfield/setfield in the log.
	Descr string
}

// TraceKind tells loops from bridges.
type TraceKind uint8

// The kinds of trace.
const (
	LoopTrace     TraceKind = iota // inputs, [preamble, ] label, body, jump to the label
	BridgeTrace                    // inputs (the parent guard's snapshot values), ops, jump to the parent loop's label
	FunctionTrace                  // inputs (the function's arguments), ops, finish: a function from its entry to its return
)

// Trace is a recorded (then optimised) trace. Its first NumInputs ops are
// OpInput; a loop contains exactly one label that the final jump targets
// (after peeling, the preamble sits between the inputs and the label); a
// bridge has no label and jumps to its parent loop's label.
type Trace struct {
	ID        int // unique per driver; State.ExitTrace names it
	Kind      TraceKind
	Name      string // the loop's location for the log: "prog.py:12 'while i < n'"
	Ops       []Op
	NumInputs int
	Consts    []Const
	Snaps     []Snapshot
	// Parent and ParentSnap say, for a bridge, which loop and which
	// guard's snapshot it leaves from; its inputs are that snapshot's Live
	// values in order.
	Parent     *Trace
	ParentSnap int
	// Target is the label id the final jump goes to.
	Target int64
	// RecordedOps is the op count before optimisation (for the log).
	RecordedOps int
	// Calls describe the residual calls (OpCall's aux indexes it).
	Calls []CallDescr
	// plans caches residualPlan per snapshot (record_residual.go).
	plans [][]int32
	// KeepRefs asks the backend to keep the refs of every exit of a loop
	// or function trace that stores none itself, so that bridges storing
	// refs can be attached to it (poly.go).
	KeepRefs bool
	// CallAssembler: a function trace whose function may call itself
	// with call_assembler on: its code is made so that recursive calls,
	// in it or in its bridges, may enter it natively (callasm.go).
	CallAssembler bool

	numGuards int // guards emitted so far (the next guard's number)
	// verified: Optimize's peeling checked this trace with Verify and
	// nothing changed its ops since, so the backend need not check again.
	verified bool
}

// Input returns the ref of input k.
func (t *Trace) Input(k int) Ref { return Ref(k) }

// Const returns the constant named by r.
func (t *Trace) Const(r Ref) *Const { return &t.Consts[r.constIndex()] }

// TypeOf returns the type of the value named by r.
func (t *Trace) TypeOf(r Ref) Type {
	if r.IsConst() {
		return t.Consts[r.constIndex()].Type
	}
	return t.Ops[r].Type
}

// AddConst returns the ref of a constant, sharing equal ones.
func (t *Trace) AddConst(c Const) Ref {
	for i := range t.Consts {
		k := &t.Consts[i]
		if k.Type == c.Type && k.Bits == c.Bits {
			return Ref(-1 - i)
		}
	}
	t.Consts = append(t.Consts, c)
	return Ref(-len(t.Consts))
}

// ConstObj returns the ref of the object constant p (its address), with
// obj its typed Go view and name how the log shows it.
func (t *Trace) ConstObj(p unsafe.Pointer, obj any, name string) Ref {
	return t.AddConst(Const{Type: Ptr, Bits: uint64(uintptr(p)), Ptr: p, Obj: obj, Name: name})
}

// constPointer returns the address of a Ptr constant.
func constPointer(c *Const) unsafe.Pointer { return c.Ptr }

// ConstInt returns the ref of the int constant v.
func (t *Trace) ConstInt(v int64) Ref { return t.AddConst(Const{Type: Int, Bits: uint64(v)}) }

// ConstFloat returns the ref of the float constant v.
func (t *Trace) ConstFloat(v float64) Ref {
	return t.AddConst(Const{Type: Float, Bits: math.Float64bits(v)})
}

// ConstBool returns the ref of the bool constant v.
func (t *Trace) ConstBool(v bool) Ref {
	var b uint64
	if v {
		b = 1
	}
	return t.AddConst(Const{Type: Bool, Bits: b})
}

// Emit appends op and returns its ref. It fills Snap/Guard with -1 when
// the op has none.
func (t *Trace) Emit(op Op) Ref {
	if op.Type == Void && opInfos[op.Code].typ != Void {
		op.Type = opInfos[op.Code].typ
	}
	if !op.Code.IsGuard() && op.Code != OpJump && !op.Code.IsCall() && op.Code != OpFinish {
		op.Snap = -1
	}
	op.Guard = -1
	if op.Code.IsGuard() {
		op.Guard = int32(t.numGuards)
		t.numGuards++
	}
	t.Ops = append(t.Ops, op)
	t.verified = false
	return Ref(len(t.Ops) - 1)
}

func (t *Trace) countGuards() int {
	n := 0
	for i := range t.Ops {
		if t.Ops[i].Code.IsGuard() {
			n++
		}
	}
	return n
}

// Guards returns the number of guards.
func (t *Trace) Guards() int { return t.countGuards() }

// StoresRefs reports whether t stores a ref into the heap
// (setinteriorfield_gc or setarrayitem_gc of a ref).
func (t *Trace) StoresRefs() bool {
	for i := range t.Ops {
		if op := &t.Ops[i]; op.Code == OpSetInterior && t.TypeOf(op.Args[2]) == Ptr && op.Descr != freshEntryDescr {
			return true
		}
		if op := &t.Ops[i]; op.Code == OpSetArrayItem && t.TypeOf(op.Args[2]) == Ptr {
			return true // overwrites an item (record_list_words.go)
		}
	}
	return false
}

// CountOps returns the number of ops the log counts: everything but
// inputs and nops.
func (t *Trace) CountOps() int {
	n := 0
	for i := range t.Ops {
		if c := t.Ops[i].Code; c != OpInput && c != OpNop {
			n++
		}
	}
	return n
}

// Label returns the index of the (last) label op, or -1.
func (t *Trace) Label() int {
	for i := len(t.Ops) - 1; i >= 0; i-- {
		if t.Ops[i].Code == OpLabel {
			return i
		}
	}
	return -1
}

// refName is how the log names a value.
func (t *Trace) refName(r Ref) string {
	if r == NoRef {
		return "?"
	}
	if r.IsConst() {
		c := t.Const(r)
		switch c.Type {
		case Float:
			return strconv.FormatFloat(math.Float64frombits(c.Bits), 'g', -1, 64)
		case Ptr:
			if c.Name != "" {
				return c.Name
			}
			return fmt.Sprintf("ConstPtr(ptr%d)", r.constIndex())
		}
		return strconv.FormatInt(int64(c.Bits), 10)
	}
	return t.Ops[r].Type.prefix() + strconv.Itoa(int(r))
}

// Format renders the trace in PyPy's jit-log-opt syntax, without the
// "# Loop" header line and without a final newline. offsets, if not
// nil, gives each op's machine code offset; else the op index is shown.
func (t *Trace) Format(offsets []int) string { return t.format(offsets, -1) }

// FormatCode is Format for the trace compiled as code: the ops show their
// machine code offsets (when the backend reports them) and the final
// "+N: --end of the loop--" the code size, as in PyPy's log.
func (t *Trace) FormatCode(code Code) string {
	offsets := code.Offsets()
	if offsets == nil {
		return t.format(nil, -1)
	}
	return t.format(offsets, code.Size())
}

// format is Format with end, the offset of the end marker (-1: the
// number of ops).
func (t *Trace) format(offsets []int, end int) string {
	var b strings.Builder
	b.WriteByte('[')
	for k := 0; k < t.NumInputs; k++ {
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(t.refName(Ref(k)))
	}
	b.WriteByte(']')
	for i := t.NumInputs; i < len(t.Ops); i++ {
		op := &t.Ops[i]
		if op.Code == OpNop {
			continue
		}
		b.WriteByte('\n')
		if op.Code == OpDebugMergePoint {
			fmt.Fprintf(&b, "debug_merge_point(%d, %d, '%s')", op.Aux, op.Aux, strings.ReplaceAll(op.Pos, ",", "."))
			continue
		}
		ofs := i
		if offsets != nil {
			ofs = offsets[i]
		}
		fmt.Fprintf(&b, "+%d: ", ofs)
		if op.Type != Void {
			b.WriteString(t.refName(Ref(i)))
			b.WriteString(" = ")
		}
		b.WriteString(op.Code.Name())
		if op.Code.IsCall() {
			b.WriteString("_" + callSuffix(op.Type))
		}
		b.WriteByte('(')
		for j, a := range op.Args {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(t.refName(a))
		}
		sep := func() {
			if len(op.Args) > 0 {
				b.WriteString(", ")
			}
		}
		switch op.Code {
		case OpLabel, OpJump:
			sep()
			fmt.Fprintf(&b, "descr=TargetToken(%d)", op.Aux)
		case OpCallF:
			sep()
			fmt.Fprintf(&b, "descr=<Callf %s>", MathFuncs()[op.Aux].Name)
		case OpCallHelper:
			sep()
			fmt.Fprintf(&b, "descr=<Call%s %s>", callSuffix(op.Type), Helpers[op.Aux].Name)
		case OpCall, OpCallMayForce:
			sep()
			fmt.Fprintf(&b, "descr=<Call%s %s>", callSuffix(op.Type), t.callName(op.Aux))
		case OpFinish:
			sep()
			fmt.Fprintf(&b, "descr=<DoneWithThisFrameDescr%s>", finishDescr(t.TypeOf(op.Args[0])))
		case OpGetInteriorI, OpGetInteriorF, OpGetInteriorR, OpSetInterior:
			sep()
			off, stride, field := interior(op.Aux)
			fmt.Fprintf(&b, "descr=<InteriorFieldDescr %s %d %d %d>", op.Descr, off, stride, field)
		case OpGetFieldI, OpSetFieldI, OpGetFieldR:
			sep()
			fmt.Fprintf(&b, "descr=<FieldS %s %d>", op.Descr, op.Aux)
		case OpGuardArrayItemKind:
			sep()
			kind := "int"
			if op.Aux&^ListWords == ItemFloat {
				kind = "float"
			}
			fmt.Fprintf(&b, "kind=%s", kind)
			if op.Aux&ListWords != 0 {
				b.WriteString(", descr=<ArrayP 8 list.words>")
			}
		case OpArrayLen, OpGetArrayItemR, OpSetArrayItem, OpListAppend:
			if op.Aux&ListWords != 0 { // record_list_words.go
				sep()
				b.WriteString("descr=<ArrayP 8 list.words>")
			}
		}
		if op.Code.IsGuard() {
			if len(op.Args) > 0 || op.Code == OpGuardArrayItemKind {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "descr=<Guard0x%x>", t.guardID(op.Guard))
		}
		b.WriteByte(')')
		if op.Code.IsGuard() && op.Snap >= 0 {
			b.WriteString(" [")
			for j, r := range t.Snaps[op.Snap].Live {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString(t.refName(r))
			}
			b.WriteByte(']')
		}
	}
	if end < 0 {
		end = len(t.Ops)
	}
	fmt.Fprintf(&b, "\n+%d: --end of the loop--", end)
	return b.String()
}

// Header is the "# Loop" / "# bridge" line of the log.
func (t *Trace) Header() string {
	if t.Kind == BridgeTrace {
		return fmt.Sprintf("# bridge out of Guard 0x%x with %d ops", t.Parent.guardID(t.parentGuard()), t.CountOps())
	}
	if t.Kind == FunctionTrace {
		return fmt.Sprintf("# Loop %d (%s) : entry bridge with %d ops", t.ID, t.Name, t.CountOps())
	}
	return fmt.Sprintf("# Loop %d (%s) : loop with %d ops", t.ID, t.Name, t.CountOps())
}

// guardID is the log's id of guard number g of t: unique across the
// traces of a run (the trace ID in the high bits), like PyPy's guard
// addresses.
func (t *Trace) guardID(g int32) int64 { return int64(t.ID)<<16 | int64(g) }

// parentGuard is the guard number of the parent op owning ParentSnap.
func (t *Trace) parentGuard() int32 {
	if t.Parent == nil {
		return -1
	}
	for i := range t.Parent.Ops {
		if op := &t.Parent.Ops[i]; op.Code.IsGuard() && int(op.Snap) == t.ParentSnap {
			return op.Guard
		}
	}
	return -1
}

// String is the full log text: header, inputs and ops.
func (t *Trace) String() string { return t.Header() + "\n" + t.Format(nil) }

// Verify checks the structural rules every backend relies on: arities,
// operand types, refs defined before use, inputs first, one label in a
// loop, a final jump, guards with snapshots whose refs are defined, and
// guard_no_overflow right after an overflow op. Passes run it in tests.
func (t *Trace) Verify() error {
	label := -1
	for i := range t.Ops {
		op := &t.Ops[i]
		if int(op.Code) >= int(numOpcodes) || opInfos[op.Code].name == "" {
			return fmt.Errorf("op %d: unknown opcode %d", i, op.Code)
		}
		info := opInfos[op.Code]
		if (op.Code == OpInput) != (i < t.NumInputs) {
			return fmt.Errorf("op %d: input ops must come first (%d inputs)", i, t.NumInputs)
		}
		if info.nargs >= 0 && len(op.Args) != info.nargs {
			return fmt.Errorf("op %d %s: %d args, want %d", i, op.Code.Name(), len(op.Args), info.nargs)
		}
		for _, a := range op.Args {
			if t.refOK(a, i) {
				continue
			}
			if err := t.checkRef(a, i); err != nil {
				return fmt.Errorf("op %d %s: %v", i, op.Code.Name(), err)
			}
		}
		if info.typ != Void && op.Type != info.typ {
			return fmt.Errorf("op %d %s: type %s, want %s", i, op.Code.Name(), op.Type, info.typ)
		}
		switch op.Code {
		case OpLabel:
			if label >= 0 {
				return fmt.Errorf("op %d: second label", i)
			}
			label = i
		case OpJump, OpFinish:
			if i != len(t.Ops)-1 {
				return fmt.Errorf("op %d: %s before the end", i, op.Code.Name())
			}
			if op.Code == OpFinish && t.Kind == LoopTrace || op.Code == OpJump && t.Kind == FunctionTrace {
				return fmt.Errorf("op %d: %s in a trace of the wrong kind", i, op.Code.Name())
			}
		case OpGuardNoOverflow:
			j := i - 1
			if j < 0 || !isOvf(t.Ops[j].Code) {
				return fmt.Errorf("op %d: guard_no_overflow not after an _ovf op", i)
			}
		}
		if isOvf(op.Code) && (i+1 >= len(t.Ops) || t.Ops[i+1].Code != OpGuardNoOverflow) {
			return fmt.Errorf("op %d %s: not followed by guard_no_overflow", i, op.Code.Name())
		}
		if op.Code.IsGuard() || op.Code == OpJump || op.Code.IsCall() || op.Code == OpFinish {
			if op.Snap < 0 || int(op.Snap) >= len(t.Snaps) {
				return fmt.Errorf("op %d %s: no snapshot", i, op.Code.Name())
			}
			for _, r := range t.Snaps[op.Snap].Live {
				if t.refOK(r, i) && (op.Code != OpGuardNoOverflow || int(r) != i-1) {
					continue
				}
				if err := t.checkRef(r, i); err != nil {
					return fmt.Errorf("op %d %s snapshot: %v", i, op.Code.Name(), err)
				}
				if op.Code == OpGuardNoOverflow && int(r) == i-1 {
					return fmt.Errorf("op %d: snapshot refers to the overflowed result", i)
				}
			}
		}
	}
	if len(t.Ops) == 0 || t.Ops[len(t.Ops)-1].Code != OpJump && t.Ops[len(t.Ops)-1].Code != OpFinish {
		return fmt.Errorf("trace does not end with a jump")
	}
	if t.Kind == LoopTrace && label < 0 {
		return fmt.Errorf("loop without a label")
	}
	if label >= 0 {
		jump := &t.Ops[len(t.Ops)-1]
		if len(jump.Args) != len(t.Ops[label].Args) {
			return fmt.Errorf("jump has %d args, label %d", len(jump.Args), len(t.Ops[label].Args))
		}
	}
	return nil
}

// refOK is checkRef's test without the error, small enough to inline
// (checkRef's error formatting keeps it from being).
func (t *Trace) refOK(r Ref, at int) bool {
	if r.IsConst() {
		return r.constIndex() < len(t.Consts)
	}
	return r >= 0 && int(r) < at && t.Ops[r].Type != Void
}

func (t *Trace) checkRef(r Ref, at int) error {
	if r == NoRef {
		return fmt.Errorf("missing operand")
	}
	if r.IsConst() {
		if r.constIndex() >= len(t.Consts) {
			return fmt.Errorf("constant %d out of range", r.constIndex())
		}
		return nil
	}
	if int(r) >= at {
		return fmt.Errorf("ref %d used before it is defined", r)
	}
	if t.Ops[r].Type == Void {
		return fmt.Errorf("op %d has no value", r)
	}
	return nil
}

func isOvf(c Opcode) bool {
	return c == OpIntAddOvf || c == OpIntSubOvf || c == OpIntMulOvf || c == OpIntNegOvf
}
