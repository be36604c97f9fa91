// Package compile translates a resolved syntax tree into register bytecode
// for the Kiln virtual machine.
//
// # The machine
//
// Each call of a function (and each run of a module or class body) gets a
// frame holding NumRegs registers R[0..NumRegs), a window of the thread's
// value stack (generators own theirs). Registers are laid out as
//
//	locals | cells | frees | temporaries | constants
//
// Locals, parameters first, are named registers (Code.Varnames). A cell
// register holds a cell object for a local captured by an inner function;
// a free register holds a cell received through the function's closure.
// Temporaries are allocated stack-like by the compiler, per expression.
// Constant registers, from KBase, are filled with Consts[KRegs[i]] when the
// frame is entered, so arithmetic reads constants like any other operand
// (no LOADK in loops). Module and class bodies have no local registers:
// their names live in a namespace dict (LOADNAME/STORENAME).
//
// # Instructions
//
// An instruction is one uint32: the opcode in bits 0-7 and three 8-bit
// operands A (bits 8-15), B (16-23) and C (24-31); some use the 16-bit Bx
// (B and C) or the 24-bit Ax (A, B and C). Jumps that need a register
// carry their absolute target in the following word. Operands are
// registers, constant indices, name indices or small integers, as the
// opcode table (opcode.go) says. Compare-and-branch is fused (JLT A B C
// +target), so `while i < n:` costs one dispatch per iteration. Every
// backward jump is a loop back-edge: the interpreter counts it and checks
// for pending work there.
//
// # Exception table
//
// There is no block stack. Code.ExcTable lists ranges [Start, End) of
// instruction indices; when an instruction in a range raises, the
// exception is stored in register Reg and execution continues at Handler.
// Inner ranges come first. Handlers save and restore the thread's "current
// handled exception" (sys.exception()) with PUSHEXC/POPEXC; `finally`
// bodies are compiled twice, once inline for the normal path (and for each
// break/continue/return leaving the try) and once as the handler, which
// ends with RERAISE.
//
// Calls come in four shapes: CALL (positional arguments in consecutive
// registers after the callee), CALLKW (the same, the last arguments named
// by a constant list of keyword names), CALLEX (f(*args, **kwargs) with a
// tuple and a dict) and GETMETHOD+CALLMETHOD for obj.m(args), which leaves
// the function and obj in two registers so that no bound method object is
// made. Comprehensions are nested functions called with their first
// iterator (list, set and dict comprehensions are marked FlagInlined and
// look inlined in tracebacks, as PEP 709 makes them in CPython 3.12).
//
// The type parameters of generic functions and classes and the values of
// type aliases (PEP 695) live in annotation scopes, compiled as hidden
// functions; see typeparams.go.
//
// # Position table
//
// Code.Positions maps every instruction to the source span (line, column,
// end line, end column) of the expression or statement it evaluates, the
// span CPython 3.12 would underline in a traceback: the call f(x) in
// `y = 1 + f(x)`, the `a / b` of a ZeroDivisionError. Binary operations
// and subscripts also carry an Anchor (the operator, the index) so that
// tracebacks can print CPython's `~~^~~`.
//
// # Static errors and warnings
//
// Compile returns the errors CPython's symtable and compiler report as
// SyntaxError ('return' outside function, nonlocal and global conflicts,
// unreachable patterns, ...) as *Error with the offending span, and records
// CPython's compile-time SyntaxWarnings in Code.Warnings.
package compile

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/kilnpy/kiln/vm/resolve"
	"github.com/kilnpy/kiln/vm/syntax"
)

// Error is a compile-time error (reported as SyntaxError).
type Error = resolve.Error

// Mode selects what a module is compiled as.
type Mode int

// Compilation modes, as for the builtin compile().
const (
	Exec   Mode = iota // a module: statements; returns None
	Eval               // a single expression statement; returns its value
	Single             // interactive: expression statements print via sys.displayhook
)

// kmark is added to a constant index to denote "the constant register for
// that constant" in operands before KBase is known.
const kmark = 1 << 20

// Compile compiles a module.
func Compile(mod *syntax.Module, mode Mode) (code *Code, err error) {
	return CompileFlags(mod, mode, 0)
}

// CompileFlags compiles a module with the future features in flags (as
// compile()'s flags argument, e.g. FlagFutureAnnotations) turned on in
// addition to those its own future statements turn on.
func CompileFlags(mod *syntax.Module, mode Mode, flags uint32) (code *Code, err error) {
	return CompileOptimize(mod, mode, flags, 0)
}

// CompileOptimize is CompileFlags at an optimization level, as -O sets
// it: 1 drops assert statements and makes __debug__ False, 2 also drops
// docstrings.
func CompileOptimize(mod *syntax.Module, mode Mode, flags uint32, optimize int) (code *Code, err error) {
	leading, own, err := futureScan(mod.Filename, mod.Body)
	if err != nil {
		return nil, err
	}
	info, err := resolve.File(mod)
	if err != nil {
		return nil, err
	}
	c := &compiler{filename: mod.Filename, info: info, mode: mode, futureLeading: leading, futureFlags: (flags | own) & FlagFutureAnnotations, optimize: optimize}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok {
				code, err = nil, e
				return
			}
			panic(r)
		}
	}()
	c.push(info.Module, "<module>", 1)
	body := mod.Body
	if mode == Eval && len(body) == 1 {
		if es, ok := body[0].(*syntax.ExprStmt); ok {
			c.setSpan(es.Value.GetSpan())
			r := c.expr(es.Value)
			c.emit(RETURN, r, 0, 0)
			code = c.pop()
			code.Warnings = c.warnings
			return code, nil
		}
	}
	if mode == Exec {
		c.storeDocstring(body)
	}
	c.stmts(body)
	c.returnNone()
	code = c.pop()
	code.Warnings = c.warnings
	return code, nil
}

// paramsInSourceOrder lists a function's parameters as written (*args
// before the keyword-only ones), the order of __annotations__; the
// register order of resolve.ParamNames puts *args after them.
func paramsInSourceOrder(a *syntax.Arguments) []*syntax.Arg {
	if a == nil {
		return nil
	}
	out := append(append([]*syntax.Arg(nil), a.PosOnlyArgs...), a.Args...)
	if a.VarArg != nil {
		out = append(out, a.VarArg)
	}
	out = append(out, a.KwOnlyArgs...)
	if a.KwArg != nil {
		out = append(out, a.KwArg)
	}
	return out
}

// storeDocstring sets __doc__ in the namespace of a module or class body
// whose first statement is a string literal, as CPython does.
func (c *compiler) storeDocstring(body []syntax.Stmt) {
	if len(body) == 0 || c.optimize >= 2 {
		return
	}
	es, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return
	}
	if k, ok := es.Value.(*syntax.Constant); ok {
		if _, ok := k.Value.(string); ok {
			c.setPos(es)
			c.emitBx(STORENAME, c.kreg(k.Value), c.nameIndex("__doc__"))
		}
	}
}

type compiler struct {
	filename string
	info     *resolve.Info
	mode     Mode
	fn       *fstate
	optimize int // the -O level: 0, 1 or 2

	// allowIrrefutable says whether the pattern being compiled may be
	// irrefutable (CPython's pattern_context.allow_irrefutable).
	allowIrrefutable bool
	// patternStores holds the names the case's pattern has captured so
	// far (compile.c's pc->stores), for the duplicate and or-pattern
	// checks.
	patternStores map[string]bool

	warnings []Warning

	futureLeading map[*syntax.ImportFrom]bool // the future statements in their right place
	futureFlags   uint32                      // FlagFutureAnnotations if on
}

// warn records a SyntaxWarning.
func (c *compiler) warn(n syntax.Node, format string, args ...any) {
	c.warnings = append(c.warnings, Warning{Span: n.GetSpan(), Msg: fmt.Sprintf(format, args...)})
}

// literalType returns the Python type name of a constant expression, and
// whether e is one (CPython's infer_type for compile-time warnings).
func literalType(e syntax.Expr) (string, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		switch e.Value.(type) {
		case nil:
			return "NoneType", true
		case bool:
			return "bool", true
		case *big.Int:
			return "int", true
		case float64:
			return "float", true
		case complex128:
			return "complex", true
		case string:
			return "str", true
		case []byte:
			return "bytes", true
		case syntax.EllipsisType:
			return "ellipsis", true
		}
	case *syntax.Tuple:
		return "tuple", true
	case *syntax.List, *syntax.ListComp:
		return "list", true
	case *syntax.Dict, *syntax.DictComp:
		return "dict", true
	case *syntax.Set, *syntax.SetComp:
		return "set", true
	case *syntax.GeneratorExp:
		return "generator", true
	case *syntax.Lambda:
		return "function", true
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str", true
	}
	return "", false
}

// fstate is the state of the code object being compiled.
type fstate struct {
	parent *fstate
	scope  *resolve.Scope
	code   *Code

	regs     map[string]int // local, cell and free registers by name
	tempBase int
	top      int // next free temporary
	maxTop   int

	consts map[ckey]int
	names  map[string]int
	kregs  map[int]int // const index -> K register index
	kfix   []kfix

	pos        syntax.Span
	lastPos    syntax.Span
	anchor     Anchor // of the instruction about to be emitted
	lastAnchor Anchor
	hasPos     bool

	blocks   []*block
	definite map[string]bool

	excPending []*protect // open protected ranges
}

type kfix struct {
	pc    int
	shift uint
}

// A block is an enclosing construct that break/continue/return must know about.
type block struct {
	kind     int
	brk      *label // loop: break target
	cont     *label // loop: continue target
	final    []syntax.Stmt
	exitReg  int // with: the __exit__ register
	prevReg  int // handler: the saved exception register
	prot     *protect
	unbindOn string // handler with a name: unbind it when leaving
}

const (
	loopBlock = iota
	finallyBlock
	withBlock
	handlerBlock
	starBlock // an except* clause: break, continue and return may not leave it
)

type label struct {
	pc    int   // -1 until bound
	sites []int // words to patch: instruction index; negative for Ax jumps (-(pc+1))
}

// protect is an open protected range of the exception table.
type protect struct {
	start   int
	handler *label
	reg     int
	pieces  [][2]int
	open    bool
}

func (c *compiler) errorf(n syntax.Node, format string, args ...any) {
	var sp syntax.Span
	if n != nil {
		sp = n.GetSpan()
	}
	panic(&Error{Filename: c.filename, Span: sp, Msg: fmt.Sprintf(format, args...)})
}

// ---- code objects -----------------------------------------------------

func (c *compiler) push(s *resolve.Scope, name string, firstLine int32) {
	f := &fstate{
		parent:   c.fn,
		scope:    s,
		regs:     map[string]int{},
		consts:   map[ckey]int{},
		names:    map[string]int{},
		kregs:    map[int]int{},
		definite: map[string]bool{},
	}
	code := &Code{Name: name, Qualname: s.Qualname, Filename: c.filename, FirstLine: firstLine}
	if s.Kind == resolve.ModuleScope {
		code.Qualname = name
	}
	code.Flags |= int(c.futureFlags)
	f.code = code
	n := 0
	if s.IsFunction() {
		code.Flags |= FlagNewLocals
		for _, name := range s.Locals() {
			f.regs[name] = n
			code.Varnames = append(code.Varnames, name)
			n++
		}
		for _, p := range s.Params {
			if !s.Deleted(p) {
				f.definite[p] = true
			}
		}
		if s.IsGenerator {
			code.Flags |= FlagGenerator
		}
		if s.IsCoroutine {
			code.Flags |= FlagCoroutine
		}
	}
	if s.Kind == resolve.ClassScope {
		code.Flags |= FlagClassBody
	}
	code.NumLocals = n
	for _, name := range s.Cells {
		f.regs[name] = n
		n++
	}
	for _, name := range s.Frees {
		f.regs[name] = n
		n++
	}
	code.Cellvars = s.Cells
	code.Freevars = s.Frees
	f.tempBase, f.top, f.maxTop = n, n, n
	c.fn = f
	// Prologue: create cells.
	for _, name := range s.Cells {
		if s.IsParam(name) {
			// The parameter's value arrived in its local register.
			c.emit(MAKECELL, f.regs[name], c.paramReg(name), 0)
		} else {
			c.emit(NEWCELL, f.regs[name], 0, 0)
		}
	}
}

// paramReg returns the register a cell parameter's value arrives in: its
// position among the parameters.
func (c *compiler) paramReg(name string) int {
	for i, p := range c.fn.scope.Params {
		if p == name {
			return i
		}
	}
	panic("not a param")
}

func (c *compiler) pop() *Code {
	f := c.fn
	code := f.code
	code.KBase = f.maxTop
	code.NumRegs = code.KBase + len(code.KRegs)
	if code.NumRegs > 255 {
		c.errorf(nil, "too many registers needed in %s (%d)", code.Qualname, code.NumRegs)
	}
	for _, fx := range f.kfix {
		w := code.Code[fx.pc]
		k := int(w>>fx.shift&0xff) + code.KBase
		w = w&^(0xff<<fx.shift) | uint32(k)<<fx.shift
		code.Code[fx.pc] = w
	}
	// Parameter counts.
	c.fn = f.parent
	return code
}

func (c *compiler) setPos(n syntax.Node) {
	if n != nil {
		c.setSpan(n.GetSpan())
	}
}

// setSpan is setPos for a node held as a Stmt, an Expr or a Pattern:
// converting one to a Node would look its itab up at run time, and build
// it at the first node of each type (reading the type's method names).
func (c *compiler) setSpan(sp syntax.Span) {
	if sp.Start.Line > 0 {
		c.fn.pos = sp
	}
}

func (c *compiler) pc() int { return len(c.fn.code.Code) }

func (c *compiler) recordPos() {
	f := c.fn
	if !f.hasPos || f.pos != f.lastPos || f.anchor != f.lastAnchor {
		f.code.Positions = append(f.code.Positions, PosEntry{
			PC: int32(c.pc()), Line: f.pos.Start.Line, Col: f.pos.Start.Col,
			EndLine: f.pos.End.Line, EndCol: f.pos.End.Col, Anchor: f.anchor,
		})
		f.lastPos = f.pos
		f.lastAnchor = f.anchor
		f.hasPos = true
	}
}

// emit appends an instruction. Operands may be constant-register marks
// (kmark+i) and are fixed up when the code is finished.
func (c *compiler) emit(op Opcode, a, b, cc int) int {
	c.recordPos()
	pc := c.pc()
	info := opTable[op]
	ops := [3]int{a, b, cc}
	kinds := [3]uint8{info.a, info.b, info.c}
	for i := range ops {
		v := ops[i]
		if v >= kmark {
			f := c.fn
			ops[i] = v - kmark
			f.kfix = append(f.kfix, kfix{pc: pc, shift: uint(8 + 8*i)})
			continue
		}
		if kinds[i] == kReg && (v < 0 || v > 255) {
			c.errorf(nil, "too many registers needed")
		}
		if v > 255 && kinds[i] == kName {
			// EXT prefix for a wide name index in C.
			c.fn.code.Code = append(c.fn.code.Code, EncodeAx(EXT, v>>8))
			pc = c.pc()
			for j := range c.fn.kfix {
				_ = j
			}
			ops[i] = v & 0xff
		}
	}
	c.fn.code.Code = append(c.fn.code.Code, Encode(op, ops[0], ops[1], ops[2]))
	return pc
}

func (c *compiler) emitBx(op Opcode, a, bx int) {
	c.recordPos()
	if bx > 0xffff {
		c.fn.code.Code = append(c.fn.code.Code, EncodeAx(EXT, bx>>16))
		bx &= 0xffff
	}
	if a >= kmark {
		c.fn.kfix = append(c.fn.kfix, kfix{pc: c.pc(), shift: 8})
		a -= kmark
	}
	c.fn.code.Code = append(c.fn.code.Code, EncodeBx(op, a, bx))
}

func (c *compiler) word(w uint32) { c.fn.code.Code = append(c.fn.code.Code, w) }

func newLabel() *label { return &label{pc: -1} }

// jump emits an instruction whose extra word is a jump target.
func (c *compiler) jumpOp(op Opcode, a, b, cc int, l *label) {
	c.emit(op, a, b, cc)
	c.fn.code.Code = append(c.fn.code.Code, 0)
	c.useLabel(l, c.pc()-1)
}

func (c *compiler) useLabel(l *label, site int) {
	if l.pc >= 0 {
		c.patch(site, l.pc)
		return
	}
	l.sites = append(l.sites, site)
}

func (c *compiler) patch(site, target int) {
	code := c.fn.code.Code
	if site < 0 {
		i := -site - 1
		code[i] = EncodeAx(JMP, target)
	} else {
		code[site] = uint32(target)
	}
}

func (c *compiler) jmp(l *label) {
	c.recordPos()
	c.fn.code.Code = append(c.fn.code.Code, EncodeAx(JMP, 0))
	c.useLabel(l, -(c.pc()-1)-1)
}

func (c *compiler) bind(l *label) {
	l.pc = c.pc()
	for _, s := range l.sites {
		c.patch(s, l.pc)
	}
	l.sites = nil
}

// ---- registers, constants, names --------------------------------------

func (c *compiler) tmp() int { return c.tmps(1) }

func (c *compiler) tmps(n int) int {
	f := c.fn
	r := f.top
	f.top += n
	if f.top > f.maxTop {
		f.maxTop = f.top
	}
	return r
}

func (c *compiler) constIndex(v any) int {
	key := constKey(v)
	f := c.fn
	if i, ok := f.consts[key]; ok {
		return i
	}
	i := len(f.code.Consts)
	f.code.Consts = append(f.code.Consts, v)
	f.consts[key] = i
	return i
}

// ckey is a constant's key in its code object's table, so that equal
// constants share an entry; a code object is keyed by its pointer. The
// table is keyed by this struct of strings and a pointer: a key holding an
// interface would be checked for hashability at every lookup, walking its
// type (the field names) at run time.
type ckey struct {
	kind string
	s    string
	code *Code
}

func constKey(v any) ckey {
	switch v := v.(type) {
	case nil:
		return ckey{kind: "none"}
	case bool:
		return ckey{kind: "bool", s: strconv.FormatBool(v)}
	case *big.Int:
		return ckey{kind: "int", s: v.String()}
	case float64:
		return ckey{kind: "float", s: strconv.FormatUint(math.Float64bits(v), 16)}
	case complex128:
		return ckey{kind: "complex", s: strconv.FormatUint(math.Float64bits(real(v)), 16) + " " + strconv.FormatUint(math.Float64bits(imag(v)), 16)}
	case string:
		return ckey{kind: "str", s: v}
	case []byte:
		return ckey{kind: "bytes", s: string(v)}
	case Ellipsis:
		return ckey{kind: "ellipsis"}
	case []string:
		var b strings.Builder
		for _, name := range v {
			writeKeyPart(&b, name)
		}
		return ckey{kind: "names", s: b.String()}
	case Tuple:
		return ckey{kind: "tuple", s: itemsKey(v)}
	case FrozenSet:
		return ckey{kind: "frozenset", s: itemsKey(Tuple(v))}
	case Intrinsic:
		return ckey{kind: "intrinsic", s: strconv.Itoa(int(v))}
	case *Code:
		return ckey{code: v}
	}
	// Not reached: Code.Consts lists the types.
	return ckey{kind: fmt.Sprintf("%T", v), s: fmt.Sprintf("%#v", v)}
}

// itemsKey is the text of the key of a tuple or frozenset constant: its
// items' keys in order, each part length-prefixed so that no two
// sequences of items share one.
func itemsKey(t Tuple) string {
	var b strings.Builder
	for _, x := range t {
		k := constKey(x)
		writeKeyPart(&b, k.kind)
		writeKeyPart(&b, k.s)
	}
	return b.String()
}

func writeKeyPart(b *strings.Builder, s string) {
	b.WriteString(strconv.Itoa(len(s)))
	b.WriteByte(':')
	b.WriteString(s)
}

// maxK bounds the number of preloaded constant registers per code object.
const maxK = 48

// kreg returns an operand for constant v: a constant register if
// possible, else a temporary loaded with LOADK.
func (c *compiler) kreg(v any) int {
	i := c.constIndex(v)
	f := c.fn
	if k, ok := f.kregs[i]; ok {
		return kmark + k
	}
	if len(f.code.KRegs) < maxK {
		k := len(f.code.KRegs)
		f.code.KRegs = append(f.code.KRegs, i)
		f.kregs[i] = k
		return kmark + k
	}
	t := c.tmp()
	c.emitBx(LOADK, t, i)
	return t
}

// attrIndex returns the index in Names of an attribute name, mangled as
// a private name if it is one (obj.__x in class C reads obj._C__x).
func (c *compiler) attrIndex(attr string) int { return c.nameIndex(c.fn.scope.Mangle(attr)) }

func (c *compiler) nameIndex(s string) int {
	f := c.fn
	if i, ok := f.names[s]; ok {
		return i
	}
	i := len(f.code.Names)
	f.code.Names = append(f.code.Names, s)
	f.names[s] = i
	return i
}

// move copies src into dst unless they are the same register.
func (c *compiler) move(dst, src int) {
	if dst != src {
		c.emit(MOVE, dst, src, 0)
	}
}

// ---- statements -------------------------------------------------------

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	f := c.fn
	saved := f.top
	defer func() { f.top = saved }()
	c.setSpan(s.GetSpan())
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if c.mode == Single && f.parent == nil {
			r := c.expr(s.Value)
			c.setPos(s)
			c.emit(PRINTEXPR, r, 0, 0)
			return
		}
		if k, ok := s.Value.(*syntax.Constant); ok {
			_ = k
			return // docstrings and other constant statements do nothing
		}
		c.expr(s.Value)
	case *syntax.Assign:
		c.assign(s)
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.Pass:
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.Break:
		c.breakStmt(s, true)
	case *syntax.Continue:
		c.breakStmt(s, false)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.FunctionDef:
		c.funcDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Raise:
		c.raise(s)
	case *syntax.Try:
		c.try(s)
	case *syntax.With:
		c.with(s, 0)
	case *syntax.Assert:
		c.assert(s)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.futureCheckPlace(s)
		c.importFrom(s)
	case *syntax.Match:
		c.match(s)
	case *syntax.TypeAlias:
		c.typeAlias(s)
	default:
		c.errorf(s, "compile: unexpected statement %T", s)
	}
}

func (c *compiler) unsupported(n syntax.Node, msg string) {
	c.setPos(n)
	c.emitBx(UNSUPPORTED, 0, c.constIndex(msg))
}

func (c *compiler) returnNone() {
	r := c.kreg(nil)
	c.emit(RETURN, r, 0, 0)
}

func (c *compiler) isFunction() bool {
	return c.fn.code.Flags&FlagNewLocals != 0
}

func (c *compiler) assign(s *syntax.Assign) {
	if len(s.Targets) == 1 {
		if n, ok := s.Targets[0].(*syntax.Name); ok {
			if reg, ok := c.localReg(n.Id); ok && simpleExpr(s.Value) {
				c.exprTo(s.Value, reg)
				c.markDefinite(n.Id)
				return
			}
		}
		// a, b = x, y without stars: evaluate all, then store.
		if lt, ok := s.Targets[0].(*syntax.Tuple); ok {
			if rt, ok := s.Value.(*syntax.Tuple); ok && len(lt.Elts) == len(rt.Elts) && !hasStar(lt.Elts) && !hasStar(rt.Elts) {
				base := c.tmps(len(rt.Elts))
				for i, e := range rt.Elts {
					c.exprTo(e, base+i)
				}
				for i, t := range lt.Elts {
					c.store(t, base+i)
				}
				return
			}
		}
	}
	v := c.expr(s.Value)
	for _, t := range s.Targets {
		c.store(t, v)
	}
}

func hasStar(list []syntax.Expr) bool {
	for _, e := range list {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// simpleExpr reports whether e, compiled into a destination register,
// writes that register only with its last instruction, after reading all
// its operands; a local may then be the destination directly.
func simpleExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.BinOp, *syntax.UnaryOp, *syntax.Constant, *syntax.Name, *syntax.Attribute, *syntax.Subscript:
		return true
	case *syntax.Call:
		for _, a := range e.Args {
			if _, ok := a.(*syntax.Starred); ok {
				return false
			}
		}
		for _, k := range e.Keywords {
			if k.Arg == "" {
				return false
			}
		}
		return true
	case *syntax.Compare:
		return len(e.Ops) == 1
	}
	return false
}

// localReg returns the register of a plain local (not a cell) variable.
func (c *compiler) localReg(name string) (int, bool) {
	if !c.isFunction() {
		return 0, false
	}
	name = c.fn.scope.Mangle(name)
	if c.fn.scope.Lookup(name) != resolve.Local {
		return 0, false
	}
	r, ok := c.fn.regs[name]
	return r, ok
}

func (c *compiler) markDefinite(name string) {
	name = c.fn.scope.Mangle(name)
	if !c.fn.scope.Deleted(name) {
		c.fn.definite[name] = true
	}
}

// store assigns the value in register v to target t.
func (c *compiler) store(t syntax.Expr, v int) {
	switch t := t.(type) {
	case *syntax.Name:
		c.storeName(t.Id, v, t)
	case *syntax.Attribute:
		obj := c.expr(t.Value)
		if t.Attr == "__debug__" {
			c.errorf(t, "cannot assign to __debug__")
		}
		c.setPos(t)
		c.emit(SETATTR, obj, v, c.attrIndex(t.Attr))
	case *syntax.Subscript:
		obj := c.expr(t.Value)
		key := c.expr(t.Slice)
		c.setPos(t)
		c.fn.anchor = subscriptAnchor(t)
		c.emit(SETITEM, obj, key, v)
		c.fn.anchor = Anchor{}
	case *syntax.Tuple:
		c.unpack(t.Elts, v, t)
	case *syntax.List:
		c.unpack(t.Elts, v, t)
	case *syntax.Starred:
		c.errorf(t, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t, "cannot assign to %s", describe(t))
	}
}

func describe(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		return "literal"
	case *syntax.BinOp, *syntax.UnaryOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	}
	return "expression"
}

func (c *compiler) unpack(elts []syntax.Expr, v int, n syntax.Node) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorf(n, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	base := c.tmps(len(elts))
	c.setPos(n)
	if star < 0 {
		c.emit(UNPACK, base, v, len(elts))
	} else {
		c.emit(UNPACKEX, base, v, star)
		c.word(uint32(len(elts) - star - 1))
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			e = s.Value
		}
		c.store(e, base+i)
	}
}

func (c *compiler) storeName(name string, v int, n syntax.Node) {
	if name == "__debug__" {
		c.errorf(n, "cannot assign to __debug__")
	}
	f := c.fn
	name = f.scope.Mangle(name)
	c.setPos(n)
	switch f.scope.Lookup(name) {
	case resolve.Local:
		c.move(f.regs[name], v)
		c.markDefinite(name)
	case resolve.Cell, resolve.Free:
		c.emit(STOREDEREF, f.regs[name], v, 0)
	case resolve.GlobalExplicit, resolve.GlobalImplicit:
		c.emitBx(STOREGLOBAL, v, c.nameIndex(name))
	default:
		c.emitBx(STORENAME, v, c.nameIndex(name))
	}
}

func (c *compiler) del(t syntax.Expr) {
	c.setSpan(t.GetSpan())
	switch t := t.(type) {
	case *syntax.Name:
		if t.Id == "__debug__" {
			c.errorf(t, "cannot delete __debug__")
		}
		f := c.fn
		name := f.scope.Mangle(t.Id)
		switch f.scope.Lookup(name) {
		case resolve.Local:
			c.emit(DELLOCAL, f.regs[name], 0, 0)
			delete(f.definite, name)
		case resolve.Cell, resolve.Free:
			c.emit(DELDEREF, f.regs[name], 0, 0)
		case resolve.GlobalExplicit, resolve.GlobalImplicit:
			c.emitBx(DELGLOBAL, 0, c.nameIndex(name))
		default:
			c.emitBx(DELNAME, 0, c.nameIndex(name))
		}
	case *syntax.Attribute:
		obj := c.expr(t.Value)
		c.setPos(t)
		c.emit(DELATTR, obj, 0, c.attrIndex(t.Attr))
	case *syntax.Subscript:
		obj := c.expr(t.Value)
		key := c.expr(t.Slice)
		c.setPos(t)
		c.fn.anchor = subscriptAnchor(t)
		c.emit(DELITEM, obj, key, 0)
		c.fn.anchor = Anchor{}
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	default:
		c.errorf(t, "cannot delete %s", describe(t))
	}
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := IADD + Opcode(s.Op)
	switch t := s.Target.(type) {
	case *syntax.Name:
		if reg, ok := c.localReg(t.Id); ok {
			cur := c.loadName(t.Id, t)
			rhs := c.expr(s.Value)
			c.setPos(s)
			c.emit(op, reg, cur, rhs)
			return
		}
		cur := c.loadName(t.Id, t)
		tmp := c.tmp()
		c.move(tmp, cur)
		rhs := c.expr(s.Value)
		c.setPos(s)
		c.emit(op, tmp, tmp, rhs)
		c.storeName(t.Id, tmp, t)
	case *syntax.Attribute:
		obj := c.expr(t.Value)
		tmp := c.tmp()
		c.setPos(t)
		c.emit(GETATTR, tmp, obj, c.attrIndex(t.Attr))
		rhs := c.expr(s.Value)
		c.setPos(s)
		c.emit(op, tmp, tmp, rhs)
		c.setPos(t)
		c.emit(SETATTR, obj, tmp, c.attrIndex(t.Attr))
	case *syntax.Subscript:
		obj := c.expr(t.Value)
		key := c.expr(t.Slice)
		tmp := c.tmp()
		c.setPos(t)
		c.fn.anchor = subscriptAnchor(t)
		c.emit(GETITEM, tmp, obj, key)
		c.fn.anchor = Anchor{}
		rhs := c.expr(s.Value)
		c.setPos(s)
		c.emit(op, tmp, tmp, rhs)
		c.setPos(t)
		c.fn.anchor = subscriptAnchor(t)
		c.emit(SETITEM, obj, key, tmp)
		c.fn.anchor = Anchor{}
	default:
		c.errorf(s.Target, "'%s' is an illegal expression for augmented assignment", describe(s.Target))
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		v := c.expr(s.Value)
		c.store(s.Target, v)
	}
	n, ok := s.Target.(*syntax.Name)
	if ok && s.Simple && !c.isFunction() {
		c.setPos(s)
		c.emit(SETUPANNOTATIONS, 0, 0, 0)
		var ann int
		if c.futureAnnotations() {
			ann = c.kreg(annotationString(s.Annotation))
		} else {
			ann = c.expr(s.Annotation)
		}
		d := c.tmp()
		c.emitBx(LOADNAME, d, c.nameIndex("__annotations__"))
		c.emit(SETITEM, d, c.kreg(c.fn.scope.Mangle(n.Id)), ann)
		return
	}
	if !ok && !c.isFunction() {
		// Complex targets: evaluate the target's parts (not the annotation for functions).
		switch t := s.Target.(type) {
		case *syntax.Attribute:
			if s.Value == nil {
				c.expr(t.Value)
			}
		case *syntax.Subscript:
			if s.Value == nil {
				c.expr(t.Value)
				c.expr(t.Slice)
			}
		}
		if !c.futureAnnotations() {
			c.expr(s.Annotation)
		}
	}
}

// ---- control flow -----------------------------------------------------

func (c *compiler) snapshot() map[string]bool {
	m := make(map[string]bool, len(c.fn.definite))
	for k, v := range c.fn.definite {
		m[k] = v
	}
	return m
}

func (c *compiler) ifStmt(s *syntax.If) {
	els, end := newLabel(), newLabel()
	c.jumpIf(s.Test, false, els)
	d0 := c.snapshot()
	c.stmts(s.Body)
	d1 := c.fn.definite
	c.fn.definite = d0
	if len(s.OrElse) > 0 {
		c.jmp(end)
	}
	c.bind(els)
	c.stmts(s.OrElse)
	for k := range c.fn.definite {
		if !d1[k] {
			delete(c.fn.definite, k)
		}
	}
	c.bind(end)
}

func (c *compiler) whileStmt(s *syntax.While) {
	top, test, brk := newLabel(), newLabel(), newLabel()
	d0 := c.snapshot()
	always := isConstTrue(s.Test)
	if !always {
		c.jmp(test)
	}
	c.bind(top)
	c.fn.blocks = append(c.fn.blocks, &block{kind: loopBlock, brk: brk, cont: test})
	c.stmts(s.Body)
	c.fn.blocks = c.fn.blocks[:len(c.fn.blocks)-1]
	c.fn.definite = d0
	c.bind(test)
	c.setSpan(s.Test.GetSpan())
	if always {
		c.jmp(top)
	} else {
		c.jumpIf(s.Test, true, top)
	}
	c.fn.definite = c.snapshotOf(d0)
	c.stmts(s.OrElse)
	c.bind(brk)
	c.fn.definite = d0
}

func (c *compiler) snapshotOf(m map[string]bool) map[string]bool {
	n := make(map[string]bool, len(m))
	for k, v := range m {
		n[k] = v
	}
	return n
}

func isConstTrue(e syntax.Expr) bool {
	if k, ok := e.(*syntax.Constant); ok {
		t, ok := constTruth(k)
		return ok && t
	}
	return false
}

// constTruth returns the truth value of a constant, if known.
func constTruth(k *syntax.Constant) (bool, bool) {
	switch v := k.Value.(type) {
	case nil:
		return false, true
	case bool:
		return v, true
	case *big.Int:
		return v.Sign() != 0, true
	case float64:
		return v != 0, true
	case string:
		return v != "", true
	case []byte:
		return len(v) != 0, true
	case syntax.EllipsisType:
		return true, true
	}
	return false, false
}

func (c *compiler) forStmt(s *syntax.For) {
	if s.IsAsync {
		c.unsupported(s, "async for is not supported")
		return
	}
	it := c.tmp()
	src := c.iterable(s.Iter)
	c.setPos(s) // CPython gives GET_ITER and FOR_ITER the for statement's span
	c.emit(GETITER, it, src, 0)
	top, els, brk := newLabel(), newLabel(), newLabel()
	d0 := c.snapshot()
	c.bind(top)
	x := c.tmp()
	direct := false
	if n, ok := s.Target.(*syntax.Name); ok {
		if reg, ok := c.localReg(n.Id); ok {
			x, direct = reg, true
		}
	}
	c.setPos(s)
	c.jumpOp(FORITER, x, it, 0, els)
	if direct {
		c.markDefinite(s.Target.(*syntax.Name).Id)
	} else {
		c.store(s.Target, x)
	}
	c.fn.blocks = append(c.fn.blocks, &block{kind: loopBlock, brk: brk, cont: top})
	c.stmts(s.Body)
	c.fn.blocks = c.fn.blocks[:len(c.fn.blocks)-1]
	c.setSpan(s.Iter.GetSpan())
	c.jmp(top)
	c.bind(els)
	c.fn.definite = c.snapshotOf(d0)
	c.stmts(s.OrElse)
	c.bind(brk)
	c.fn.definite = d0
}

// unwindTo emits the exits of the blocks above depth (innermost first):
// finally bodies, __exit__ calls, handler restores.
func (c *compiler) unwindTo(depth int, n syntax.Node) {
	f := c.fn
	saved := f.blocks
	for i := len(saved) - 1; i >= depth; i-- {
		b := saved[i]
		f.blocks = saved[:i]
		switch b.kind {
		case finallyBlock:
			c.suspend(b.prot, func() {
				ds := c.snapshot()
				c.stmts(b.final)
				c.fn.definite = ds
			})
		case withBlock:
			c.suspend(b.prot, func() {
				t := c.tmp()
				c.setPos(n)
				c.emit(WITHEXIT, t, b.exitReg, 255)
			})
		case handlerBlock:
			c.suspend(b.prot, func() {
				c.setPos(n)
				c.emit(POPEXC, b.prevReg, 0, 0)
				if b.unbindOn != "" {
					c.unbindName(b.unbindOn, n)
				}
			})
		}
	}
	f.blocks = saved
}

// suspend emits code outside the protected range p (which stays open
// around it).
func (c *compiler) suspend(p *protect, emit func()) {
	if p == nil {
		emit()
		return
	}
	// Close p and the ranges nested in it (innermost first), emit, reopen.
	pending := c.fn.excPending
	idx := len(pending)
	for i, q := range pending {
		if q == p {
			idx = i
		}
	}
	open := append([]*protect(nil), pending[idx:]...)
	for i := len(open) - 1; i >= 0; i-- {
		c.closeRange(open[i])
	}
	emit()
	for _, q := range open {
		q.start = c.pc()
		q.open = true
	}
}

func (c *compiler) openRange(handler *label, reg int) *protect {
	p := &protect{start: c.pc(), handler: handler, reg: reg, open: true}
	c.fn.excPending = append(c.fn.excPending, p)
	return p
}

func (c *compiler) closeRange(p *protect) {
	if p.open && c.pc() > p.start {
		c.fn.code.ExcTable = append(c.fn.code.ExcTable, ExcEntry{Start: int32(p.start), End: int32(c.pc()), Reg: int32(p.reg)})
		p.pieces = append(p.pieces, [2]int{len(c.fn.code.ExcTable) - 1, 0})
	}
	p.open = false
}

// endRange closes p for good; its handler label is bound later, so the
// entries are patched then (see bindHandler).
func (c *compiler) endRange(p *protect) {
	c.closeRange(p)
	f := c.fn
	for i, q := range f.excPending {
		if q == p {
			f.excPending = append(f.excPending[:i], f.excPending[i+1:]...)
			break
		}
	}
}

// bindHandler binds p's handler label here and patches its entries.
func (c *compiler) bindHandler(p *protect) {
	c.bind(p.handler)
	for _, piece := range p.pieces {
		c.fn.code.ExcTable[piece[0]].Handler = int32(p.handler.pc)
	}
}

func (c *compiler) breakStmt(s syntax.Node, isBreak bool) {
	f := c.fn
	for i := len(f.blocks) - 1; i >= 0; i-- {
		b := f.blocks[i]
		if b.kind == starBlock {
			c.errorf(s, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
		if b.kind == loopBlock {
			c.unwindTo(i+1, s)
			c.setPos(s)
			if isBreak {
				c.jmp(b.brk)
			} else {
				c.jmp(b.cont)
			}
			return
		}
	}
	if isBreak {
		c.errorf(s, "'break' outside loop")
	}
	c.errorf(s, "'continue' not properly in loop")
}

func (c *compiler) returnStmt(s *syntax.Return) {
	if !c.isFunction() || c.fn.scope.Kind == resolve.ComprehensionScope {
		c.errorf(s, "'return' outside function")
	}
	for _, b := range c.fn.blocks {
		if b.kind == starBlock {
			c.errorf(s, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
	}
	var v int
	if s.Value != nil {
		v = c.expr(s.Value)
		if len(c.fn.blocks) > 0 {
			t := c.tmp()
			c.move(t, v)
			v = t
		}
	} else {
		v = c.kreg(nil)
	}
	c.unwindTo(0, s)
	c.setPos(s)
	c.emit(RETURN, v, 0, 0)
}

func (c *compiler) raise(s *syntax.Raise) {
	if s.Exc == nil {
		c.emit(RAISE, 0, 0, 0)
		return
	}
	e := c.expr(s.Exc)
	if s.Cause != nil {
		cause := c.expr(s.Cause)
		c.setPos(s)
		c.emit(RAISE, e, cause, 2)
		return
	}
	c.setPos(s)
	c.emit(RAISE, e, 0, 1)
}

func (c *compiler) assert(s *syntax.Assert) {
	if c.optimize > 0 {
		return // -O: no asserts, and no warning about them
	}
	if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
		c.warn(s, "assertion is always true, perhaps remove parentheses?")
	}
	end := newLabel()
	c.jumpIf(s.Test, true, end)
	c.setPos(s)
	t := c.tmps(2)
	c.emit(ASSERTIONERROR, t, 0, 0)
	if s.Msg != nil {
		c.exprTo(s.Msg, t+1)
		c.setPos(s)
		c.emit(CALL, t, t, 1)
	}
	c.emit(RAISE, t, 0, 1)
	c.bind(end)
}

func (c *compiler) try(s *syntax.Try) {
	d0 := c.snapshot()
	if len(s.FinalBody) == 0 {
		if s.IsStar {
			c.tryStar(s)
		} else {
			c.tryExcept(s)
		}
		c.fn.definite = d0
		return
	}
	// try: [try-except] finally: F
	exc := c.tmp()
	prot := c.openRange(newLabel(), exc)
	c.fn.blocks = append(c.fn.blocks, &block{kind: finallyBlock, final: s.FinalBody, prot: prot})
	switch {
	case len(s.Handlers) > 0 && s.IsStar:
		c.tryStar(s)
	case len(s.Handlers) > 0:
		c.tryExcept(s)
	default:
		c.stmts(s.Body)
	}
	c.fn.blocks = c.fn.blocks[:len(c.fn.blocks)-1]
	c.endRange(prot)
	c.fn.definite = c.snapshotOf(d0)
	c.stmts(s.FinalBody)
	end := newLabel()
	c.jmp(end)
	// Exceptional path.
	c.fn.definite = c.snapshotOf(d0)
	c.bindHandler(prot)
	prev := c.tmp()
	c.setPos(s)
	c.emit(PUSHEXC, prev, exc, 0)
	c.handlerBody(prev, "", func() { c.stmts(s.FinalBody) })
	c.emit(POPEXC, prev, 0, 0)
	c.emit(RERAISE, exc, 0, 0)
	c.bind(end)
	c.fn.definite = d0
}

// handlerBody compiles body as code run while handling an exception whose
// previous handled exception is saved in prev: if body raises, prev is
// restored (and name unbound) before the exception propagates.
func (c *compiler) handlerBody(prev int, name string, body func()) {
	exc2 := c.tmp()
	p := c.openRange(newLabel(), exc2)
	c.fn.blocks = append(c.fn.blocks, &block{kind: handlerBlock, prevReg: prev, prot: p, unbindOn: name})
	body()
	c.fn.blocks = c.fn.blocks[:len(c.fn.blocks)-1]
	c.endRange(p)
	skip := newLabel()
	c.jmp(skip)
	c.bindHandler(p)
	c.emit(POPEXC, prev, 0, 0)
	if name != "" {
		c.unbindName(name, nil)
	}
	c.emit(RERAISE, exc2, 0, 0)
	c.bind(skip)
}

// unbindName implements the implicit `del name` at the end of an except
// clause (tolerating an already unbound name).
func (c *compiler) unbindName(name string, n syntax.Node) {
	none := c.kreg(nil)
	c.storeName(name, none, n)
	c.del(&syntax.Name{Id: name, Ctx: syntax.Del, Span: c.fn.pos})
}

func (c *compiler) tryExcept(s *syntax.Try) {
	exc := c.tmp()
	prot := c.openRange(newLabel(), exc)
	c.stmts(s.Body)
	c.endRange(prot)
	els, end := newLabel(), newLabel()
	c.jmp(els)
	c.bindHandler(prot)
	prev := c.tmp()
	c.setPos(s)
	c.emit(PUSHEXC, prev, exc, 0)
	exc2 := c.tmp()
	cleanup := c.openRange(newLabel(), exc2)
	c.fn.blocks = append(c.fn.blocks, &block{kind: handlerBlock, prevReg: prev, prot: cleanup})
	for i, h := range s.Handlers {
		next := newLabel()
		c.setPos(h)
		if h.Type != nil {
			typ := c.expr(h.Type)
			m := c.tmp()
			c.setPos(h)
			c.emit(EXCMATCH, m, exc, typ)
			c.jumpOp(JF, m, 0, 0, next)
		} else if i != len(s.Handlers)-1 {
			c.errorf(h, "default 'except:' must be last")
		}
		d := c.snapshot()
		if h.Name != "" {
			c.storeName(h.Name, exc, h)
			c.handlerBody(prev, h.Name, func() { c.stmts(h.Body) })
		} else {
			c.stmts(h.Body)
		}
		c.fn.definite = d
		c.suspend(cleanup, func() {
			c.emit(POPEXC, prev, 0, 0)
			if h.Name != "" {
				c.unbindName(h.Name, h)
			}
			c.jmp(end)
		})
		c.bind(next)
	}
	c.emit(RERAISE, exc, 0, 0)
	c.fn.blocks = c.fn.blocks[:len(c.fn.blocks)-1]
	c.endRange(cleanup)
	c.bindHandler(cleanup)
	c.emit(POPEXC, prev, 0, 0)
	c.emit(RERAISE, exc2, 0, 0)
	c.bind(els)
	c.stmts(s.OrElse)
	c.bind(end)
}

// tryStar compiles try/except* (PEP 654). The exception (wrapped in a
// group if it is not one) is split by each handler's type; exceptions the
// handlers raise and the unmatched rest are combined and re-raised.
func (c *compiler) tryStar(s *syntax.Try) {
	exc := c.tmp()
	prot := c.openRange(newLabel(), exc)
	c.stmts(s.Body)
	c.endRange(prot)
	els, end := newLabel(), newLabel()
	c.jmp(els)
	c.bindHandler(prot)
	prev := c.tmp()
	c.setPos(s)
	c.emit(PUSHEXC, prev, exc, 0)
	exc2 := c.tmp()
	cleanup := c.openRange(newLabel(), exc2)
	rest, raised := c.tmp(), c.tmp()
	c.emit(MOVE, rest, exc, 0)
	c.emit(LIST, raised, 0, 0)
	for _, h := range s.Handlers {
		next := newLabel()
		c.setPos(h)
		if h.Type == nil {
			c.errorf(h, "expected 'except' or 'finally' block")
		}
		typ := c.expr(h.Type)
		m := c.tmp()
		c.setPos(h)
		c.emit(EXCSTARMATCH, m, rest, typ)
		c.jumpOp(JNONE, m, 1, 0, next)
		prev2 := c.tmp()
		c.emit(PUSHEXC, prev2, m, 0)
		if h.Name != "" {
			c.storeName(h.Name, m, h)
		}
		e3 := c.tmp()
		hp := c.openRange(newLabel(), e3)
		c.fn.blocks = append(c.fn.blocks, &block{kind: starBlock})
		d := c.snapshot()
		c.stmts(h.Body)
		c.fn.definite = d
		c.fn.blocks = c.fn.blocks[:len(c.fn.blocks)-1]
		c.endRange(hp)
		done := newLabel()
		c.jmp(done)
		c.bindHandler(hp)
		c.emit(LISTAPPEND, raised, e3, 0)
		c.bind(done)
		c.emit(POPEXC, prev2, 0, 0)
		if h.Name != "" {
			c.unbindName(h.Name, h)
		}
		c.bind(next)
	}
	c.setPos(s)
	c.emit(LISTAPPEND, raised, rest, 0)
	r := c.tmp()
	c.emit(EXCSTARRERAISE, r, exc, raised)
	noRaise := newLabel()
	c.jumpOp(JNONE, r, 1, 0, noRaise)
	c.emit(POPEXC, prev, 0, 0)
	c.emit(RERAISE, r, 0, 0)
	c.bind(noRaise)
	c.endRange(cleanup)
	c.emit(POPEXC, prev, 0, 0)
	c.jmp(end)
	c.bindHandler(cleanup)
	c.emit(POPEXC, prev, 0, 0)
	c.emit(RERAISE, exc2, 0, 0)
	c.bind(els)
	c.stmts(s.OrElse)
	c.bind(end)
}

func (c *compiler) with(s *syntax.With, i int) {
	if s.IsAsync {
		c.unsupported(s, "async with is not supported")
		return
	}
	if i == len(s.Items) {
		c.stmts(s.Body)
		return
	}
	d0 := c.snapshot()
	item := s.Items[i]
	mgr := c.expr(item.ContextExpr)
	x := c.tmps(2)
	c.setPos(s)
	c.emit(BEFOREWITH, x, mgr, 0)
	exc := c.tmp()
	prot := c.openRange(newLabel(), exc)
	if item.OptionalVars != nil {
		c.store(item.OptionalVars, x+1)
	}
	c.fn.blocks = append(c.fn.blocks, &block{kind: withBlock, exitReg: x, prot: prot})
	c.with(s, i+1)
	c.fn.blocks = c.fn.blocks[:len(c.fn.blocks)-1]
	c.endRange(prot)
	t := c.tmp()
	c.setPos(s)
	c.emit(WITHEXIT, t, x, 255)
	end := newLabel()
	c.jmp(end)
	c.bindHandler(prot)
	prev := c.tmp()
	c.emit(PUSHEXC, prev, exc, 0)
	c.handlerBody(prev, "", func() {
		r := c.tmp()
		c.setPos(s)
		c.emit(WITHEXIT, r, x, exc)
		ok := newLabel()
		c.jumpOp(JT, r, 0, 0, ok)
		c.emit(RERAISE, exc, 0, 0)
		c.bind(ok)
	})
	c.emit(POPEXC, prev, 0, 0)
	c.bind(end)
	c.fn.definite = d0
}

// ---- definitions ------------------------------------------------------

func (c *compiler) funcDef(s *syntax.FunctionDef) {
	base := c.fn.top
	decos := make([]int, len(s.DecoratorList))
	for i, d := range s.DecoratorList {
		decos[i] = c.tmp()
		c.exprTo(d, decos[i])
	}
	body := func() {
		if len(s.Body) > 0 {
			if es, ok := s.Body[0].(*syntax.ExprStmt); ok {
				if k, ok := es.Value.(*syntax.Constant); ok {
					if str, ok := k.Value.(string); ok && c.optimize < 2 {
						c.fn.code.Doc = str
					}
				}
			}
		}
		c.stmts(s.Body)
		c.returnNone()
	}
	var fnReg int
	if tp := c.info.TypeParamsOf(s); tp != nil {
		fnReg = c.genericFunction(s, tp, body)
	} else {
		r := c.tmps(5)
		mask := c.defaults(s, s.Args, r)
		c.makeFunctionAt(r, mask, s, s.Name, s.Args, s.Returns, body)
		fnReg = r
	}
	v := c.applyDecorators(decos, fnReg, s)
	c.storeName(s.Name, v, s)
	c.fn.top = base
}

func (c *compiler) applyDecorators(decos []int, v int, n syntax.Node) int {
	for i := len(decos) - 1; i >= 0; i-- {
		d := decos[i]
		t := c.tmps(2)
		c.move(t, d)
		c.move(t+1, v)
		c.setPos(n)
		c.emit(CALL, t, t, 1)
		v = t
	}
	return v
}

// makeFunction compiles a function scope and emits MAKEFUNC; it returns
// the register holding the new function.
func (c *compiler) makeFunction(n syntax.Node, name string, args *syntax.Arguments, returns syntax.Expr, body func()) int {
	r := c.tmps(5)
	mask := c.defaults(n, args, r)
	c.makeFunctionAt(r, mask, n, name, args, returns, body)
	return r
}

// defaults evaluates the defaults of a function into the registers r+1
// (the positional defaults tuple) and r+2 (the keyword-only defaults dict)
// of a MAKEFUNC at r, and returns the MAKEFUNC mask bits it set.
func (c *compiler) defaults(n syntax.Node, args *syntax.Arguments, r int) uint32 {
	var mask uint32
	if args != nil && len(args.Defaults) > 0 {
		b := c.tmps(len(args.Defaults))
		for i, d := range args.Defaults {
			c.exprTo(d, b+i)
		}
		c.setPos(n)
		c.emit(TUPLE, r+1, b, len(args.Defaults))
		mask |= 1
	}
	if args != nil {
		var pairs []int
		for i, d := range args.KwDefaults {
			if d == nil {
				continue
			}
			p := c.tmps(2)
			c.move(p, c.kreg(c.fn.scope.Mangle(args.KwOnlyArgs[i].Arg)))
			c.exprTo(d, p+1)
			pairs = append(pairs, p)
		}
		if len(pairs) > 0 {
			b := c.tmps(2 * len(pairs))
			for i, p := range pairs {
				c.move(b+2*i, p)
				c.move(b+2*i+1, p+1)
			}
			c.emit(DICT, r+2, b, len(pairs))
			mask |= 2
		}
	}
	return mask
}

// makeFunctionAt compiles the function scope of n and emits a MAKEFUNC
// into register r, whose defaults (as mask says) are already in r+1 and
// r+2; it evaluates the annotations and builds the closure.
func (c *compiler) makeFunctionAt(r int, mask uint32, n syntax.Node, name string, args *syntax.Arguments, returns syntax.Expr, body func()) {
	scope := c.info.ScopeOf(n)
	if args != nil {
		// Annotations.
		var anns []int
		addAnn := func(name string, e syntax.Expr) {
			p := c.tmps(2)
			c.move(p, c.kreg(name))
			if c.futureAnnotations() {
				c.move(p+1, c.kreg(annotationString(e)))
			} else if st, ok := e.(*syntax.Starred); ok {
				// `*args: *Ts` (PEP 646) is annotated with the one item
				// that unpacking Ts yields, typing.Unpack[Ts].
				v := c.expr(st.Value)
				c.setPos(st)
				c.emit(UNPACK, p+1, v, 1)
			} else {
				c.exprTo(e, p+1)
			}
			anns = append(anns, p)
		}
		for _, a := range paramsInSourceOrder(args) {
			if a.Annotation != nil {
				addAnn(c.fn.scope.Mangle(a.Arg), a.Annotation)
			}
		}
		if returns != nil {
			addAnn("return", returns)
		}
		if len(anns) > 0 {
			b := c.tmps(2 * len(anns))
			for i, p := range anns {
				c.move(b+2*i, p)
				c.move(b+2*i+1, p+1)
			}
			c.emit(DICT, r+4, b, len(anns))
			mask |= 8
		}
	}
	if len(scope.Frees) > 0 {
		b := c.tmps(len(scope.Frees))
		for i, fv := range scope.Frees {
			reg, ok := c.fn.regs[fv]
			if !ok {
				c.errorf(n, "compile: no cell for free variable %s", fv)
			}
			c.move(b+i, reg)
		}
		c.emit(TUPLE, r+3, b, len(scope.Frees))
		mask |= 4
	}
	line := n.GetSpan().Start.Line
	c.push(scope, name, line)
	code := c.fn.code
	if args != nil {
		code.PosOnlyArgCount = len(args.PosOnlyArgs)
		code.ArgCount = len(args.PosOnlyArgs) + len(args.Args)
		code.KwOnlyArgCount = len(args.KwOnlyArgs)
		if args.VarArg != nil {
			code.Flags |= FlagVarArgs
		}
		if args.KwArg != nil {
			code.Flags |= FlagVarKeywords
		}
	}
	body()
	code = c.pop()
	c.setPos(n)
	c.emitBx(MAKEFUNC, r, c.constIndex(code))
	c.word(mask)
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	base := c.fn.top
	decos := make([]int, len(s.DecoratorList))
	for i, d := range s.DecoratorList {
		decos[i] = c.tmp()
		c.exprTo(d, decos[i])
	}
	var cls int
	if tp := c.info.TypeParamsOf(s); tp != nil {
		cls = c.genericClass(s, tp)
	} else {
		cls = c.buildClass(s, s.Bases)
	}
	v := c.applyDecorators(decos, cls, s)
	c.storeName(s.Name, v, s)
	c.fn.top = base
}

// buildClass compiles the body of class s and calls __build_class__ with
// it, the bases and the keywords; it returns the register holding the
// class. The bases are s.Bases, followed for a generic class by its
// implicit Generic[...] base.
func (c *compiler) buildClass(s *syntax.ClassDef, bases []syntax.Expr) int {
	scope := c.info.ScopeOf(s)
	// The class body as a function.
	fnReg := c.tmps(5)
	var mask uint32
	if len(scope.Frees) > 0 {
		b := c.tmps(len(scope.Frees))
		for i, fv := range scope.Frees {
			c.move(b+i, c.fn.regs[fv])
		}
		c.emit(TUPLE, fnReg+3, b, len(scope.Frees))
		mask |= 4
	}
	c.push(scope, s.Name, s.Span.Start.Line)
	c.setPos(s)
	t := c.tmp()
	c.emitBx(LOADNAME, t, c.nameIndex("__name__"))
	c.emitBx(STORENAME, t, c.nameIndex("__module__"))
	c.emitBx(STORENAME, c.kreg(scope.Qualname), c.nameIndex("__qualname__"))
	if scope.NeedsClassDict {
		c.emit(LOADLOCALS, t, 0, 0)
		c.emit(STOREDEREF, c.fn.regs[resolve.ClassDictName], t, 0)
	}
	if len(s.TypeParams) > 0 {
		c.emitBx(STORENAME, c.loadName(resolve.TypeParamsName, s), c.nameIndex("__type_params__"))
	}
	c.storeDocstring(s.Body)
	c.fn.top = c.fn.tempBase
	c.stmts(s.Body)
	if scope.NeedsClassCell {
		c.emitBx(STORENAME, c.fn.regs["__class__"], c.nameIndex("__classcell__"))
	}
	c.returnNone()
	code := c.pop()
	c.setPos(s)
	c.emitBx(MAKEFUNC, fnReg, c.constIndex(code))
	c.word(mask)
	// __build_class__(func, name, *bases, **keywords)
	var kwnames []string
	hasStarArgs := false
	for _, b := range bases {
		if _, ok := b.(*syntax.Starred); ok {
			hasStarArgs = true
		}
	}
	for _, k := range s.Keywords {
		if k.Arg == "" {
			hasStarArgs = true
		}
	}
	var cls int
	if hasStarArgs {
		call := &syntax.Call{Span: s.Span, Args: bases, Keywords: s.Keywords}
		b := c.tmps(3)
		c.emit(BUILDCLASS, b, 0, 0)
		pre := []int{fnReg, c.kreg(s.Name)}
		c.callEx(call, b, pre)
		cls = b
	} else {
		n := 2 + len(bases) + len(s.Keywords)
		b := c.tmps(1 + n)
		c.emit(BUILDCLASS, b, 0, 0)
		c.move(b+1, fnReg)
		c.move(b+2, c.kreg(s.Name))
		for i, e := range bases {
			c.exprTo(e, b+3+i)
		}
		for i, k := range s.Keywords {
			c.exprTo(k.Value, b+3+len(bases)+i)
			kwnames = append(kwnames, k.Arg)
		}
		c.setPos(s)
		if len(kwnames) > 0 {
			c.emit(CALLKW, b, b, n)
			c.word(uint32(c.constIndex(kwnames)))
		} else {
			c.emit(CALL, b, b, n)
		}
		cls = b
	}
	return cls
}

// ---- imports ----------------------------------------------------------

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		c.setPos(s) // CPython places import instructions at the statement
		b := c.tmps(2)
		c.move(b, c.kreg(nil))
		c.move(b+1, c.kreg(big.NewInt(0)))
		m := c.tmp()
		c.emit(IMPORTNAME, m, b, c.nameIndex(a.Name))
		if a.AsName == "" {
			top := a.Name
			if i := indexDot(top); i >= 0 {
				top = top[:i]
			}
			c.storeName(top, m, a)
			continue
		}
		// import a.b.c as d binds a.b.c.
		rest := a.Name
		for {
			i := indexDot(rest)
			if i < 0 {
				break
			}
			rest = rest[i+1:]
			j := indexDot(rest)
			attr := rest
			if j >= 0 {
				attr = rest[:j]
			}
			c.emit(IMPORTFROM, m, m, c.nameIndex(attr))
		}
		c.storeName(a.AsName, m, a)
	}
}

func indexDot(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	var names Tuple
	for _, a := range s.Names {
		names = append(names, a.Name)
	}
	b := c.tmps(2)
	c.move(b, c.kreg(names))
	c.move(b+1, c.kreg(big.NewInt(int64(s.Level))))
	m := c.tmp()
	c.emit(IMPORTNAME, m, b, c.nameIndex(s.Module))
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.emit(IMPORTSTAR, m, 0, 0)
		return
	}
	for _, a := range s.Names {
		c.setPos(s)
		v := c.tmp()
		c.emit(IMPORTFROM, v, m, c.nameIndex(a.Name))
		name := a.AsName
		if name == "" {
			name = a.Name
		}
		c.storeName(name, v, a)
	}
}

// subscriptAnchor returns the traceback anchor of a one-line subscript.
func subscriptAnchor(e *syntax.Subscript) Anchor {
	vs, ks := e.Value.GetSpan(), e.Slice.GetSpan()
	if vs.End.Line == e.Start.Line && ks.End.Line == e.Start.Line && e.End.Line == e.Start.Line {
		return Anchor{AnchorSubscript, vs.End.Col, ks.End.Col}
	}
	return Anchor{}
}
