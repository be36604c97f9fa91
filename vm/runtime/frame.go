package runtime

// This file defines frames and the thread's register stack.

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// Frame is the activation of a code object: a module body, a class body,
// a function call or a generator.
//
// Layout, for the JIT and the profiler (keep in sync with their offsets):
//
//	Code      the code being run; Code.Insns[PC] is the next instruction
//	Regs      the registers (len = Code.NumRegs), laid out as the compile
//	          package describes: locals | cells | frees | temporaries |
//	          constants. An unbound local is the zero Value.
//	PC        the index of the next instruction; while an instruction runs
//	          (and while a call it made runs) PC is one past it, so the
//	          current line of any frame on the stack is Code.Line(PC-1).
//	Back      the calling frame (nil at the bottom of the thread's stack)
//
// Frames of ordinary calls live in a per-thread pool and their registers
// in windows of the thread's register stack; both are reused after the
// call returns, so nothing may keep a *Frame beyond the call (tracebacks
// record code and PC instead). Generator frames are allocated on the heap
// with their own registers, since they outlive the call that made them;
// those of generators a for loop made and exhausted are reused
// (generator_loop.go).
type Frame struct {
	Code     *Code
	Regs     []Value
	PC       int
	Back     *Frame
	Globals  *Dict
	Builtins *Dict
	// Locals is the namespace of a module or class body (nil for
	// function frames, whose locals are registers). Usually a dict; a
	// metaclass's __prepare__ may supply another mapping.
	Locals Value
	// Func is the function being run (nil for module code).
	Func *Function

	gen     *Generator // the generator owning this frame, or nil
	sendVal Value      // value sent into a suspended YIELDFROM
	throw   error      // exception to raise on resumption (generator.throw)
	yielded bool       // set by YIELD/YIELDFROM when run returns a yielded value

	// Pooled frames: base is the window's start in the thread's current
	// stack chunk. A frame whose window starts a new chunk records the
	// chunk and sp to return to when it is popped (prevStack is nil for
	// the others, and for the first chunk, which has nothing before it).
	base      int
	prevStack []Value
	prevSP    int

	// catStr is the last str built by strIAdd, over catBuf's bytes.
	catStr *Str
	catBuf []byte

	// captures are the traceback entries and frame objects that show this
	// function frame's locals while it runs (frame_captures.go); a pooled
	// frame keeps the emptied record for its next call.
	captures *frameCaptures
}

// Line returns the current source line of the frame.
func (f *Frame) Line() int {
	pc := f.PC - 1
	if pc < 0 {
		pc = 0
	}
	return f.Code.Line(pc)
}

// regs returns the frame's registers as a fixed-size array pointer, so the
// interpreter indexes them with uint8 operands and no bounds checks. The
// compiler guarantees operands are below NumRegs. Register arrays are
// allocated with regsViewPad slack after them, so that under the race
// detector the view stays inside the allocation.
func (f *Frame) regs() *[256]Value {
	if len(f.Regs) == 0 {
		return nil
	}
	return (*[256]Value)(unsafe.Pointer(unsafe.SliceData(f.Regs)))
}

// stackChunk is the size of a chunk of a thread's register stack after
// the first, which is firstStackChunk: most programs never call deeper
// than the first holds, and the collector scans a chunk whole, so a
// 512-KB first chunk was half a MiB of every program's RSS.
const (
	stackChunk      = 32 << 10
	firstStackChunk = 2 << 10
)

// threadExec is the engine's per-thread state.
type threadExec struct {
	frame *Frame // the current frame (top of the Python stack)
	stack []Value
	sp    int
	// spare is the last chunk popped off the stack, all zero, kept for
	// the next grow: a call depth going back and forth across the end of
	// a chunk would otherwise allocate a chunk every time.
	spare   []Value
	pool    []*Frame // reusable frames, by call depth
	nframes int

	// limit is the interpreter's recursion limit, kept here so that every
	// call checks it with one load (see Interpreter.SetRecursionLimit).
	limit int

	handled Value // the exception being handled (sys.exception()), or zero

	genPool genPool // generators recycled by for loops (generator_loop.go)

	// sliceTemp is the last temporary list a slicing GETITEM made, and
	// spareList one whose assignment is done, to be refilled
	// (list_slicetemp.go).
	sliceTemp, spareList *List

	// ownedList is the list a copy site last made in ownedFrame, for the
	// next copy site of that frame to refill (list_slicecopy.go).
	ownedList  *List
	ownedFrame *Frame

	// kwMethodSelf and kwMethodFn are the object and the unbound method
	// of `obj.method(..., key=value)` between its GETATTR and its CALLKW
	// (method_kwcall.go).
	kwMethodSelf, kwMethodFn Value
	// kwMethodDrops says that call's result is dropped, and resultDropped
	// tells the method so while it starts (Thread.ResultDropped).
	kwMethodDrops, resultDropped bool
}

// CurrentFrame returns the thread's innermost frame, or nil.
func (th *Thread) CurrentFrame() *Frame { return th.exec.frame }

// pushFrame makes a pooled frame for code with a register window, links
// it as the current frame and preloads its constants.
func (th *Thread) pushFrame(code *Code, globals, builtins *Dict) *Frame {
	return th.pushFrameArgs(code, globals, builtins, nil)
}

// pushFrameArgs is pushFrame with the first registers set to args.
//
// Every register of the stack above the thread's sp is zero (new chunks
// are, and popFrame clears the whole window it releases), so a new window
// needs no clearing: only the arguments and the constants are stored.
func (th *Thread) pushFrameArgs(code *Code, globals, builtins *Dict, args []Value) *Frame {
	ex := &th.exec
	n := code.NumRegs
	if ex.nframes == len(ex.pool) || ex.sp+n > len(ex.stack) {
		ex.grow(n)
	}
	f := ex.pool[ex.nframes]
	ex.nframes++
	regs := ex.stack[ex.sp : ex.sp+n : ex.sp+n]
	f.base, f.Regs = ex.sp, regs
	ex.sp += n
	f.Code, f.Globals, f.Builtins, f.PC = code, globals, builtins, 0
	// Loops, not copy(): a call passes a few arguments and a body has a few
	// constants, too few to pay for the runtime's typed copy.
	// The windows are resliced to the loops' lengths so that the
	// compiler drops the index checks inside them.
	kvals := code.KVals
	argRegs, kregs := regs[:len(args)], regs[code.KBase:][:len(kvals)]
	for i, a := range args {
		argRegs[i] = a
	}
	for i, k := range kvals {
		kregs[i] = k
	}
	f.Back = ex.frame
	ex.frame = f
	return f
}

// grow makes room for one more pooled frame with n registers: the slow
// path of pushFrameArgs, kept out of it so that the common path stays
// short.
//
//go:noinline
func (ex *threadExec) grow(n int) {
	if ex.nframes == len(ex.pool) {
		ex.pool = append(ex.pool, &Frame{})
	}
	if ex.sp+n > len(ex.stack) {
		f := ex.pool[ex.nframes]
		f.prevStack, f.prevSP = ex.stack, ex.sp
		switch {
		case len(ex.spare) >= n:
			ex.stack, ex.spare = ex.spare, nil
		case ex.stack == nil:
			size := max(firstStackChunk, n)
			ex.stack = make([]Value, size, size+regsViewPad)
		default:
			size := max(stackChunk, n)
			ex.stack = make([]Value, size, size+regsViewPad)
		}
		ex.sp = 0
	}
}

// pushFrameSelfArgs is pushFrameArgs with the arguments self, args...
func (th *Thread) pushFrameSelfArgs(code *Code, globals, builtins *Dict, self Value, args []Value) *Frame {
	f := th.pushFrameArgs(code, globals, builtins, nil)
	f.Regs[0] = self
	rest := f.Regs[1:]
	for i, a := range args {
		rest[i] = a
	}
	return f
}

// popFrame unlinks the current pooled frame. It clears the whole window,
// constants included, which drops the frame's references now and keeps
// the stack above sp zero for pushFrameArgs. The fields that pushFrameArgs
// overwrites anyway are left alone, except the references that would
// otherwise keep objects alive while the frame sits in the pool.
func (th *Thread) popFrame(f *Frame) {
	ex := &th.exec
	if c := f.captures; c != nil && c.inUse() {
		c.release(f)
	}
	if f == ex.ownedFrame {
		ex.ownedList, ex.ownedFrame = nil, nil
	}
	// clear(), not a loop of stores: each Value store checks whether the
	// write barrier is on, and the runtime's memclrHasPointers checks once
	// and clears with wide stores. Measured on fib (9 registers), the call
	// and return cost 7 percent less of the program's CPU time.
	clear(f.Regs)
	ex.frame = f.Back
	ex.sp = f.base
	if f.prevStack != nil {
		ex.spare = ex.stack
		ex.stack, ex.sp = f.prevStack, f.prevSP
		f.prevStack = nil
	}
	ex.nframes--
	f.Back, f.Func, f.Globals, f.Locals = nil, nil, nil, Value{}
	if f.catStr != nil {
		f.catStr, f.catBuf = nil, nil
	}
}

// HandledException returns the exception currently being handled (what
// sys.exception() and sys.exc_info() report), or the zero Value.
func (th *Thread) HandledException() Value { return th.exec.handled }

// SetHandledException replaces the exception being handled (zero: none).
func (th *Thread) SetHandledException(v Value) { th.exec.handled = v }

// LocalsDict returns the frame's local variables as a new dict (locals()
// in a function), or its namespace for module and class bodies. Cells and
// free variables are included with their contents; unbound names are
// left out.
func (f *Frame) LocalsDict() Value {
	if f.Code.Flags&compileFlagNewLocals == 0 {
		if f.Locals.p != nil {
			return f.Locals
		}
		return ValueOf(f.Globals)
	}
	f.capturesOf().localsShown = true // list_slicecopy.go
	d := NewDict()
	updateLocals(f.Code, f.Regs, d)
	return ValueOf(d)
}

// updateLocals stores the bound local variables (cells and free variables
// by their contents) of a function frame of code with registers regs in
// d, and deletes from it those that are unbound, as CPython's
// PyFrame_FastToLocals updates f_locals. regs may end after the free
// variables.
func updateLocals(code *Code, regs []Value, d *Dict) {
	set := func(name string, v Value) {
		if v.p != nil {
			d.SetStr(name, v)
		} else if _, ok := d.GetStr(name); ok {
			d.DeleteStr(name)
		}
	}
	for i, name := range code.Varnames {
		set(name, regs[i])
	}
	for i, name := range code.Cellvars {
		set(name, cellContents(regs[code.NumLocals+i]))
	}
	for i, name := range code.Freevars {
		set(name, cellContents(regs[code.NumLocals+len(code.Cellvars)+i]))
	}
}

// cellContents returns what the cell c holds, or the zero Value if c is
// not a cell or is empty.
func cellContents(c Value) Value {
	if c.p != nil && c.Type() == CellType {
		return as[Cell](c).Contents
	}
	return Value{}
}

// ZeroArgSuper returns the arguments of a zero-argument super() called
// from frame f: the class in the __class__ cell and the first argument of
// the function, with CPython's RuntimeErrors.
func (f *Frame) ZeroArgSuper() (cls, self Value, err error) {
	code := f.Code
	if code.ArgCount == 0 && code.Flags&compileFlagVarArgs == 0 {
		return Value{}, Value{}, Errorf(RuntimeError, "super(): no arguments")
	}
	self = f.Regs[0]
	// The first parameter may have been captured: its register holds the cell.
	for i, name := range code.Cellvars {
		if len(code.Varnames) > 0 && name == code.Varnames[0] {
			if c := f.Regs[code.NumLocals+i]; c.p != nil && c.Type() == CellType {
				self = as[Cell](c).Contents
			}
		}
	}
	if self.p == nil {
		return Value{}, Value{}, Errorf(RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range code.Freevars {
		if name != "__class__" {
			continue
		}
		c := f.Regs[code.NumLocals+len(code.Cellvars)+i]
		cls = as[Cell](c).Contents
		if cls.p == nil {
			return Value{}, Value{}, Errorf(RuntimeError, "super(): empty __class__ cell")
		}
		if cls.Type().Layout != LayoutType {
			return Value{}, Value{}, Errorf(RuntimeError, "super(): __class__ is not a type (%s)", TypeName(cls))
		}
		return cls, self, nil
	}
	return Value{}, Value{}, Errorf(RuntimeError, "super(): __class__ cell not found")
}

const (
	compileFlagNewLocals = compile.FlagNewLocals
	compileFlagVarArgs   = compile.FlagVarArgs
)

// FrameObject is a Python frame object (type "frame"): a view of a Frame
// for introspection (sys._getframe(), generator.gi_frame,
// traceback.tb_frame). Since pooled frames are reused after their call
// returns, it copies what it shows when it is made; f_back is built on
// demand while the frame is still live.
type FrameObject struct {
	Object
	Code    *Code
	Globals *Dict
	Locals  Value // a snapshot (function frames) or the namespace
	Lineno  int
	Lasti   int
	back    *Frame // the live caller, valid while live is true
	live    *Frame
	// running is the function frame while it has not returned: f_locals
	// then updates Locals from its registers (frame_captures.go).
	running *Frame
}

// FrameType is the type of frame objects.
var FrameType = NewBuiltinType("frame", ObjectType, LayoutOther, 0)

// NewFrameObject returns a frame object describing f now.
func NewFrameObject(f *Frame) Value {
	genEscapes(f)
	fo := &FrameObject{Object: Object{typ: FrameType}, Code: f.Code, Globals: f.Globals,
		Locals: f.LocalsDict(), Lineno: f.Line(), Lasti: max(f.PC-1, 0), back: f.Back, live: f}
	f.captureFrameObject(fo)
	return ValueOf(fo)
}

func init() {
	get := func(fn func(fo *FrameObject) Value) func(*Thread, Value) (Value, error) {
		return func(th *Thread, v Value) (Value, error) { return fn(as[FrameObject](v)), nil }
	}
	FrameType.AddGetSet("f_code", get(func(fo *FrameObject) Value { return ValueOf(fo.Code) }), nil)
	FrameType.AddGetSet("f_globals", get(func(fo *FrameObject) Value { return ValueOf(fo.Globals) }), nil)
	FrameType.AddGetSet("f_locals", get(func(fo *FrameObject) Value {
		if fo.running != nil {
			updateLocals(fo.running.Code, fo.running.Regs, as[Dict](fo.Locals))
		}
		return fo.Locals
	}), nil)
	FrameType.AddGetSet("f_lineno", get(func(fo *FrameObject) Value { return Int(int64(fo.Lineno)) }), nil)
	FrameType.AddGetSet("f_lasti", get(func(fo *FrameObject) Value { return Int(int64(fo.Lasti * 2)) }), nil)
	FrameType.AddGetSet("f_builtins", get(func(fo *FrameObject) Value {
		if fo.live != nil && fo.live.Builtins != nil {
			return ValueOf(fo.live.Builtins)
		}
		return None
	}), nil)
	FrameType.AddGetSet("f_back", func(th *Thread, v Value) (Value, error) {
		fo := as[FrameObject](v)
		// Only meaningful while the frame is on the thread's stack.
		for f := th.exec.frame; f != nil; f = f.Back {
			if f == fo.live && f.Code == fo.Code && fo.back != nil {
				return NewFrameObject(fo.back), nil
			}
		}
		return None, nil
	}, nil)
	FrameType.Repr = func(th *Thread, v Value) (Value, error) {
		fo := as[FrameObject](v)
		return NewStr("<frame at " + hexAddr(v) + ", file '" + fo.Code.Filename + "', line " + itoa(fo.Lineno) + ", code " + fo.Code.Name + ">"), nil
	}
}

// GetFrame implements sys._getframe(depth).
func GetFrame(th *Thread, depth int) (Value, error) {
	f := th.exec.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.Back
	}
	if f == nil {
		return Value{}, Errorf(ValueError, "call stack is not deep enough")
	}
	return NewFrameObject(f), nil
}

// CurrentException implements sys.exception(): the exception being
// handled, or None.
func CurrentException(th *Thread) Value {
	if h := th.exec.handled; h.p != nil {
		return h
	}
	return None
}

// PrintException writes exc with its traceback to the file-like w,
// as the default sys.excepthook.
func PrintException(th *Thread, exc *Exception, w Value) error {
	_, err := CallMethod(th, w, "write", NewStr(FormatException(th, exc)))
	return err
}
