package runtime

// This file defines generator objects: a suspended frame with its own
// registers, resumed by next(), send(), throw() and close(), including
// delegation to a sub-iterator (yield from).

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/compile"
)

// Generator is a generator object.
type Generator struct {
	Object
	frame    *Frame
	fn       *Function
	Name     string
	Qualname string
	running  bool
	finished bool
	// poolClass is the index plus one of the generator's allocation in
	// genInlineRegs (zero: registers allocated apart), and loopOwned says
	// that only a for loop's temporaries refer to it, which recycle it
	// when it is exhausted (generator_loop.go). Beside the flags above,
	// they take no room.
	poolClass int8
	loopOwned bool
	// handled is the generator's own "exception being handled" while it
	// is suspended inside an except clause.
	handled Value
	// retval is the value the generator returned, until StopIterationFor
	// delivers it.
	retval Value
	// watched says the collector closes the generator if it is dropped
	// while suspended (see newWatchedGenerator); res is then its resource
	// record, or nil.
	watched bool
	res     *Resource
}

// GeneratorType is the type of generators.
var GeneratorType = NewBuiltinType("generator", ObjectType, LayoutOther, 0)

// newGenerator makes a generator for a call of fn, with the constants
// loaded and the parameters still unbound. Its frame, which outlives the
// call, is not pooled but has registers of its own, and shares the
// generator's allocation: the two live and die together.
func newGenerator(th *Thread, fn *Function) *Generator {
	code := fn.Code
	if len(code.ExcTable) > 0 {
		return newWatchedGenerator(th, fn)
	}
	profileNew(GeneratorType, profGeneratorSize+profValueSize*uintptr(code.NumRegs))
	g, f := genAllocFrame(&th.exec, code)
	// Field by field, and only the fields that differ: a recycled
	// generator (generator_loop.go) usually ran the same function, and
	// while the collector runs every pointer store pays a write barrier.
	// Assigning whole struct values would copy them with a bulk one.
	if g.typ != GeneratorType {
		g.typ = GeneratorType
	}
	if g.fn != fn {
		g.fn = fn
	}
	if g.Name != fn.Name {
		g.Name = fn.Name
	}
	if g.Qualname != fn.Qualname {
		g.Qualname = fn.Qualname
	}
	if g.frame != f {
		g.frame, f.gen = f, g
	}
	if f.Code != code {
		f.Code = code
	}
	if f.Globals != fn.Globals {
		f.Globals = fn.Globals
	}
	if f.Builtins != fn.Builtins {
		f.Builtins = fn.Builtins
	}
	if f.Func != fn {
		f.Func = fn
	}
	// A loop, not copy(): a typed copy pays a bulk barrier, and a recycled
	// generator of the same code has its constants in place already.
	kregs := f.Regs[code.KBase:]
	for i, k := range code.KVals {
		if kregs[i] != k {
			kregs[i] = k
		}
	}
	return g
}

// callGenerator calls the generator function fn: a new generator with
// the arguments bound, its code not started.
func (th *Thread) callGenerator(fn *Function, args []Value) (*Generator, error) {
	g := newGenerator(th, fn)
	f := g.frame
	if err := bindArgs(th, fn, f.Regs, args, nil); err != nil {
		return nil, err
	}
	code := fn.Code
	copy(f.Regs[code.NumLocals+len(code.Cellvars):], fn.Closure)
	return g, nil
}

// genFrameWith is a generator, its frame and the frame's registers in
// one allocation, for a register count of at most len(R).
type genFrameWith[R any] struct {
	g    Generator
	f    Frame
	regs R
}

// genAllocFrame allocates a generator and its frame with registers for
// code (f.Regs set, everything else zero, or for a recycled generator
// the registers zero but code's constants, see genReuse). Most generator functions are small,
// so their registers share the allocation too: one object for the
// collector instead of two; a generator a for loop has recycled is
// reused first. Race builds need padding after the registers
// (regview_race.go) and allocate them apart.
func genAllocFrame(ex *threadExec, code *Code) (*Generator, *Frame) {
	nregs := code.NumRegs
	k := genClassFor(nregs)
	if k >= 0 {
		if g, f := ex.genReuse(k, code); g != nil {
			return g, f
		}
	}
	var g *Generator
	var f *Frame
	switch k {
	case 0:
		g, f = genAllocInline[[7]Value](nregs)
	case 1:
		g, f = genAllocInline[[11]Value](nregs)
	case 2:
		g, f = genAllocInline[[15]Value](nregs)
	case 3:
		g, f = genAllocInline[[19]Value](nregs)
	case 4:
		g, f = genAllocInline[[27]Value](nregs)
	case 5:
		g, f = genAllocInline[[35]Value](nregs)
	default:
		s := new(genFrameWith[struct{}])
		s.f.Regs = make([]Value, nregs, nregs+regsViewPad)
		return &s.g, &s.f
	}
	g.poolClass = int8(k + 1)
	return g, f
}

// genAllocInline is genAllocFrame with the registers in the allocation;
// R is an array of at least nregs Values. The registers' capacity is the
// whole array, so that a recycled generator's frame reslices them
// without storing a pointer.
func genAllocInline[R any](nregs int) (*Generator, *Frame) {
	s := new(genFrameWith[R])
	s.f.Regs = unsafe.Slice((*Value)(unsafe.Pointer(&s.regs)), unsafe.Sizeof(s.regs)/unsafe.Sizeof(Value{}))[:nregs]
	return &s.g, &s.f
}

// resume runs the generator until it yields (done false) or returns (done
// true, v is the return value), or raises. send is the value sent (zero or
// None for next()); throw, if non-nil, is raised at the suspension point.
func (g *Generator) resume(th *Thread, send Value, throw error) (v Value, done bool, err error) {
	if g.running {
		return Value{}, false, Errorf(ValueError, "generator already executing")
	}
	if g.finished {
		// A return value not delivered to whoever saw the generator
		// finish (a for loop, list()) is not delivered later: next() on
		// an exhausted generator raises a plain StopIteration.
		if g.retval.p != nil {
			g.retval = Value{}
		}
		if throw != nil {
			return Value{}, false, throw
		}
		return None, true, nil
	}
	// No defer: a Go panic ends the program (vm.runGuarded), so the flag
	// needs resetting on the normal return only, and a defer would cost
	// more than the rest of a resumption's bookkeeping.
	g.running = true
	v, done, err = g.step(th, send, throw, false)
	g.running = false
	return v, done, err
}

// step is resume for a generator that is neither running nor finished.
// fromJIT: the JIT resumes it at its PC, in the middle of its body
// (generator_jit.go): nothing is sent, and throw, if not nil, is raised
// there.
func (g *Generator) step(th *Thread, send Value, throw error, fromJIT bool) (v Value, done bool, err error) {
	f := g.frame
	if !fromJIT {
		started := f.PC > 0
		if !started && throw == nil && send.p != nil && !send.IsNone() {
			return Value{}, false, Errorf(TypeError, "can't send non-None value to a just-started generator")
		}
		if send.p == nil {
			send = None
		}
		insns := f.Code.Insns
		inYieldFrom := started && compile.Opcode(insns[f.PC-1]) != compile.YIELD
		if throw != nil && inYieldFrom {
			w := insns[f.PC]
			sub := f.Regs[compile.B(w)]
			r, subDone, e := throwInto(th, sub, throw)
			switch {
			case e == nil && !subDone:
				return r, false, nil // the sub-iterator yielded
			case e == nil && subDone:
				f.Regs[compile.A(w)] = r
				f.PC++
				throw = nil
			default:
				throw = e
				f.PC++ // the exception appears to come from the YIELDFROM
			}
		} else if throw == nil && started {
			if inYieldFrom {
				f.sendVal = send
			} else if compile.Opcode(insns[f.PC-1]) == compile.YIELD {
				// Compared first: next() sends None, which the register
				// usually holds already.
				if r := &f.Regs[compile.A(insns[f.PC-1])]; *r != send {
					*r = send
				}
			}
		} else if throw != nil && !started {
			// Thrown into a just-started generator: it finishes at once.
			g.finished = true
			return Value{}, false, throw
		}
	}
	if err := th.enterCall(); err != nil {
		return Value{}, false, err
	}
	// Pointer fields are stored only when they change: while the
	// collector runs every pointer store pays a write barrier, and most
	// resumptions neither throw nor handle an exception.
	if throw != nil || f.throw != nil {
		f.throw = throw
	}
	if f.Back != th.exec.frame {
		f.Back = th.exec.frame
	}
	th.exec.frame = f
	saved := th.exec.handled
	if g.handled.p != nil {
		th.exec.handled = g.handled
	}
	r, e := th.run(f)
	if th.exec.handled.p != saved.p || th.exec.handled.n != saved.n {
		g.handled = th.exec.handled
		th.exec.handled = saved
	} else if g.handled.p != nil {
		g.handled = Value{}
	}
	th.exec.frame = f.Back
	// A suspended frame's Back is stale (nothing follows it: frame
	// objects check that the frame is on the stack), and is kept so that
	// the next resumption from the same caller stores nothing. A watched
	// generator drops it: Go does not finalize an object on a cycle, and
	// the caller's registers may refer to the generator.
	if g.watched {
		f.Back = nil
	}
	th.depth--
	if e != nil {
		g.finish()
		if IsInstanceOf(e, StopIteration) {
			re := NewException(RuntimeError, NewStr("generator raised StopIteration"))
			re.Cause = ValueOf(AsException(e))
			re.Context = re.Cause
			re.SuppressContext = true
			return Value{}, false, re
		}
		return Value{}, false, e
	}
	if f.yielded {
		f.yielded = false
		return r, false, nil
	}
	g.finish()
	if r != None || g.retval.p != nil {
		g.retval = r
	}
	return r, true, nil
}

func (g *Generator) finish() {
	g.finished = true
	if g.watched {
		generatorFinished(g)
	}
	if c := g.frame.captures; c != nil && c.ntbs+c.nframes != 0 {
		c.release(g.frame) // before the registers go
	}
	if g.poolClass != 0 {
		g.frame.Regs = g.frame.Regs[:0] // inline: nothing to free, and no pointer store
	} else {
		g.frame.Regs = nil
	}
	if g.handled.p != nil {
		g.handled = Value{}
	}
}

// throwInto throws exc into the iterator sub (for a generator suspended in
// yield from). It returns (value, false, nil) if sub yielded, (return
// value, true, nil) if it finished, or the exception it raised.
func throwInto(th *Thread, sub Value, exc error) (Value, bool, error) {
	if sub.Type() == GeneratorType {
		return as[Generator](sub).resume(th, Value{}, exc)
	}
	e := AsException(exc)
	if e.typ.IsSubtype(GeneratorExit) {
		if closeFn, ok, err := GetAttrOK(th, sub, "close"); err != nil {
			return Value{}, false, err
		} else if ok {
			if _, err := Call(th, closeFn, nil, nil); err != nil {
				return Value{}, false, err
			}
		}
		return Value{}, false, exc
	}
	throwFn, ok, err := GetAttrOK(th, sub, "throw")
	if err != nil {
		return Value{}, false, err
	}
	if !ok {
		return Value{}, false, exc
	}
	r, err := Call(th, throwFn, []Value{ValueOf(e)}, nil)
	if err != nil {
		if IsInstanceOf(err, StopIteration) {
			return stopValue(AsException(err)), true, nil
		}
		return Value{}, false, err
	}
	return r, false, nil
}

// yieldFromStep advances the sub-iterator of a yield from by one step.
func yieldFromStep(th *Thread, sub, send Value) (Value, bool, error) {
	if sub.Type() == GeneratorType {
		return as[Generator](sub).resume(th, send, nil)
	}
	if send.p == nil || send.IsNone() {
		v, ok, err := Next(th, sub)
		if err != nil {
			return Value{}, false, err
		}
		if !ok {
			return None, true, nil
		}
		return v, false, nil
	}
	v, err := CallMethod(th, sub, "send", send)
	if err != nil {
		if IsInstanceOf(err, StopIteration) {
			return stopValue(AsException(err)), true, nil
		}
		return Value{}, false, err
	}
	return v, false, nil
}

// StopIterationFor returns the StopIteration that next(it) raises when the
// iterator it is exhausted: for a generator that has just returned a
// value, one carrying that value (once), else a plain one. The builtin
// next() uses it, since the Next protocol does not carry return values.
func StopIterationFor(th *Thread, it Value) error {
	if it.p != nil && it.Type() == GeneratorType {
		g := as[Generator](it)
		r := g.retval
		g.retval = Value{}
		return stopIteration(th, r)
	}
	return NewException(StopIteration)
}

// stopValue returns StopIteration's value (its first argument, or None).
func stopValue(e *Exception) Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// stopIteration returns the StopIteration a finished generator raises,
// made by calling the type so that its value attribute is set.
func stopIteration(th *Thread, v Value) error {
	var args []Value
	if v.p != nil && !v.IsNone() {
		args = []Value{v}
	}
	e, err := Call(th, ValueOf(StopIteration), args, nil)
	if err != nil {
		return err
	}
	if e.Type().Layout == LayoutException {
		return as[Exception](e)
	}
	return NewException(StopIteration, args...)
}

// Send implements generator.send(v).
func (g *Generator) Send(th *Thread, v Value) (Value, error) {
	r, done, err := g.resume(th, v, nil)
	if err != nil {
		return Value{}, err
	}
	if done {
		g.retval = Value{}
		return Value{}, stopIteration(th, r)
	}
	return r, nil
}

// Throw implements generator.throw(exc).
func (g *Generator) Throw(th *Thread, exc error) (Value, error) {
	r, done, err := g.resume(th, Value{}, exc)
	if err != nil {
		return Value{}, err
	}
	if done {
		g.retval = Value{}
		return Value{}, stopIteration(th, r)
	}
	return r, nil
}

// NeedsFinalization reports whether the generator is suspended (so that
// closing it when it becomes garbage would run code).
func (g *Generator) NeedsFinalization() bool { return !g.finished && g.frame.PC > 0 }

// Close implements generator.close().
func (g *Generator) Close(th *Thread) error {
	if g.finished {
		return nil
	}
	if g.frame.PC == 0 {
		g.finish()
		return nil
	}
	_, done, err := g.resume(th, Value{}, NewException(GeneratorExit))
	if err != nil {
		if IsInstanceOf(err, GeneratorExit) || IsInstanceOf(err, StopIteration) {
			return nil
		}
		return err
	}
	if !done {
		return Errorf(RuntimeError, "generator ignored GeneratorExit")
	}
	return nil
}

func init() {
	GeneratorType.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
	// A suspended generator that becomes garbage is closed, so that its
	// finally clauses run (when the object lifetime machinery calls it).
	GeneratorType.Finalize = func(th *Thread, v Value) error { return as[Generator](v).Close(th) }
	GeneratorType.Next = func(th *Thread, v Value) (Value, bool, error) {
		r, done, err := as[Generator](v).resume(th, Value{}, nil)
		if err != nil || done {
			return Value{}, false, err
		}
		return r, true, nil
	}
	GeneratorType.Repr = func(th *Thread, v Value) (Value, error) {
		return NewStr("<generator object " + as[Generator](v).Qualname + " at " + hexAddr(v) + ">"), nil
	}
	GeneratorType.AddMethod("__next__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__next__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		g := as[Generator](self)
		r, done, err := g.resume(th, Value{}, nil)
		if err != nil {
			return Value{}, err
		}
		if done {
			g.retval = Value{}
			return Value{}, stopIteration(th, r)
		}
		return r, nil
	})
	GeneratorType.AddMethod("send", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("send", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return as[Generator](self).Send(th, args[0])
	})
	GeneratorType.AddMethod("throw", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("throw", args, kwnames, 1, 3); err != nil {
			return Value{}, err
		}
		var exc *Exception
		typ := args[0]
		if typ.Type().Layout == LayoutType && as[Type](typ).IsSubtype(BaseException) {
			var cargs []Value
			if len(args) > 1 && !args[1].IsNone() {
				if args[1].Type().Layout == LayoutException {
					exc = as[Exception](args[1])
				} else {
					cargs = []Value{args[1]}
				}
			}
			if exc == nil {
				r, err := Call(th, typ, cargs, nil)
				if err != nil {
					return Value{}, err
				}
				exc = as[Exception](r)
			}
		} else if typ.Type().Layout == LayoutException {
			if len(args) > 1 && !args[1].IsNone() {
				return Value{}, Errorf(TypeError, "instance exception may not have a separate value")
			}
			exc = as[Exception](typ)
		} else {
			return Value{}, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", TypeName(typ))
		}
		if len(args) > 2 && !args[2].IsNone() {
			exc.Traceback = args[2]
		}
		return as[Generator](self).Throw(th, exc)
	})
	GeneratorType.AddMethod("close", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("close", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return None, as[Generator](self).Close(th)
	})
	GeneratorType.AddGetSet("gi_running", func(th *Thread, v Value) (Value, error) { return Bool(as[Generator](v).running), nil }, nil)
	GeneratorType.AddGetSet("gi_code", func(th *Thread, v Value) (Value, error) { return ValueOf(as[Generator](v).fn.Code), nil }, nil)
	GeneratorType.AddGetSet("gi_frame", func(th *Thread, v Value) (Value, error) {
		g := as[Generator](v)
		if g.finished {
			return None, nil
		}
		return NewFrameObject(g.frame), nil
	}, nil)
	GeneratorType.AddGetSet("gi_yieldfrom", func(th *Thread, v Value) (Value, error) {
		g := as[Generator](v)
		f := g.frame
		if g.finished || g.running || f.PC == 0 || compile.Opcode(f.Code.Insns[f.PC-1]) == compile.YIELD {
			return None, nil
		}
		sub := f.Regs[compile.B(f.Code.Insns[f.PC])]
		if sub.Type() == GeneratorType {
			as[Generator](sub).loopOwned = false // handed out: not recycled
		}
		return sub, nil
	}, nil)
	GeneratorType.AddGetSet("gi_suspended", func(th *Thread, v Value) (Value, error) {
		g := as[Generator](v)
		return Bool(!g.finished && !g.running && g.frame.PC > 0), nil
	}, nil)
	GeneratorType.AddGetSet("__name__", func(th *Thread, v Value) (Value, error) { return NewStr(as[Generator](v).Name), nil }, nil)
	GeneratorType.AddGetSet("__qualname__", func(th *Thread, v Value) (Value, error) { return NewStr(as[Generator](v).Qualname), nil }, nil)
}
