package compile

// This file compiles expressions.

import (
	"math/big"

	"github.com/kilnpy/kiln/vm/resolve"
	"github.com/kilnpy/kiln/vm/syntax"
)

// expr compiles e and returns a register holding its value. The register
// may be a local or a constant register: callers must not write it.
func (c *compiler) expr(e syntax.Expr) int {
	switch e := e.(type) {
	case *syntax.Name:
		c.setPos(e)
		return c.loadName(e.Id, e)
	case *syntax.Constant:
		return c.kreg(constValue(e))
	}
	t := c.tmp()
	c.exprTo(e, t)
	return t
}

func constValue(k *syntax.Constant) any {
	switch v := k.Value.(type) {
	case syntax.EllipsisType:
		return Ellipsis{}
	case int:
		return big.NewInt(int64(v))
	default:
		return v
	}
}

// loadNameTo loads the value of name into register dst.
func (c *compiler) loadNameTo(name string, n syntax.Node, dst int) {
	f := c.fn
	name = f.scope.Mangle(name)
	if c.seesClassDict(name) {
		c.loadFromClassDict(name, n, dst)
		return
	}
	switch f.scope.Lookup(name) {
	case resolve.GlobalExplicit, resolve.GlobalImplicit:
		if name != "__debug__" {
			c.emitBx(LOADGLOBAL, dst, c.nameIndex(name))
			return
		}
	case resolve.Name:
		if name != "__debug__" {
			c.emitBx(LOADNAME, dst, c.nameIndex(name))
			return
		}
	}
	c.move(dst, c.loadName(name, n))
}

// loadName returns a register holding the value of name.
func (c *compiler) loadName(name string, n syntax.Node) int {
	f := c.fn
	name = f.scope.Mangle(name)
	if name == "__debug__" {
		return c.kreg(c.optimize == 0)
	}
	if c.seesClassDict(name) {
		t := c.tmp()
		c.loadFromClassDict(name, n, t)
		return t
	}
	switch f.scope.Lookup(name) {
	case resolve.Local:
		r := f.regs[name]
		if !f.definite[name] {
			c.setPos(n)
			c.emit(CHECKLOCAL, r, 0, 0)
			if !f.scope.Deleted(name) {
				f.definite[name] = true // checked from here on in straight-line code
			}
		}
		return r
	case resolve.Cell, resolve.Free:
		t := c.tmp()
		c.setPos(n)
		if f.scope.Kind == resolve.ClassScope && name != "__class__" {
			c.emit(LOADCLASSDEREF, t, f.regs[name], c.nameIndex(name))
		} else {
			c.emit(LOADDEREF, t, f.regs[name], 0)
		}
		return t
	case resolve.GlobalExplicit, resolve.GlobalImplicit:
		t := c.tmp()
		c.setPos(n)
		c.emitBx(LOADGLOBAL, t, c.nameIndex(name))
		return t
	default:
		t := c.tmp()
		c.setPos(n)
		c.emitBx(LOADNAME, t, c.nameIndex(name))
		return t
	}
}

// seesClassDict reports whether a load of name in the current scope looks
// in the namespace of an enclosing class first: the scope is an annotation
// scope in a class body and name is not its own.
func (c *compiler) seesClassDict(name string) bool {
	s := c.fn.scope
	if !s.CanSeeClassScope || name == resolve.ClassDictName || name == "__class__" || name == "__debug__" {
		return false
	}
	b := s.Lookup(name)
	return b == resolve.GlobalImplicit || b == resolve.Free
}

// loadFromClassDict loads name into dst from the class namespace held in
// the __classdict__ cell if it is there, else as the scope would without
// a class (a global or the free variable's cell): CPython's
// LOAD_FROM_DICT_OR_GLOBALS and LOAD_FROM_DICT_OR_DEREF.
func (c *compiler) loadFromClassDict(name string, n syntax.Node, dst int) {
	f := c.fn
	c.setPos(n)
	d, found := c.tmp(), c.tmp()
	c.emit(LOADDEREF, d, f.regs[resolve.ClassDictName], 0)
	key := c.kreg(name)
	c.emit(IN, found, key, d)
	missing, done := newLabel(), newLabel()
	c.jumpOp(JF, found, 0, 0, missing)
	c.emit(GETITEM, dst, d, key)
	c.jmp(done)
	c.bind(missing)
	if f.scope.Lookup(name) == resolve.Free {
		c.emit(LOADDEREF, dst, f.regs[name], 0)
	} else {
		c.emitBx(LOADGLOBAL, dst, c.nameIndex(name))
	}
	c.bind(done)
}

// exprTo compiles e into register dst.
func (c *compiler) exprTo(e syntax.Expr, dst int) {
	f := c.fn
	saved := f.top
	if dst >= f.top && dst < kmark {
		f.top = dst + 1
		if f.top > f.maxTop {
			f.maxTop = f.top
		}
	}
	defer func() { f.top = saved }()
	switch e := e.(type) {
	case *syntax.Name:
		c.setPos(e)
		c.loadNameTo(e.Id, e, dst)
	case *syntax.Constant:
		r := c.expr(e)
		c.setPos(e)
		c.move(dst, r)
	case *syntax.BinOp:
		var l int
		if _, ok := e.Left.(*syntax.BinOp); ok && dst >= f.tempBase && dst < kmark {
			c.exprTo(e.Left, dst) // a fresh temporary: evaluate the left operand in place
			l = dst
		} else {
			l = c.expr(e.Left)
		}
		r := c.expr(e.Right)
		c.setPos(e)
		if ls, rs := e.Left.GetSpan(), e.Right.GetSpan(); ls.End.Line == e.Start.Line && rs.Start.Line == e.Start.Line && e.End.Line == e.Start.Line {
			c.fn.anchor = Anchor{AnchorBinOp, ls.End.Col, rs.Start.Col}
		}
		c.emit(ADD+Opcode(e.Op), dst, l, r)
		c.fn.anchor = Anchor{}
	case *syntax.UnaryOp:
		x := c.expr(e.Operand)
		c.setPos(e)
		switch e.Op {
		case syntax.USub:
			c.emit(NEG, dst, x, 0)
		case syntax.UAdd:
			c.emit(POS, dst, x, 0)
		case syntax.Invert:
			c.emit(INVERT, dst, x, 0)
		case syntax.Not:
			c.emit(NOT, dst, x, 0)
		}
	case *syntax.Compare:
		c.compare(e, dst)
	case *syntax.BoolOp:
		end := newLabel()
		d0 := c.snapshot()
		for i, v := range e.Values {
			c.exprTo(v, dst)
			if i < len(e.Values)-1 {
				c.setPos(e)
				if e.Op == syntax.And {
					c.jumpOp(JF, dst, 0, 0, end)
				} else {
					c.jumpOp(JT, dst, 0, 0, end)
				}
			}
			if i == 0 {
				d0 = c.snapshot()
			}
		}
		c.bind(end)
		c.fn.definite = d0
	case *syntax.IfExp:
		els, end := newLabel(), newLabel()
		c.jumpIf(e.Test, false, els)
		d0 := c.snapshot()
		c.exprTo(e.Body, dst)
		c.jmp(end)
		c.bind(els)
		c.fn.definite = c.snapshotOf(d0)
		c.exprTo(e.OrElse, dst)
		c.bind(end)
		c.fn.definite = d0
	case *syntax.NamedExpr:
		c.exprTo(e.Value, dst)
		c.storeName(e.Target.Id, dst, e.Target)
	case *syntax.Attribute:
		obj := c.expr(e.Value)
		c.setPos(e)
		c.emit(GETATTR, dst, obj, c.attrIndex(e.Attr))
	case *syntax.Subscript:
		c.checkSubscript(e)
		obj := c.expr(e.Value)
		key := c.expr(e.Slice)
		c.setPos(e)
		c.fn.anchor = subscriptAnchor(e)
		c.emit(GETITEM, dst, obj, key)
		c.fn.anchor = Anchor{}
	case *syntax.Slice:
		b := c.tmps(3)
		n := 2
		for i, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x == nil {
				c.move(b+i, c.kreg(nil))
			} else {
				c.exprTo(x, b+i)
			}
		}
		if e.Step != nil {
			n = 3
		}
		c.setPos(e)
		c.emit(SLICE, dst, b, n)
	case *syntax.Call:
		c.call(e, dst)
	case *syntax.Tuple:
		if k, ok := constTuple(e); ok {
			c.move(dst, c.kreg(k))
			return
		}
		c.sequence(e, e.Elts, dst, TUPLE)
	case *syntax.List:
		c.sequence(e, e.Elts, dst, LIST)
	case *syntax.Set:
		c.setDisplay(e, dst)
	case *syntax.Dict:
		c.dict(e, dst)
	case *syntax.Lambda:
		r := c.makeFunction(e, "<lambda>", e.Args, nil, func() {
			c.setSpan(e.Body.GetSpan())
			v := c.expr(e.Body)
			c.emit(RETURN, v, 0, 0)
		})
		c.move(dst, r)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, dst, func(res int) {
			v := c.expr(e.Elt)
			c.setPos(e)
			c.emit(LISTAPPEND, res, v, 0)
		})
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, dst, func(res int) {
			v := c.expr(e.Elt)
			c.setPos(e)
			c.emit(SETADD, res, v, 0)
		})
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, dst, func(res int) {
			k := c.expr(e.Key)
			v := c.expr(e.Value)
			c.setPos(e)
			c.emit(DICTSET, res, k, v)
		})
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, dst, func(res int) {
			v := c.expr(e.Elt)
			c.setPos(e)
			t := c.tmp()
			c.emit(YIELD, t, v, 0)
		})
	case *syntax.Yield:
		v := c.kreg(nil)
		if e.Value != nil {
			v = c.expr(e.Value)
		}
		c.setPos(e)
		c.emit(YIELD, dst, v, 0)
	case *syntax.YieldFrom:
		v := c.expr(e.Value)
		t := c.tmp()
		c.setPos(e)
		c.emit(GETITER, t, v, 0)
		c.emit(YIELDFROM, dst, t, 0)
	case *syntax.Await:
		c.unsupported(e, "await is not supported")
	case *syntax.JoinedStr:
		c.fstring(e, dst)
	case *syntax.FormattedValue:
		c.formatted(e, dst)
	case *syntax.Starred:
		c.errorf(e, "can't use starred expression here")
	default:
		c.errorf(e, "compile: unexpected expression %T", e)
	}
}

// constTuple folds a tuple of constants.
func constTuple(e *syntax.Tuple) (Tuple, bool) {
	if len(e.Elts) == 0 {
		return Tuple{}, true
	}
	var t Tuple
	for _, x := range e.Elts {
		switch x := x.(type) {
		case *syntax.Constant:
			t = append(t, constValue(x))
		case *syntax.Tuple:
			sub, ok := constTuple(x)
			if !ok {
				return nil, false
			}
			t = append(t, sub)
		default:
			return nil, false
		}
	}
	return t, true
}

// sequence builds a tuple, list or set display, with *unpacking.
func (c *compiler) sequence(n syntax.Node, elts []syntax.Expr, dst int, op Opcode) {
	if !hasStar(elts) {
		b := c.tmps(len(elts))
		for i, x := range elts {
			c.exprTo(x, b+i)
		}
		c.setPos(n)
		c.emit(op, dst, b, len(elts))
		return
	}
	acc := c.tmp()
	// Build a list (or set), then convert.
	i := 0
	for i < len(elts) {
		if _, ok := elts[i].(*syntax.Starred); ok {
			break
		}
		i++
	}
	b := c.tmps(i)
	for j := 0; j < i; j++ {
		c.exprTo(elts[j], b+j)
	}
	c.setPos(n)
	if op == SET {
		c.emit(SET, acc, b, i)
	} else {
		c.emit(LIST, acc, b, i)
	}
	for ; i < len(elts); i++ {
		if s, ok := elts[i].(*syntax.Starred); ok {
			v := c.expr(s.Value)
			c.setPos(n)
			if op == SET {
				c.emit(SETUPDATE, acc, v, 0)
			} else {
				c.emit(LISTEXTEND, acc, v, 0)
			}
		} else {
			v := c.expr(elts[i])
			c.setPos(n)
			if op == SET {
				c.emit(SETADD, acc, v, 0)
			} else {
				c.emit(LISTAPPEND, acc, v, 0)
			}
		}
	}
	if op == TUPLE {
		c.emit(LISTTOTUPLE, dst, acc, 0)
	} else {
		c.move(dst, acc)
	}
}

func (c *compiler) dict(e *syntax.Dict, dst int) {
	acc := c.tmp()
	i := 0
	for i < len(e.Keys) && e.Keys[i] != nil {
		i++
	}
	b := c.tmps(2 * i)
	for j := 0; j < i; j++ {
		c.exprTo(e.Keys[j], b+2*j)
		c.exprTo(e.Values[j], b+2*j+1)
	}
	c.setPos(e)
	c.emit(DICT, acc, b, i)
	for ; i < len(e.Keys); i++ {
		if e.Keys[i] == nil {
			v := c.expr(e.Values[i])
			c.setPos(e)
			c.emit(DICTUPDATE, acc, v, 0)
		} else {
			k := c.expr(e.Keys[i])
			v := c.expr(e.Values[i])
			c.setPos(e)
			c.emit(DICTSET, acc, k, v)
		}
	}
	c.move(dst, acc)
}

// checkIs warns about `is` with a literal, as CPython's check_compare:
// a constant (after folding) other than None, True, False and Ellipsis.
func (c *compiler) checkIs(e *syntax.Compare) {
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		if op == syntax.Is || op == syntax.IsNot {
			for _, x := range []syntax.Expr{left, right} {
				v, ok := foldConst(x)
				if !ok {
					continue
				}
				switch v.(type) {
				case nil, bool, syntax.EllipsisType:
					continue
				}
				name := foldTypeName(v)
				if op == syntax.Is {
					c.warn(e, "\"is\" with '%s' literal. Did you mean \"==\"?", name)
				} else {
					c.warn(e, "\"is not\" with '%s' literal. Did you mean \"!=\"?", name)
				}
				return
			}
		}
		left = right
	}
}

// compare compiles a (possibly chained) comparison into dst.
func (c *compiler) compare(e *syntax.Compare, dst int) {
	c.checkIs(e)
	if len(e.Ops) == 1 {
		l := c.expr(e.Left)
		r := c.membershipOperand(e, 0)
		c.setPos(e)
		c.emit(cmpOpcode(e.Ops[0]), dst, l, r)
		return
	}
	// a < b < c: t = a < b; if not t: done; t = b < c ...
	end := newLabel()
	l := c.expr(e.Left)
	for i, op := range e.Ops {
		r := c.membershipOperand(e, i)
		if i < len(e.Ops)-1 {
			// keep the middle operand in a temporary so it is evaluated once
			t := c.tmp()
			c.move(t, r)
			r = t
		}
		c.setPos(e)
		c.emit(cmpOpcode(op), dst, l, r)
		if i < len(e.Ops)-1 {
			c.jumpOp(JF, dst, 0, 0, end)
		}
		l = r
	}
	c.bind(end)
}

func cmpOpcode(op syntax.CmpOperator) Opcode {
	switch op {
	case syntax.Is:
		return IS
	case syntax.IsNot:
		return ISNOT
	case syntax.In:
		return IN
	case syntax.NotIn:
		return NOTIN
	}
	return LT + Opcode(op)
}

// jumpIf compiles a jump to l taken when e's truth equals sense.
func (c *compiler) jumpIf(e syntax.Expr, sense bool, l *label) {
	f := c.fn
	saved := f.top
	defer func() { f.top = saved }()
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			c.jumpIf(e.Operand, !sense, l)
			return
		}
	case *syntax.Compare:
		if len(e.Ops) == 1 && e.Ops[0] <= syntax.GtE {
			a := c.expr(e.Left)
			b := c.expr(e.Comparators[0])
			c.setPos(e)
			s := 0
			if sense {
				s = 1
			}
			c.jumpOp(JLT+Opcode(e.Ops[0]), a, b, s, l)
			return
		}
		if len(e.Ops) == 1 && (e.Ops[0] == syntax.Is || e.Ops[0] == syntax.IsNot) {
			if k, ok := e.Comparators[0].(*syntax.Constant); ok && k.Value == nil {
				c.checkIs(e)
				a := c.expr(e.Left)
				c.setPos(e)
				isNone := sense == (e.Ops[0] == syntax.Is)
				s := 0
				if isNone {
					s = 1
				}
				c.jumpOp(JNONE, a, s, 0, l)
				return
			}
		}
	case *syntax.BoolOp:
		d0 := c.snapshot()
		if (e.Op == syntax.And) == sense {
			// and/true or or/false: all must hold; skip out on the first failure.
			skip := newLabel()
			for i, v := range e.Values {
				if i < len(e.Values)-1 {
					c.jumpIf(v, !sense, skip)
				} else {
					c.jumpIf(v, sense, l)
				}
			}
			c.bind(skip)
		} else {
			for _, v := range e.Values {
				c.jumpIf(v, sense, l)
			}
		}
		c.fn.definite = d0
		return
	case *syntax.Constant:
		if t, ok := constTruth(e); ok {
			if t == sense {
				c.jmp(l)
			}
			return
		}
	}
	r := c.expr(e)
	c.setSpan(e.GetSpan())
	if sense {
		c.jumpOp(JT, r, 0, 0, l)
	} else {
		c.jumpOp(JF, r, 0, 0, l)
	}
}

// call compiles a call into dst.
func (c *compiler) call(e *syntax.Call, dst int) {
	c.checkCaller(e)
	for i, k := range e.Keywords {
		for _, k2 := range e.Keywords[:i] {
			if k.Arg != "" && k.Arg == k2.Arg {
				c.errorf(k, "keyword argument repeated: %s", k.Arg)
			}
		}
	}
	simple := true
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			simple = false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if !simple {
		b := c.tmps(3)
		c.exprTo(e.Func, b)
		c.callEx(e, b, nil)
		c.move(dst, b)
		return
	}
	if attr, ok := e.Func.(*syntax.Attribute); ok && len(e.Keywords) == 0 {
		// obj.m(args): no bound method object is made.
		b := c.tmps(2 + len(e.Args))
		obj := c.expr(attr.Value)
		c.setPos(attr)
		c.emit(GETMETHOD, b, obj, c.attrIndex(attr.Attr))
		for i, a := range e.Args {
			c.exprTo(a, b+2+i)
		}
		c.setPos(e)
		c.emit(CALLMETHOD, dst, b, len(e.Args))
		return
	}
	n := len(e.Args) + len(e.Keywords)
	b := c.tmps(1 + n)
	c.exprTo(e.Func, b)
	for i, a := range e.Args {
		c.exprTo(a, b+1+i)
	}
	var kwnames []string
	for i, k := range e.Keywords {
		c.exprTo(k.Value, b+1+len(e.Args)+i)
		kwnames = append(kwnames, k.Arg)
	}
	c.setPos(e)
	if len(kwnames) > 0 {
		c.emit(CALLKW, dst, b, n)
		c.word(uint32(c.constIndex(kwnames)))
		return
	}
	c.emit(CALL, dst, b, n)
}

// callExTupleMax is the most positional arguments callEx puts in
// consecutive registers for one TUPLE.
const callExTupleMax = 16

// hasStarred reports whether any of args is *x.
func hasStarred(args []syntax.Expr) bool {
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// callEx compiles f(*args, **kwargs) with the callable already in R[b]
// (b, b+1, b+2 allocated); pre are registers of leading positional
// arguments. The result goes to R[b].
func (c *compiler) callEx(e *syntax.Call, b int, pre []int) {
	args, kw := b+1, b+2
	single := -1 // the register of x in f(*x, ...)
	if n := len(pre) + len(e.Args); n <= callExTupleMax && !hasStarred(e.Args) {
		// f(x, **kw): the positional arguments are a tuple built at
		// once, not a list grown and converted (no allocation at all
		// for none, as in obj.__class__(**changes)).
		nb := c.tmps(n)
		for i, p := range pre {
			c.move(nb+i, p)
		}
		for i, a := range e.Args {
			c.exprTo(a, nb+len(pre)+i)
		}
		c.setPos(e)
		c.emit(TUPLE, args, nb, n)
	} else if len(pre) == 0 && len(e.Args) == 1 {
		// f(*x, ...): as CPython, x goes to the call as it is, and is
		// made a tuple (with the callee named in the error if it is not
		// iterable) only after the keyword arguments.
		single = c.tmp()
		c.exprTo(e.Args[0].(*syntax.Starred).Value, single)
	} else {
		// Otherwise CPython builds a list: "Value after * must be an
		// iterable".
		nb := c.tmps(len(pre))
		for i, p := range pre {
			c.move(nb+i, p)
		}
		c.setPos(e)
		c.emit(LIST, args, nb, len(pre))
		for _, a := range e.Args {
			if s, ok := a.(*syntax.Starred); ok {
				v := c.expr(s.Value)
				c.setPos(e)
				c.emit(LISTEXTEND, args, v, 0)
			} else {
				v := c.expr(a)
				c.setPos(e)
				c.emit(LISTAPPEND, args, v, 0)
			}
		}
		c.emit(LISTTOTUPLE, args, args, 0)
	}
	hasKw := len(e.Keywords) > 0
	if hasKw {
		c.emit(DICT, kw, 0, 0)
		for _, k := range e.Keywords {
			v := c.expr(k.Value)
			c.setPos(e)
			if k.Arg == "" {
				c.emit(DICTMERGE, kw, v, b)
			} else {
				t := c.tmps(2)
				c.move(t, c.kreg(k.Arg))
				c.move(t+1, v)
				c.emit(DICTMERGE, kw, c.emitDict1(t), b)
			}
		}
	}
	c.setPos(e)
	if single >= 0 {
		c.emit(LIST, args, 0, 0)
		c.emit(LISTEXTEND, args, single, b+1) // C names the callee, for the error message
		c.emit(LISTTOTUPLE, args, args, 0)
	}
	flag := 0
	if hasKw {
		flag = 1
	}
	c.emit(CALLEX, b, b, flag)
}

// emitDict1 builds a one-item dict from R[t], R[t+1].
func (c *compiler) emitDict1(t int) int {
	d := c.tmp()
	c.emit(DICT, d, t, 1)
	return d
}

// comprehension compiles a comprehension as a nested function called with
// the first iterator.
func (c *compiler) comprehension(n syntax.Node, name string, gens []*syntax.Comprehension, dst int, elt func(res int)) {
	for _, g := range gens {
		if g.IsAsync {
			c.unsupported(n, "asynchronous comprehensions are not supported")
			return
		}
	}
	scope := c.info.ScopeOf(n)
	r := c.tmps(5)
	var mask uint32
	if len(scope.Frees) > 0 {
		b := c.tmps(len(scope.Frees))
		for i, fv := range scope.Frees {
			c.move(b+i, c.fn.regs[fv])
		}
		c.emit(TUPLE, r+3, b, len(scope.Frees))
		mask |= 4
	}
	// Evaluate the first iterator here.
	call := c.tmps(2)
	src := c.iterable(gens[0].Iter)
	c.setSpan(gens[0].Iter.GetSpan())
	c.emit(GETITER, call+1, src, 0)

	outerName := c.fn.code.Name
	c.push(scope, name, n.GetSpan().Start.Line)
	c.fn.code.ArgCount = 1
	if name != "<genexpr>" {
		c.fn.code.Flags |= FlagInlined
		c.fn.code.Name = outerName
	}
	c.setPos(n)
	res := c.tmp()
	isGen := name == "<genexpr>"
	switch name {
	case "<listcomp>":
		c.emit(LIST, res, 0, 0)
	case "<setcomp>":
		c.emit(SET, res, 0, 0)
	case "<dictcomp>":
		c.emit(DICT, res, 0, 0)
	}
	var loop func(i int)
	loop = func(i int) {
		g := gens[i]
		var it int
		if i == 0 {
			it = c.fn.regs[".0"]
		} else {
			it = c.tmp()
			src := c.expr(g.Iter)
			c.setSpan(g.Iter.GetSpan())
			c.emit(GETITER, it, src, 0)
		}
		top, end := newLabel(), newLabel()
		c.bind(top)
		x := c.tmp()
		c.setSpan(g.Target.GetSpan())
		c.jumpOp(FORITER, x, it, 0, end)
		c.store(g.Target, x)
		for _, cond := range g.Ifs {
			c.jumpIf(cond, false, top)
		}
		if i+1 < len(gens) {
			loop(i + 1)
		} else {
			elt(res)
		}
		c.setPos(n)
		c.jmp(top)
		c.bind(end)
	}
	loop(0)
	c.setPos(n)
	if isGen {
		c.returnNone()
	} else {
		c.emit(RETURN, res, 0, 0)
	}
	code := c.pop()
	c.setPos(n)
	c.emitBx(MAKEFUNC, r, c.constIndex(code))
	c.word(mask)
	c.move(call, r)
	c.emit(CALL, dst, call, 1)
}

// fstring compiles an f-string.
func (c *compiler) fstring(e *syntax.JoinedStr, dst int) {
	if len(e.Values) == 0 {
		c.move(dst, c.kreg(""))
		return
	}
	b := c.tmps(len(e.Values))
	for i, v := range e.Values {
		c.exprTo(v, b+i)
	}
	c.setPos(e)
	if len(e.Values) == 1 {
		if _, ok := e.Values[0].(*syntax.FormattedValue); ok {
			c.move(dst, b)
			return
		}
	}
	c.emit(BUILDSTRING, dst, b, len(e.Values))
}

func (c *compiler) formatted(e *syntax.FormattedValue, dst int) {
	v := c.expr(e.Value)
	c.setPos(e)
	if e.Conversion > 0 {
		t := c.tmp()
		c.emit(CONVERT, t, v, e.Conversion)
		v = t
	}
	if e.FormatSpec != nil {
		spec := c.expr(e.FormatSpec)
		c.setPos(e)
		c.emit(FORMATSPEC, dst, v, spec)
		return
	}
	c.emit(FORMAT, dst, v, 0)
}
