package jit

// This file defines allocation in compiled code (issue 7, jit-alloc): a
// call of a plain Python class records as an allocation op plus its
// inlined __init__, attribute stores on the new object add dict entries
// in compiled code, and LISTAPPEND (a list comprehension's append) runs
// compiled while the list has room.
//
// Design. Compiled code never calls Go (docs/jit-native.md), so it cannot
// allocate. Instead every class call the recorder compiles is an
// allocation site (allocSite: the class and the attribute names its
// inlined __init__ adds, in order), and the loop's State keeps a pool per
// site (State.AllocPools[site]: AllocPool) of instances made ahead of time
// by the runtime exactly as object.__new__ makes them
// (runtime.(*Thread).JITNewInstances): typed, with an empty attribute dict
// whose entry table already has room for the site's names and holds them,
// with their hashes, past its length; or, for the classes whose instances
// are split (the usual case, runtime.JITSplitClass), split instances with
// room for the site's names and no value set
// (runtime.(*Thread).JITNewSplitInstances), whose stores write a value and
// advance the count (record_split.go's setFreshSplitAttr). new_with_vtable takes the pool's
// next object (two loads, a compare and an increment); the attribute
// stores of the inlined __init__ write an entry's value words and advance
// the dict's length, key-set word and write counter to the constants the
// recording saw (the same runtime helper made the recording's object, so
// its counters are the pool objects' after the same stores). When the
// pool is empty, new_with_vtable fails like a guard: the exit restores
// the frame before the class call, the driver refills the pool
// (allocRefill: allocPoolSize objects, so the ~1 µs of the exit and the
// interpreted iteration are amortised) and the interpreter runs that one
// call; the next back-edge enters the compiled loop again. Such exits
// never count toward bridges or retracing. list_append is the same: it
// fails when the list is full, and the interpreter grows it.
//
// An __init__ frame inlined for a class call is marked (recFrame.initCall,
// SnapFrame.InitCall): the caller's result register holds the new object
// from the start, the frame's return value is only checked to be None
// (a guard, or the runtime's TypeError when it is finished by the
// interpreter after a deoptimisation, deopt.go), and never stored.
//
// GC invariants.
//   - Every object compiled code allocates is reachable from the State
//     from the moment it is made: the pool's slice keeps the taken
//     objects (Objs[:Next]) as well as the untaken ones, and a pool is
//     refilled (allocRefill), or its taken objects dropped when an entry
//     ends (allocRelease), only by the driver, while no compiled code runs
//     and after the exit wrote every live value back into the
//     interpreter's frame (which the collector scans). So a new object
//     held only in a machine register, in Slots or in Spill (not scanned)
//     across a yield, a math call or an exit, is still reachable.
//   - The State is reachable from the loop (loop.state) or the entry's
//     Go stack; its AllocPools is an ordinary Go slice of pointers.
//   - The type pointer, the dict pointer and the names in the dict's
//     entries are written by Go when the object is made (with Go's own
//     barriers; object, dict and entry table are one allocation, the
//     object first: runtime.jitInstance); compiled code writes only an
//     entry's value words, the dict's counters and the new length. An
//     int, float, bool or None
//     value is a p word that is no heap pointer stored over the zero word
//     of a fresh entry (no barrier needed, go-interpreter.md §2.6 rule 3);
//     an object value goes through the inline write barrier
//     (setinteriorfield_gc of a ref, with the trace's exits keeping their
//     refs in State.Refs, as any attribute store of a ref).
//   - A split pool instance (runtime.JITNewSplitInstances) is one Go
//     allocation whose type, values pointer and room Go writes; compiled
//     code writes a value's words (an object's p word through the inline
//     write barrier, over a zero word) and then the count word, a scalar.
//     The values pointer points into the same block (an interior pointer
//     the collector follows), and split classes have no __del__.
//   - A half-initialised object is always a valid Go object: a pool object
//     is complete before compiled code sees it; an entry's value is
//     written before the length that makes it visible to Python grows, and
//     what the collector scans (the whole backing array) never depends on
//     the length.
//   - list_append stores its item's p word through the inline write
//     barrier (the slot past the length may hold a stale pointer) and
//     overwrites nothing live, so it keeps no refs in State.Refs.
//   - Classes with __del__ are not compiled: an instance made ahead of
//     time and never handed out must not be finalised. While an entry
//     runs, the pool keeps at most allocPoolSize objects alive past their
//     last use, until the next refill or the entry's end (a weakref dies
//     that much later; gc.collect() after the loop sees them dead).

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// allocPoolSize is how many instances a pool gets per refill.
const allocPoolSize = 256

// AllocPool is the pool of one allocation site in a State: Objs[Next:]
// are the instances not yet taken. Compiled code reads Objs' data pointer
// and length and advances Next (AllocPoolObjs, AllocPoolNext offsets).
type AllocPool struct {
	Objs []unsafe.Pointer
	Next int
}

// Offsets into an AllocPool, and its size, for backends.
const (
	AllocPoolObjs = unsafe.Offsetof(AllocPool{}.Objs)
	AllocPoolNext = unsafe.Offsetof(AllocPool{}.Next)
	AllocPoolSize = unsafe.Sizeof(AllocPool{})
)

// allocSite is one class call compiled as an allocation: the class and
// the attribute names (interned str keys) its inlined __init__ adds, in
// the order it adds them. keys grow only while the site is recorded.
type allocSite struct {
	cls  *runtime.Type
	keys []runtime.Value
	// split: the site's instances are split (record_split.go), as the
	// recording's object was; its pool keeps that layout.
	split bool
}

// allocSites registers every site: a site's number indexes State.AllocPools.
var allocSites struct {
	sync.Mutex
	list []*allocSite
	n    atomic.Int64
}

func newAllocSite(cls *runtime.Type) (int, *allocSite) {
	allocSites.Lock()
	defer allocSites.Unlock()
	s := &allocSite{cls: cls}
	allocSites.list = append(allocSites.list, s)
	allocSites.n.Store(int64(len(allocSites.list)))
	return len(allocSites.list) - 1, s
}

func allocSiteAt(k int) *allocSite {
	allocSites.Lock()
	defer allocSites.Unlock()
	return allocSites.list[k]
}

// allocPrepare gives st a pool for every site registered, so that
// compiled code may index State.AllocPools by any site it was compiled
// with. New pools are empty: the first allocation exits and fills them.
func allocPrepare(st *State) {
	if n := int(allocSites.n.Load()); len(st.AllocPools) < n {
		pools := make([]AllocPool, n+8)
		copy(pools, st.AllocPools)
		st.AllocPools = pools
	}
}

// allocRefill refills the pool of site k in st with new instances. It
// runs only while no compiled code does, after the exit's values went
// back to the interpreter's frame (see the GC invariants above).
func allocRefill(th *runtime.Thread, st *State, k int) {
	s := allocSiteAt(k)
	p := &st.AllocPools[k]
	if len(p.Objs) != allocPoolSize {
		p.Objs = make([]unsafe.Pointer, allocPoolSize)
	}
	if s.split {
		th.JITNewSplitInstances(s.cls, len(s.keys), p.Objs)
	} else {
		th.JITNewInstances(s.cls, s.keys, p.Objs)
	}
	p.Next = 0
}

// allocRelease drops the pools' references to the objects compiled code
// took, when an entry ends: every object it still needs is then in the
// interpreter's frame, and the others become garbage as they would have
// in the interpreter (weak references die, the collector frees them).
func allocRelease(st *State) {
	for i := range st.AllocPools {
		p := &st.AllocPools[i]
		clear(p.Objs[:p.Next])
	}
}

// allocExit serves an exit of compiled code through the snapshot of a
// new_with_vtable whose pool is empty or a list_append whose list is
// full: the frame is restored to before the instruction, the pool
// refilled, and the interpreter resumes there. ok is false for other
// exits. These exits are the allocation's slow path: no bridge is ever
// made for them and they do not count toward retracing.
func (j *JIT) allocExit(th *runtime.Thread, f *runtime.Frame, t *Trace, snap int, st *State) (at int, err error, ok bool) {
	site, ok := allocExitsOf(t)[snap]
	if !ok {
		return 0, nil, false
	}
	at, err = restore(th, f, t, &t.Snaps[snap], st.Slots)
	if site >= 0 && site < len(st.AllocPools) && st.AllocPools[site].Next >= len(st.AllocPools[site].Objs) {
		allocRefill(th, st, site)
	}
	return at, err, true
}

// allocExits caches, per trace, allocExitsOf's map: guard exits are
// frequent (a guard failing on most iterations, bridged or not), and a
// scan of the trace at each one cost nbody a fifth of its time.
var allocExits sync.Map // *Trace → map[int]int

// allocExitsOf maps the snapshots of t's allocation ops to their site
// (-1 for list_append); it is empty for a trace without them.
func allocExitsOf(t *Trace) map[int]int {
	if m, ok := allocExits.Load(t); ok {
		return m.(map[int]int)
	}
	m := map[int]int{}
	for i := range t.Ops {
		switch op := &t.Ops[i]; op.Code {
		case OpNewInstance:
			m[int(op.Snap)] = int(op.Aux)
		case OpListAppend:
			m[int(op.Snap)] = -1
		}
	}
	allocExits.Store(t, m)
	return m
}

// allocBlocked holds the code of every __init__ a recording aborted in
// (an instruction the recorder cannot compile inside it): later
// recordings make calls of its classes residual calls, as before
// allocation compiled, rather than abort every trace that calls them.
var allocBlocked sync.Map // *runtime.Code → struct{}

// allocAborted notes, when the recording of a loop aborts, the __init__
// frames it was in (allocBlocked).
func (r *recorder) allocAborted() {
	if r.bridge {
		return // the frames are the loop's, which compiled
	}
	for _, fr := range r.frames {
		if fr.initCall {
			allocBlocked.Store(fr.code, struct{}{})
		}
	}
}

// freshObj is what the recorder knows of an object its trace allocated:
// its site (whose keys are the names added so far), its dict (NoRef for a
// split instance: its values are in its own block, record_split.go), and
// the residual calls recorded before it (one after it may have added
// attributes the recorder did not see).
type freshObj struct {
	site      *allocSite
	dict      Ref
	residuals int
}

// callClass records a call of the class cls with arguments args (values
// vals) into R[a]: guards that calling cls still means object.__new__ and
// the same __init__, new_with_vtable, and __init__ inlined with the new
// object as self; R[a] holds the object from the start (initCall).
func (r *recorder) callClass(fr *recFrame, a int, cls *runtime.Type, args []Ref, vals []runtime.Value, next int, guardCallee func()) error {
	if r.function {
		return abortf("unsupported", "allocation of %s in a function trace", cls.Name)
	}
	if r.genActive() {
		return abortf("unsupported", "call of class %s in a generator's body", cls.Name)
	}
	init, ok := runtime.JITPlainClass(cls)
	if !ok {
		return abortf("unsupported", "call of class %s", cls.Name)
	}
	if _, blocked := allocBlocked.Load(init.Code); blocked {
		return abortf("unsupported", "call of class %s: its __init__ aborted a recording", cls.Name)
	}
	_, cd, _, ok := runtime.JITClassAttr(cls, "__init__")
	if !ok || cd == nil || !runtime.JITInlinable(init, len(args)+1) {
		return abortf("unsupported", "call of class %s: __init__ cannot be inlined", cls.Name)
	}
	if len(r.frames) >= maxInlineDepth {
		return abortf("recursion", "inlining deeper than %d", maxInlineDepth)
	}
	for _, f := range r.frames {
		if f.code == init.Code {
			return abortf("recursion", "recursive call of %s", init.Name)
		}
	}
	guardCallee()
	// The type epoch proves no __new__, __setattr__, __del__ or class
	// attribute shadowing an instance attribute appeared on the MRO; the
	// write counter of the dict holding __init__, that it was not rebound.
	addr, epoch := runtime.JITTypeEpoch()
	ep := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{r.t.ConstObj(addr, nil, "ConstPtr(typeEpoch)")}, Descr: "typeEpoch"})
	r.guard(OpGuardValue, ep, r.t.ConstInt(int64(epoch)))
	r.guardDict(cd)
	k, site := newAllocSite(cls)
	obj := r.t.Emit(Op{Code: OpNewInstance, Type: Ptr, Aux: int64(k), Snap: int32(r.snapshot()), Descr: cls.Name})
	var ov runtime.Value
	d := NoRef
	if site.split = runtime.JITSplitClass(cls); site.split {
		ov = r.th.JITNewSplitInstance(cls)
	} else {
		ov = r.th.JITNewInstance(cls)
		d = r.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{obj}, Aux: int64(runtime.JITObjectDictOffset), Descr: "object.dict"})
	}
	if r.fresh == nil {
		r.fresh = map[Ref]*freshObj{}
	}
	r.fresh[obj] = &freshObj{site: site, dict: d, residuals: r.residuals}
	r.set(fr, a, obj, ov)
	code := init.Code
	callee := &recFrame{code: code, fn: init, globals: init.Globals, builtins: init.Builtins,
		regs: make([]runtime.Value, code.NumRegs), refs: make([]Ref, code.NumRegs), resultReg: -1, initCall: true}
	for i := range callee.refs {
		callee.refs[i] = NoRef
	}
	copy(callee.regs[code.KBase:], code.KVals)
	callee.refs[0], callee.regs[0] = obj, ov
	for i := range args {
		callee.refs[i+1], callee.regs[i+1] = args[i], vals[i]
	}
	fr.pc, fr.resultReg = next, a
	r.frames = append(r.frames, callee)
	return nil
}

// allocInitReturn records the RETURN of an inlined __init__ (the top
// frame): its value must be None (guarded unless constant); the caller's
// result register keeps the new object.
func (r *recorder) allocInitReturn(ref Ref, v runtime.Value) error {
	if !v.IsNone() {
		return abortf("unsupported", "__init__ returned %s", v.Type().Name)
	}
	if !ref.IsConst() {
		r.guard(OpGuardValue, ref, r.constOf(v))
	}
	r.frames = r.frames[:len(r.frames)-1]
	r.top().resultReg = -1
	return nil
}

// setFreshAttr records R[x].name = val when x is an object the trace
// allocated and name is not in its dict yet (done false otherwise: the
// general SETATTR applies): the entry after the last is filled (its key is
// the site's, already in the pool's dicts), then the dict's length,
// key-set word and write counter are set to what the recording's object
// has after the same store.
func (r *recorder) setFreshAttr(x Ref, xv runtime.Value, val Ref, vv runtime.Value, name string) (bool, error) {
	fo := r.fresh[x]
	if fo == nil || fo.residuals != r.residuals || !runtime.JITGenericSetAttr(xv.Type()) {
		return false, nil
	}
	_, cd, _, ok := runtime.JITClassAttr(xv.Type(), name)
	if !ok || cd != nil {
		return false, nil
	}
	if fo.site.split {
		return r.setFreshSplitAttr(fo, x, xv, val, vv, name)
	}
	d := runtime.JITInstanceDict(xv)
	if d == nil {
		return false, nil
	}
	keys, _ := runtime.JITDictEntries(d)
	for _, k := range keys {
		if s, ok := runtime.JITStrValue(k); ok && s == name {
			return false, nil // a store over an attribute it has: setAttr
		}
	}
	idx := len(keys)
	if done, err := r.freshSetAttrName(fo, xv, vv, name, idx); !done || err != nil {
		return done, err
	}
	keys, _ = runtime.JITDictEntries(d)
	if len(keys) != idx+1 {
		return true, abortf("unsupported", "SETATTR %s on a new %s did not add one entry", name, xv.Type().Name)
	}
	if _, ok := runtime.JITStrValue(keys[idx]); !ok || keys[idx].Type() != runtime.StrType {
		return true, abortf("unsupported", "SETATTR %s with a key of type %s", name, keys[idx].Type().Name)
	}
	fo.site.keys = append(fo.site.keys, keys[idx])
	r.storeFreshWords(r.entryWords(fo.dict, idx), val, vv)
	n, keyWord, writes := runtime.JITDictFreshCounts(d)
	setField := func(off uintptr, v int64, descr string) {
		r.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{fo.dict, r.t.ConstInt(v)}, Aux: int64(off), Descr: descr, Snap: -1})
	}
	setField(runtime.JITDictEntriesOffset+8, int64(n), "dict.len(entries)")
	setField(runtime.JITDictVersionOffset, int64(keyWord), "dict.version")
	setField(runtime.JITDictWritesOffset, int64(writes), "dict.writes")
	return true, nil
}

// listAppend records LISTAPPEND R[a], R[b] on an exact list: list_append,
// which leaves compiled code when the list is full.
func (r *recorder) listAppend(fr *recFrame, a, b int) error {
	l, lv, x, xv, err := r.getPair(fr, a, b)
	if err != nil {
		return err
	}
	return r.appendToList(l, lv, x, xv)
}

// listAppendCall records a call of list.append with one argument on an
// exact list (`lst.append(x)`: GETMETHOD, then CALLMETHOD of the method
// descriptor) as LISTAPPEND is recorded, the call's result None. Like
// the helpers' calls (helper.go), it exits through the call's own
// snapshot when the list is full, and the interpreter makes the call.
func (r *recorder) listAppendCall(fr *recFrame, a int, fv runtime.Value, args []Ref, vals []runtime.Value, next int, guardCallee func()) (bool, error) {
	if len(args) != 2 || !isList(vals[0]) || r.t.TypeOf(args[0]) != Ptr {
		return false, nil
	}
	if m, ok := runtime.JITBuiltinMethod(runtime.ListType, "append"); !ok || m.Pointer() != fv.Pointer() {
		return false, nil
	}
	guardCallee()
	if err := r.appendToList(args[0], vals[0], args[1], vals[1]); err != nil {
		return false, err
	}
	r.set(fr, a, r.constOf(runtime.None), runtime.None)
	fr.pc = next
	return true, nil
}

// appendToList records the append of x (value xv) to the list l (lv).
func (r *recorder) appendToList(l Ref, lv runtime.Value, x Ref, xv runtime.Value) error {
	if _, ok := listOf(lv); !ok || r.t.TypeOf(l) != Ptr {
		return abortf("unsupported", "LISTAPPEND to %s", lv.Type().Name)
	}
	if !l.IsConst() {
		r.guard(OpGuardClass, l, r.classConst(lv.Type()))
	}
	aux := r.listStorage(l, lv)
	if err := wordsStoreFits(aux, r.t.TypeOf(x)); err != nil {
		return err
	}
	r.t.Emit(Op{Code: OpListAppend, Args: []Ref{l, x}, Aux: aux, Snap: int32(r.snapshot())})
	runtime.JITListAppend(lv, xv)
	return nil
}

// initCallResult is the value an inlined __init__ frame that the
// interpreter finished (returning v) gives its caller: the new object,
// already in the caller's result register (frames[len-1] is the caller,
// or the loop frame f when frames is empty), or TypeError unless v is
// None.
func initCallResult(v runtime.Value, f *runtime.Frame, resultReg int, frames []pendingFrame) (runtime.Value, error) {
	if err := runtime.JITInitResult(v); err != nil {
		return runtime.Value{}, err
	}
	if len(frames) == 0 {
		return f.Regs[resultReg], nil
	}
	c := frames[len(frames)-1]
	return c.regs[c.resultReg], nil
}

// allocOpt is the folder's rule for the allocation ops: list_append
// changes its list's length and items, so cached lengths and items are
// forgotten; new_with_vtable has no effect on anything the trace knows.
func (f *folder) allocOpt(op *Op, emit func() Ref) Ref {
	if op.Code == OpListAppend {
		f.forgetLengths()
	}
	return emit()
}

// forgetLengths drops the cached list lengths and items.
func (f *folder) forgetLengths() {
	for k := range f.cse {
		if k.code == OpArrayLen {
			delete(f.cse, k)
		}
	}
	f.items = map[itemKey]Ref{}
	f.kinds = map[itemKey]int64{}
}

// appendsToLists reports whether t has a list_append, after which no
// list length may be assumed across the loop's label.
func appendsToLists(t *Trace) bool {
	for i := range t.Ops {
		if t.Ops[i].Code == OpListAppend {
			return true
		}
	}
	return false
}

// freshEntryDescr names the store of an object into the entry an
// allocated object's dict gains (setFreshAttr): it overwrites the zero
// word of an entry nothing has read, so it drops no reference, and the
// trace need not keep its exits' refs in State.Refs for it
// (Trace.StoresRefs). The store still goes through the write barrier.
const freshEntryDescr = "dict.entry.value.p (new)"

// allocExec runs new_with_vtable or list_append for the reference
// executor (irexec.go): ok is false when the op fails (an empty pool, a
// full list).
func allocExec(st *State, t *Trace, op *Op, val func(Ref) uint64, ap func(int) unsafe.Pointer) (r uint64, ok bool) {
	if op.Code == OpNewInstance {
		if int(op.Aux) >= len(st.AllocPools) {
			return 0, false
		}
		p := &st.AllocPools[op.Aux]
		if p.Next >= len(p.Objs) {
			return 0, false
		}
		obj := p.Objs[p.Next]
		p.Next++
		return uint64(uintptr(obj)), true
	}
	x := op.Args[1]
	var v runtime.Value
	if typ := t.TypeOf(x); typ == Ptr {
		v = runtime.ValueFromRef(ap(1))
	} else {
		v = runtime.ValueFromBits(typ.kindByte(), val(x))
	}
	l := execCheckStorage(op, ap(0))
	if op.Aux&ListWords != 0 {
		return 0, runtime.JITListWordsAppendRoom(l, ap(1))
	}
	return 0, runtime.JITListAppendRoom(l, v)
}
