package syntax

// Walk traverses a syntax tree in depth-first order. It calls f(n) for each
// node n; if f returns true, Walk visits n's children, in source order.
//
// The auxiliary WithItem, MatchCase and Arguments have no position and so
// are not Nodes: Walk passes through them to their children.
func Walk(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	w := walker(f)
	switch n := n.(type) {
	case *FunctionDef:
		w.exprs(n.DecoratorList)
		w.typeParams(n.TypeParams)
		w.arguments(n.Args)
		w.expr(n.Returns)
		w.stmts(n.Body)
	case *ClassDef:
		w.exprs(n.DecoratorList)
		w.typeParams(n.TypeParams)
		w.exprs(n.Bases)
		for _, k := range n.Keywords {
			Walk(k, f)
		}
		w.stmts(n.Body)
	case *Return:
		w.expr(n.Value)
	case *Delete:
		w.exprs(n.Targets)
	case *Assign:
		w.exprs(n.Targets)
		w.expr(n.Value)
	case *TypeAlias:
		Walk(n.Name, f)
		w.typeParams(n.TypeParams)
		w.expr(n.Value)
	case *AugAssign:
		w.expr(n.Target)
		w.expr(n.Value)
	case *AnnAssign:
		w.expr(n.Target)
		w.expr(n.Annotation)
		w.expr(n.Value)
	case *For:
		w.expr(n.Target)
		w.expr(n.Iter)
		w.stmts(n.Body)
		w.stmts(n.OrElse)
	case *While:
		w.expr(n.Test)
		w.stmts(n.Body)
		w.stmts(n.OrElse)
	case *If:
		w.expr(n.Test)
		w.stmts(n.Body)
		w.stmts(n.OrElse)
	case *With:
		for _, item := range n.Items {
			w.expr(item.ContextExpr)
			w.expr(item.OptionalVars)
		}
		w.stmts(n.Body)
	case *Match:
		w.expr(n.Subject)
		for _, c := range n.Cases {
			w.pattern(c.Pattern)
			w.expr(c.Guard)
			w.stmts(c.Body)
		}
	case *Raise:
		w.expr(n.Exc)
		w.expr(n.Cause)
	case *Try:
		w.stmts(n.Body)
		for _, h := range n.Handlers {
			Walk(h, f)
		}
		w.stmts(n.OrElse)
		w.stmts(n.FinalBody)
	case *Assert:
		w.expr(n.Test)
		w.expr(n.Msg)
	case *Import:
		for _, a := range n.Names {
			Walk(a, f)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			Walk(a, f)
		}
	case *ExprStmt:
		w.expr(n.Value)
	case *Global, *Nonlocal, *Pass, *Break, *Continue:

	case *BoolOp:
		w.exprs(n.Values)
	case *NamedExpr:
		Walk(n.Target, f)
		w.expr(n.Value)
	case *BinOp:
		w.expr(n.Left)
		w.expr(n.Right)
	case *UnaryOp:
		w.expr(n.Operand)
	case *Lambda:
		w.arguments(n.Args)
		w.expr(n.Body)
	case *IfExp:
		w.expr(n.Body)
		w.expr(n.Test)
		w.expr(n.OrElse)
	case *Dict:
		for i, k := range n.Keys {
			w.expr(k)
			w.expr(n.Values[i])
		}
	case *Set:
		w.exprs(n.Elts)
	case *ListComp:
		w.expr(n.Elt)
		w.comprehensions(n.Generators)
	case *SetComp:
		w.expr(n.Elt)
		w.comprehensions(n.Generators)
	case *DictComp:
		w.expr(n.Key)
		w.expr(n.Value)
		w.comprehensions(n.Generators)
	case *GeneratorExp:
		w.expr(n.Elt)
		w.comprehensions(n.Generators)
	case *Await:
		w.expr(n.Value)
	case *Yield:
		w.expr(n.Value)
	case *YieldFrom:
		w.expr(n.Value)
	case *Compare:
		w.expr(n.Left)
		w.exprs(n.Comparators)
	case *Call:
		w.expr(n.Func)
		w.exprs(n.Args)
		for _, k := range n.Keywords {
			Walk(k, f)
		}
	case *FormattedValue:
		w.expr(n.Value)
		w.expr(n.FormatSpec)
	case *JoinedStr:
		w.exprs(n.Values)
	case *Attribute:
		w.expr(n.Value)
	case *Subscript:
		w.expr(n.Value)
		w.expr(n.Slice)
	case *Starred:
		w.expr(n.Value)
	case *List:
		w.exprs(n.Elts)
	case *Tuple:
		w.exprs(n.Elts)
	case *Slice:
		w.expr(n.Lower)
		w.expr(n.Upper)
		w.expr(n.Step)
	case *Constant, *Name:

	case *MatchValue:
		w.expr(n.Value)
	case *MatchSequence:
		w.patterns(n.Patterns)
	case *MatchMapping:
		for i, k := range n.Keys {
			w.expr(k)
			w.pattern(n.Patterns[i])
		}
	case *MatchClass:
		w.expr(n.Cls)
		w.patterns(n.Patterns)
		w.patterns(n.KwdPatterns)
	case *MatchAs:
		w.pattern(n.Pattern)
	case *MatchOr:
		w.patterns(n.Patterns)
	case *MatchSingleton, *MatchStar:

	case *Comprehension:
		w.expr(n.Target)
		w.expr(n.Iter)
		w.exprs(n.Ifs)
	case *ExceptHandler:
		w.expr(n.Type)
		w.stmts(n.Body)
	case *Arg:
		w.expr(n.Annotation)
	case *Keyword:
		w.expr(n.Value)
	case *TypeParam:
		w.expr(n.Bound)
	case *Alias:
	}
}

// WalkModule calls Walk on each statement of m.
func WalkModule(m *Module, f func(Node) bool) {
	for _, s := range m.Body {
		Walk(s, f)
	}
}

// walker holds Walk's callback so that the helpers below can skip nil
// children, which must not reach Walk as typed nil interfaces.
type walker func(Node) bool

func (w walker) expr(x Expr) {
	if x != nil {
		Walk(x, w)
	}
}

func (w walker) exprs(xs []Expr) {
	for _, x := range xs {
		w.expr(x)
	}
}

func (w walker) stmts(ss []Stmt) {
	for _, s := range ss {
		Walk(s, w)
	}
}

func (w walker) pattern(p Pattern) {
	if p != nil {
		Walk(p, w)
	}
}

func (w walker) patterns(ps []Pattern) {
	for _, p := range ps {
		w.pattern(p)
	}
}

func (w walker) comprehensions(cs []*Comprehension) {
	for _, c := range cs {
		Walk(c, w)
	}
}

func (w walker) typeParams(tps []*TypeParam) {
	for _, tp := range tps {
		Walk(tp, w)
	}
}

func (w walker) arguments(a *Arguments) {
	if a == nil {
		return
	}
	for _, list := range [][]*Arg{a.PosOnlyArgs, a.Args, {a.VarArg}, a.KwOnlyArgs, {a.KwArg}} {
		for _, arg := range list {
			if arg != nil {
				Walk(arg, w)
			}
		}
	}
	w.exprs(a.KwDefaults)
	w.exprs(a.Defaults)
}
