package runtime

// This file defines the reuse of a local's list by the copy that replaces
// it: fannkuch's `perm = perm1[:]`, once per permutation. CPython frees
// the old list when the assignment drops its last reference; Kiln left it
// to the collector, and those copies were nearly all of the program's
// allocation (a 48-byte list and a 144-byte array each), so the collector
// ran every megabyte and the interpreter stored through the write barrier
// most of the time.
//
// A local is the sole owner of its list when the code never lets the list
// out: decided once per code object, the local is no parameter, no
// exception handler's target, written only by GETITEMs (the copy sites)
// that do not read it, and read only as the container of a GETITEM or a
// SETITEM that does not also use it as the key or the value. A list
// indexed, sliced or assigned into stays where it is. At run time a copy
// site that slices an exact list records the new list and its frame in
// the thread; when the same frame comes back to a copy site with that
// very list still in the local, nothing else can refer to it, and the
// site refills it instead of allocating. The one other way to a frame's
// locals is to show them: a traceback entry or frame object made for the
// frame, or locals(), vars(), eval() and dir() reading them
// (Frame.LocalsDict), after which the frame's record of captures is in
// use and no site reuses until the call returns. Anything else the site
// writes into the local (the general GETITEM path) no longer matches the
// record, and a frame's return forgets it.

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// sliceCopyOwned is the role in Code.sliceTemps of a GETITEM writing a
// local that owns its list (see the file comment).
const sliceCopyOwned = sliceTempConsumer + 1

// markSliceCopySites sets the role sliceCopyOwned on the GETITEMs that
// write a local owning its list.
func markSliceCopySites(code *compile.Code, roles []uint8) {
	insns := code.Code
	params := code.ArgCount + code.KwOnlyArgCount
	if code.Flags&compile.FlagVarArgs != 0 {
		params++
	}
	if code.Flags&compile.FlagVarKeywords != 0 {
		params++
	}
	if params >= code.NumLocals || code.Flags&compile.FlagNewLocals == 0 {
		return
	}
	// owned[r] starts true for every candidate and is cleared by any use
	// that could let its value out.
	owned := make([]bool, code.NumLocals)
	any := false
	for r := params; r < code.NumLocals; r++ {
		owned[r] = true
		any = true
	}
	for _, e := range code.ExcTable {
		if int(e.Reg) < len(owned) {
			owned[e.Reg] = false
		}
	}
	for pc := 0; pc < len(insns) && any; pc += compile.Words(insns[pc]) {
		w := insns[pc]
		op := compile.Op(w)
		if op == compile.EXT {
			return // extended operands: not modelled here
		}
		var extra uint32
		if op.HasExtraWord() && pc+1 < len(insns) {
			extra = insns[pc+1]
		}
		e, ok := regEffects(w, extra)
		if !ok {
			return
		}
		a, b, c := compile.A(w), compile.B(w), compile.C(w)
		for r := params; r < len(owned); r++ {
			if !owned[r] {
				continue
			}
			reads, writes := e.reads(r), e.writes(r)
			if op == compile.FORITER && a == r {
				writes = true // written when the iterator yields
			}
			switch {
			case !reads && !writes:
				continue
			case op == compile.GETITEM && a == r && b != r && c != r:
				continue // a copy site
			case op == compile.GETITEM && b == r && a != r && c != r:
				continue // R[A] = local[key]
			case op == compile.SETITEM && a == r && b != r && c != r:
				continue // local[key] = value
			case (op == compile.CHECKLOCAL || op == compile.DELLOCAL) && a == r:
				continue
			}
			owned[r] = false
		}
	}
	for pc := 0; pc < len(insns); pc += compile.Words(insns[pc]) {
		w := insns[pc]
		if compile.Op(w) == compile.GETITEM && compile.A(w) < len(owned) && owned[compile.A(w)] {
			roles[pc] = sliceCopyOwned
		}
	}
}

// listSliceCopy is listSliceAt for a copy site (role sliceCopyOwned):
// l[start::step] (n items) into the list the site made last in the
// current frame, if the destination local still holds it and nothing can
// have seen it, else into a new list, recorded for the next time.
func (th *Thread) listSliceCopy(code *Code, pc int, l *List, start, step, n int) Value {
	ex := &th.exec
	f := ex.frame
	r := uint8(code.Insns[pc] >> 8)
	if f == nil || f.Code != code || !f.localsUnseen() {
		return l.sliceList(start, step, n)
	}
	if old := ex.ownedList; old != nil && ex.ownedFrame == f && f.Regs[r].p == unsafe.Pointer(old) &&
		old != l && cap(old.items) >= n && old.words == nil {
		if len(old.items) > n {
			clear(old.items[n:])
		}
		old.items = old.items[:n]
		l.copySlice(old.items, start, step)
		return ValueOf(old)
	}
	v := l.sliceList(start, step, n)
	if out := as[List](v); out.words == nil && cap(out.items) <= sliceTempMaxCap {
		ex.ownedList, ex.ownedFrame = out, f
	}
	return v
}

// localsUnseen reports whether nothing has been shown f's locals since
// its call began (frame_captures.go; Frame.LocalsDict).
func (f *Frame) localsUnseen() bool {
	c := f.captures
	return c == nil || !c.inUse()
}
