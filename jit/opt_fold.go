package jit

// This file defines the forward optimisation pass (LuaJIT's lj_opt_fold.c
// with its CSE, and PyPy's optimizeopt rewrite/heap/pure steps): ops of a
// source trace are re-emitted into a new trace one by one, with constant
// folding, common subexpression elimination of pure ops, a heap cache
// (loads after loads or stores of the same field or item), and the
// removal of guards on facts already proven. It also removes dead ops.
// Unboxing needs no pass: the recorder emits raw int/float ops, and
// values are boxed only by deopt.go when a snapshot is used.

import (
	"math"
)

// cseKey identifies a pure op by what it computes.
type cseKey struct {
	code       Opcode
	a0, a1, a2 Ref
	aux        int64
}

// fieldKey identifies a field of an object, itemKey an item of a list.
type fieldKey struct {
	obj Ref
	off int64
}
type itemKey struct{ list, index Ref }

// folder re-emits ops of src into out.
type folder struct {
	src, out *Trace
	m        []Ref // src op ref → out ref
	cse      map[cseKey]Ref
	proven   map[cseKey]bool // guards that passed: (guard code, args)
	subst    map[Ref]Ref     // out refs known equal to a constant (after guard_value)
	fields   map[fieldKey]Ref
	items    map[itemKey]Ref
	kinds    map[itemKey]int64
	// interiors caches interior field reads (getinteriorfield_gc_*).
	interiors map[cseKey]Ref
	skipNoOv  bool // the last ovf op was folded or shared: drop its guard
	slab      irSlab
	// consts maps the source's constants (by index) to the output's,
	// once looked up (0: not yet).
	consts []Ref
	// scratch holds the maps and slices above between compiles
	// (opt_scratch.go); release gives it back.
	scratch *optScratch
}

// newFolder returns a folder from src; peel says the ops will be emitted
// twice (sizing the output: what is not used of it stays allocated as long
// as the trace).
func newFolder(src *Trace, peel bool) *folder {
	out := &Trace{ID: src.ID, Kind: src.Kind, Name: src.Name, Parent: src.Parent, ParentSnap: src.ParentSnap, Calls: src.Calls,
		Target: src.Target, RecordedOps: src.CountOps(), CallAssembler: src.CallAssembler}
	if peel {
		out.Ops = make([]Op, 0, 2*len(src.Ops))
		out.Snaps = make([]Snapshot, 0, 2*len(src.Snaps))
	} else {
		out.Ops = make([]Op, 0, len(src.Ops)+len(src.Ops)/4+8)
		out.Snaps = make([]Snapshot, 0, len(src.Snaps)+4)
	}
	out.Consts = make([]Const, 0, len(src.Consts)+8)
	sc := getOptScratch()
	f := &folder{src: src, out: out, m: scratchRefs(&sc.m, len(src.Ops)), consts: scratchRefs(&sc.consts, len(src.Consts)), scratch: sc}
	f.cse, f.proven, f.subst = sc.cse, sc.proven, sc.subst
	f.fields, f.items, f.kinds, f.interiors = sc.fields, sc.items, sc.kinds, sc.interiors
	f.slab.marks = &sc.marks
	// Peeling emits the ops twice, the body fewer (what the preamble
	// proved is not checked again): room for one and a half copies, the
	// slab adds a chunk if needed.
	nArgs, nSlots, nFrames := 16, 0, 0
	for i := range src.Ops {
		nArgs += len(src.Ops[i].Args)
	}
	for i := range src.Snaps {
		nArgs += len(src.Snaps[i].Live)
		nFrames += len(src.Snaps[i].Frames)
		for _, fr := range src.Snaps[i].Frames {
			nSlots += len(fr.Slots)
		}
	}
	if peel {
		nArgs, nSlots, nFrames = nArgs*3/2, nSlots*3/2, nFrames*3/2
	}
	f.slab.reserve(nArgs, nSlots, nFrames)
	return f
}

// release gives the folder's scratch back; f is not used after.
func (f *folder) release() {
	f.scratch.put()
	f.scratch = nil
	f.slab.marks = nil
}

// forgetHeap drops every fact a residual call may invalidate: it may run
// any Python code (__eq__, __hash__, __init__, properties), which may
// write any field, item or dict entry, change a list's length, an
// object's class (__class__ assignment), a dict's version or the type
// epoch. So the heap caches, list lengths, and the guards proven on
// classes, dict versions and item kinds are forgotten: later reads are
// emitted again and later guards check again. Facts about SSA values
// (comparisons of ints, guard_value of a value) stay: no call changes them.
func (f *folder) forgetHeap() {
	f.clearHeap()
	for k := range f.cse {
		if k.code == OpArrayLen {
			delete(f.cse, k)
		}
	}
	for k := range f.proven {
		if k.code == OpGuardClass || k.code == OpGuardDictVersion {
			delete(f.proven, k)
		}
	}
}

func (f *folder) clearHeap() {
	clear(f.fields)
	clear(f.interiors)
	clear(f.items)
	clear(f.kinds)
}

// ref maps a source ref to the output trace.
func (f *folder) ref(r Ref) Ref {
	if r == NoRef || r == refUnbound {
		return r
	}
	if r.IsConst() {
		i := r.constIndex()
		if f.consts[i] == 0 {
			f.consts[i] = f.out.AddConst(f.src.Consts[i])
		}
		return f.consts[i]
	}
	o := f.m[r]
	if len(f.subst) == 0 { // the usual case: skip the lookup
		return o
	}
	if s, ok := f.subst[o]; ok {
		return s
	}
	return o
}

func (f *folder) args(op *Op) []Ref {
	args := f.slab.refList(len(op.Args))
	for i, a := range op.Args {
		args[i] = f.ref(a)
	}
	return args
}

// snap copies source snapshot i into the output trace.
func (f *folder) snap(i int32) int32 {
	if i < 0 {
		return -1
	}
	f.out.Snaps = append(f.out.Snaps, f.src.Snaps[i].remapIn(&f.slab, f.ref))
	return int32(len(f.out.Snaps) - 1)
}

// emitInputs emits the source's inputs, which the recorder may have
// interleaved with other ops, first and in order.
func (f *folder) emitInputs() {
	for i := range f.src.Ops {
		if op := &f.src.Ops[i]; op.Code == OpInput {
			f.m[i] = f.out.Emit(Op{Code: OpInput, Type: op.Type})
			f.out.NumInputs++
		}
	}
}

// pass re-emits every source op except inputs and the final jump or
// finish.
func (f *folder) pass() {
	for i := range f.src.Ops {
		op := &f.src.Ops[i]
		if op.Code == OpInput || op.Code == OpJump || op.Code == OpFinish {
			continue
		}
		f.m[i] = f.op(op)
	}
}

func key(code Opcode, aux int64, args []Ref) cseKey {
	k := cseKey{code: code, aux: aux, a0: NoRef, a1: NoRef, a2: NoRef}
	if len(args) > 0 {
		k.a0 = args[0]
	}
	if len(args) > 1 {
		k.a1 = args[1]
	}
	if len(args) > 2 {
		k.a2 = args[2]
	}
	return k
}

// constant returns the out constant of type t with bits b.
func (f *folder) constant(t Type, b uint64) Ref {
	return f.out.AddConst(Const{Type: t, Bits: b})
}

func (f *folder) isConst(r Ref) bool { return r.IsConst() && f.out.Const(r).Type != Ptr }

func (f *folder) bits(r Ref) uint64 { return f.out.Const(r).Bits }

// op re-emits one op and returns the ref standing for its result.
func (f *folder) op(op *Op) Ref {
	args := f.args(op)
	emit := func() Ref {
		return f.out.Emit(Op{Code: op.Code, Type: op.Type, Args: args, Aux: op.Aux, Snap: f.snap(op.Snap), Pos: op.Pos, Descr: op.Descr})
	}
	code := op.Code
	switch {
	case code == OpDebugMergePoint:
		return emit()
	case code.IsCall():
		f.forgetHeap()
		return emit()
	case code == OpCallHelper:
		if helperWrites(op) {
			f.forgetHeap()
		}
		return emit()
	case code == OpNewInstance || code == OpListAppend:
		return f.allocOpt(op, emit)
	case code.IsPure() || code == OpArrayLen || code == OpStrGetItem:
		// strgetitem is CSE'd like a pure op (a str's bytes never change,
		// no call forgets them) but never folded: its str is an object.
		allConst := code != OpArrayLen && code != OpStrGetItem
		for _, a := range args {
			allConst = allConst && f.isConst(a)
		}
		if allConst {
			var x, y uint64
			if len(args) > 0 {
				x = f.bits(args[0])
			}
			if len(args) > 1 {
				y = f.bits(args[1])
			}
			if r, _, ok := evalArith(code, op.Aux, x, y); ok {
				return f.constant(op.Type, r)
			}
		}
		if r, ok := f.simplify(code, args); ok {
			return r
		}
		k := key(code, op.Aux, args)
		if r, ok := f.cse[k]; ok {
			return r
		}
		r := emit()
		f.cse[k] = r
		return r
	case isOvf(code):
		if len(args) == 2 && f.isConst(args[0]) && f.isConst(args[1]) || len(args) == 1 && f.isConst(args[0]) {
			var y uint64
			if len(args) > 1 {
				y = f.bits(args[1])
			}
			if r, ovf, _ := evalArith(code, op.Aux, f.bits(args[0]), y); !ovf {
				f.skipNoOv = true
				return f.constant(Int, r)
			}
		}
		if r, ok := f.simplify(code, args); ok {
			f.skipNoOv = true
			return r
		}
		k := key(code, 0, args)
		if r, ok := f.cse[k]; ok {
			f.skipNoOv = true
			return r
		}
		r := emit()
		f.cse[k] = r
		return r
	case code == OpGuardNoOverflow:
		if f.skipNoOv {
			f.skipNoOv = false
			return NoRef
		}
		return emit()
	case code == OpGuardTrue || code == OpGuardFalse:
		if f.isConst(args[0]) && (f.bits(args[0]) != 0) == (code == OpGuardTrue) {
			return NoRef
		}
		return f.guardOnce(code, 0, args, emit)
	case code == OpGuardValue:
		if args[0] == args[1] || f.isConst(args[0]) && f.isConst(args[1]) && f.bits(args[0]) == f.bits(args[1]) {
			return NoRef
		}
		r := f.guardOnce(code, 0, args, emit)
		if !args[0].IsConst() && args[1].IsConst() {
			f.subst[args[0]] = args[1]
		}
		return r
	case code == OpGuardClass || code == OpGuardDictVersion:
		return f.guardOnce(code, 0, args, emit)
	case code == OpGuardArrayItemKind:
		k := itemKey{args[0], args[1]}
		if f.kinds[k] == op.Aux {
			return NoRef
		}
		f.kinds[k] = op.Aux
		return emit()
	case code == OpGetFieldI || code == OpGetFieldR:
		k := fieldKey{args[0], op.Aux}
		if r, ok := f.fields[k]; ok && f.out.TypeOf(r) == op.Type {
			return r
		}
		r := emit()
		f.fields[k] = r
		return r
	case code == OpSetFieldI:
		for k := range f.fields {
			if k.off == op.Aux {
				delete(f.fields, k)
			}
		}
		f.fields[fieldKey{args[0], op.Aux}] = args[1]
		return emit()
	case code == OpGetInteriorI || code == OpGetInteriorF || code == OpGetInteriorR:
		// Dict entries change only through setinteriorfield_gc (below).
		k := key(code, op.Aux, args)
		if r, ok := f.interiors[k]; ok {
			return r
		}
		r := emit()
		f.interiors[k] = r
		return r
	case code == OpSetInterior:
		// Any dict may be the one written: forget that field everywhere,
		// then remember the value stored. Storing the value the field is
		// known to hold (an attribute's n word, 0 for objects) is nothing.
		read := OpGetInteriorI
		switch f.out.TypeOf(args[2]) {
		case Float:
			read = OpGetInteriorF
		case Ptr:
			read = OpGetInteriorR
		}
		if r, ok := f.interiors[key(read, op.Aux, args[:2])]; ok && r == args[2] {
			return NoRef
		}
		for k := range f.interiors {
			if k.aux == op.Aux && !f.otherEntry(k.a0, k.a1, args[0], args[1]) {
				delete(f.interiors, k)
			}
		}
		f.interiors[key(read, op.Aux, args[:2])] = args[2]
		return emit()
	case code == OpGetArrayItemI || code == OpGetArrayItemF || code == OpGetArrayItemR:
		k := itemKey{args[0], args[1]}
		if r, ok := f.items[k]; ok && f.out.TypeOf(r) == op.Type {
			return r
		}
		r := emit()
		f.items[k] = r
		return r
	case code == OpListReverse: // moves items: every cached item and kind may be stale
		clear(f.items)
		clear(f.kinds)
		return emit()
	case code == OpSetArrayItem:
		clear(f.items)
		clear(f.kinds)
		k := itemKey{args[0], args[1]}
		switch f.out.TypeOf(args[2]) {
		case Int:
			f.items[k], f.kinds[k] = args[2], ItemInt
		case Float:
			f.items[k], f.kinds[k] = args[2], ItemFloat
		}
		return emit()
	}
	return emit()
}

// otherEntry reports whether element i of a and element j of b are
// surely different: the same object, different constant indexes.
func (f *folder) otherEntry(a, i, b, j Ref) bool {
	return a == b && f.isConst(i) && f.isConst(j) && f.bits(i) != f.bits(j)
}

// guardOnce emits a guard unless the same guard already passed, or, for
// guard_true/guard_false on an int comparison, the guard on the negated
// comparison passed (guard_true(a < b) proves guard_false(a >= b)).
func (f *folder) guardOnce(code Opcode, aux int64, args []Ref, emit func() Ref) Ref {
	k := key(code, aux, args)
	if f.proven[k] {
		return NoRef
	}
	if code == OpGuardTrue || code == OpGuardFalse {
		if neg, ok := f.negation(args[0]); ok {
			other := OpGuardTrue
			if code == OpGuardTrue {
				other = OpGuardFalse
			}
			if f.proven[key(other, 0, []Ref{neg})] {
				return NoRef
			}
		}
	}
	f.proven[k] = true
	return emit()
}

// negation returns the already emitted comparison that is the negation
// of the int comparison c.
func (f *folder) negation(c Ref) (Ref, bool) {
	if c < 0 || c == NoRef {
		return NoRef, false
	}
	op := &f.out.Ops[c]
	if op.Code < OpIntLt || op.Code > OpIntGe {
		return NoRef, false
	}
	neg := [...]Opcode{OpIntGe, OpIntGt, OpIntNe, OpIntEq, OpIntLe, OpIntLt}[op.Code-OpIntLt]
	r, ok := f.cse[key(neg, 0, op.Args)]
	return r, ok
}

// simplify applies algebraic identities: x+0, x-0, x*1, x|0, x&-1, x^0.
func (f *folder) simplify(code Opcode, args []Ref) (Ref, bool) {
	if len(args) != 2 {
		return NoRef, false
	}
	x, y := args[0], args[1]
	isC := func(r Ref, v int64) bool { return f.isConst(r) && f.out.Const(r).Type == Int && int64(f.bits(r)) == v }
	switch code {
	case OpIntAdd, OpIntAddOvf, OpIntOr, OpIntXor:
		if isC(y, 0) && f.out.TypeOf(x) == Int {
			return x, true
		}
		if isC(x, 0) && f.out.TypeOf(y) == Int {
			return y, true
		}
	case OpIntSub, OpIntSubOvf:
		if isC(y, 0) && f.out.TypeOf(x) == Int {
			return x, true
		}
	case OpIntMul, OpIntMulOvf:
		if isC(y, 1) && f.out.TypeOf(x) == Int {
			return x, true
		}
		if isC(x, 1) && f.out.TypeOf(y) == Int {
			return y, true
		}
	case OpIntAnd:
		if isC(y, -1) && f.out.TypeOf(x) == Int {
			return x, true
		}
	case OpFloatMul:
		if f.isConst(y) && math.Float64frombits(f.bits(y)) == 1 {
			return x, true
		}
	}
	return NoRef, false
}

// eliminateDead turns ops whose results nothing uses into nops and then
// compacts the trace. Guards, stores, labels, jumps and debug merge
// points are always kept, with everything they or their snapshots use.
func eliminateDead(t *Trace, sc *optScratch) *Trace {
	live := scratchBools(&sc.live, len(t.Ops))
	var mark func(r Ref)
	mark = func(r Ref) {
		if r >= 0 && r != NoRef && !live[r] {
			live[r] = true
		}
	}
	for i := len(t.Ops) - 1; i >= 0; i-- {
		op := &t.Ops[i]
		keep := op.Code.IsGuard() || op.Code == OpJump || op.Code == OpLabel || op.Code == OpInput ||
			op.Code == OpDebugMergePoint || opInfos[op.Code].flags&fEffect != 0 ||
			isOvf(op.Code) && i+1 < len(t.Ops) && t.Ops[i+1].Code == OpGuardNoOverflow
		if keep {
			live[i] = true
		}
		if !live[i] {
			continue
		}
		for _, a := range op.Args {
			mark(a)
		}
		if op.Snap >= 0 {
			for _, r := range t.Snaps[op.Snap].Live {
				mark(r)
			}
		}
	}
	return compact(t, live, sc)
}

// compact removes the ops not marked live (and nops), renumbering refs,
// guards and snapshots. It works in place: t is the folder's output,
// which nothing else holds, whose ops have argument lists of their own
// and whose snapshots each belong to one op, in op order (else compact
// copies the snapshots).
func compact(t *Trace, live []bool, sc *optScratch) *Trace {
	out := *t
	out.Ops = t.Ops[:0] // op i moves to an index <= i: read before written
	out.numGuards = 0
	newRef := scratchRefs(&sc.newRef, len(t.Ops))
	remap := func(r Ref) Ref {
		if r >= 0 {
			return newRef[r]
		}
		return r
	}
	ordered, last := true, int32(-1)
	for i := range t.Ops {
		if sn := t.Ops[i].Snap; sn >= 0 {
			ordered = ordered && sn > last
			last = sn
		}
	}
	var slab *irSlab
	if ordered {
		out.Snaps = t.Snaps[:0]
	} else {
		out.Snaps = make([]Snapshot, 0, len(t.Snaps))
		slab = new(irSlab)
	}
	for i := range t.Ops {
		op := t.Ops[i]
		if !live[i] || op.Code == OpNop {
			newRef[i] = NoRef
			continue
		}
		for j, a := range op.Args {
			op.Args[j] = remap(a)
		}
		if op.Snap >= 0 {
			if ordered {
				out.Snaps = append(out.Snaps, t.Snaps[op.Snap].renumberInPlace(newRef))
			} else {
				out.Snaps = append(out.Snaps, t.Snaps[op.Snap].remapIn(slab, remap))
			}
			op.Snap = int32(len(out.Snaps) - 1)
		}
		if op.Code.IsGuard() {
			op.Guard = int32(out.numGuards)
			out.numGuards++
		}
		out.Ops = append(out.Ops, op)
		newRef[i] = Ref(len(out.Ops) - 1)
	}
	return &out
}
