// Package astbuild builds syntax trees by hand for the compiler's and the
// interpreter's tests, which cannot depend on the parser. Every node gets
// the span of the line number passed to Line (default 1), columns 0-10.
package astbuild

import (
	"math/big"

	"github.com/kilnpy/kiln/vm/syntax"
)

// L is the line given to nodes built next; tests set it to place nodes.
var L int32 = 1

func sp() syntax.Span {
	return syntax.Span{Start: syntax.Pos{Line: L}, End: syntax.Pos{Line: L, Col: 10}}
}

// Line sets the line of the nodes built by f and returns f's result.
func Line[T any](n int, f func() T) T {
	old := L
	L = int32(n)
	defer func() { L = old }()
	return f()
}

// Module wraps statements in a module named t.py.
func Mod(body ...syntax.Stmt) *syntax.Module {
	return &syntax.Module{Filename: "t.py", Body: body}
}

func Name(id string) *syntax.Name  { return &syntax.Name{Span: sp(), Id: id} }
func Store(id string) *syntax.Name { return &syntax.Name{Span: sp(), Id: id, Ctx: syntax.Store} }
func I(n int64) *syntax.Constant   { return &syntax.Constant{Span: sp(), Value: big.NewInt(n)} }
func F(f float64) *syntax.Constant {
	return &syntax.Constant{Span: sp(), Value: f}
}
func S(s string) *syntax.Constant     { return &syntax.Constant{Span: sp(), Value: s} }
func NoneLit() *syntax.Constant       { return &syntax.Constant{Span: sp()} }
func BoolLit(b bool) *syntax.Constant { return &syntax.Constant{Span: sp(), Value: b} }

func Bin(l syntax.Expr, op syntax.Operator, r syntax.Expr) *syntax.BinOp {
	return &syntax.BinOp{Span: sp(), Left: l, Op: op, Right: r}
}

func Cmp(l syntax.Expr, op syntax.CmpOperator, r syntax.Expr) *syntax.Compare {
	return &syntax.Compare{Span: sp(), Left: l, Ops: []syntax.CmpOperator{op}, Comparators: []syntax.Expr{r}}
}

func CallE(f syntax.Expr, args ...syntax.Expr) *syntax.Call {
	return &syntax.Call{Span: sp(), Func: f, Args: args}
}

func CallKw(f syntax.Expr, args []syntax.Expr, kw ...*syntax.Keyword) *syntax.Call {
	return &syntax.Call{Span: sp(), Func: f, Args: args, Keywords: kw}
}

func Kw(name string, v syntax.Expr) *syntax.Keyword {
	return &syntax.Keyword{Span: sp(), Arg: name, Value: v}
}

func Attr(v syntax.Expr, name string) *syntax.Attribute {
	return &syntax.Attribute{Span: sp(), Value: v, Attr: name}
}

func Tup(elts ...syntax.Expr) *syntax.Tuple { return &syntax.Tuple{Span: sp(), Elts: elts} }
func Lst(elts ...syntax.Expr) *syntax.List  { return &syntax.List{Span: sp(), Elts: elts} }
func StoreTuple(elts ...syntax.Expr) *syntax.Tuple {
	return &syntax.Tuple{Span: sp(), Elts: elts, Ctx: syntax.Store}
}
func Starred(v syntax.Expr) *syntax.Starred { return &syntax.Starred{Span: sp(), Value: v} }

func Sub(v, i syntax.Expr) *syntax.Subscript {
	return &syntax.Subscript{Span: sp(), Value: v, Slice: i}
}

func Assign(target syntax.Expr, v syntax.Expr) *syntax.Assign {
	return &syntax.Assign{Span: sp(), Targets: []syntax.Expr{target}, Value: v}
}

// Let is `name = v`.
func Let(name string, v syntax.Expr) *syntax.Assign { return Assign(Store(name), v) }

func Aug(name string, op syntax.Operator, v syntax.Expr) *syntax.AugAssign {
	return &syntax.AugAssign{Span: sp(), Target: Store(name), Op: op, Value: v}
}

func Expr(e syntax.Expr) *syntax.ExprStmt { return &syntax.ExprStmt{Span: sp(), Value: e} }
func Return(e syntax.Expr) *syntax.Return { return &syntax.Return{Span: sp(), Value: e} }
func Pass() *syntax.Pass                  { return &syntax.Pass{Span: sp()} }
func Break() *syntax.Break                { return &syntax.Break{Span: sp()} }
func Continue() *syntax.Continue          { return &syntax.Continue{Span: sp()} }

func While(test syntax.Expr, body ...syntax.Stmt) *syntax.While {
	return &syntax.While{Span: sp(), Test: test, Body: body}
}

func For(target syntax.Expr, iter syntax.Expr, body ...syntax.Stmt) *syntax.For {
	return &syntax.For{Span: sp(), Target: target, Iter: iter, Body: body}
}

func If(test syntax.Expr, body []syntax.Stmt, orelse ...syntax.Stmt) *syntax.If {
	return &syntax.If{Span: sp(), Test: test, Body: body, OrElse: orelse}
}

// Args builds a parameter list of positional-or-keyword names.
func Args(names ...string) *syntax.Arguments {
	a := &syntax.Arguments{}
	for _, n := range names {
		a.Args = append(a.Args, &syntax.Arg{Span: sp(), Arg: n})
	}
	return a
}

func Arg(name string) *syntax.Arg { return &syntax.Arg{Span: sp(), Arg: name} }

func Def(name string, args *syntax.Arguments, body ...syntax.Stmt) *syntax.FunctionDef {
	if args == nil {
		args = &syntax.Arguments{}
	}
	return &syntax.FunctionDef{Span: sp(), Name: name, Args: args, Body: body}
}

func Lambda(args *syntax.Arguments, body syntax.Expr) *syntax.Lambda {
	return &syntax.Lambda{Span: sp(), Args: args, Body: body}
}

func Yield(v syntax.Expr) *syntax.Yield { return &syntax.Yield{Span: sp(), Value: v} }

func YieldFrom(v syntax.Expr) *syntax.YieldFrom { return &syntax.YieldFrom{Span: sp(), Value: v} }

func Raise(exc syntax.Expr) *syntax.Raise { return &syntax.Raise{Span: sp(), Exc: exc} }

func Try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt, final []syntax.Stmt) *syntax.Try {
	return &syntax.Try{Span: sp(), Body: body, Handlers: handlers, OrElse: orelse, FinalBody: final}
}

func Except(typ syntax.Expr, name string, body ...syntax.Stmt) *syntax.ExceptHandler {
	return &syntax.ExceptHandler{Span: sp(), Type: typ, Name: name, Body: body}
}

func Nonlocal(names ...string) *syntax.Nonlocal { return &syntax.Nonlocal{Span: sp(), Names: names} }
func Global(names ...string) *syntax.Global     { return &syntax.Global{Span: sp(), Names: names} }

func ListComp(elt syntax.Expr, target syntax.Expr, iter syntax.Expr, ifs ...syntax.Expr) *syntax.ListComp {
	return &syntax.ListComp{Span: sp(), Elt: elt, Generators: []*syntax.Comprehension{{Span: sp(), Target: target, Iter: iter, Ifs: ifs}}}
}

func GenExp(elt syntax.Expr, target syntax.Expr, iter syntax.Expr) *syntax.GeneratorExp {
	return &syntax.GeneratorExp{Span: sp(), Elt: elt, Generators: []*syntax.Comprehension{{Span: sp(), Target: target, Iter: iter}}}
}

func Class(name string, bases []syntax.Expr, body ...syntax.Stmt) *syntax.ClassDef {
	return &syntax.ClassDef{Span: sp(), Name: name, Bases: bases, Body: body}
}

func With(ctx syntax.Expr, as syntax.Expr, body ...syntax.Stmt) *syntax.With {
	return &syntax.With{Span: sp(), Items: []*syntax.WithItem{{ContextExpr: ctx, OptionalVars: as}}, Body: body}
}

func Not(e syntax.Expr) *syntax.UnaryOp {
	return &syntax.UnaryOp{Span: sp(), Op: syntax.Not, Operand: e}
}

func And(vs ...syntax.Expr) *syntax.BoolOp {
	return &syntax.BoolOp{Span: sp(), Op: syntax.And, Values: vs}
}
func Or(vs ...syntax.Expr) *syntax.BoolOp {
	return &syntax.BoolOp{Span: sp(), Op: syntax.Or, Values: vs}
}

func Assert(test, msg syntax.Expr) *syntax.Assert {
	return &syntax.Assert{Span: sp(), Test: test, Msg: msg}
}

// Sp is the span from line l1, column c1 to line l2, column c2.
func Sp(l1, c1, l2, c2 int32) syntax.Span {
	return syntax.Span{Start: syntax.Pos{Line: l1, Col: c1}, End: syntax.Pos{Line: l2, Col: c2}}
}
