package runtime

// This file defines how traceback entries and frame objects keep showing
// a function frame's locals after the frame returns. Frames of ordinary
// calls are pooled and their registers reused by the next call, so
// nothing may keep a *Frame past its return; CPython instead keeps the
// frame itself alive as long as a traceback (exc.__traceback__.tb_frame)
// or a frame object (sys._getframe()) refers to it, and f_locals then
// shows the variables as the function left them.
//
// A function frame remembers the traceback entries and frame objects made
// for it while it runs (the last frameCaptureMax of each: a loop that
// catches an exception per pass would otherwise keep them all). While the
// frame runs they read its registers. When it returns (popFrame), or a
// generator's frame finishes, the entries get one shared copy of the
// registers of its variables, from which tb_frame builds f_locals, and
// each frame object's f_locals is updated a last time; then the frame
// forgets them. An entry or frame object beyond the limit is let go of
// earlier, with the variables of that moment.
//
// An exception caught inside a function thus costs one more allocation
// when the function returns (the copy), and none while it runs: a pooled
// frame keeps its emptied record for the next call.

// frameCaptureMax bounds the traceback entries, and separately the frame
// objects, that a frame keeps up to date.
const frameCaptureMax = 8

// frameCaptures are what a running function frame shows its locals to.
type frameCaptures struct {
	tbs     [frameCaptureMax]*Traceback
	frames  [frameCaptureMax]*FrameObject
	ntbs    int
	nframes int
	// localsShown is whether Frame.LocalsDict read the frame's locals
	// while it runs (list_slicecopy.go).
	localsShown bool
}

// inUse reports whether anything has been shown the running frame's
// locals: then its return must release the record.
func (c *frameCaptures) inUse() bool {
	return c.ntbs+c.nframes != 0 || c.localsShown
}

// captureTraceback makes tb show f's locals (f is a function frame).
func (f *Frame) captureTraceback(tb *Traceback) {
	c := f.capturesOf()
	if c.ntbs == frameCaptureMax {
		old := c.tbs[0]
		old.regs, old.frame = frameVarRegs(f), nil
		copy(c.tbs[:], c.tbs[1:])
		c.ntbs--
	}
	tb.frame = f
	c.tbs[c.ntbs] = tb
	c.ntbs++
}

// captureFrameObject makes fo's f_locals follow f's locals, if f is a
// function frame (module and class bodies show their namespace itself).
func (f *Frame) captureFrameObject(fo *FrameObject) {
	if f.Code.Flags&compileFlagNewLocals == 0 || fo.Locals.p == nil || fo.Locals.Type() != DictType {
		return
	}
	c := f.capturesOf()
	if c.nframes == frameCaptureMax {
		c.frames[0].running = nil // its f_locals stay as last updated
		copy(c.frames[:], c.frames[1:])
		c.nframes--
	}
	fo.running = f
	c.frames[c.nframes] = fo
	c.nframes++
}

// capturesOf returns f's record, making it on first use.
func (f *Frame) capturesOf() *frameCaptures {
	if f.captures == nil {
		f.captures = &frameCaptures{}
	}
	return f.captures
}

// release gives the traceback entries and frame objects made for f the
// variables f ends with, and empties the record. It runs before f's
// registers are cleared or reused.
func (c *frameCaptures) release(f *Frame) {
	if c.ntbs > 0 {
		regs := frameVarRegs(f)
		for i, tb := range c.tbs[:c.ntbs] {
			tb.regs, tb.frame = regs, nil
			c.tbs[i] = nil
		}
		c.ntbs = 0
	}
	for i, fo := range c.frames[:c.nframes] {
		updateLocals(f.Code, f.Regs, as[Dict](fo.Locals))
		fo.running = nil
		c.frames[i] = nil
	}
	c.nframes = 0
	c.localsShown = false
}

// frameVarRegs returns a copy of the registers of f's variables: its
// locals, cells and free variables.
func frameVarRegs(f *Frame) []Value {
	code := f.Code
	n := min(code.NumLocals+len(code.Cellvars)+len(code.Freevars), len(f.Regs))
	return append(make([]Value, 0, max(n, 1)), f.Regs[:n]...)
}
