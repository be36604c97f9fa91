package runtime

// This file defines the recycling of generators that a for loop made and
// ran to their end: `for v in neighbours(u):` makes one generator per
// pass of the enclosing loop, and allocating each (generator, frame and
// registers, about 450 bytes) was a third of the cost of such code and
// most of what Go's collector had to do for it.
//
// The interpreter knows when nothing but its own temporaries can refer to
// such a generator: the CALL that made it (the callee is a generator
// function, so the result is new) stores it in a temporary that the next
// instruction, a GETITER, turns into the iterator temporary of the FORITER
// after it. Temporaries are written before they are read again, and
// Python code cannot name them; the generator's own code cannot reach its
// generator either. So when that FORITER finds the generator exhausted,
// the allocation goes back to a small per-thread pool and the next
// generator of the same size class reuses it, as CPython's free lists
// reuse frames.
//
// `yield from gen()` is the same pattern with YIELDFROM in place of
// FORITER; while the delegating generator is suspended its gi_yieldfrom
// can hand the inner one out, and then clears the mark.
//
// A generator expression handed straight to sum(), min(), max(), any(),
// all() or sorted() (`sum(x * x for x in xs)`) is marked the same way:
// those builtins keep nothing of their argument, so once the call
// returns with the generator exhausted it is recycled too.
//
// Anything that could give the generator or its frame away clears the
// mark: a frame object made for the generator's frame or for a frame it
// called (sys._getframe, tracebacks' tb_frame, gi_frame), and generators
// whose code has protected ranges are watched by the collector
// (generator_lifetime.go) and never marked.

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// genInlineRegs are the register counts of the generator allocations
// that hold their registers inline (see genAllocFrame); a generator's
// poolClass is its index here plus one, or zero when its registers are
// apart.
var genInlineRegs = [...]int{7, 11, 15, 19, 27, 35}

// genPoolMax bounds each class of the per-thread pool: nested loops over
// generators finish one at a time, so a few per class are reused over
// and over, and a deep recursion of them does not pin memory.
const genPoolMax = 16

// genPool is a thread's recycled generators, by class.
type genPool [len(genInlineRegs)][]*Generator

// genRegsOffset is where the inline registers start in a generator's
// allocation (the same for every register count).
var genRegsOffset = unsafe.Offsetof(genFrameWith[[1]Value]{}.regs)

// genInlineRegsOf returns the whole inline register array of g, which
// must belong to class k.
func genInlineRegsOf(g *Generator, k int) []Value {
	return unsafe.Slice((*Value)(unsafe.Add(unsafe.Pointer(g), genRegsOffset)), genInlineRegs[k])
}

// genClassFor returns the class of an allocation for nregs registers,
// or -1 when they do not fit inline.
func genClassFor(nregs int) int {
	if regsViewPad != 0 {
		return -1
	}
	for k, n := range genInlineRegs {
		if nregs <= n {
			return k
		}
	}
	return -1
}

// genReuse returns a recycled generator of class k for code, or nil when
// the pool of that class is empty. Its state is a new generator's, and its
// registers are zero but for code's constants when it ran code before;
// the pointer fields still name what it ran last (newGenerator stores
// those that differ).
func (ex *threadExec) genReuse(k int, code *Code) (*Generator, *Frame) {
	pool := ex.genPool[k]
	n := len(pool)
	if n == 0 {
		return nil, nil
	}
	g := pool[n-1]
	ex.genPool[k] = pool[:n-1] // the slot is overwritten by the next recycle
	f := g.frame
	if old := f.Code; old != code {
		genClearRegs(f.Regs[old.KBase:old.NumRegs])
	}
	f.Regs = f.Regs[:code.NumRegs]
	f.PC = 0
	g.finished = false
	return g, f
}

// genRecycle returns an exhausted loop-owned generator to the pool. Its
// registers but the constants are cleared now, so that what they held
// dies with the loop; the constants stay for the next generator of the
// same code.
func (th *Thread) genRecycle(g *Generator) {
	g.loopOwned = false
	k := int(g.poolClass) - 1
	if k < 0 || g.watched {
		return
	}
	ex := &th.exec
	if len(ex.genPool[k]) >= genPoolMax {
		return
	}
	f := g.frame
	genClearRegs(f.Regs[:f.Code.KBase])
	if g.retval.p != nil {
		g.retval = Value{}
	}
	if f.catStr != nil {
		f.catStr, f.catBuf = nil, nil
	}
	ex.genPool[k] = append(ex.genPool[k], g)
}

// genClearRegs zeroes regs, storing only into the registers that are
// not zero already (each store pays a write barrier while the collector
// runs).
func genClearRegs(regs []Value) {
	for i := range regs {
		if regs[i].p != nil {
			regs[i] = Value{}
		}
	}
}

// genMarkLoopOwned marks the generator g that the CALL at insns[pc-1]
// just stored in register a, if the next two instructions are the GETITER
// and FORITER of a for loop over it (or GETITER and YIELDFROM) through
// temporaries only (see the file comment). The caller has checked that the callee was a generator
// function, so that g is new.
func genMarkLoopOwned(code *Code, pc int, a uint8, g *Generator) {
	insns := code.Insns
	if pc+1 >= len(insns) || g.poolClass == 0 {
		return
	}
	gi, fi := insns[pc], insns[pc+1]
	if compile.Opcode(gi) != compile.GETITER || compile.Opcode(fi) != compile.FORITER && compile.Opcode(fi) != compile.YIELDFROM {
		return
	}
	it := uint8(gi >> 8)
	if uint8(gi>>16) != a || uint8(fi>>16) != it {
		return
	}
	if !genIsTemp(code, a) || !genIsTemp(code, it) {
		return
	}
	g.loopOwned = true
}

// genIsTemp reports whether register r is a temporary of code (not a
// local, cell or constant).
func genIsTemp(code *Code, r uint8) bool {
	return int(r) >= code.NumLocals+len(code.Cellvars)+len(code.Freevars) && int(r) < code.KBase
}

// genMarkConsumed marks the new generator g that the CALL at insns[pc-1]
// stored in register a, when the next instruction calls one of the
// consuming builtins (genConsumers) with g, in that temporary, as its only
// argument. regs are the frame's registers.
func genMarkConsumed(code *Code, regs *[256]Value, pc int, a uint8, g *Generator) {
	insns := code.Insns
	if pc >= len(insns) || g.poolClass == 0 {
		return
	}
	w := insns[pc]
	b := uint8(w >> 16)
	if compile.Opcode(w) != compile.CALL || uint8(w>>24) != 1 || b+1 != a || !genIsTemp(code, a) {
		return
	}
	callee := regs[b]
	if callee.p == nil || callee.Type() != BuiltinFunctionType {
		return
	}
	bf := as[BuiltinFunction](callee)
	if bf.Module == "builtins" && isGenConsumer(bf.Name) {
		g.loopOwned = true
	}
}

// isGenConsumer reports whether the builtin name exhausts an iterable
// argument and keeps no reference to it.
func isGenConsumer(name string) bool {
	switch name {
	case "sum", "min", "max", "any", "all", "sorted":
		return true
	}
	return false
}

// genConsumed recycles the generator argument of a consuming builtin's
// call (see genMarkConsumed) when the call has exhausted it.
func (th *Thread) genConsumed(arg Value) {
	if g := as[Generator](arg); g.loopOwned && g.finished {
		th.genRecycle(g)
	}
}

// genEscapes clears the loop-owned mark of the generators whose frames a
// frame object is about to show: f's and its caller's (f_back).
func genEscapes(f *Frame) {
	if g := f.gen; g != nil {
		g.loopOwned = false
	}
	if b := f.Back; b != nil && b.gen != nil {
		b.gen.loopOwned = false
	}
}
