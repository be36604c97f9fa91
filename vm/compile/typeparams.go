package compile

// This file compiles PEP 695: type aliases and generic functions and
// classes, as CPython 3.12's compiler does.
//
// The type parameters of a generic definition live in an annotation scope,
// a hidden function called once where the definition runs:
//
//	@deco
//	def f[T: int](x: T = 0) -> T: ...
//
// runs as
//
//	def <generic parameters of f>(.defaults):
//	    T = TypeVar("T", bound=<lazy: int>)
//	    f = <function f, defaults .defaults, annotations {x: T, return: T}>
//	    f.__type_params__ = (T,)
//	    return f
//	f = deco(<generic parameters of f>((0,)))
//
// The decorators and defaults are evaluated outside (T is not visible
// there); the annotations, and for a class its bases and keywords, inside.
// A generic class also gets the implicit last base Generic[T, ...], and
// its body starts with __type_params__ = .type_params. A bound, a tuple of
// constraints and the value of a type alias are each compiled as a function
// of their own, called only when __bound__, __constraints__ or __value__ is
// first read.
//
// The objects are made by intrinsics (see Intrinsic): constants standing
// for runtime functions, which the code calls like any other callable, so
// that a program's own `TypeVar` or `Generic` cannot get in the way.

import (
	"github.com/kilnpy/kiln/vm/resolve"
	"github.com/kilnpy/kiln/vm/syntax"
)

// Intrinsic is a constant standing for a function of the runtime (CPython's
// CALL_INTRINSIC operands). The runtime turns it into a callable when it
// loads the constants of a code object.
type Intrinsic uint8

// The intrinsics, with the arguments they take.
const (
	// IntrinsicTypeVar(name) makes the TypeVar of `[T]`.
	IntrinsicTypeVar Intrinsic = iota + 1
	// IntrinsicTypeVarWithBound(name, evaluate) makes the TypeVar of
	// `[T: bound]`; evaluate() returns the bound.
	IntrinsicTypeVarWithBound
	// IntrinsicTypeVarWithConstraints(name, evaluate) makes the TypeVar of
	// `[T: (c1, c2)]`; evaluate() returns the tuple of constraints.
	IntrinsicTypeVarWithConstraints
	// IntrinsicParamSpec(name) makes the ParamSpec of `[**P]`.
	IntrinsicParamSpec
	// IntrinsicTypeVarTuple(name) makes the TypeVarTuple of `[*Ts]`.
	IntrinsicTypeVarTuple
	// IntrinsicSubscriptGeneric(params) returns Generic[*params], the
	// implicit base of a generic class.
	IntrinsicSubscriptGeneric
	// IntrinsicTypeAlias(name, params, evaluate) makes the TypeAliasType
	// of a type statement; params is a tuple or None, and evaluate()
	// returns the value.
	IntrinsicTypeAlias

	NumIntrinsics // not an intrinsic: one more than the last
)

var intrinsicNames = [NumIntrinsics]string{
	IntrinsicTypeVar:                "typevar",
	IntrinsicTypeVarWithBound:       "typevar_with_bound",
	IntrinsicTypeVarWithConstraints: "typevar_with_constraints",
	IntrinsicParamSpec:              "paramspec",
	IntrinsicTypeVarTuple:           "typevartuple",
	IntrinsicSubscriptGeneric:       "subscript_generic",
	IntrinsicTypeAlias:              "typealias",
}

// String names the intrinsic as the disassembler prints it.
func (i Intrinsic) String() string {
	if i > 0 && i < NumIntrinsics {
		return "<intrinsic " + intrinsicNames[i] + ">"
	}
	return "<intrinsic ?>"
}

// callIntrinsic emits fn(args...) into a fresh register and returns it.
func (c *compiler) callIntrinsic(fn Intrinsic, n syntax.Node, args ...int) int {
	b := c.tmps(1 + len(args))
	c.move(b, c.kreg(fn))
	for i, a := range args {
		c.move(b+1+i, a)
	}
	c.setPos(n)
	c.emit(CALL, b, b, len(args))
	return b
}

// lazy compiles the annotation scope of n (a type alias or a type
// parameter) as a function returning e, and returns the register holding
// that function.
func (c *compiler) lazy(n syntax.Node, name string, e syntax.Expr) int {
	return c.makeFunction(n, name, nil, nil, func() {
		c.setSpan(e.GetSpan())
		r := c.expr(e)
		c.emit(RETURN, r, 0, 0)
	})
}

// withTypeParams compiles the annotation scope tp of the generic definition
// n: a function that binds the type parameters, puts their tuple in a
// register, and returns the register body leaves the definition in. It
// then emits a call of that function with args (registers of the
// enclosing scope, passed for tp's parameters) and returns the register
// holding the definition.
func (c *compiler) withTypeParams(n syntax.Node, tp *resolve.Scope, params []*syntax.TypeParam, args []int, body func(tuple int) int) int {
	fn := c.tmps(5) // MAKEFUNC's operands: only the closure, fn+3, is used
	var mask uint32
	if len(tp.Frees) > 0 {
		b := c.tmps(len(tp.Frees))
		for i, fv := range tp.Frees {
			c.move(b+i, c.fn.regs[fv])
		}
		c.emit(TUPLE, fn+3, b, len(tp.Frees))
		mask |= 4
	}
	c.push(tp, tp.Name, n.GetSpan().Start.Line)
	c.fn.code.ArgCount = len(tp.Params)
	vars := c.tmps(len(params))
	for i, p := range params {
		c.typeParam(p, vars+i)
		c.storeName(p.Name, vars+i, p)
	}
	tuple := c.tmp()
	c.setPos(n)
	c.emit(TUPLE, tuple, vars, len(params))
	r := body(tuple)
	c.emit(RETURN, r, 0, 0)
	code := c.pop()
	c.setPos(n)
	c.emitBx(MAKEFUNC, fn, c.constIndex(code))
	c.word(mask)
	call := c.tmps(1 + len(args))
	c.move(call, fn)
	for i, a := range args {
		c.move(call+1+i, a)
	}
	c.emit(CALL, call, call, len(args))
	return call
}

// typeParam makes the TypeVar, ParamSpec or TypeVarTuple of p in register
// dst.
func (c *compiler) typeParam(p *syntax.TypeParam, dst int) {
	name := c.kreg(p.Name)
	var r int
	switch {
	case p.Kind == syntax.ParamSpec:
		r = c.callIntrinsic(IntrinsicParamSpec, p, name)
	case p.Kind == syntax.TypeVarTuple:
		r = c.callIntrinsic(IntrinsicTypeVarTuple, p, name)
	case p.Bound == nil:
		r = c.callIntrinsic(IntrinsicTypeVar, p, name)
	default:
		fn := IntrinsicTypeVarWithBound
		if _, ok := p.Bound.(*syntax.Tuple); ok {
			fn = IntrinsicTypeVarWithConstraints
		}
		r = c.callIntrinsic(fn, p, name, c.lazy(p, p.Name, p.Bound))
	}
	c.move(dst, r)
}

// typeAlias compiles `type Name[params] = value`.
func (c *compiler) typeAlias(s *syntax.TypeAlias) {
	name := s.Name.Id
	var v int
	if tp := c.info.TypeParamsOf(s); tp != nil {
		v = c.withTypeParams(s, tp, s.TypeParams, nil, func(tuple int) int {
			return c.callIntrinsic(IntrinsicTypeAlias, s, c.kreg(name), tuple, c.lazy(s, name, s.Value))
		})
	} else {
		v = c.callIntrinsic(IntrinsicTypeAlias, s, c.kreg(name), c.kreg(nil), c.lazy(s, name, s.Value))
	}
	c.storeName(name, v, s.Name)
}

// genericFunction compiles the generic function s (but not its
// decorators) in its annotation scope tp, and returns the register holding
// the function.
func (c *compiler) genericFunction(s *syntax.FunctionDef, tp *resolve.Scope, body func()) int {
	// The defaults are evaluated here and passed in, in the order of
	// tp.Params.
	d := c.tmps(5)
	mask := c.defaults(s, s.Args, d)
	var args []int
	if mask&1 != 0 {
		args = append(args, d+1)
	}
	if mask&2 != 0 {
		args = append(args, d+2)
	}
	return c.withTypeParams(s, tp, s.TypeParams, args, func(tuple int) int {
		r := c.tmps(5)
		if mask&1 != 0 {
			c.move(r+1, c.fn.regs[resolve.DefaultsName])
		}
		if mask&2 != 0 {
			c.move(r+2, c.fn.regs[resolve.KwDefaultsName])
		}
		c.makeFunctionAt(r, mask, s, s.Name, s.Args, s.Returns, body)
		c.setPos(s)
		c.emit(SETATTR, r, tuple, c.nameIndex("__type_params__"))
		return r
	})
}

// genericClass compiles the generic class s (but not its decorators) in
// its annotation scope tp, and returns the register holding the class.
func (c *compiler) genericClass(s *syntax.ClassDef, tp *resolve.Scope) int {
	return c.withTypeParams(s, tp, s.TypeParams, nil, func(tuple int) int {
		c.storeName(resolve.TypeParamsName, tuple, s)
		c.storeName(resolve.GenericBaseName, c.callIntrinsic(IntrinsicSubscriptGeneric, s, tuple), s)
		base := &syntax.Name{Span: s.Span, Id: resolve.GenericBaseName, Ctx: syntax.Load}
		return c.buildClass(s, append(append([]syntax.Expr(nil), s.Bases...), base))
	})
}
