package runtime

// This file defines what the JIT needs to turn the levels of a recursion
// that ran in compiled code (no interpreter frames) back into interpreter
// frames when it leaves that code deep in the recursion: frames pushed
// one above the other, as the calls would have pushed them, then run from
// the innermost out.

// JITDepthLeft is how many more Python frames the thread may push before
// a call raises RecursionError.
func (th *Thread) JITDepthLeft() int { return th.recursionLimit() - th.depth }

// JITPushFrame pushes a frame for a call of fn (a plain function without
// cells) above the current frame, counting it in the recursion depth,
// with every register unbound: the caller fills them and sets where it
// resumes with JITRunFrame.
func (th *Thread) JITPushFrame(fn *Function) *Frame {
	th.depth++
	nf := th.pushFrameArgs(fn.Code, fn.Globals, fn.Builtins, nil)
	nf.Func = fn
	return nf
}

// JITRunFrame runs f, the current frame, from instruction pc until it
// returns, then pops it. If raise is not nil, f starts by unwinding it as
// if the instruction at pc-1 had raised it.
func (th *Thread) JITRunFrame(f *Frame, pc int, raise error) (Value, error) {
	f.PC = pc
	f.throw = raise
	v, err := th.run(f)
	th.popFrame(f)
	th.depth--
	return v, err
}
