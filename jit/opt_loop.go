package jit

// This file defines loop peeling, PyPy's unrolling: the recorded
// iteration is emitted twice, first as a preamble (run once per entry)
// and then, after a label, as the loop body, optimised with everything the
// preamble proved about values that do not change in the loop. Pure ops on
// loop invariants and the guards about them are thus computed once in the
// preamble: loop-invariant code motion falls out of CSE. The label's
// arguments are the loop-carried values followed by the invariants the
// body uses; the jump passes the new carried values and the invariants
// unchanged.

// labelID is the TargetToken of every loop's label.
const labelID = 1

// Optimize optimises a recorded loop trace (inputs, ops, final jump
// without a label): folding and peeling when peel is set, folding only
// otherwise (then the label follows the inputs). Bridges are folded.
func Optimize(src *Trace, peel bool) *Trace {
	if endsInFinish(src) {
		return optimizeFunction(src)
	}
	t := optimize(src, peel)
	t.pack()
	t.planResiduals()
	return t
}

func optimize(src *Trace, peel bool) *Trace {
	if src.Kind == BridgeTrace {
		f := newFolder(src, false)
		defer f.release()
		f.emitInputs()
		f.pass()
		f.emitJump(src.Ops[len(src.Ops)-1], nil)
		return eliminateDead(f.out, f.scratch)
	}
	if peel {
		if t := peelLoop(src); t != nil {
			return t
		}
	}
	f := newFolder(src, false)
	defer f.release()
	f.emitInputs()
	inputs := make([]Ref, f.out.NumInputs)
	for k := range inputs {
		inputs[k] = Ref(k)
	}
	// Facts from before the label do not hold after a jump to it.
	f.out.Emit(Op{Code: OpLabel, Args: inputs, Aux: labelID})
	f.pass()
	f.emitJump(src.Ops[len(src.Ops)-1], nil)
	return eliminateDead(f.out, f.scratch)
}

// emitJump emits the final jump; extra are label args passed unchanged.
func (f *folder) emitJump(jump Op, extra []Ref) {
	args := append(f.args(&jump), extra...)
	target := int64(labelID)
	if f.out.Kind == BridgeTrace {
		target = f.out.Target
	}
	f.out.Emit(Op{Code: OpJump, Args: args, Aux: target, Snap: f.snap(jump.Snap)})
}

// peelLoop builds preamble + label + body, or returns nil when the loop's
// shape does not allow it (the caller then does not peel).
func peelLoop(src *Trace) *Trace {
	jump := src.Ops[len(src.Ops)-1]
	f := newFolder(src, true)
	defer f.release()
	f.emitInputs()
	n := f.out.NumInputs
	f.pass()
	// Preamble done: J' are the values the inputs have at the end of the
	// first iteration.
	next := f.args(&jump)
	if len(next) != n {
		return nil
	}
	var labelArgs []Ref
	carried := make([]Ref, n) // what input k stands for in the body
	used := map[Ref]bool{}
	for k := 0; k < n; k++ {
		v := next[k]
		if v == Ref(k) { // invariant: the body reads the input itself
			carried[k] = v
			continue
		}
		if v.IsConst() || used[v] || v < Ref(n) {
			v = f.out.Emit(Op{Code: OpSameAs, Type: f.out.TypeOf(v), Args: []Ref{v}})
		}
		used[v] = true
		carried[k] = v
		labelArgs = append(labelArgs, v)
	}
	// Forget what depends on carried values: they change at every jump.
	dep := make([]bool, len(f.out.Ops))
	for _, v := range labelArgs {
		dep[v] = true
	}
	for i := range f.out.Ops {
		for _, a := range f.out.Ops[i].Args {
			if a >= 0 && dep[a] {
				dep[i] = true
			}
		}
	}
	isDep := func(r Ref) bool { return r >= 0 && r != NoRef && dep[r] }
	for k, r := range f.cse {
		if isDep(r) || isDep(k.a0) || isDep(k.a1) || isDep(k.a2) {
			delete(f.cse, k)
		}
	}
	for k := range f.proven {
		if isDep(k.a0) || isDep(k.a1) || isDep(k.a2) {
			delete(f.proven, k)
		}
	}
	for k, r := range f.subst {
		if isDep(k) || isDep(r) {
			delete(f.subst, k)
		}
	}
	f.keepInvariantFields(src, isDep)
	if appendsToLists(src) {
		f.forgetLengths() // list_append (record_alloc.go)
	}
	if hasCalls(src) || hasWritingHelpers(src) {
		// A residual call in the loop may change any heap value between
		// the preamble's reads and the next iteration: the body reads
		// again what it needs (opt_fold.go, forgetHeap).
		f.forgetHeap()
	}
	f.skipNoOv = false
	label := f.out.Emit(Op{Code: OpLabel, Aux: labelID})
	// The body: input k now stands for carried[k].
	k := 0
	for i := range src.Ops {
		if src.Ops[i].Code == OpInput {
			f.m[i] = carried[k]
			k++
		}
	}
	f.pass()
	// Preamble values the body uses are loop invariants: extra label args.
	var extra []Ref
	isLabelArg := map[Ref]bool{}
	for _, a := range labelArgs {
		isLabelArg[a] = true
	}
	note := func(r Ref) bool {
		if r >= 0 && r != NoRef && r < label && !isLabelArg[r] {
			if dep[r] {
				return false
			}
			isLabelArg[r] = true
			extra = append(extra, r)
		}
		return true
	}
	bodyJump := f.args(&jump)
	for i := int(label) + 1; i < len(f.out.Ops); i++ {
		op := &f.out.Ops[i]
		for _, a := range op.Args {
			if !note(a) {
				return nil
			}
		}
		if op.Snap >= 0 {
			for _, r := range f.out.Snaps[op.Snap].Live {
				if !note(r) {
					return nil
				}
			}
		}
	}
	var jumpArgs []Ref
	for k := 0; k < n; k++ {
		if carried[k] == Ref(k) {
			if bodyJump[k] != Ref(k) {
				return nil // invariant in the first iteration only
			}
			continue
		}
		jumpArgs = append(jumpArgs, bodyJump[k])
	}
	sn := f.snap(jump.Snap)
	for _, r := range f.out.Snaps[sn].Live {
		if !note(r) {
			return nil
		}
	}
	for _, a := range jumpArgs {
		if !note(a) {
			return nil
		}
	}
	f.out.Ops[label].Args = append(labelArgs, extra...)
	f.out.Emit(Op{Code: OpJump, Args: append(jumpArgs, extra...), Aux: labelID, Snap: sn})
	t := eliminateDead(f.out, f.scratch)
	if t.Verify() != nil {
		return nil
	}
	t.verified = true
	return t
}

// hasCalls reports whether t contains a residual call.
func hasCalls(t *Trace) bool {
	for i := range t.Ops {
		if t.Ops[i].Code.IsCall() {
			return true
		}
	}
	return false
}

// keepInvariantFields forgets the heap cache at the label but for the
// fields the loop never writes (no setfield at that offset) of objects
// that are loop invariants: those reads (a list iterator's list, a range
// iterator's step) then happen once, in the preamble. Nothing else writes
// an object's fields inside a trace.
func (f *folder) keepInvariantFields(src *Trace, isDep func(Ref) bool) {
	written := map[int64]bool{}         // field offsets
	writtenInterior := map[int64]bool{} // interior descrs
	for i := range src.Ops {
		switch src.Ops[i].Code {
		case OpSetFieldI:
			written[src.Ops[i].Aux] = true
		case OpSetInterior:
			writtenInterior[src.Ops[i].Aux] = true
		}
	}
	clear(f.items)
	clear(f.kinds)
	for k, r := range f.fields {
		if written[k.off] || isDep(k.obj) || isDep(r) {
			delete(f.fields, k)
		}
	}
	for k, r := range f.interiors {
		if writtenInterior[k.aux] || isDep(k.a0) || isDep(k.a1) || isDep(r) {
			delete(f.interiors, k)
		}
	}
}
