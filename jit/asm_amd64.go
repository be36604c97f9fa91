// The x86-64 backend: turns an optimised trace into machine code (one
// emitter per IR op, in the style of LuaJIT's lj_asm.c), loads it through
// jit/internal/native and runs it on a State.

package jit

import (
	"fmt"
	"math"
	"os"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kilnpy/kiln/jit/internal/native"
)

func init() {
	if native.Supported {
		nativeBackend = &x86Backend{}
	}
}

// x86YieldEveryIteration makes every back-edge take the yield path (tests
// set it, and KILN_X86_YIELD=1 for whole programs: the path is otherwise
// taken only when the runtime asks, so re-entering through the label's
// entry point would go untested).
var x86YieldEveryIteration = os.Getenv("KILN_X86_YIELD") != ""

// Exit codes internal to the backend: Run handles them and re-enters, the
// driver never sees them.
const (
	x86ExitYield = 100 // a back-edge saw the runtime's preemption request
	x86ExitCall  = 101 // call_f of a math function written in Go
	// x86ExitResidual is a residual call (ExitResidual): Run returns it
	// to the driver, which runs the instruction and calls Run again.
	x86ExitResidual = 102
	x86ExitHelper   = 103 // call_helper (helper_amd64.go)
)

// The spill region of one trace, in 8-byte words from its base in
// State.Spill: a scratch word, a save area with one word per allocatable
// register (around call_f exits and write-barrier calls), then the spill
// slots of the register allocator.
const (
	x86RegionTemp  = 0
	x86RegionSave  = 1
	x86RegionSlots = x86RegionSave + 9 + 14
)

// x86Backend compiles traces to x86-64 code. It keeps a pool of assembler
// contexts (each costs ~100 µs to create) so Compile may be called from
// several goroutines.
type x86Backend struct {
	mu   sync.Mutex
	pool []*native.Asm
}

// Name implements Backend.
func (b *x86Backend) Name() string { return "x86-64" }

func (b *x86Backend) getAsm() *native.Asm {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n := len(b.pool); n > 0 {
		a := b.pool[n-1]
		b.pool = b.pool[:n-1]
		a.Reset()
		return a
	}
	return native.NewAsm()
}

func (b *x86Backend) putAsm(a *native.Asm) {
	a.Trim()
	b.mu.Lock()
	b.pool = append(b.pool, a)
	b.mu.Unlock()
}

// x86Code is a loaded trace.
type x86Code struct {
	t    *Trace // keeps the trace's object constants alive (go-jit.md §5 rule 5)
	code *native.Code
	// loop is the loop this code's final jump enters: the code itself
	// for a loop (at its label), the loop for a bridge (at its start).
	loop *x86Code
	// spillBase is where this code's spill region starts in State.Spill;
	// need, shared by a loop and its bridges, is how many words the whole
	// family uses (bridges get regions after their parent's).
	spillBase, spillWords int32
	need                  *atomic.Int64
	// labelSlot holds the address of the label's entry point, entrySlot
	// that of the code's start (loops): yields re-enter through them and
	// bridges jump back to the loop through entrySlot.
	labelSlot, entrySlot native.Slot
	// guardSlots are the jump slots of the guards, by snapshot index.
	guardSlots map[int]native.Slot
	// resumeSlots hold the resume addresses of call_f exits.
	resumeSlots []native.Slot
	offsets     []int
	// keepRefs: the loop stores refs into the heap, so every exit of the
	// loop and its bridges also writes its ref values to State.Refs.
	keepRefs bool
	mu       sync.Mutex
	bridges  []Code
	freed    bool
	// callasm: the function's recursive calls may be native calls of
	// its own code (callasm_amd64.go), which return callasmResult values;
	// callasmEntry holds the address they jump to; sites are the native
	// call sites of the function and its bridges, by number.
	callasm       bool
	callasmResult Type
	callasmEntry  native.Slot
	sites         []*x86CallSite
}

// Size implements Code.
func (c *x86Code) Size() int { return c.code.Size }

// Offsets implements Code.
func (c *x86Code) Offsets() []int { return c.offsets }

// Run implements Code. Yields and math calls are exits that Run serves
// itself before re-entering, so the driver sees only guard and interrupt
// exits (never ExitPreempt or ExitCall).
func (c *x86Code) Run(st *State) ExitKind {
	entry := c.code.Addr
	if st.Reentry != 0 {
		// Back from a residual call, which may have run this loop
		// recursively and compiled a bridge needing more spill words.
		entry = native.SlotTarget(uintptr(st.Reentry))
	}
	if need := int(c.need.Load()); len(st.Spill) < need {
		// The saved registers and spill slots of a residual call's
		// exit stay where they are.
		sp := make([]uint64, need+16)
		copy(sp, st.Spill)
		st.Spill = sp
	}
	if len(st.Refs) < helperRefSlots {
		st.Refs = append(st.Refs, make([]unsafe.Pointer, helperRefSlots-len(st.Refs))...)
	}
	for {
		k := native.Enter(entry, unsafe.Pointer(st))
		switch k {
		case x86ExitYield:
			native.Yield()
		case x86ExitResidual:
			st.Exit = ExitResidual
			return ExitResidual
		case x86ExitCall:
			x := math.Float64frombits(st.CallArgs[0])
			st.CallResult = math.Float64bits(MathFuncs()[st.CallFunc].F(x))
		case x86ExitHelper:
			serveHelper(st)
		default:
			st.Reentry = 0
			st.Exit = ExitKind(k)
			return st.Exit
		}
		entry = native.SlotTarget(uintptr(st.Reentry))
	}
}

// Link implements Code: the guard's jump slot now leads to the bridge's
// entry, which reads the guard's snapshot values from Slots.
func (c *x86Code) Link(snap int, bridge Code) error {
	b, ok := bridge.(*x86Code)
	if !ok {
		return fmt.Errorf("x86-64: bridge is not x86-64 code")
	}
	s, ok := c.guardSlots[snap]
	if !ok {
		return fmt.Errorf("x86-64: no guard with snapshot %d in trace %d", snap, c.t.ID)
	}
	c.mu.Lock()
	c.bridges = append(c.bridges, b)
	c.mu.Unlock()
	s.Set(b.code.Addr)
	return nil
}

// Free implements Code.
func (c *x86Code) Free() {
	if c.freed {
		return
	}
	c.freed = true
	for _, s := range c.guardSlots {
		native.FreeSlot(s)
	}
	for _, s := range c.resumeSlots {
		native.FreeSlot(s)
	}
	if c.t.Kind == LoopTrace {
		native.FreeSlot(c.labelSlot)
		native.FreeSlot(c.entrySlot)
	}
	if c.callasm {
		native.FreeSlot(c.callasmEntry)
	}
	native.Free(c.code)
}

// Compile implements Backend. For a bridge, loop is the loop's code.
func (b *x86Backend) Compile(t *Trace, loop Code) (Code, error) {
	if !t.verified {
		if err := t.Verify(); err != nil {
			return nil, err
		}
	}
	c := &x86Code{t: t}
	if t.Kind == BridgeTrace {
		p, ok := loop.(*x86Code)
		if !ok || p.t.Kind == BridgeTrace {
			return nil, fmt.Errorf("x86-64: a bridge needs its loop's (or function's) x86-64 code")
		}
		c.loop = p.loop
		c.need = p.need
		c.spillBase = p.spillBase + p.spillWords
		c.keepRefs = p.keepRefs
		if t.StoresRefs() && !c.keepRefs {
			// The loop's exits would not keep the refs this bridge may
			// drop from the heap.
			return nil, fmt.Errorf("x86-64: a bridge storing refs on a loop that stores none")
		}
	} else {
		c.loop = c
		c.need = new(atomic.Int64)
		c.keepRefs = t.StoresRefs() || t.KeepRefs && polyKeepRefs(t)
	}
	a := b.getAsm()
	defer b.putAsm(a)
	c.guardSlots = make(map[int]native.Slot, len(t.Snaps))
	a.Reserve(x86InstsEstimate(t))
	g := &x86Gen{t: t, a: a, c: c, ra: x86Allocate(t), stubSnaps: make([]*native.Label, len(t.Snaps))}
	defer x86FreeAlloc(g.ra) // nothing the code keeps points into it
	c.spillWords = x86RegionSlots + g.ra.nSpill
	if t.Kind == BridgeTrace && c.loop.callasm && c.spillBase+c.spillWords+2 > callasmFrameWords {
		return nil, fmt.Errorf("x86-64: bridge's spill region beyond a native call frame")
	}
	g.callasmPrepare()
	code, err := g.generate()
	if os.Getenv("KILN_X86_DUMP") != "" {
		fmt.Fprintf(os.Stderr, "%s\n%s\n", t, a.Listing())
	}
	if err != nil {
		g.freeSlots()
		return nil, err
	}
	if c.code, err = native.Load(code); err != nil {
		g.freeSlots()
		return nil, err
	}
	// Name the code for perf (a no-op until the profiler opens the map).
	native.DefaultPerfMap().Add(c.code.Addr, c.code.Size, x86PerfName(t))
	// Point the slots at their code now that its address is known.
	for _, st := range g.cold {
		if st.tail != nil {
			st.slot.Set(c.code.Entry(st.tail.Offset()))
		}
	}
	for k, l := range g.resumes {
		c.resumeSlots[k].Set(c.code.Entry(l.Offset()))
	}
	if t.Kind == LoopTrace {
		c.labelSlot.Set(c.code.Entry(g.labelEntry.Offset()))
		c.entrySlot.Set(c.code.Addr)
	}
	if c.callasm && t.Kind == FunctionTrace {
		c.callasmEntry.Set(c.code.Entry(g.callasmEntryLabel.Offset()))
	}
	c.offsets = make([]int, len(t.Ops))
	for i, m := range g.opMarks {
		if m >= 0 {
			c.offsets[i] = int(a.MarkOffset(m))
		}
	}
	for {
		old := c.need.Load()
		w := int64(c.spillBase + c.spillWords)
		if c.loop.callasm {
			w = callasmFrameWords * callasmMaxLevels
		}
		if w <= old || c.need.CompareAndSwap(old, w) {
			break
		}
	}
	return c, nil
}

// x86InstsEstimate is about how many instructions t's code takes: each
// exit stub moves its snapshot's live values, and an op takes about five
// (fannkuch, nbody: within 10 percent). Reserving them avoids growing a
// large trace's list by copies; a trace that needs more grows as before.
func x86InstsEstimate(t *Trace) int {
	n := 5 * len(t.Ops)
	for i := range t.Snaps {
		n += len(t.Snaps[i].Live)
	}
	return n
}

// x86PerfName is how perf shows a trace: "kiln::loop 1 (prog.py:12
// 'while i < n')", after CPython's "py::qualname:file".
func x86PerfName(t *Trace) string {
	if t.Kind == BridgeTrace {
		return fmt.Sprintf("kiln::bridge %d of loop %d", t.ID, t.Parent.ID)
	}
	return fmt.Sprintf("kiln::loop %d (%s)", t.ID, t.Name)
}

// x86Gen is the state of one compilation.
type x86Gen struct {
	t  *Trace
	a  *native.Asm
	c  *x86Code
	ra *x86Alloc

	opMarks    []native.Mark // where each op's code starts (-1: none)
	loopHead   *native.Label
	labelEntry *native.Label
	// stubSnaps are the exit stubs by snapshot (guards sharing a snapshot
	// share a stub).
	stubSnaps []*native.Label
	resumes   []*native.Label
	// callasmEntryLabel is where native recursive calls enter a function
	// trace: after its spill base load (callasm_amd64.go).
	callasmEntryLabel *native.Label
	cold              []x86Cold // out-of-line code, emitted after the trace
	// guardTail is where guard slots lead by default; tailBound once
	// emitted.
	guardTail *native.Label
	tailBound bool
	err       error
}

// freeSlots releases the slots of a compilation that failed.
func (g *x86Gen) freeSlots() {
	for _, s := range g.c.guardSlots {
		native.FreeSlot(s)
	}
	for _, s := range g.c.resumeSlots {
		native.FreeSlot(s)
	}
	if g.t.Kind == LoopTrace && g.c.labelSlot.Addr() != 0 {
		native.FreeSlot(g.c.labelSlot)
		native.FreeSlot(g.c.entrySlot)
	}
}

func (g *x86Gen) fail(format string, args ...any) {
	if g.err == nil {
		g.err = fmt.Errorf("x86-64: trace %d: "+format, append([]any{g.t.ID}, args...)...)
	}
}

// newSlot allocates a data slot, recording a failure.
func (g *x86Gen) newSlot() native.Slot {
	s, err := native.NewSlot(0)
	if err != nil {
		g.fail("%v", err)
	}
	return s
}

// Memory operands of the state block and the spill region.

func stateMem(off uintptr) native.Operand { return native.Mem(x86State, int32(off)) }

func (g *x86Gen) regionWord(w int32) native.Operand {
	return native.Mem(x86SpillBase, (g.c.spillBase+w)*8)
}

func (g *x86Gen) slotMem(slot int32) native.Operand { return g.regionWord(x86RegionSlots + slot) }

// saveMem is the save-area word of register r.
func (g *x86Gen) saveMem(r native.Reg) native.Operand {
	for i, x := range x86GPRegs {
		if x == r {
			return g.regionWord(x86RegionSave + int32(i))
		}
	}
	for i, x := range x86XRegs {
		if x == r {
			return g.regionWord(x86RegionSave + 9 + int32(i))
		}
	}
	panic("x86-64: no save word for " + r.String())
}

// loc returns the operand where op value v lives.
func (g *x86Gen) loc(v Ref) native.Operand {
	l := g.ra.locs[v]
	if l.inReg() {
		return native.R(l.reg)
	}
	return g.slotMem(l.slot)
}

func fitsImm32(v int64) bool { return v == int64(int32(v)) }

// src returns an operand for reading r: a register, a spill slot, or an
// immediate for int constants that fit 32 bits. Other constants are
// materialised in scratch (a general or XMM register, by r's type).
func (g *x86Gen) src(r Ref, scratch native.Reg) native.Operand {
	if !r.IsConst() {
		return g.loc(r)
	}
	k := g.t.Const(r)
	if k.Type != Float && fitsImm32(int64(k.Bits)) {
		return native.Imm(int64(k.Bits))
	}
	g.materialise(k, scratch)
	return native.R(scratch)
}

// materialise loads constant k into register dst (general or XMM).
func (g *x86Gen) materialise(k *Const, dst native.Reg) {
	if !dst.IsXMM() {
		g.a.MovImm(int64(k.Bits), dst)
		return
	}
	if k.Bits == 0 {
		g.a.I(native.XORPS, native.R(dst), native.R(dst))
		return
	}
	g.a.MovImm(int64(k.Bits), x86Scratch1)
	g.a.I(native.MOVQ, native.R(x86Scratch1), native.R(dst))
}

// reg returns a register holding r, loading it into scratch if needed.
func (g *x86Gen) reg(r Ref, scratch native.Reg) native.Reg {
	if !r.IsConst() && g.ra.locs[r].inReg() {
		return g.ra.locs[r].reg
	}
	if r.IsConst() {
		g.materialise(g.t.Const(r), scratch)
		return scratch
	}
	g.a.Mov(g.loc(r), native.R(scratch))
	return scratch
}

// mov copies a value between operands of the same class, through scratch
// (a general register) when both are memory or an immediate goes to an
// XMM register.
func (g *x86Gen) mov(src, dst native.Operand, scratch native.Reg) {
	if src == dst {
		return
	}
	if (native.IsMem(src) && native.IsMem(dst)) || (native.IsImm(src) && native.IsXMMOperand(dst)) {
		g.a.Mov(src, native.R(scratch))
		src = native.R(scratch)
	}
	g.a.Mov(src, dst)
}

// dst returns the register to compute value v into and a function that
// commits it to v's location (a no-op when v lives in a register).
func (g *x86Gen) dst(v int, scratch native.Reg) (native.Reg, func()) {
	l := g.ra.locs[v]
	if l.inReg() {
		return l.reg, func() {}
	}
	return scratch, func() { g.a.Mov(native.R(scratch), g.slotMem(l.slot)) }
}

// generate emits the whole trace and assembles it.
func (g *x86Gen) generate() ([]byte, error) {
	t, a := g.t, g.a
	g.opMarks = make([]native.Mark, len(t.Ops))
	for i := range g.opMarks {
		g.opMarks[i] = -1
	}
	if t.Kind == LoopTrace {
		g.c.labelSlot, g.c.entrySlot = g.newSlot(), g.newSlot()
		if g.ra.label < 0 {
			g.fail("loop without a label")
			return nil, g.err
		}
		// Each label arg needs a location of its own for the jump's
		// parallel move: no constants, no value twice (same_as copies).
		seen := map[Ref]bool{}
		for _, r := range t.Ops[g.ra.label].Args {
			if r.IsConst() || seen[r] {
				g.fail("label arg %s is a constant or repeated", t.refName(r))
			}
			seen[r] = true
		}
	}
	// Entry: spill base, inputs from Slots. A bridge of code with native
	// calls keeps the spill base of the level it runs at.
	if !(t.Kind == BridgeTrace && g.c.loop.callasm) {
		a.Mov(stateMem(StateSpill), native.R(x86SpillBase))
	}
	if g.c.callasm && t.Kind == FunctionTrace {
		g.c.callasmEntry = g.newSlot()
		g.callasmEntryLabel = a.NewLabel("callasm.entry")
		a.Bind(g.callasmEntryLabel)
	}
	a.Mov(stateMem(StateSlots), native.R(x86Scratch2))
	for k := 0; k < t.NumInputs; k++ {
		g.mov(native.Mem(x86Scratch2, int32(8*k)), g.loc(Ref(k)), x86Scratch1)
		g.storeHome(k)
	}
	for i := t.NumInputs; i < len(t.Ops) && g.err == nil; i++ {
		g.opMarks[i] = a.Mark()
		i = g.emit(i)
	}
	for k := 0; k < len(g.cold) && g.err == nil; k++ { // cold code may add more
		if c := g.cold[k]; c.emit != nil {
			c.emit()
		} else {
			g.emitStub(c)
		}
	}
	if g.err != nil {
		return nil, g.err
	}
	return a.Assemble()
}

// storeHome stores a value that crosses the label in a register to its
// home slot, where the label's entry point reloads it from.
func (g *x86Gen) storeHome(v int) {
	if h := g.ra.home[v]; h >= 0 && !g.ra.isArg[v] {
		g.a.Mov(g.loc(Ref(v)), g.slotMem(h))
	}
}

// next returns the index of the first op after i that emits code.
func (g *x86Gen) next(i int) int {
	for j := i + 1; j < len(g.t.Ops); j++ {
		if c := g.t.Ops[j].Code; c != OpNop && c != OpDebugMergePoint {
			return j
		}
	}
	return -1
}

// emit emits op i and returns the index of the last op it covered (an
// overflow op covers its guard, a fused comparison the guard after it).
func (g *x86Gen) emit(i int) int {
	t, a := g.t, g.a
	op := &t.Ops[i]
	defer func() {
		if i < g.ra.label || g.ra.label < 0 {
			g.storeHome(i)
		}
	}()
	switch op.Code {
	case OpNop, OpDebugMergePoint:
	case OpLabel:
		g.emitLabel(i)
	case OpSameAs:
		g.mov(g.src(op.Args[0], g.scratchFor(op.Type == Float)), g.loc(Ref(i)), x86Scratch2)
	case OpJump:
		g.emitJump(i)
	case OpFinish:
		g.emitCallAsmReturn(i)
		g.writeLive(int(op.Snap))
		g.exitReturn(int(op.Snap), ExitFinish)
	case OpIntAdd:
		g.binop(i, native.ADDQ, true)
	case OpIntSub:
		g.binop(i, native.SUBQ, false)
	case OpIntMul:
		g.binop(i, native.IMULQ, true)
	case OpIntAnd:
		g.binop(i, native.ANDQ, true)
	case OpIntOr:
		g.binop(i, native.ORQ, true)
	case OpIntXor:
		g.binop(i, native.XORQ, true)
	case OpIntNeg:
		d, commit := g.dst(i, x86Scratch1)
		g.mov(g.src(op.Args[0], x86Scratch2), native.R(d), x86Scratch2)
		a.I1(native.NEGQ, native.R(d))
		commit()
	case OpIntRshift:
		g.emitRshift(i)
	case OpIntFloorDiv, OpIntMod:
		g.emitDivMod(i)
	case OpIntAddOvf, OpIntSubOvf, OpIntMulOvf, OpIntNegOvf:
		return g.emitOvf(i)
	case OpIntLt, OpIntLe, OpIntEq, OpIntNe, OpIntGt, OpIntGe:
		return g.emitIntCmp(i)
	case OpIntIsTrue:
		g.cmpZero(op.Args[0])
		g.setcc(i, native.SETNE)
	case OpBoolNot:
		d, commit := g.dst(i, x86Scratch1)
		g.mov(g.src(op.Args[0], x86Scratch2), native.R(d), x86Scratch2)
		a.I(native.XORQ, native.Imm(1), native.R(d))
		commit()
	case OpFloatAdd:
		g.fbinop(i, native.ADDSD, true)
	case OpFloatSub:
		g.fbinop(i, native.SUBSD, false)
	case OpFloatMul:
		g.fbinop(i, native.MULSD, true)
	case OpFloatTrueDiv:
		g.fbinop(i, native.DIVSD, false)
	case OpFloatNeg:
		g.fsign(i, native.XORPD, 1<<63)
	case OpFloatAbs:
		g.fsign(i, native.ANDPD, 1<<63-1)
	case OpFloatLt, OpFloatLe, OpFloatEq, OpFloatNe, OpFloatGt, OpFloatGe:
		return g.emitFloatCmp(i)
	case OpCastIntToFloat:
		d, commit := g.fdst(i)
		src := g.srcReg(op.Args[0], x86Scratch1)
		a.I(native.XORPS, native.R(d), native.R(d)) // CVTSQ2SD writes only the low half: break the dependency
		a.I(native.CVTSQ2SD, src, native.R(d))
		commit()
	case OpCallF:
		g.emitCallF(i)
	case OpCallHelper:
		g.emitCallHelper(i)
	case OpCall, OpCallMayForce:
		if g.c.loop.callasm && g.callasmNative(i) {
			g.emitCallAsm(i)
			break
		}
		g.emitResidual(i)
	case OpGuardNoException, OpGuardNotForced:
		// Checked by the driver during the call's exit, which does not
		// come back on an exception (record_residual.go).
	case OpGuardTrue, OpGuardFalse:
		g.cmpZero(op.Args[0])
		if op.Code == OpGuardTrue {
			g.guardJump(i, native.JEQ)
		} else {
			g.guardJump(i, native.JNE)
		}
	case OpGuardNoOverflow:
		g.fail("guard_no_overflow at %d not after an overflow op", i)
	case OpGuardValue:
		g.emitGuardValue(i)
	case OpGuardClass:
		obj := g.reg(op.Args[0], x86Scratch2)
		a.Mov(native.Mem(obj, int32(ObjectTypeOffset)), native.R(x86Scratch2))
		g.materialise(t.Const(op.Args[1]), x86Scratch1)
		a.I(native.CMPQ, native.R(x86Scratch2), native.R(x86Scratch1))
		g.guardJump(i, native.JNE)
	case OpGuardDictVersion:
		d := g.reg(op.Args[0], x86Scratch1)
		a.Mov(native.Mem(d, int32(DictWritesOffset)), native.R(x86Scratch2))
		a.I(native.CMPQ, native.R(x86Scratch2), g.src(op.Args[1], x86Scratch1))
		g.guardJump(i, native.JNE)
	case OpArrayLen, OpGetArrayItemR, OpGuardArrayItemKind, OpSetArrayItem, OpListAppend:
		if op.Aux&ListWords != 0 {
			g.emitWordsOp(i) // list_words_amd64.go
			break
		}
		g.emitGenericListOp(i)
	case OpGetArrayItemI, OpGetArrayItemF:
		item := g.itemAddr(op.Args[0], op.Args[1])
		g.mov(native.Mem(item, 8), g.loc(Ref(i)), x86Scratch1)
	case OpListReverse:
		g.emitListReverse(i)
	case OpGetFieldI, OpGetFieldR:
		obj := g.reg(op.Args[0], x86Scratch1)
		g.mov(native.Mem(obj, int32(op.Aux)), g.loc(Ref(i)), x86Scratch2)
	case OpStrGetItem, OpStrChar:
		g.emitStrOp(i)
	case OpGetInteriorI, OpGetInteriorF, OpGetInteriorR:
		field := g.interiorAddr(op)
		g.mov(native.Mem(x86Scratch2, field), g.loc(Ref(i)), x86Scratch1)
	case OpSetInterior:
		if g.t.TypeOf(op.Args[2]) == Ptr {
			g.emitSetInteriorRef(i)
			break
		}
		field := g.interiorAddr(op)
		var v native.Operand
		if c := op.Args[2]; c.IsConst() {
			a.MovImm(int64(g.t.Const(c).Bits), x86Scratch1)
			v = native.R(x86Scratch1)
		} else if v = g.loc(c); native.IsMem(v) {
			a.Mov(v, native.R(x86Scratch1))
			v = native.R(x86Scratch1)
		}
		a.Mov(v, native.Mem(x86Scratch2, field))
	case OpSetFieldI:
		obj := g.reg(op.Args[0], x86Scratch1)
		g.mov(g.src(op.Args[1], x86Scratch2), native.Mem(obj, int32(op.Aux)), x86Scratch2)
	case OpNewInstance:
		g.emitNewInstance(i)
	default:
		g.fail("op %s not implemented", op.Code.Name())
	}
	return i
}

// binop emits v = a OP b for a two-operand ALU instruction.
func (g *x86Gen) binop(i int, opc native.Op, commutative bool) {
	op := &g.t.Ops[i]
	x, y := op.Args[0], op.Args[1]
	a := g.a
	if opc == native.IMULQ {
		if yc := y; yc.IsConst() && fitsImm32(int64(g.t.Const(yc).Bits)) {
			d, commit := g.dst(i, x86Scratch1)
			a.I3(native.IMUL3Q, native.Imm(int64(g.t.Const(yc).Bits)), g.srcReg(x, x86Scratch2), native.R(d))
			commit()
			return
		}
	}
	d, commit := g.dst(i, x86Scratch1)
	if !y.IsConst() && g.ra.locs[y].inReg() && g.ra.locs[y].reg == d && (x.IsConst() || g.ra.locs[x].reg != d) {
		if commutative {
			x, y = y, x
		} else {
			// d holds y: compute in scratch.
			g.mov(g.src(x, x86Scratch2), native.R(x86Scratch1), x86Scratch2)
			a.I(opc, g.src(y, x86Scratch2), native.R(x86Scratch1))
			a.Mov(native.R(x86Scratch1), g.loc(Ref(i)))
			return
		}
	}
	g.mov(g.src(x, x86Scratch2), native.R(d), x86Scratch2)
	a.I(opc, g.src(y, x86Scratch2), native.R(d))
	commit()
}

// srcReg is src for operands that must be a register or memory (not an
// immediate).
func (g *x86Gen) srcReg(r Ref, scratch native.Reg) native.Operand {
	if r.IsConst() {
		g.materialise(g.t.Const(r), scratch)
		return native.R(scratch)
	}
	return g.loc(r)
}

// emitOvf emits an overflow-checked op and the guard_no_overflow after it.
// The result is computed in a scratch register and committed only after
// the guard, so the guard's exit sees every operand unchanged.
func (g *x86Gen) emitOvf(i int) int {
	op := &g.t.Ops[i]
	a := g.a
	j := i + 1
	if j >= len(g.t.Ops) || g.t.Ops[j].Code != OpGuardNoOverflow {
		g.fail("overflow op %d without its guard", i)
		return i
	}
	g.mov(g.src(op.Args[0], x86Scratch2), native.R(x86Scratch1), x86Scratch2)
	switch op.Code {
	case OpIntAddOvf:
		a.I(native.ADDQ, g.src(op.Args[1], x86Scratch2), native.R(x86Scratch1))
	case OpIntSubOvf:
		a.I(native.SUBQ, g.src(op.Args[1], x86Scratch2), native.R(x86Scratch1))
	case OpIntMulOvf:
		if k := op.Args[1]; k.IsConst() && fitsImm32(int64(g.t.Const(k).Bits)) {
			a.I3(native.IMUL3Q, native.Imm(int64(g.t.Const(k).Bits)), native.R(x86Scratch1), native.R(x86Scratch1))
		} else {
			a.I(native.IMULQ, g.srcReg(op.Args[1], x86Scratch2), native.R(x86Scratch1))
		}
	case OpIntNegOvf:
		a.I1(native.NEGQ, native.R(x86Scratch1))
	}
	g.opMarks[j] = a.Mark()
	g.guardJump(j, native.JOS)
	a.Mov(native.R(x86Scratch1), g.loc(Ref(i)))
	return j
}

// emitRshift emits an arithmetic right shift; counts above 63 act as 63.
func (g *x86Gen) emitRshift(i int) {
	op := &g.t.Ops[i]
	a := g.a
	x, y := op.Args[0], op.Args[1]
	if y.IsConst() {
		s := min(int64(g.t.Const(y).Bits), 63)
		d, commit := g.dst(i, x86Scratch1)
		g.mov(g.src(x, x86Scratch2), native.R(d), x86Scratch2)
		a.I(native.SARQ, native.Imm(s), native.R(d))
		commit()
		return
	}
	// The count must be in CX: swap it through R11 around the shift.
	g.mov(g.src(x, x86Scratch2), native.R(x86Scratch2), x86Scratch2)
	g.mov(g.src(y, x86Scratch1), native.R(x86Scratch1), x86Scratch1)
	ok := a.NewLabel("shift.ok")
	a.I(native.CMPQ, native.R(x86Scratch1), native.Imm(63))
	a.Jump(native.JLE, ok)
	a.MovImm(63, x86Scratch1)
	a.Bind(ok)
	a.I(native.XCHGQ, native.R(x86Scratch1), native.R(native.CX))
	a.I(native.SARQ, native.R(native.CX), native.R(x86Scratch2))
	a.I(native.XCHGQ, native.R(x86Scratch1), native.R(native.CX))
	a.Mov(native.R(x86Scratch2), g.loc(Ref(i)))
}

// emitDivMod emits Python's floor division or modulo by a positive b:
// shifts and masks for constant powers of two, else IDIV (which needs AX
// and DX: their values are parked in X14 and X15 meanwhile).
func (g *x86Gen) emitDivMod(i int) {
	op := &g.t.Ops[i]
	a := g.a
	x, y := op.Args[0], op.Args[1]
	if y.IsConst() {
		if d := int64(g.t.Const(y).Bits); d > 0 && d&(d-1) == 0 {
			shift := int64(0)
			for 1<<shift != d {
				shift++
			}
			dst, commit := g.dst(i, x86Scratch1)
			g.mov(g.src(x, x86Scratch2), native.R(dst), x86Scratch2)
			if op.Code == OpIntMod {
				g.andImm(dst, d-1)
			} else {
				a.I(native.SARQ, native.Imm(shift), native.R(dst))
			}
			commit()
			return
		}
	}
	if y.IsConst() && int64(g.t.Const(y).Bits) > 1 && fitsImm32(int64(g.t.Const(y).Bits)) {
		g.emitDivModConst(i, x, int64(g.t.Const(y).Bits))
		return
	}
	// R11 = x, R12 = y, read before AX and DX are touched.
	g.mov(g.src(x, x86Scratch1), native.R(x86Scratch1), x86Scratch1)
	g.mov(g.srcReg(y, x86Scratch2), native.R(x86Scratch2), x86Scratch2)
	a.I(native.MOVQ, native.R(native.AX), native.R(x86XScratch1))
	a.I(native.MOVQ, native.R(native.DX), native.R(x86XScratch2))
	a.Mov(native.R(x86Scratch1), native.R(native.AX))
	a.I1(native.CQO, native.None)
	a.I(native.IDIVQ, native.R(x86Scratch2), native.None) // the divisor is the source operand
	if op.Code == OpIntMod {
		// r += y if r < 0
		a.Mov(native.R(native.DX), native.R(x86Scratch1))
		a.I(native.ADDQ, native.R(x86Scratch2), native.R(x86Scratch1))
		a.I(native.TESTQ, native.R(native.DX), native.R(native.DX))
		a.I(native.CMOVQLT, native.R(x86Scratch1), native.R(native.DX))
		a.Mov(native.R(native.DX), native.R(x86Scratch1))
	} else {
		// q -= 1 if r < 0 (y > 0)
		a.Mov(native.R(native.DX), native.R(x86Scratch1))
		a.I(native.SARQ, native.Imm(63), native.R(x86Scratch1))
		a.I(native.ADDQ, native.R(native.AX), native.R(x86Scratch1))
	}
	a.I(native.MOVQ, native.R(x86XScratch1), native.R(native.AX))
	a.I(native.MOVQ, native.R(x86XScratch2), native.R(native.DX))
	a.Mov(native.R(x86Scratch1), g.loc(Ref(i)))
}

// emitDivModConst divides by a constant d > 1 (not a power of two) with a
// multiply by a magic number (Hacker's Delight 10-1; what Go's compiler
// does) instead of IDIV, which costs 40-90 cycles: the truncated quotient
// is the high word of x*M, shifted and corrected for negative x; then the
// remainder r = x - q*d, and if r < 0 the floor correction q--, r += d.
// The one-operand IMULQ needs AX and DX: their values wait in X14, X15.
func (g *x86Gen) emitDivModConst(i int, x Ref, d int64) {
	a := g.a
	m, shift := x86Magic(d)
	g.mov(g.src(x, x86Scratch1), native.R(x86Scratch1), x86Scratch1)
	a.I(native.MOVQ, native.R(native.AX), native.R(x86XScratch1))
	a.I(native.MOVQ, native.R(native.DX), native.R(x86XScratch2))
	a.MovImm(m, native.AX)
	a.I(native.IMULQ, native.R(x86Scratch1), native.None) // DX:AX = AX * R11
	if m < 0 {
		a.I(native.ADDQ, native.R(x86Scratch1), native.R(native.DX))
	}
	if shift > 0 {
		a.I(native.SARQ, native.Imm(int64(shift)), native.R(native.DX))
	}
	a.Mov(native.R(x86Scratch1), native.R(native.AX))
	a.I(native.SHRQ, native.Imm(63), native.R(native.AX))
	a.I(native.ADDQ, native.R(native.AX), native.R(native.DX)) // DX = trunc(x / d)
	a.I3(native.IMUL3Q, native.Imm(d), native.R(native.DX), native.R(native.AX))
	a.Mov(native.R(x86Scratch1), native.R(x86Scratch2))
	a.I(native.SUBQ, native.R(native.AX), native.R(x86Scratch2)) // R12 = x - q*d
	a.Mov(native.R(x86Scratch2), native.R(native.AX))
	a.I(native.SARQ, native.Imm(63), native.R(native.AX)) // AX = r < 0 ? -1 : 0
	a.I(native.ADDQ, native.R(native.AX), native.R(native.DX))
	a.I(native.ANDQ, native.Imm(d), native.R(native.AX))
	a.I(native.ADDQ, native.R(native.AX), native.R(x86Scratch2))
	if g.t.Ops[i].Code == OpIntMod {
		a.Mov(native.R(x86Scratch2), native.R(x86Scratch1))
	} else {
		a.Mov(native.R(native.DX), native.R(x86Scratch1))
	}
	a.I(native.MOVQ, native.R(x86XScratch1), native.R(native.AX))
	a.I(native.MOVQ, native.R(x86XScratch2), native.R(native.DX))
	a.Mov(native.R(x86Scratch1), g.loc(Ref(i)))
}

// x86Magic returns the magic multiplier and shift for signed 64-bit
// division by d >= 2 (Hacker's Delight, figure 10-1).
func x86Magic(d int64) (m int64, shift uint) {
	const two63 = uint64(1) << 63
	ad := uint64(d)
	t := two63
	anc := t - 1 - t%ad
	p := 63
	q1, r1 := two63/anc, two63-(two63/anc)*anc
	q2, r2 := two63/ad, two63-(two63/ad)*ad
	for {
		p++
		q1, r1 = 2*q1, 2*r1
		if r1 >= anc {
			q1++
			r1 -= anc
		}
		q2, r2 = 2*q2, 2*r2
		if r2 >= ad {
			q2++
			r2 -= ad
		}
		delta := ad - r2
		if !(q1 < delta || (q1 == delta && r1 == 0)) {
			break
		}
	}
	return int64(q2 + 1), uint(p - 64)
}

// andImm emits ANDQ $m, r for any mask m.
func (g *x86Gen) andImm(r native.Reg, m int64) {
	if fitsImm32(m) {
		g.a.I(native.ANDQ, native.Imm(m), native.R(r))
		return
	}
	g.a.MovImm(m, x86Scratch2)
	g.a.I(native.ANDQ, native.R(x86Scratch2), native.R(r))
}

// cmpZero compares an int/bool value with 0.
func (g *x86Gen) cmpZero(r Ref) {
	s := g.src(r, x86Scratch1)
	if native.IsImm(s) {
		g.a.MovImm(s.Offset, x86Scratch1)
		s = native.R(x86Scratch1)
	}
	g.a.I(native.CMPQ, s, native.Imm(0))
}

// setcc materialises a flag as a 0/1 value of op i.
func (g *x86Gen) setcc(i int, set native.Op) {
	g.a.I1(set, native.R(x86Scratch1))
	d, commit := g.dst(i, x86Scratch2)
	g.a.I(native.MOVBQZX, native.R(x86Scratch1), native.R(d))
	commit()
}

// fusedGuard returns the guard after comparison i if it only tests i's
// result (so the comparison becomes a compare-and-branch), else -1.
func (g *x86Gen) fusedGuard(i int) int {
	j := g.next(i)
	if j < 0 || g.ra.end[i] != j {
		return -1
	}
	gop := &g.t.Ops[j]
	if (gop.Code != OpGuardTrue && gop.Code != OpGuardFalse) || gop.Args[0] != Ref(i) {
		return -1
	}
	for _, r := range g.t.Snaps[gop.Snap].Live {
		if r == Ref(i) {
			return -1
		}
	}
	return j
}

// The int comparisons' condition codes, their negations and their
// mirrors are switches rather than map literals, which Go builds at every
// start.

// x86IntCond returns the condition codes of an int comparison: true when
// a OP b after CMPQ a, b.
func x86IntCond(code Opcode) (cond struct{ jump, set native.Op }) {
	switch code {
	case OpIntLt:
		cond.jump, cond.set = native.JLT, native.SETLT
	case OpIntLe:
		cond.jump, cond.set = native.JLE, native.SETLE
	case OpIntEq:
		cond.jump, cond.set = native.JEQ, native.SETEQ
	case OpIntNe:
		cond.jump, cond.set = native.JNE, native.SETNE
	case OpIntGt:
		cond.jump, cond.set = native.JGT, native.SETGT
	case OpIntGe:
		cond.jump, cond.set = native.JGE, native.SETGE
	}
	return cond
}

// x86Negate returns the jump taken when a condition is false.
func x86Negate(jump native.Op) native.Op {
	switch jump {
	case native.JLT:
		return native.JGE
	case native.JGE:
		return native.JLT
	case native.JLE:
		return native.JGT
	case native.JGT:
		return native.JLE
	case native.JEQ:
		return native.JNE
	case native.JNE:
		return native.JEQ
	case native.JHI:
		return native.JLS
	case native.JLS:
		return native.JHI
	case native.JCC:
		return native.JCS
	case native.JCS:
		return native.JCC
	}
	return 0
}

// x86Mirror returns the condition for b OP a given the one for a OP b.
func x86Mirror(code Opcode) Opcode {
	switch code {
	case OpIntLt:
		return OpIntGt
	case OpIntGt:
		return OpIntLt
	case OpIntLe:
		return OpIntGe
	case OpIntGe:
		return OpIntLe
	case OpIntEq, OpIntNe:
		return code
	}
	return 0
}

func (g *x86Gen) emitIntCmp(i int) int {
	op := &g.t.Ops[i]
	code := op.Code
	x, y := op.Args[0], op.Args[1]
	if x.IsConst() && !y.IsConst() {
		x, y, code = y, x, x86Mirror(code)
	}
	xs := g.srcReg(x, x86Scratch1)
	ys := g.src(y, x86Scratch2)
	if native.IsMem(xs) && native.IsMem(ys) {
		g.a.Mov(xs, native.R(x86Scratch1))
		xs = native.R(x86Scratch1)
	}
	g.a.I(native.CMPQ, xs, ys)
	cond := x86IntCond(code)
	if j := g.fusedGuard(i); j >= 0 {
		g.bindOp(j)
		fail := x86Negate(cond.jump) // guard_true fails when the condition is false
		if g.t.Ops[j].Code == OpGuardFalse {
			fail = cond.jump
		}
		g.guardJump(j, fail)
		return j
	}
	g.setcc(i, cond.set)
	return i
}

// bindOp marks the current position as where op j's code starts.
func (g *x86Gen) bindOp(j int) {
	g.opMarks[j] = g.a.Mark()
}

// emitFloatCmp emits a float comparison. UCOMISD b, a sets the flags of
// a ? b (unordered: ZF, PF and CF all set), so > and >= are the unsigned
// conditions HI and CC, false for NaN; < and <= swap the operands.
func (g *x86Gen) emitFloatCmp(i int) int {
	op := &g.t.Ops[i]
	a := g.a
	x, y := op.Args[0], op.Args[1]
	code := op.Code
	switch code {
	case OpFloatLt:
		x, y, code = y, x, OpFloatGt
	case OpFloatLe:
		x, y, code = y, x, OpFloatGe
	}
	xr := g.reg(x, x86XScratch1)
	ys := g.srcReg(y, x86XScratch2)
	a.I(native.UCOMISD, ys, native.R(xr))
	switch code {
	case OpFloatGt, OpFloatGe:
		jump, set := native.JHI, native.SETHI
		if code == OpFloatGe {
			jump, set = native.JCC, native.SETCC
		}
		if j := g.fusedGuard(i); j >= 0 {
			g.bindOp(j)
			fail := x86Negate(jump)
			if g.t.Ops[j].Code == OpGuardFalse {
				fail = jump
			}
			g.guardJump(j, fail)
			return j
		}
		g.setcc(i, set)
	case OpFloatEq, OpFloatNe:
		set, parity, combine := native.SETEQ, native.SETPC, native.ANDQ
		if code == OpFloatNe {
			set, parity, combine = native.SETNE, native.SETPS, native.ORQ
		}
		a.I1(set, native.R(x86Scratch1))
		a.I1(parity, native.R(x86Scratch2))
		a.I(native.MOVBQZX, native.R(x86Scratch1), native.R(x86Scratch1))
		a.I(native.MOVBQZX, native.R(x86Scratch2), native.R(x86Scratch2))
		a.I(combine, native.R(x86Scratch2), native.R(x86Scratch1))
		a.Mov(native.R(x86Scratch1), g.loc(Ref(i)))
	}
	return i
}

// fdst is dst for float results.
func (g *x86Gen) fdst(i int) (native.Reg, func()) { return g.dst(i, x86XScratch1) }

// fbinop emits v = a OP b for SSE2 scalar double arithmetic.
func (g *x86Gen) fbinop(i int, opc native.Op, commutative bool) {
	op := &g.t.Ops[i]
	x, y := op.Args[0], op.Args[1]
	a := g.a
	d, commit := g.fdst(i)
	if !y.IsConst() && g.ra.locs[y].inReg() && g.ra.locs[y].reg == d && (x.IsConst() || g.ra.locs[x].reg != d) {
		if commutative {
			x, y = y, x
		} else {
			g.mov(g.srcReg(x, x86XScratch1), native.R(x86XScratch1), x86Scratch1)
			a.I(opc, g.srcReg(y, x86XScratch2), native.R(x86XScratch1))
			a.Mov(native.R(x86XScratch1), g.loc(Ref(i)))
			return
		}
	}
	if d == x86XScratch1 { // result spilled: operands may not use X14
		g.mov(g.srcReg(x, x86XScratch1), native.R(d), x86Scratch1)
		a.I(opc, g.srcReg(y, x86XScratch2), native.R(d))
	} else {
		g.mov(g.srcReg(x, x86XScratch2), native.R(d), x86Scratch1)
		a.I(opc, g.srcReg(y, x86XScratch2), native.R(d))
	}
	commit()
}

// fsign applies a sign-bit mask (XORPD to flip, ANDPD to clear).
func (g *x86Gen) fsign(i int, opc native.Op, mask uint64) {
	op := &g.t.Ops[i]
	d, commit := g.fdst(i)
	g.mov(g.srcReg(op.Args[0], x86XScratch2), native.R(d), x86Scratch1)
	g.a.MovImm(int64(mask), x86Scratch1)
	g.a.I(native.MOVQ, native.R(x86Scratch1), native.R(x86XScratch2))
	g.a.I(opc, native.R(x86XScratch2), native.R(d))
	commit()
}

// emitCallF emits call_f: sqrt and fabs inline, other math functions as
// an exit that Run serves (registers saved around it).
func (g *x86Gen) emitCallF(i int) {
	op := &g.t.Ops[i]
	a := g.a
	if op.Aux < 0 || int(op.Aux) >= len(MathFuncs()) || len(op.Args) != 1 {
		g.fail("call_f %d with %d args", op.Aux, len(op.Args))
		return
	}
	switch MathFuncs()[op.Aux].Name {
	case "sqrt":
		d, commit := g.fdst(i)
		a.I(native.SQRTSD, g.srcReg(op.Args[0], x86XScratch2), native.R(d))
		commit()
		return
	case "fabs":
		g.fsign(i, native.ANDPD, 1<<63-1)
		return
	}
	if g.c.keepRefs {
		// The driver's Go code runs with the values saved in Spill,
		// which the collector does not scan: in a loop that stores refs
		// one of them may be an object nothing else holds.
		for v := 0; v < i; v++ {
			if g.ra.end[v] > i && g.t.TypeOf(Ref(v)) == Ptr {
				g.fail("call_f with a ref live across it in a loop that stores refs")
				return
			}
		}
	}
	live := append(g.ra.liveRegs(i, false), g.ra.liveRegs(i, true)...)
	for _, r := range live {
		a.Mov(native.R(r), g.saveMem(r))
	}
	g.mov(g.srcReg(op.Args[0], x86XScratch1), stateMem(StateCallArgs), x86Scratch1)
	a.I(native.MOVQ, native.Imm(op.Aux), stateMem(StateCallFunc))
	g.exitAndResume(x86ExitCall, live)
	g.mov(stateMem(StateCallResult), g.loc(Ref(i)), x86Scratch1)
}

// exitAndResume ends a call exit: it leaves the resume point in Reentry
// and returns exit code kind; at the resume point, where Run re-enters
// once Go has done the call, the spill base and the saved live registers
// come back.
func (g *x86Gen) exitAndResume(kind int64, live []native.Reg) {
	a := g.a
	slot := g.newSlot()
	g.c.resumeSlots = append(g.c.resumeSlots, slot)
	a.MovImm(int64(slot.Addr()), x86Scratch1)
	a.Mov(native.R(x86Scratch1), stateMem(StateReentry))
	a.MovImm(kind, native.AX)
	a.Ret()
	resume := a.NewLabel("resume")
	a.Bind(resume)
	g.resumes = append(g.resumes, resume)
	a.Mov(stateMem(StateSpill), native.R(x86SpillBase))
	if g.c.loop.callasm { // the level's frame (callasm_amd64.go)
		a.Mov(stateMem(StateCallDepth), native.R(x86Scratch1))
		a.I3(native.IMUL3Q, native.Imm(callasmFrameWords*8), native.R(x86Scratch1), native.R(x86Scratch1))
		a.I(native.ADDQ, native.R(x86Scratch1), native.R(x86SpillBase))
	}
	for _, r := range live {
		a.Mov(g.saveMem(r), native.R(r))
	}
}

// emitResidual emits a residual call: the live registers saved, the
// call's snapshot written to Slots as for an exit, ExitResidual returned
// with the call's descr in CallFunc and the resume point in Reentry; at
// the resume point the registers come back and the result (raw bits the
// driver checked) goes to the op's location.
func (g *x86Gen) emitResidual(i int) {
	op := &g.t.Ops[i]
	a := g.a
	live := append(g.ra.liveRegs(i, false), g.ra.liveRegs(i, true)...)
	for _, r := range live {
		a.Mov(native.R(r), g.saveMem(r))
	}
	g.writeLive(int(op.Snap))
	for _, w := range [...]struct {
		v   int64
		off uintptr
	}{{int64(g.t.ID), StateExitTrace}, {int64(op.Snap), StateExitSnap}, {op.Aux, StateCallFunc}} {
		if fitsImm32(w.v) {
			a.I(native.MOVQ, native.Imm(w.v), stateMem(w.off))
		} else {
			a.MovImm(w.v, x86Scratch1)
			a.Mov(native.R(x86Scratch1), stateMem(w.off))
		}
	}
	g.exitAndResume(x86ExitResidual, live)
	if op.Type != Void && g.ra.locs[i].reg != 0 || op.Type != Void && g.ra.locs[i].slot >= 0 {
		g.mov(stateMem(StateCallResult), g.loc(Ref(i)), x86Scratch1)
	}
}

// emitGuardValue compares a value with a constant, as machine words.
func (g *x86Gen) emitGuardValue(i int) {
	op := &g.t.Ops[i]
	a := g.a
	x, k := op.Args[0], op.Args[1]
	var xs native.Operand
	if g.t.TypeOf(x) == Float {
		xr := g.reg(x, x86XScratch1)
		a.I(native.MOVQ, native.R(xr), native.R(x86Scratch2))
		xs = native.R(x86Scratch2)
	} else {
		xs = g.srcReg(x, x86Scratch2)
	}
	ks := g.src(k, x86Scratch1)
	if native.IsXMMOperand(ks) || (native.IsMem(xs) && native.IsMem(ks)) {
		g.a.Mov(ks, native.R(x86Scratch1))
		ks = native.R(x86Scratch1)
	}
	if native.IsImm(xs) { // a constant compared with a constant
		a.MovImm(xs.Offset, x86Scratch2)
		xs = native.R(x86Scratch2)
	}
	a.I(native.CMPQ, xs, ks)
	g.guardJump(i, native.JNE)
}

// emitGenericListOp emits list op i on the generic storage (16-byte
// Values in l.items).
func (g *x86Gen) emitGenericListOp(i int) {
	op := &g.t.Ops[i]
	a := g.a
	switch op.Code {
	case OpArrayLen:
		l := g.reg(op.Args[0], x86Scratch1)
		d, commit := g.dst(i, x86Scratch2)
		a.Mov(native.Mem(l, int32(ListItemsOffset)+8), native.R(d))
		commit()
	case OpGetArrayItemR:
		item := g.itemAddr(op.Args[0], op.Args[1])
		g.mov(native.Mem(item, 0), g.loc(Ref(i)), x86Scratch1)
	case OpGuardArrayItemKind:
		g.guardItemTag(i, g.itemAddr(op.Args[0], op.Args[1]))
	case OpSetArrayItem:
		g.emitSetItem(i)
	case OpListAppend:
		g.emitListAppend(i)
	}
}

// guardItemTag emits guard_arrayitem_kind i on the item (a Value's p, or
// a word) at [item]: its tag must be the int's or the float's.
func (g *x86Gen) guardItemTag(i int, item native.Reg) {
	tag := IntTag
	if g.t.Ops[i].Aux&^ListWords == ItemFloat {
		tag = FloatTag
	}
	g.a.MovImm(int64(tag), x86Scratch1)
	g.a.I(native.CMPQ, native.Mem(item, 0), native.R(x86Scratch1))
	g.guardJump(i, native.JNE)
}

// itemAddr computes &list.items[idx] into R12 (R11 is clobbered).
func (g *x86Gen) itemAddr(list, idx Ref) native.Reg {
	a := g.a
	l := g.reg(list, x86Scratch1)
	if idx.IsConst() {
		a.Mov(native.Mem(l, int32(ListItemsOffset)), native.R(x86Scratch2))
		off := int64(g.t.Const(idx).Bits) * ValueSize
		if fitsImm32(off) && off != 0 {
			a.I(native.ADDQ, native.Imm(off), native.R(x86Scratch2))
		}
		return x86Scratch2
	}
	g.mov(g.loc(idx), native.R(x86Scratch2), x86Scratch2)
	a.I(native.SHLQ, native.Imm(4), native.R(x86Scratch2))
	a.I(native.ADDQ, native.Mem(l, int32(ListItemsOffset)), native.R(x86Scratch2))
	return x86Scratch2
}

// emitSetItem stores an int, float or bool into a list item: the n word
// plainly, the p word (the type tag) through the write barrier unless the
// item already holds that tag (then neither the old nor the new p is a heap
// pointer and no barrier is needed: go-interpreter.md §2.6 rule 3).
func (g *x86Gen) emitSetItem(i int) {
	op := &g.t.Ops[i]
	a := g.a
	item := g.itemAddr(op.Args[0], op.Args[1])
	v := op.Args[2]
	tag := IntTag
	switch g.t.TypeOf(v) {
	case Float:
		tag = FloatTag
	case Bool:
		tag = BoolTag
	case Ptr:
		// An object: its n word is zero, its p word goes through the
		// barrier (storeRefAt, list_words_amd64.go).
		a.I(native.MOVQ, native.Imm(0), native.Mem(item, 8))
		g.storeRefAt(i, v)
		return
	}
	if g.t.TypeOf(v) == Float {
		g.mov(g.srcReg(v, x86XScratch1), native.Mem(item, 8), x86Scratch1)
	} else {
		s := g.src(v, x86Scratch1)
		if native.IsMem(s) {
			a.Mov(s, native.R(x86Scratch1))
			s = native.R(x86Scratch1)
		}
		a.I(native.MOVQ, s, native.Mem(item, 8))
	}
	done := a.NewLabel("setitem.done")
	a.MovImm(int64(tag), x86Scratch1)
	a.I(native.CMPQ, native.Mem(item, 0), native.R(x86Scratch1))
	a.Jump(native.JEQ, done)
	// The barrier needs the value in a general register other than R11:
	// borrow R10, parking its value in the region's scratch word.
	const val = native.R10
	a.Mov(native.R(val), g.regionWord(x86RegionTemp))
	a.Mov(native.R(x86Scratch1), native.R(val))
	liveX := g.ra.liveRegs(i, true)
	native.EmitStorePointer(a, val, native.Mem(item, 0), x86SpillBase, (g.c.spillBase+x86RegionSave+9)*8, liveX)
	a.Mov(g.regionWord(x86RegionTemp), native.R(val))
	a.Bind(done)
}

// guardJump emits the conditional jump of guard j to its exit stub.
func (g *x86Gen) guardJump(j int, jcc native.Op) {
	op := &g.t.Ops[j]
	g.a.Jump(jcc, g.exitStub(int(op.Snap), true))
}

// exitStub returns the out-of-line stub of snapshot snap: it writes the
// snapshot's values to Slots, then (for guards) jumps through the guard's
// slot, which leads to the exit tail or, once linked, to a bridge.
func (g *x86Gen) exitStub(snap int, guard bool) *native.Label {
	if l := g.stubSnaps[snap]; l != nil {
		return l
	}
	a := g.a
	stub := a.NewLabel("exit")
	g.stubSnaps[snap] = stub
	slot := g.newSlot()
	g.c.guardSlots[snap] = slot
	if g.guardTail == nil {
		g.guardTail = a.NewLabel("tail")
	}
	g.cold = append(g.cold, x86Cold{snap: snap, stub: stub, tail: g.guardTail, slot: slot})
	return stub
}

// x86Cold is a piece of out-of-line code: emit, or a guard's exit stub
// (a record rather than a closure: a trace has dozens).
type x86Cold struct {
	emit       func()
	snap       int
	stub, tail *native.Label // the stub, and the slot's default target
	slot       native.Slot
}

// emitStub emits an exit stub: the snapshot's values to Slots and its
// number to ExitSnap, then a jump through the guard's slot, whose default
// target is the trace's guard tail (ExitTrace, then return ExitGuard),
// emitted after the first stub. A linked bridge writes ExitSnap again on
// its own exits.
func (g *x86Gen) emitStub(c x86Cold) {
	a := g.a
	a.Bind(c.stub)
	g.writeLive(c.snap)
	a.I(native.MOVQ, native.Imm(int64(c.snap)), stateMem(StateExitSnap))
	native.EmitJumpSlot(a, c.slot.Addr())
	if !g.tailBound {
		g.tailBound = true
		a.Bind(c.tail)
		g.exitTraceReturn(ExitGuard)
	}
}

// writeLive stores snapshot snap's Live values into Slots, and for code
// that keeps refs its ref values into State.Refs too. It may clobber R10:
// nothing reads registers after it (an exit returns, a linked bridge
// reads its inputs from Slots, a residual call saved them before).
func (g *x86Gen) writeLive(snap int) {
	a := g.a
	a.Mov(stateMem(StateSlots), native.R(x86Scratch2))
	live := g.t.Snaps[snap].Live
	for k, r := range live {
		g.mov(g.loc(r), native.Mem(x86Scratch2, int32(8*k)), x86Scratch1)
	}
	g.keepSlotRefs(live)
}

// keepSlotRefs copies, for code that keeps refs, the ref values among
// vals (just written to Slots, in order) to State.Refs through the write
// barrier, so that the collector sees them while the driver or the yield
// runs Go code. It clobbers R10 and R12.
func (g *x86Gen) keepSlotRefs(vals []Ref) {
	a := g.a
	if !g.c.keepRefs {
		return
	}
	for k, r := range vals {
		if r.IsConst() || g.t.TypeOf(r) != Ptr {
			continue
		}
		a.Mov(stateMem(StateSlots), native.R(x86Scratch2))
		a.Mov(native.Mem(x86Scratch2, int32(8*k)), native.R(native.R10))
		a.Mov(stateMem(StateRefs), native.R(x86Scratch2))
		native.EmitStorePointer(a, native.R10, native.Mem(x86Scratch2, int32(8*k)), x86SpillBase, 0, nil)
	}
}

// emitSetInteriorRef stores a ref into an interior field (an attribute's
// p word in a dict entry: setinteriorfield_gc of a ref) through the
// inline write barrier (go-interpreter.md §2.6 rule 2), with nothing
// between the barrier's test and the store.
func (g *x86Gen) emitSetInteriorRef(i int) {
	op := &g.t.Ops[i]
	a := g.a
	field := g.interiorAddr(op)
	// The barrier needs the value in a general register other than R11:
	// borrow R10, parking its value in the region's scratch word.
	const val = native.R10
	a.Mov(native.R(val), g.regionWord(x86RegionTemp))
	if v := op.Args[2]; v.IsConst() {
		g.materialise(g.t.Const(v), val)
	} else {
		g.mov(g.loc(v), native.R(val), x86Scratch1)
	}
	liveX := g.ra.liveRegs(i, true)
	native.EmitStorePointer(a, val, native.Mem(x86Scratch2, field), x86SpillBase, (g.c.spillBase+x86RegionSave+9)*8, liveX)
	a.Mov(g.regionWord(x86RegionTemp), native.R(val))
}

// exitReturn records the exit's trace and snapshot and returns kind.
func (g *x86Gen) exitReturn(snap int, kind ExitKind) {
	g.a.I(native.MOVQ, native.Imm(int64(snap)), stateMem(StateExitSnap))
	g.exitTraceReturn(kind)
}

// exitTraceReturn writes the trace's id to ExitTrace and returns kind.
func (g *x86Gen) exitTraceReturn(kind ExitKind) {
	a := g.a
	if id := int64(g.t.ID); fitsImm32(id) {
		a.I(native.MOVQ, native.Imm(id), stateMem(StateExitTrace))
	} else {
		a.MovImm(id, x86Scratch1)
		a.Mov(native.R(x86Scratch1), stateMem(StateExitTrace))
	}
	a.MovImm(int64(kind), native.AX)
	a.Ret()
}

// emitLabel binds the loop head and emits, out of line, the label's entry
// point: it reloads the spill base, the label's args from Slots and the
// values that cross the label from their homes, then jumps to the head.
func (g *x86Gen) emitLabel(i int) {
	a := g.a
	g.loopHead = a.NewLabel("loop")
	a.Bind(g.loopHead)
	g.labelEntry = a.NewLabel("label.entry")
	g.cold = append(g.cold, x86Cold{emit: func() {
		a.Bind(g.labelEntry)
		a.Mov(stateMem(StateSpill), native.R(x86SpillBase))
		a.Mov(stateMem(StateSlots), native.R(x86Scratch2))
		for k, r := range g.t.Ops[i].Args {
			if !r.IsConst() {
				g.mov(native.Mem(x86Scratch2, int32(8*k)), g.loc(r), x86Scratch1)
			}
		}
		for v := 0; v < i; v++ {
			if h := g.ra.home[v]; h >= 0 && !g.ra.isArg[v] {
				a.Mov(g.slotMem(h), native.R(g.ra.locs[v].reg))
			}
		}
		a.Jump(native.JMP, g.loopHead)
	}})
}

// emitSafePointCheck jumps to intr when the interpreter's Pending word
// (State.Interrupt points at it; nil in tests) is set, and to yield when
// Go asks the goroutine to stop (or always, under KILN_X86_YIELD).
func (g *x86Gen) emitSafePointCheck(intr, yield *native.Label) {
	a := g.a
	ok := a.NewLabel("noint")
	a.Mov(stateMem(StateInterrupt), native.R(x86Scratch1))
	a.I(native.TESTQ, native.R(x86Scratch1), native.R(x86Scratch1))
	a.Jump(native.JEQ, ok)
	a.I(native.CMPL, native.Mem(x86Scratch1, 0), native.Imm(0))
	a.Jump(native.JNE, intr)
	a.Bind(ok)
	if x86YieldEveryIteration {
		a.Jump(native.JMP, yield)
	} else {
		native.EmitPreemptCheck(a, yield)
	}
}

// emitJump emits the back-edge: the interrupt and preemption checks, then
// the parallel move of the jump's args into the label's and the jump to
// the loop head; a bridge writes its args (the loop's inputs) to Slots and
// enters the loop at its start, preamble included.
func (g *x86Gen) emitJump(i int) {
	op := &g.t.Ops[i]
	a := g.a
	snap := int(op.Snap)
	intr, yield := a.NewLabel("interrupt"), a.NewLabel("yield")
	a.I(native.ADDQ, native.Imm(1), stateMem(StateIterations)) // shortloop.go
	g.emitSafePointCheck(intr, yield)
	var labelSlot native.Slot
	if g.t.Kind == BridgeTrace {
		if op.Aux != 0 {
			g.fail("bridge jump to target %d, not the loop's entry", op.Aux)
		}
		labelSlot = g.c.loop.entrySlot
		g.writeArgs(op.Args)
		native.EmitJumpSlot(a, labelSlot.Addr())
	} else {
		labelSlot = g.c.labelSlot
		lab := &g.t.Ops[g.ra.label]
		g.parallelMove(op.Args, lab.Args)
		a.Jump(native.JMP, g.loopHead)
	}
	g.cold = append(g.cold, x86Cold{emit: func() {
		a.Bind(intr)
		g.writeLive(snap)
		g.exitReturn(snap, ExitInterrupt)
		a.Bind(yield)
		g.writeArgs(op.Args)
		g.keepSlotRefs(op.Args)
		a.MovImm(int64(labelSlot.Addr()), x86Scratch1)
		a.Mov(native.R(x86Scratch1), stateMem(StateReentry))
		a.MovImm(x86ExitYield, native.AX)
		a.Ret()
	}})
}

// writeArgs stores the jump's args into Slots[0:len(args)].
func (g *x86Gen) writeArgs(args []Ref) {
	a := g.a
	a.Mov(stateMem(StateSlots), native.R(x86Scratch2))
	for k, r := range args {
		dst := native.Mem(x86Scratch2, int32(8*k))
		if r.IsConst() {
			a.MovImm(int64(g.t.Const(r).Bits), x86Scratch1)
			a.Mov(native.R(x86Scratch1), dst)
			continue
		}
		g.mov(g.loc(r), dst, x86Scratch1)
	}
}

// parallelMove assigns srcs to the locations of dsts simultaneously:
// moves whose destination no pending move still reads go first; a cycle
// is broken by parking one source in a scratch register (R11 or X14,
// which stay free until the parked value has been moved); constants go
// last, since materialising them uses R11.
func (g *x86Gen) parallelMove(srcs, dsts []Ref) {
	type move struct {
		from, to native.Operand
		float    bool
	}
	var moves []move
	var consts [][2]Ref
	for k, d := range dsts {
		if d.IsConst() {
			continue
		}
		if s := srcs[k]; s.IsConst() {
			consts = append(consts, [2]Ref{s, d})
		} else if from, to := g.loc(s), g.loc(d); from != to {
			moves = append(moves, move{from, to, g.t.TypeOf(d) == Float})
		}
	}
	for len(moves) > 0 {
		progress := false
		for k := 0; k < len(moves); k++ {
			m := moves[k]
			blocked := false
			for j, o := range moves {
				if j != k && o.from == m.to {
					blocked = true
					break
				}
			}
			if blocked {
				continue
			}
			g.mov(m.from, m.to, x86Scratch2)
			moves = append(moves[:k], moves[k+1:]...)
			k--
			progress = true
		}
		if progress {
			continue
		}
		// Every move is blocked: the rest are cycles. Park one source.
		m := moves[0]
		park := x86Scratch1
		if m.float {
			park = x86XScratch1
		}
		for _, o := range moves {
			if o.from == native.R(park) {
				g.fail("parallel move: scratch %s parked twice", park)
				return
			}
		}
		g.a.Mov(m.from, native.R(park))
		for j := range moves {
			if moves[j].from == m.from {
				moves[j].from = native.R(park)
			}
		}
	}
	for _, c := range consts {
		g.mov(g.src(c[0], g.scratchFor(g.t.TypeOf(c[1]) == Float)), g.loc(c[1]), x86Scratch2)
	}
}

func (g *x86Gen) scratchFor(float bool) native.Reg {
	if float {
		return x86XScratch2
	}
	return x86Scratch1
}

// interiorAddr leaves in x86Scratch2 the address of element Args[1] of
// the slice of an interior field op (minus the field offset it returns,
// which includes a constant index). It clobbers x86Scratch1.
func (g *x86Gen) interiorAddr(op *Op) int32 {
	a := g.a
	off, stride, field := interior(op.Aux)
	obj := g.reg(op.Args[0], x86Scratch1)
	if interiorIsInline(op.Aux) {
		// The array is inside the object: its start is obj+off.
		a.Mov(native.R(obj), native.R(x86Scratch2))
		field += off
	} else {
		a.Mov(native.Mem(obj, off), native.R(x86Scratch2))
	}
	if idx := op.Args[1]; idx.IsConst() {
		return field + int32(int64(g.t.Const(idx).Bits)*int64(stride))
	}
	g.mov(g.loc(op.Args[1]), native.R(x86Scratch1), x86Scratch1)
	a.I3(native.IMUL3Q, native.Imm(int64(stride)), native.R(x86Scratch1), native.R(x86Scratch1))
	a.I(native.ADDQ, native.R(x86Scratch1), native.R(x86Scratch2))
	return field
}
