package runtime

// This file holds what the JIT needs to compile `for x in gen` (package
// jit, record_gen.go): the layout of a generator and its frame that
// compiled code reads and writes (the resumption point, the registers, the
// running and finished flags), the state the recorder specialises on, and
// finishing a generator that compiled code left in the middle of its body.
// Compiled code resumes a generator without going through resume: it
// checks the flags are clear, runs the body from the resumption point up
// to the next YIELD on the frame's own registers, and stores the new
// resumption point, as step and YIELD would. The interpreter never calls
// this file.

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// Layout offsets of generators and frames read by compiled code.
var (
	// JITGeneratorFrameOffset is the offset of Generator.frame.
	JITGeneratorFrameOffset = unsafe.Offsetof(Generator{}.frame)
	// JITGeneratorFlagsOffset is the offset of the word whose low two
	// bytes are Generator.running and Generator.finished: the generator
	// may be resumed by compiled code iff they are both zero
	// (JITGeneratorFlagsMask).
	JITGeneratorFlagsOffset = unsafe.Offsetof(Generator{}.running)
	// JITFrameRegsOffset is the offset of Frame.Regs (a []Value),
	// JITFramePCOffset of Frame.PC (an int) and JITFrameCodeOffset of
	// Frame.Code.
	JITFrameRegsOffset = unsafe.Offsetof(Frame{}.Regs)
	JITFramePCOffset   = unsafe.Offsetof(Frame{}.PC)
	JITFrameCodeOffset = unsafe.Offsetof(Frame{}.Code)
)

// JITGeneratorFlagsMask selects running and finished in the word at
// JITGeneratorFlagsOffset (little-endian: running is its low byte).
const JITGeneratorFlagsMask = 0xffff

// JITGeneratorFinishedBit is Generator.finished's bit in that word.
const JITGeneratorFinishedBit = 0x100

// The flags word: running and finished are its first two bytes, and the
// word stays inside the generator. Checked by the compiler, not by an init
// function that every start would run: each constant below is a uintptr
// that overflows, which does not compile, unless its condition holds.
const (
	genFlags = unsafe.Offsetof(Generator{}.running) // JITGeneratorFlagsOffset

	_ = 0 - genFlags%8                                               // word-aligned
	_ = 0 - (unsafe.Offsetof(Generator{}.finished) - (genFlags + 1)) // finished follows running
	_ = unsafe.Sizeof(Generator{}) - (genFlags + 8)                  // the word is inside
)

// JITGenState returns the state of the generator v that a compiled
// resumption specialises on: its code and the instruction it resumes at,
// and its registers (the live slice, which the recorder runs on). ok is
// false unless v is a generator compiled code may resume: suspended (not
// running, not finished) at its start or after a YIELD (not in a yield
// from), without an exception to raise or one being handled, and whose
// code has no protected ranges (a watched generator, closed by the
// collector).
func JITGenState(v Value) (code *Code, fn *Function, pc int, regs []Value, ok bool) {
	if v.p == nil || v.IsImmediate() || v.Type() != GeneratorType {
		return nil, nil, 0, nil, false
	}
	g := as[Generator](v)
	f := g.frame
	if g.running || g.finished || g.watched || f == nil || f.throw != nil || g.handled.p != nil || f.sendVal.p != nil {
		return nil, nil, 0, nil, false
	}
	code = f.Code
	if len(code.ExcTable) > 0 || len(f.Regs) != code.NumRegs {
		return nil, nil, 0, nil, false
	}
	if f.PC > 0 {
		cur := instructionEndingAt(code.Insns, f.PC)
		if cur < 0 || compile.Op(code.Insns[cur]) != compile.YIELD || (cur > 0 && compile.Op(code.Insns[cur-1]) == compile.EXT) {
			return nil, nil, 0, nil, false
		}
	}
	return code, f.Func, f.PC, f.Regs, true
}

// JITGenYielded records that the generator v, run by the recorder, yielded
// at the YIELD before pc: it resumes at pc, as YIELD leaves it.
func JITGenYielded(v Value, pc int) {
	as[Generator](v).frame.PC = pc
}

// JITGenFinish finishes the generator v, which returned None while the
// recorder ran it, as compiled code does: finish, but no recycling.
func JITGenFinish(v Value) {
	as[Generator](v).finish()
}

// JITGenFrame returns the frame of the generator v.
func JITGenFrame(v Value) *Frame { return as[Generator](v).frame }

// JITResumeGenerator runs the generator v from instruction pc of its
// frame, whose registers already hold what compiled code computed, up to
// its next yield (done false, the value yielded) or its return (done
// true), or the exception it raises; raise, if not nil, is raised at pc
// (an inner frame the JIT was finishing raised it). An exhausted generator
// that only a for loop refers to is recycled as the loop's FORITER does.
func (th *Thread) JITResumeGenerator(v Value, pc int, raise error) (Value, bool, error) {
	g := as[Generator](v)
	if g.running {
		return Value{}, false, Errorf(ValueError, "generator already executing")
	}
	g.frame.PC = pc
	g.running = true
	r, done, err := g.step(th, Value{}, raise, true)
	g.running = false
	if done && g.loopOwned {
		th.genRecycle(g)
	}
	return r, done, err
}

// JITRegDeadFrom reports whether register r of code is written before it
// is read on every path from instruction pc, as far as the scan of dead
// temporaries can tell (deadtemps.go): a generator's registers the
// compiled code need not store when it yields.
func JITRegDeadFrom(code *Code, pc, r int) bool {
	return regDeadFrom(code.Code, pc, r)
}

// JITGenLoopCallSite reports whether the instruction at pc of code is a
// CALL whose result a for loop iterates through temporaries only (CALL,
// GETITER, FORITER: genMarkLoopOwned's pattern), so that compiled code
// running it as a residual call recycles generators as the interpreter
// does (JITGenLoopCallBefore, JITGenLoopCallAfter).
func JITGenLoopCallSite(code *Code, pc int) bool {
	insns := code.Insns
	if pc+2 >= len(insns) || compile.Opcode(insns[pc]) != compile.CALL {
		return false
	}
	a := uint8(insns[pc] >> 8)
	gi, fi := insns[pc+1], insns[pc+2]
	return compile.Opcode(gi) == compile.GETITER && compile.Opcode(fi) == compile.FORITER &&
		uint8(gi>>16) == a && uint8(fi>>16) == uint8(gi>>8) && genIsTemp(code, a) && genIsTemp(code, uint8(gi>>8))
}

// JITGenLoopCallBefore runs before the residual CALL at pc of f, a
// JITGenLoopCallSite: the generator that the loop's iterator temporary
// still holds, if compiled code finished it (its FORITER never saw it
// end), goes back to the pool, as that FORITER would have done.
func (th *Thread) JITGenLoopCallBefore(f *Frame, pc int) {
	it := f.Regs[uint8(f.Code.Insns[pc+1]>>8)]
	if it.p == nil || it.IsImmediate() || it.Type() != GeneratorType {
		return
	}
	if g := as[Generator](it); g.loopOwned && g.finished {
		th.genRecycle(g)
	}
}

// JITGenLoopCallAfter runs after that CALL returned v: a new generator of
// a generator function is marked as only the loop's, as the interpreter's
// CALL marks it.
func JITGenLoopCallAfter(f *Frame, pc int, v Value) {
	callee := f.Regs[uint8(f.Code.Insns[pc]>>16)]
	if v.p == nil || v.IsImmediate() || v.Type() != GeneratorType || callee.p == nil || callee.Type() != FunctionType {
		return
	}
	if fn := as[Function](callee); fn.Code.Flags&(compile.FlagGenerator|compile.FlagCoroutine) == compile.FlagGenerator {
		genMarkLoopOwned(f.Code, pc+1, uint8(f.Code.Insns[pc]>>8), as[Generator](v))
	}
}
