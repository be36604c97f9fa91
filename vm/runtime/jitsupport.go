package runtime

// This file holds the runtime entry points and layout facts the JIT
// (package jit) needs and nothing else does: the raw layout of Values,
// lists, dicts and range iterators that compiled code reads, a way to
// rebuild Values from raw words, and running a frame the JIT inlined from
// a given instruction to its return when compiled code leaves through a
// snapshot. The JIT owns this file; the interpreter never calls it.

import (
	"math"
	"reflect"
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// JITImmediateTags returns the p words of immediate ints, floats and
// bools: a Value is an immediate of that kind iff its p equals the tag.
func JITImmediateTags() (intTag, floatTag, boolTag uintptr) {
	return uintptr(pInt), uintptr(pFloat), uintptr(pBool)
}

// Layout offsets read by compiled code.
var (
	// JITListItemsOffset is the offset of List.items (a []Value).
	JITListItemsOffset = unsafe.Offsetof(List{}.items)
	// JITDictWritesOffset is the offset of Dict.writes, the counter every
	// mutation advances.
	JITDictWritesOffset = unsafe.Offsetof(Dict{}.writes)
	// JITDictVersionOffset is the offset of Dict.version, the counter of
	// key-set changes: while it holds, every key stays at its entry index.
	JITDictVersionOffset = unsafe.Offsetof(Dict{}.version)
	// JITObjectTypeOffset is the offset of an object's *Type.
	JITObjectTypeOffset = unsafe.Offsetof(Object{}.typ)
	// JITRangeIterNextOffset and JITRangeIterRemainingOffset are the
	// offsets of a range iterator's next and remaining counters (int64);
	// JITRangeIterStepOffset its step.
	JITRangeIterNextOffset      = unsafe.Offsetof(rangeIterator{}.next)
	JITRangeIterStepOffset      = unsafe.Offsetof(rangeIterator{}.step)
	JITRangeIterRemainingOffset = unsafe.Offsetof(rangeIterator{}.remaining)
	// JITTupleItemsOffset is the offset of Tuple.first, followed by its
	// length: a slice's data and length words at the same offset as a
	// list's, so the JIT's array ops read both.
	JITTupleItemsOffset = unsafe.Offsetof(Tuple{}.first)
	// A list or tuple iterator: JITSeqIterItemsOffset is its items func
	// (a pointer word, nil once exhausted), JITSeqIterIndexOffset its
	// next index (int64) and JITSeqIterSeqOffset the p word of the list
	// or tuple it iterates.
	JITSeqIterItemsOffset = unsafe.Offsetof(seqIterator{}.items)
	JITSeqIterIndexOffset = unsafe.Offsetof(seqIterator{}.i)
	JITSeqIterSeqOffset   = unsafe.Offsetof(seqIterator{}.seq)
)

// ListIteratorType and TupleIteratorType are the types of iter(list) and
// iter(tuple), which step forward by one.
func ListIteratorType() *Type  { return listIteratorType }
func TupleIteratorType() *Type { return tupleIteratorType }

// JITSeqIterNext advances a list or tuple iterator as FORITER does (the
// recorder executes FORITER itself).
func JITSeqIterNext(v Value) (Value, bool) {
	x, ok, _ := seqIteratorNext(nil, v)
	return x, ok
}

// JITSeqIterState returns a list or tuple iterator's sequence and next
// index; exhausted reports that it has given StopIteration.
func JITSeqIterState(v Value) (seq Value, i int, exhausted bool) {
	it := as[seqIterator](v)
	return it.seq, it.i, it.items == nil
}

// Writes returns d's mutation counter: it changes whenever a key is added
// or removed or a value replaced, so a JIT guard comparing it proves every
// entry unchanged.
func (d *Dict) Writes() uint64 { return d.writes }

// RangeIteratorType is the type of iter(range(...)) with int64 bounds.
func RangeIteratorType() *Type { return rangeIteratorType }

// RangeIteratorState returns a range iterator's next, step and remaining
// counters; ok is false if v is not one.
func RangeIteratorState(v Value) (next, step, remaining int64, ok bool) {
	if v.p == nil || v.Type() != rangeIteratorType {
		return 0, 0, 0, false
	}
	ri := as[rangeIterator](v)
	return ri.next, ri.step, ri.remaining, true
}

// SetRangeIteratorState sets a range iterator's next and remaining
// counters (the recorder executes FORITER itself).
func SetRangeIteratorState(v Value, next, remaining int64) {
	ri := as[rangeIterator](v)
	ri.next, ri.remaining = next, remaining
}

// ValueFromRef returns the Value of a heap object given its address (the
// p word of a non-immediate Value).
func ValueFromRef(p unsafe.Pointer) Value { return Value{p: p} }

// ValueFromBits boxes the raw bits of an int ('i'), float ('f') or bool
// ('b') as the JIT's exits do.
func ValueFromBits(kind byte, bits uint64) Value {
	switch kind {
	case 'f':
		return Float(math.Float64frombits(bits))
	case 'b':
		return Bool(bits != 0)
	}
	return Int(int64(bits))
}

// JITMathFunc returns the float function behind math.<name> for the
// functions of one float whose only errors are a NaN from a non-NaN or an
// infinity from a finite argument (so that a JIT guard on a finite result
// proves no error): the same Go function the math module calls.
func JITMathFunc(name string) (func(float64) float64, bool) {
	switch name {
	case "sqrt":
		return math.Sqrt, true
	case "log":
		return glibcLog, true
	}
	for _, u := range mathUnary {
		if u.name == name {
			return u.fn, true
		}
	}
	return nil, false
}

// JITInlinable reports whether a call of fn with n positional arguments
// may be inlined into a trace: a plain function of exactly n positional
// parameters, not a generator, without closure cells, so that its frame
// is its registers and nothing else.
func JITInlinable(fn *Function, n int) bool {
	return isSimple(fn, n) && len(fn.Closure) == 0 && len(fn.Code.Cellvars) == 0
}

// JITResumeFrame runs fn's code from instruction pc with registers regs
// (the first KBase registers; the constants are preloaded here) until it
// returns, exactly as if a call of fn had reached pc: the frame is linked
// under the current one, so tracebacks show it. If raise is not nil the
// frame starts by unwinding it as if the instruction at pc-1 had raised it
// (an exception from a call it made). The JIT uses it to finish the
// inlined calls of a snapshot when it leaves compiled code.
func (th *Thread) JITResumeFrame(fn *Function, pc int, regs []Value, raise error) (Value, error) {
	fc := fn.Code
	if th.depth >= th.recursionLimit() {
		return Value{}, recursionError()
	}
	th.depth++
	nf := th.pushFrameArgs(fc, fn.Globals, fn.Builtins, regs[:min(len(regs), fc.KBase)])
	nf.Func = fn
	nf.PC = pc
	nf.throw = raise
	v, err := th.run(nf)
	th.popFrame(nf)
	th.depth--
	return v, err
}

// JITModuleDict returns the namespace of a module object.
func JITModuleDict(v Value) (*Dict, bool) {
	if v.p == nil || v.Type() != ModuleType {
		return nil, false
	}
	return v.header().dict, v.header().dict != nil
}

// JITBuiltinName returns the module and name of a builtin function (one
// implemented in Go, not bound to an object).
func JITBuiltinName(v Value) (module, name string, ok bool) {
	if v.p == nil || v.Type() != BuiltinFunctionType {
		return "", "", false
	}
	b := as[BuiltinFunction](v)
	if b.Self.p != nil {
		return "", "", false
	}
	return b.Module, b.Name, true
}

// JITFunction returns the Python function v, if it is one.
func JITFunction(v Value) (*Function, bool) {
	if v.p == nil || v.Type() != FunctionType {
		return nil, false
	}
	return as[Function](v), true
}

// JITHook returns the installed JIT hook, or nil.
func (interp *Interpreter) JITHook() JITHook { return interp.exec.jit }

// jitShutdown tells the JIT the program ended (it reports its summary).
func (interp *Interpreter) jitShutdown() {
	if h := interp.exec.jit; h != nil {
		h.Shutdown()
	}
}

// jitInstall installs the JIT hook of Options.JIT and the counter masks
// its thresholds ask for.
func (interp *Interpreter) jitInstall(h JITHook) {
	interp.exec.jit = h
	interp.exec.hotMask = HotLoopThreshold - 1
	interp.exec.funcInterval = 0
	if h == nil {
		return
	}
	// Report a loop every threshold/32 back-edges (a power of two), so
	// that tracing starts within 1/32 of the threshold: PyPy's 1039
	// means the 1088th iteration, not the 2048th.
	interp.exec.hotMask = jitReportMask(h.HotThreshold())
	if t := h.FunctionThreshold(); t > 0 {
		interp.exec.funcInterval = jitReportMask(t) + 1
	}
}

// jitReportMask is the counter mask that reports every threshold/32
// events (a power of two, at most HotLoopThreshold), so that tracing
// starts within 1/32 of the threshold.
func jitReportMask(threshold int) uint32 {
	want := (threshold + 31) / 32
	n := uint32(1)
	for int(n) < want && n < HotLoopThreshold {
		n <<= 1
	}
	return n - 1
}

// JITFunctionInterval is how many calls of a function pass between two
// reports of it to FunctionHot.
func (interp *Interpreter) JITFunctionInterval() int { return int(interp.exec.funcInterval) }

// functionHot reports the hot function of the new frame f to the hook and
// sets where f starts (and the exception it starts by unwinding). done
// reports that compiled code ran the call to its RETURN: v is the result
// and the caller pops f without running it, as RETURN would have.
//
//go:noinline
func (th *Thread) functionHot(f *Frame) (v Value, done bool) {
	pc, err := th.Interp.exec.jit.FunctionHot(th, f)
	if err != nil {
		f.throw = err
		f.PC = max(pc, 1)
		return Value{}, false
	}
	if pc > 0 {
		if w := f.Code.Insns[pc]; compile.Opcode(w) == compile.RETURN {
			f.PC = pc + 1
			if th.Interp.Pending.Load()&PendingProfile != 0 {
				th.profileSafePoint()
			}
			return f.Regs[uint8(w>>8)], true
		}
	}
	f.PC = pc
	return Value{}, false
}

// JITHotInterval is how many back-edges pass between two reports of the
// same loop to the JIT hook.
func (interp *Interpreter) JITHotInterval() int { return int(interp.exec.hotMask) + 1 }

// Layout of instance attributes for compiled code: an object's dict
// pointer, a dict's entries slice, and an entry's key and value Values.
var (
	JITObjectDictOffset     = unsafe.Offsetof(Object{}.dict)
	JITDictEntriesOffset    = unsafe.Offsetof(Dict{}.entries)
	JITDictEntrySize        = unsafe.Sizeof(dictEntry{})
	JITDictEntryKeyOffset   = unsafe.Offsetof(dictEntry{}.k)
	JITDictEntryValueOffset = unsafe.Offsetof(dictEntry{}.value)
)

// JITTypeEpoch returns the address of the class-attribute epoch (a uint64
// that advances whenever a key is added to or removed from the dict of a
// class some attribute lookup depends on) and its current value: a guard
// on it proves every class attribute lookup still finds the same dict
// entry (attrcache.go).
func JITTypeEpoch() (unsafe.Pointer, uint64) {
	return unsafe.Pointer(&typeEpoch), typeEpoch.Load()
}

// JITClassAttr looks name up on t's MRO as the attribute caches do:
// d and idx are the class dict and entry holding it (d nil if no class
// has it). ok is false if the lookup cannot be guarded by the epoch (a
// class without a dict) or t does not use the generic attribute lookup
// (__getattribute__ overridden).
func JITClassAttr(t *Type, name string) (attr Value, d *Dict, idx int, ok bool) {
	s := newStr(name)
	attr, d, idx, ok = findInMRO(t, name, s.hashValue())
	return attr, d, idx, ok && isGenericGetAttr(t)
}

// JITDictEntries returns the keys and values of d's entries (deleted
// entries have an invalid key), in position order.
func JITDictEntries(d *Dict) (keys, values []Value) {
	for _, e := range d.entries {
		keys = append(keys, e.key())
		values = append(values, e.value)
	}
	return keys, values
}

// JITStrValue returns the string of a str key, ok false for other keys.
func JITStrValue(v Value) (string, bool) {
	if !v.IsValid() || v.Type() != StrType {
		return "", false
	}
	return as[Str](v).text(), true
}

// JITInstanceDict returns the attribute dict of a heap object, or nil.
func JITInstanceDict(v Value) *Dict {
	if !v.IsValid() || v.IsImmediate() {
		return nil
	}
	return v.header().dict
}

// JITCellContentsOffset is the offset of a cell's contents (a Value: the
// p word, then the n word).
var JITCellContentsOffset = unsafe.Offsetof(Cell{}.Contents)

// CellContents returns the contents of a cell (invalid if empty).
func CellContents(v Value) Value { return as[Cell](v).Contents }

// JITGenericSetAttr reports whether t stores attributes with
// GenericSetAttr as it is (no __setattr__, not a class object).
func JITGenericSetAttr(t *Type) bool {
	return t.SetAttr != nil && reflect.ValueOf(t.SetAttr).Pointer() == genericSetAttrPC
}

// JITDictKeyVersion returns the raw word at JITDictVersionOffset, the
// value a compiled guard on d's key set compares: Dict.version (flags
// included) in its low half and Dict.used, which the array below keeps
// right after it, in its high half.
func JITDictKeyVersion(d *Dict) uint64 { return *(*uint64)(unsafe.Pointer(&d.version)) }

// jitDictVersionWord fails to compile unless Dict.used follows
// Dict.version in the word JITDictKeyVersion reads.
var _ [unsafe.Offsetof(Dict{}.used) - unsafe.Offsetof(Dict{}.version) - 4]struct{}
