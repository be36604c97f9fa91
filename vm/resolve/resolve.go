// Package resolve computes the scopes of a Python module: for every name
// used in every function, class, lambda and comprehension, whether it is a
// local, a cell (a local captured by an inner function), a free variable
// (captured from an enclosing function), a global, or — at module and class
// level — a name looked up in a namespace dict.
//
// It plays the part of CPython's symtable.c. The compiler (vm/compile) calls
// File once per module and then asks each Scope how to load, store and
// delete each name.
//
// The analysis has two passes. The first walks the tree and records, per
// scope, which names are bound (assigned, imported, defined, parameters),
// used, or declared global/nonlocal, and reports declaration errors. The
// second works bottom-up: a name used but not bound in a function scope is
// looked up in the enclosing function scopes (class scopes are skipped, as in
// Python); if found there it becomes Free here and Cell in the binder, and it
// passes as Free through every scope in between.
//
// PEP 695 adds annotation scopes (AnnotationScope): the type parameters of
// a generic def, class or type alias are bound in a function-like scope
// around it, and a bound or an alias's value is a scope of its own. An
// annotation scope in a class body can still read the class's names:
// the class shares its namespace through a __classdict__ cell, and the
// scope looks there first (see Scope.CanSeeClassScope).
package resolve

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kilnpy/kiln/vm/syntax"
)

// Kind is the kind of a scope.
type Kind uint8

// Kinds of scope.
const (
	ModuleScope Kind = iota
	FunctionScope
	ClassScope
	LambdaScope        // a lambda: a function scope named "<lambda>"
	ComprehensionScope // list/set/dict comprehension or generator expression
	// AnnotationScope is a PEP 695 annotation scope: the hidden function
	// that binds the type parameters of a generic def, class or type alias
	// ("<generic parameters of f>"), the lazily evaluated value of a type
	// alias, or the lazily evaluated bound of a type parameter. It behaves
	// as a function scope, except that it does not show in the qualified
	// names of what it defines.
	AnnotationScope
)

var kindNames = [...]string{"module", "function", "class", "lambda", "comprehension", "annotation"}

func (k Kind) String() string { return kindNames[k] }

// Binding says where a name lives.
type Binding uint8

// Bindings. The zero value is Unknown (never returned by Lookup).
const (
	Unknown Binding = iota
	// Local is a fast local of a function: a register of the frame.
	Local
	// Cell is a local of a function captured by an inner scope: the
	// register holds a cell object.
	Cell
	// Free is a variable of an enclosing function captured by this scope:
	// the register holds the cell, copied from the function's closure.
	Free
	// GlobalExplicit is a name declared global in this scope.
	GlobalExplicit
	// GlobalImplicit is a name a function uses but nobody binds: looked up
	// in the globals, then the builtins.
	GlobalImplicit
	// Name is a module-level or class-level name: looked up in the
	// namespace dict (then, for loads, globals and builtins).
	Name
)

var bindingNames = [...]string{"unknown", "local", "cell", "free", "global", "global_implicit", "name"}

func (b Binding) String() string { return bindingNames[b] }

// flags recorded per name in pass one.
const (
	flagAssigned = 1 << iota // bound by assignment, def, class, import, for, with, except...
	flagParam
	flagUsed
	flagGlobal
	flagNonlocal
	flagAnnotated
	flagCompIter // the target of a comprehension's for clause
	flagDeleted  // the target of del, or an except clause's name (unbound at its end)
)

// Scope is one namespace: the module, a function, a lambda, a class body or
// a comprehension.
type Scope struct {
	Kind     Kind
	Name     string // function or class name; "<module>", "<lambda>", "<listcomp>", ...
	Node     syntax.Node
	Parent   *Scope
	Children []*Scope

	// Qualname is CPython's __qualname__ for functions and classes.
	Qualname string

	// Params are the parameter names in order (functions only).
	Params []string

	// IsGenerator is set for functions containing yield (and generator expressions).
	IsGenerator bool
	// IsCoroutine is set for async def.
	IsCoroutine bool

	// what names an annotation scope in CPython's errors for the
	// expressions it forbids: "yield expression cannot be used within
	// <what>".
	what string

	// NeedsClassCell is set on a class scope when a method uses super() or
	// __class__: the class body then creates a __class__ cell.
	NeedsClassCell bool

	// NeedsClassDict is set on a class scope when an annotation scope in
	// its body can see it: the class body then puts its namespace in a
	// __classdict__ cell.
	NeedsClassDict bool
	// CanSeeClassScope is set on an annotation scope in a class body (or
	// in such a scope): names it does not bind itself are looked up in
	// the class namespace (the __classdict__ free variable) first, as
	// CPython's LOAD_FROM_DICT_OR_GLOBALS and LOAD_FROM_DICT_OR_DEREF do.
	CanSeeClassScope bool

	// private is the name of the nearest enclosing class (this scope's
	// own name for a class body): the prefix of mangled private names.
	private string

	flags       map[string]int
	declSpan    map[string]syntax.Span
	passFree    map[string]bool
	nonlocalErr []string
	order       []string // names in first-seen order, for deterministic output

	// compIterExpr counts the comprehension iterables being resolved in
	// this scope (symtable.c's ste_comp_iter_expr): no := in them.
	compIterExpr int
	bindings     map[string]Binding

	// Cells and Frees list the cell and free variable names in a fixed
	// order (cells: params first in parameter order, then sorted; frees:
	// sorted). The compiler gives them registers in this order and a
	// closure tuple is built from the enclosing scope in the Frees order.
	Cells []string
	Frees []string
}

// Lookup returns how name is bound in s. Names never mentioned in s are
// treated as they would be if they were used.
func (s *Scope) Lookup(name string) Binding {
	if b, ok := s.bindings[name]; ok {
		return b
	}
	if s.Kind == ModuleScope || s.Kind == ClassScope {
		return Name
	}
	return GlobalImplicit
}

// Locals returns the names that are Local, Cell params, or otherwise bound in
// a function scope, in first-seen order, parameters first. The compiler
// gives each a register.
func (s *Scope) Locals() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range s.Params {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, n := range s.order {
		if seen[n] {
			continue
		}
		if b := s.bindings[n]; b == Local {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// Error is a static error (CPython reports these as SyntaxError) with the
// source span it concerns.
type Error struct {
	Filename string
	Span     syntax.Span
	Msg      string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Span.Start.Line, e.Span.Start.Col+1, e.Msg)
}

// Info is the result of resolving a module.
type Info struct {
	Module     *Scope
	scopes     map[syntax.Node]*Scope
	typeParams map[syntax.Node]*Scope
}

// ScopeOf returns the scope created by node: a *syntax.FunctionDef,
// *syntax.ClassDef, *syntax.Lambda, a comprehension (*syntax.ListComp,
// *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp), the annotation
// scope evaluating the value of a *syntax.TypeAlias, or the one evaluating
// the bound (or constraints) of a *syntax.TypeParam.
func (info *Info) ScopeOf(n syntax.Node) *Scope { return info.scopes[n] }

// TypeParamsOf returns the annotation scope binding the type parameters of
// a generic *syntax.FunctionDef, *syntax.ClassDef or *syntax.TypeAlias, or
// nil if it has none. The scope of the definition itself (or the alias's
// value) is its child.
func (info *Info) TypeParamsOf(n syntax.Node) *Scope { return info.typeParams[n] }

// File resolves the names of a module.
func File(mod *syntax.Module) (*Info, error) {
	r := &resolver{filename: mod.Filename, info: &Info{scopes: map[syntax.Node]*Scope{}, typeParams: map[syntax.Node]*Scope{}}}
	top := r.push(ModuleScope, "<module>", nil)
	r.info.Module = top
	r.stmts(mod.Body)
	r.pop()
	if r.err != nil {
		return nil, r.err
	}
	if r.deferred != nil {
		return nil, r.deferred
	}
	analyze(top, nil)
	if err := nonlocalErrors(r.filename, top); err != nil {
		return nil, err
	}
	return r.info, nil
}

type resolver struct {
	filename string
	deferred *Error // an error CPython reports in its second pass
	info     *Info
	cur      *Scope
	err      error
}

func (r *resolver) errorf(n syntax.Node, format string, args ...any) {
	if r.err == nil {
		var sp syntax.Span
		if n != nil {
			sp = n.GetSpan()
		}
		r.err = &Error{Filename: r.filename, Span: sp, Msg: fmt.Sprintf(format, args...)}
	}
}

func (r *resolver) push(k Kind, name string, n syntax.Node) *Scope {
	s := &Scope{Kind: k, Name: name, Node: n, Parent: r.cur, flags: map[string]int{}, bindings: map[string]Binding{}}
	if r.cur != nil {
		r.cur.Children = append(r.cur.Children, s)
		s.Qualname = qualname(r.cur, name)
		s.private = r.cur.private
	} else {
		s.Qualname = name
	}
	if k == ClassScope {
		s.private = name
	}
	if n != nil {
		r.info.scopes[n] = s
	}
	r.cur = s
	return s
}

// Mangle returns name as the scope binds and looks it up: inside a
// class, a private name (two leading underscores, not two trailing ones)
// becomes _Class__name after the nearest enclosing class, with the class
// name's leading underscores dropped, as CPython's _Py_Mangle does. The
// compiler mangles attribute names the same way.
func (s *Scope) Mangle(name string) string {
	if s.private == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' ||
		strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class := strings.TrimLeft(s.private, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}

func qualname(parent *Scope, name string) string {
	for parent.Kind == AnnotationScope {
		// `def f[T]()` in class C is C.f, as if written without [T].
		parent = parent.Parent
	}
	switch parent.Kind {
	case ModuleScope:
		return name
	case ClassScope:
		return parent.Qualname + "." + name
	default:
		return parent.Qualname + ".<locals>." + name
	}
}

func (r *resolver) pop() { r.cur = r.cur.Parent }

func (r *resolver) note(name string, flag int, n syntax.Node) {
	s := r.cur
	name = s.Mangle(name)
	old, ok := s.flags[name]
	if !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] = old | flag
}

// bind records an assignment of name in the current scope.
func (r *resolver) bind(name string, n syntax.Node) { r.note(name, flagAssigned, n) }

func (r *resolver) use(name string, n syntax.Node) {
	r.note(name, flagUsed, n)
	if name == "super" || name == "__class__" {
		r.markClassCellUse()
	}
}

// markClassCellUse records that the current function needs __class__ from
// the nearest enclosing class.
func (r *resolver) markClassCellUse() {
	s := r.cur
	if s.Kind == ClassScope || s.Kind == ModuleScope {
		return
	}
	for p := s.Parent; p != nil; p = p.Parent {
		if p.Kind == ClassScope {
			p.NeedsClassCell = true
			r.note("__class__", flagUsed, nil)
			return
		}
	}
}

func (r *resolver) stmts(list []syntax.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *resolver) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		for _, d := range s.DecoratorList {
			r.expr(d)
		}
		r.defaults(s.Args)
		r.bind(s.Name, s)
		generic := r.pushTypeParams(s, s.Name, s.TypeParams)
		r.annotations(s.Args, s.Returns)
		sc := r.push(FunctionScope, s.Name, s)
		sc.IsCoroutine = s.IsAsync
		r.params(s.Args, s)
		r.stmts(s.Body)
		r.pop()
		if generic {
			r.pop()
		}
	case *syntax.ClassDef:
		for _, d := range s.DecoratorList {
			r.expr(d)
		}
		r.bind(s.Name, s)
		generic := r.pushTypeParams(s, s.Name, s.TypeParams)
		for _, b := range s.Bases {
			r.expr(b)
		}
		for _, k := range s.Keywords {
			r.expr(k.Value)
		}
		r.push(ClassScope, s.Name, s)
		if generic {
			// The body starts with __type_params__ = .type_params.
			r.use(TypeParamsName, s)
		}
		r.stmts(s.Body)
		r.pop()
		if generic {
			r.pop()
		}
	case *syntax.Return:
		if s.Value != nil {
			r.expr(s.Value)
		}
	case *syntax.Delete:
		for _, t := range s.Targets {
			r.expr(t)
		}
	case *syntax.Assign:
		r.expr(s.Value)
		for _, t := range s.Targets {
			r.expr(t)
		}
	case *syntax.TypeAlias:
		r.expr(s.Name)
		generic := r.pushTypeParams(s, s.Name.Id, s.TypeParams)
		r.pushAnnotation(s.Name.Id, s).what = "a type alias"
		r.expr(s.Value)
		r.pop()
		if generic {
			r.pop()
		}
	case *syntax.AugAssign:
		r.expr(s.Value)
		if n, ok := s.Target.(*syntax.Name); ok {
			r.use(n.Id, n)
		}
		r.expr(s.Target)
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok && s.Simple {
			fl := r.cur.flags[n.Id]
			if fl&(flagGlobal|flagNonlocal) != 0 && r.cur.Kind != ModuleScope {
				kind := "global"
				if fl&flagNonlocal != 0 {
					kind = "nonlocal"
				}
				r.errorf(s, "annotated name '%s' can't be %s", n.Id, kind)
			}
			r.note(n.Id, flagAnnotated, n)
		}
		if s.Value != nil {
			r.expr(s.Value)
		}
		if r.cur.Kind == ModuleScope || r.cur.Kind == ClassScope {
			r.expr(s.Annotation)
		}
		if s.Value != nil || !s.Simple {
			r.expr(s.Target)
		} else if n, ok := s.Target.(*syntax.Name); ok {
			r.bind(n.Id, n)
		}
	case *syntax.For:
		r.expr(s.Iter)
		r.expr(s.Target)
		r.stmts(s.Body)
		r.stmts(s.OrElse)
	case *syntax.While:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.OrElse)
	case *syntax.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.OrElse)
	case *syntax.With:
		for _, it := range s.Items {
			r.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				r.expr(it.OptionalVars)
			}
		}
		r.stmts(s.Body)
	case *syntax.Match:
		r.expr(s.Subject)
		for _, c := range s.Cases {
			r.pattern(c.Pattern)
			if c.Guard != nil {
				r.expr(c.Guard)
			}
			r.stmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			r.expr(s.Exc)
		}
		if s.Cause != nil {
			r.expr(s.Cause)
		}
	case *syntax.Try:
		r.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				r.expr(h.Type)
			}
			if h.Name != "" {
				r.bind(h.Name, h)
				r.note(h.Name, flagDeleted, h)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.OrElse)
		r.stmts(s.FinalBody)
	case *syntax.Assert:
		r.expr(s.Test)
		if s.Msg != nil {
			r.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
				if i := indexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
			}
			r.bind(name, a)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if r.cur.Kind != ModuleScope {
					r.errorf(a, "import * only allowed at module level")
				}
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			r.bind(name, a)
		}
	case *syntax.Global:
		for _, name := range s.Names {
			r.declare(name, flagGlobal, s)
		}
	case *syntax.Nonlocal:
		for _, name := range s.Names {
			r.declare(name, flagNonlocal, s)
			if name == "__class__" {
				// The enclosing class's implicit __class__ cell is a
				// binding nonlocal can name.
				r.markClassCellUse()
			}
		}
		if r.cur.Kind == ModuleScope && r.deferred == nil {
			// Reported after the first pass, as CPython's symtable does.
			r.deferred = &Error{Filename: r.filename, Span: s.Span, Msg: "nonlocal declaration not allowed at module level"}
		}
	case *syntax.ExprStmt:
		r.expr(s.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	default:
		r.errorf(s, "resolve: unexpected statement %T", s)
	}
}

// Hidden names of annotation scopes, spelled as CPython spells them (a
// dot keeps them apart from any Python name).
const (
	// ClassDictName is the cell through which annotation scopes in a class
	// body see its namespace.
	ClassDictName = "__classdict__"
	// TypeParamsName holds the tuple of a generic class's type parameters,
	// which the class body stores as __type_params__.
	TypeParamsName = ".type_params"
	// GenericBaseName holds Generic[*type_params], the implicit last base
	// of a generic class.
	GenericBaseName = ".generic_base"
	// DefaultsName and KwDefaultsName are the parameters through which a
	// generic function's defaults, evaluated outside its annotation scope,
	// reach the function made inside it.
	DefaultsName   = ".defaults"
	KwDefaultsName = ".kwdefaults"
)

// HasKwDefaults reports whether some keyword-only parameter has a default.
func HasKwDefaults(a *syntax.Arguments) bool {
	if a != nil {
		for _, d := range a.KwDefaults {
			if d != nil {
				return true
			}
		}
	}
	return false
}

// pushTypeParams opens the annotation scope of a generic definition n and
// binds its type parameters there, each bound (or tuple of constraints) in
// an annotation scope of its own, as it is evaluated lazily. It reports
// whether it pushed a scope: nothing is pushed for an empty list.
func (r *resolver) pushTypeParams(n syntax.Node, name string, params []*syntax.TypeParam) bool {
	if len(params) == 0 {
		return false
	}
	sc := r.pushAnnotation("<generic parameters of "+name+">", nil)
	sc.what = "the definition of a generic"
	r.info.typeParams[n] = sc
	if f, ok := n.(*syntax.FunctionDef); ok && f.Args != nil {
		if len(f.Args.Defaults) > 0 {
			r.note(DefaultsName, flagParam, n)
			sc.Params = append(sc.Params, DefaultsName)
		}
		if HasKwDefaults(f.Args) {
			r.note(KwDefaultsName, flagParam, n)
			sc.Params = append(sc.Params, KwDefaultsName)
		}
	}
	for _, p := range params {
		if _, dup := sc.flags[p.Name]; dup {
			r.errorf(p, "duplicate type parameter '%s'", p.Name)
		}
		r.bind(p.Name, p)
		if p.Bound != nil {
			r.pushAnnotation(p.Name, p).what = "a TypeVar bound"
			r.expr(p.Bound)
			r.pop()
		}
	}
	if _, ok := n.(*syntax.ClassDef); ok {
		r.bind(TypeParamsName, n)
		r.bind(GenericBaseName, n)
		r.use(GenericBaseName, n)
	}
	return true
}

// pushAnnotation opens an annotation scope. In a class body it can see the
// class namespace, through a cell the class makes for it.
func (r *resolver) pushAnnotation(name string, n syntax.Node) *Scope {
	parent := r.cur
	sc := r.push(AnnotationScope, name, n)
	if parent.Kind == ClassScope || (parent.Kind == AnnotationScope && parent.CanSeeClassScope) {
		sc.CanSeeClassScope = true
		r.note(ClassDictName, flagUsed, n)
		for p := parent; p != nil; p = p.Parent {
			if p.Kind == ClassScope {
				p.NeedsClassDict = true
				break
			}
		}
	}
	return sc
}

// forbidInClassAnnotation reports a lambda or comprehension in an
// annotation scope that can see a class scope, which CPython 3.12 does not
// support.
func (r *resolver) forbidInClassAnnotation(n syntax.Node, what string) {
	if r.cur.Kind == AnnotationScope && r.cur.CanSeeClassScope {
		r.errorf(n, "Cannot use %s in annotation scope within class scope", what)
	}
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func (r *resolver) declare(name string, flag int, n syntax.Node) {
	s := r.cur
	name = s.Mangle(name)
	fl := s.flags[name]
	kind := "global"
	if flag == flagNonlocal {
		kind = "nonlocal"
	}
	// The order of the checks is CPython's (symtable.c).
	switch {
	case fl&flagParam != 0:
		r.errorf(n, "name '%s' is parameter and %s", name, kind)
	case fl&flagUsed != 0:
		r.errorf(n, "name '%s' is used prior to %s declaration", name, kind)
	case fl&flagAnnotated != 0:
		r.errorf(n, "annotated name '%s' can't be %s", name, kind)
	case fl&flagAssigned != 0:
		r.errorf(n, "name '%s' is assigned to before %s declaration", name, kind)
	case (flag == flagGlobal && fl&flagNonlocal != 0) || (flag == flagNonlocal && fl&flagGlobal != 0):
		// Reported after the first pass, as CPython's analyze_name does.
		if r.deferred == nil {
			sp := n.GetSpan()
			if first, ok := s.declSpan[name]; ok {
				sp = first
			}
			r.deferred = &Error{Filename: r.filename, Span: sp, Msg: fmt.Sprintf("name '%s' is nonlocal and global", name)}
		}
	}
	r.note(name, flag, n)
	if s.declSpan == nil {
		s.declSpan = map[string]syntax.Span{}
	}
	if _, ok := s.declSpan[name]; !ok {
		s.declSpan[name] = n.GetSpan() // errors point at the first directive, as CPython's
	}
}

func (r *resolver) defaults(a *syntax.Arguments) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		r.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			r.expr(d)
		}
	}
}

func (r *resolver) annotations(a *syntax.Arguments, returns syntax.Expr) {
	if a != nil {
		for _, list := range [][]*syntax.Arg{a.PosOnlyArgs, a.Args, a.KwOnlyArgs} {
			for _, p := range list {
				if p.Annotation != nil {
					r.expr(p.Annotation)
				}
			}
		}
		for _, p := range []*syntax.Arg{a.VarArg, a.KwArg} {
			if p != nil && p.Annotation != nil {
				r.expr(p.Annotation)
			}
		}
	}
	if returns != nil {
		r.expr(returns)
	}
}

// ParamNames returns a function's parameter names in frame order:
// positional-only, positional-or-keyword, *args, keyword-only, **kwargs.
// (The frame puts *args after the keyword-only parameters? No: CPython
// order is posonly, args, kwonly, *args, **kwargs; we follow CPython.)
func ParamNames(a *syntax.Arguments) []*syntax.Arg {
	if a == nil {
		return nil
	}
	var out []*syntax.Arg
	out = append(out, a.PosOnlyArgs...)
	out = append(out, a.Args...)
	out = append(out, a.KwOnlyArgs...)
	if a.VarArg != nil {
		out = append(out, a.VarArg)
	}
	if a.KwArg != nil {
		out = append(out, a.KwArg)
	}
	return out
}

func (r *resolver) params(a *syntax.Arguments, n syntax.Node) {
	for _, p := range ParamNames(a) {
		name := r.cur.Mangle(p.Arg)
		if _, dup := r.cur.flags[name]; dup && r.cur.flags[name]&flagParam != 0 {
			r.errorf(p, "duplicate argument '%s' in function definition", p.Arg)
		}
		if p.Arg == "__debug__" {
			r.errorf(p, "cannot assign to __debug__")
		}
		r.note(name, flagParam, p)
		r.cur.Params = append(r.cur.Params, name)
	}
}

func (r *resolver) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			r.expr(e)
		}
	}
}

func (r *resolver) expr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			r.use(e.Id, e)
		} else {
			r.bind(e.Id, e)
			if e.Ctx == syntax.Del {
				r.note(e.Id, flagDeleted, e)
			}
		}
	case *syntax.BoolOp:
		r.exprs(e.Values)
	case *syntax.NamedExpr:
		r.expr(e.Value)
		r.walrus(e)
	case *syntax.BinOp:
		r.expr(e.Left)
		r.expr(e.Right)
	case *syntax.UnaryOp:
		r.expr(e.Operand)
	case *syntax.Lambda:
		r.forbidInClassAnnotation(e, "lambda")
		r.defaults(e.Args)
		r.push(LambdaScope, "<lambda>", e)
		r.params(e.Args, e)
		r.expr(e.Body)
		r.pop()
	case *syntax.IfExp:
		r.expr(e.Test)
		r.expr(e.Body)
		r.expr(e.OrElse)
	case *syntax.Dict:
		r.exprs(e.Keys)
		r.exprs(e.Values)
	case *syntax.Set:
		r.exprs(e.Elts)
	case *syntax.ListComp:
		r.comprehension(e, "<listcomp>", e.Generators, e.Elt)
	case *syntax.SetComp:
		r.comprehension(e, "<setcomp>", e.Generators, e.Elt)
	case *syntax.DictComp:
		r.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		r.comprehension(e, "<genexpr>", e.Generators, e.Elt)
	case *syntax.Await:
		r.forbidInAnnotationScope(e, "await expression")
		switch r.cur.Kind {
		case ModuleScope, ClassScope:
			r.errorf(e, "'await' outside function")
		case FunctionScope, LambdaScope:
			if !r.cur.IsCoroutine {
				r.errorf(e, "'await' outside async function")
			}
		}
		r.expr(e.Value)
	case *syntax.Yield:
		r.yield(e)
		if e.Value != nil {
			r.expr(e.Value)
		}
	case *syntax.YieldFrom:
		r.yield(e)
		if r.cur.IsCoroutine {
			r.errorf(e, "'yield from' inside async function")
		}
		r.expr(e.Value)
	case *syntax.Compare:
		r.expr(e.Left)
		r.exprs(e.Comparators)
	case *syntax.Call:
		r.expr(e.Func)
		r.exprs(e.Args)
		for _, k := range e.Keywords {
			r.expr(k.Value)
		}
	case *syntax.FormattedValue:
		r.expr(e.Value)
		if e.FormatSpec != nil {
			r.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		r.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		r.expr(e.Value)
	case *syntax.Subscript:
		r.expr(e.Value)
		r.expr(e.Slice)
	case *syntax.Starred:
		r.expr(e.Value)
	case *syntax.List:
		r.exprs(e.Elts)
	case *syntax.Tuple:
		r.exprs(e.Elts)
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				r.expr(x)
			}
		}
	default:
		r.errorf(e, "resolve: unexpected expression %T", e)
	}
}

// forbidInAnnotationScope reports what (yield, await, :=) as CPython does
// when it appears in an annotation scope, which runs lazily or as part of
// a definition and so cannot suspend or bind names.
func (r *resolver) forbidInAnnotationScope(e syntax.Expr, what string) {
	if r.cur.Kind == AnnotationScope {
		r.errorf(e, "%s cannot be used within %s", what, r.cur.what)
	}
}

func (r *resolver) yield(e syntax.Expr) {
	switch r.cur.Kind {
	case AnnotationScope:
		r.forbidInAnnotationScope(e, "yield expression")
	case ModuleScope, ClassScope:
		r.errorf(e, "'yield' outside function")
	case ComprehensionScope:
		if r.cur.Name != "<genexpr>" || true {
			r.errorf(e, "'yield' inside %s", compName(r.cur.Name))
		}
	default:
		r.cur.IsGenerator = true
	}
}

func compName(n string) string {
	switch n {
	case "<listcomp>":
		return "list comprehension"
	case "<setcomp>":
		return "set comprehension"
	case "<dictcomp>":
		return "dict comprehension"
	}
	return "generator expression"
}

// walrus binds the target of := in the nearest enclosing non-comprehension
// scope (PEP 572); inside comprehensions it is a free (or global) name.
func (r *resolver) walrus(e *syntax.NamedExpr) {
	name := e.Target.Id
	r.forbidInAnnotationScope(e, "named expression")
	if r.cur.compIterExpr > 0 {
		r.errorf(e, "assignment expression cannot be used in a comprehension iterable expression")
		return
	}
	if r.cur.Kind != ComprehensionScope {
		r.bind(name, e.Target)
		return
	}
	var target *Scope
	for s := r.cur; s != nil; s = s.Parent {
		if s.Kind == ComprehensionScope {
			if s.flags[name]&flagCompIter != 0 {
				r.errorf(e.Target, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
				return
			}
			continue
		}
		target = s
		break
	}
	if target.Kind == ClassScope {
		r.errorf(e.Target, "assignment expression within a comprehension cannot be used in a class body")
		return
	}
	saved := r.cur
	r.cur = target
	if target.Kind == ModuleScope {
		r.bind(name, e.Target)
	} else {
		r.bind(name, e.Target)
	}
	r.cur = saved
	for s := r.cur; s != target; s = s.Parent {
		if target.Kind == ModuleScope {
			s.flags[name] |= flagGlobal
		} else {
			s.flags[name] |= flagNonlocal
		}
		if _, ok := s.flags[name]; ok {
			s.order = append(s.order, name)
		}
	}
}

// comprehension resolves the comprehension n (a Node, which its callers
// convert their node type to statically, where converting an Expr would
// look the itab up at run time).
func (r *resolver) comprehension(n syntax.Node, name string, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	r.forbidInClassAnnotation(n, "comprehension")
	// The first iterator is evaluated in the enclosing scope.
	r.compIter(gens[0].Iter)
	sc := r.push(ComprehensionScope, name, n)
	sc.Params = []string{".0"}
	r.note(".0", flagParam, n)
	if name == "<genexpr>" {
		sc.IsGenerator = true
	}
	for i, g := range gens {
		if i > 0 {
			r.compIter(g.Iter)
		}
		r.compTarget(g.Target)
		r.exprs(g.Ifs)
	}
	r.exprs(elts)
	r.pop()
}

// compIter resolves a comprehension's iterable, where := is an error.
func (r *resolver) compIter(e syntax.Expr) {
	r.cur.compIterExpr++
	r.expr(e)
	r.cur.compIterExpr--
}

func (r *resolver) compTarget(t syntax.Expr) {
	r.expr(t)
	var mark func(syntax.Expr)
	mark = func(e syntax.Expr) {
		switch e := e.(type) {
		case *syntax.Name:
			r.cur.flags[e.Id] |= flagCompIter
		case *syntax.Tuple:
			for _, x := range e.Elts {
				mark(x)
			}
		case *syntax.List:
			for _, x := range e.Elts {
				mark(x)
			}
		case *syntax.Starred:
			mark(e.Value)
		}
	}
	mark(t)
}

func (r *resolver) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		r.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			r.pattern(q)
		}
	case *syntax.MatchMapping:
		r.exprs(p.Keys)
		for _, q := range p.Patterns {
			r.pattern(q)
		}
		if p.Rest != "" {
			r.bind(p.Rest, p)
		}
	case *syntax.MatchClass:
		r.expr(p.Cls)
		for _, q := range p.Patterns {
			r.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			r.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			r.bind(p.Name, p)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			r.pattern(p.Pattern)
		}
		if p.Name != "" {
			r.bind(p.Name, p)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			r.pattern(q)
		}
	}
}

// analyze computes bindings bottom-up. free is the set of names that
// enclosing function scopes bind (name → binding scope), visible here.
func analyze(s *Scope, visible map[string]*Scope) {
	isFunc := s.IsFunction()
	// First: local decisions.
	for _, name := range s.order {
		fl := s.flags[name]
		switch {
		case fl&flagGlobal != 0:
			s.bindings[name] = GlobalExplicit
		case fl&flagNonlocal != 0:
			s.bindings[name] = Free // checked below
		case fl&(flagAssigned|flagParam) != 0 || (fl&flagAnnotated != 0 && isFunc):
			if isFunc {
				s.bindings[name] = Local
			} else {
				s.bindings[name] = Name
			}
		}
	}
	// Names visible to children: enclosing function bindings plus ours.
	childVisible := map[string]*Scope{}
	for k, v := range visible {
		childVisible[k] = v
	}
	if isFunc {
		for name, b := range s.bindings {
			if b == Local {
				childVisible[name] = s
			} else if b == GlobalExplicit {
				delete(childVisible, name)
			}
		}
	} else if s.Kind == ClassScope {
		if s.NeedsClassCell {
			childVisible["__class__"] = s
		}
		if s.NeedsClassDict {
			childVisible[ClassDictName] = s
		}
		for name, b := range s.bindings {
			if b == GlobalExplicit {
				delete(childVisible, name)
			}
		}
	}
	for _, c := range s.Children {
		analyze(c, childVisible)
	}
	// Nonlocal declarations must name an enclosing function binding.
	// (Errors found here are reported through panics caught by File? We
	// keep it simple: record in s.err.)
	for _, name := range s.order {
		fl := s.flags[name]
		if fl&flagNonlocal != 0 {
			if b, ok := visible[name]; !ok || b.Kind == ClassScope && name != "__class__" {
				s.bindings[name] = Unknown
				s.nonlocalErr = append(s.nonlocalErr, name)
			}
		}
	}
	// Free variables of children that are not ours pass through as free;
	// those that are ours become cells.
	for _, c := range s.Children {
		for _, name := range c.Frees {
			if name == "__class__" && s.Kind == ClassScope && s.NeedsClassCell {
				continue
			}
			if name == ClassDictName && s.Kind == ClassScope && s.NeedsClassDict {
				continue
			}
			if isFunc && (s.bindings[name] == Local || s.bindings[name] == Cell) {
				s.bindings[name] = Cell
				continue
			}
			if s.Kind == ClassScope {
				// A class passes free names through without capturing
				// them; if the class body binds the name itself it still
				// needs the outer cell for the children.
				s.classFree(name)
				continue
			}
			if b := s.bindings[name]; b == Unknown || b == Free {
				s.bindings[name] = Free
				s.addOrder(name)
			}
		}
	}
	// Uses of names not bound here.
	for _, name := range s.order {
		if _, ok := s.bindings[name]; ok {
			continue
		}
		if owner, ok := visible[name]; ok && (isFunc || name == "__class__") {
			_ = owner
			s.bindings[name] = Free
		} else if owner, ok := visible[name]; ok && s.Kind == ClassScope && owner != nil {
			// A class body reads an enclosing function's variable: CPython
			// uses LOAD_FROM_DICT_OR_DEREF; we treat it as free but the
			// class keeps its dict lookup first.
			s.bindings[name] = Free
		}
	}
	s.finish()
}

func nonlocalErrors(filename string, s *Scope) error {
	for _, name := range s.nonlocalErr {
		return &Error{Filename: filename, Span: s.declSpan[name], Msg: fmt.Sprintf("no binding for nonlocal '%s' found", name)}
	}
	for _, c := range s.Children {
		if err := nonlocalErrors(filename, c); err != nil {
			return err
		}
	}
	return nil
}

func (s *Scope) addOrder(name string) {
	if _, ok := s.flags[name]; !ok {
		s.flags[name] = 0
		s.order = append(s.order, name)
	}
}

// classFree records that a name passes through a class scope to its
// children. If the class binds the name itself, the class's own binding
// (Name) wins for the class body; the children still see the outer cell,
// which the class receives as a hidden free variable.
func (s *Scope) classFree(name string) {
	s.addOrder(name)
	if b := s.bindings[name]; b == Name || b == GlobalExplicit {
		if s.passFree == nil {
			s.passFree = map[string]bool{}
		}
		s.passFree[name] = true
		return
	}
	s.bindings[name] = Free
}

func (s *Scope) finish() {
	var cells, frees []string
	for name, b := range s.bindings {
		switch b {
		case Cell:
			cells = append(cells, name)
		case Free:
			frees = append(frees, name)
		}
	}
	for name := range s.passFree {
		frees = append(frees, name)
	}
	if s.Kind == ClassScope && s.NeedsClassCell {
		cells = append(cells, "__class__")
	}
	if s.Kind == ClassScope && s.NeedsClassDict {
		cells = append(cells, ClassDictName)
	}
	// Most scopes have no cells and no frees: no call, whose code would be
	// touched by every start-up for nothing.
	if len(cells) > 1 {
		sort.Strings(cells)
	}
	if len(frees) > 1 {
		sort.Strings(frees)
	}
	// Parameters that are cells come first, in parameter order.
	var pc []string
	isParam := map[string]bool{}
	for _, p := range s.Params {
		if s.bindings[p] == Cell && !isParam[p] {
			pc = append(pc, p)
			isParam[p] = true
		}
	}
	for _, c := range cells {
		if !isParam[c] {
			pc = append(pc, c)
		}
	}
	s.Cells = pc
	s.Frees = frees
}

// IsFunction reports whether s runs as a function, with its locals in
// registers, rather than in a namespace dict.
func (s *Scope) IsFunction() bool {
	switch s.Kind {
	case FunctionScope, LambdaScope, ComprehensionScope, AnnotationScope:
		return true
	}
	return false
}

// Deleted reports whether name is ever unbound in s by del or at the end of
// an except clause; the compiler then never assumes it is bound.
func (s *Scope) Deleted(name string) bool { return s.flags[name]&flagDeleted != 0 }

// IsParam reports whether name is a parameter of s.
func (s *Scope) IsParam(name string) bool { return s.flags[name]&flagParam != 0 }

// PassFree reports whether name is a free variable the class scope s only
// passes through to its methods (the class body itself binds name in its
// namespace).
func (s *Scope) PassFree(name string) bool { return s.passFree[name] }

// NonlocalErrors lists nonlocal names with no binding found.
func (s *Scope) NonlocalErrors() []string { return s.nonlocalErr }
