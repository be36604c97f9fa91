package compile

// This file compiles set displays whose items are all constants as
// CPython 3.12 does, because the order a set iterates in depends on the
// order its items were added. CPython's compiler makes a display of
// three or more constants an empty set updated from a frozenset constant
// (BUILD_SET 0, LOAD_CONST, SET_UPDATE), and its AST optimizer makes the
// iterable of a for loop or comprehension that is a display of constants
// the frozenset constant itself. Either way the items arrive in the
// frozenset's order, not the source's. The optimizer does the same for
// the right operand of `in` (where only speed shows).

import (
	"math/big"

	"github.com/kilnpy/kiln/vm/syntax"
)

// FrozenSet is a frozenset constant: its items in source order. The
// runtime builds it as CPython's compiler does (a frozenset of the items,
// then, when the constant is merged into the code's constants, a new
// frozenset of the first one's items in their iteration order), so that
// it iterates as CPython's constant does.
type FrozenSet []any

// setDisplayMinConsts is the number of constant items from which
// CPython's compiler builds a set display from a frozenset constant.
const setDisplayMinConsts = 3

// setDisplay compiles the set display e into dst.
func (c *compiler) setDisplay(e *syntax.Set, dst int) {
	if len(e.Elts) >= setDisplayMinConsts {
		if k, ok := constSetItems(e.Elts); ok {
			c.setPos(e)
			c.emit(SET, dst, 0, 0)
			c.emit(SETUPDATE, dst, c.kreg(k), 0)
			return
		}
	}
	c.sequence(e, e.Elts, dst, SET)
}

// iterable compiles the iterable of a for loop or comprehension: a set
// display of constants is its frozenset constant, as CPython's optimizer
// makes it.
func (c *compiler) iterable(e syntax.Expr) int {
	if s, ok := e.(*syntax.Set); ok {
		if k, ok := constSetItems(s.Elts); ok {
			return c.kreg(k)
		}
	}
	return c.expr(e)
}

// membershipOperand compiles comparator i of e. The last one, if the
// right operand of `in` or `not in` and a set display of constants, is
// its frozenset constant, as CPython's optimizer makes it: no set is
// built at each test.
func (c *compiler) membershipOperand(e *syntax.Compare, i int) int {
	if i == len(e.Ops)-1 && (e.Ops[i] == syntax.In || e.Ops[i] == syntax.NotIn) {
		return c.iterable(e.Comparators[i])
	}
	return c.expr(e.Comparators[i])
}

// constSetItems returns the items of a set display if CPython's optimizer
// folds every one of them to a constant.
func constSetItems(elts []syntax.Expr) (FrozenSet, bool) {
	if len(elts) == 0 {
		return nil, false
	}
	out := make(FrozenSet, len(elts))
	for i, x := range elts {
		if _, star := x.(*syntax.Starred); star {
			return nil, false
		}
		v, ok := foldConst(x)
		if !ok {
			return nil, false
		}
		out[i] = setDisplayConst(v)
	}
	return out, true
}

// setDisplayConst converts a folded constant to the compiler's form.
func setDisplayConst(v any) any {
	switch v := v.(type) {
	case int:
		return big.NewInt(int64(v))
	case syntax.EllipsisType:
		return Ellipsis{}
	case foldTuple:
		t := make(Tuple, len(v))
		for i, x := range v {
			t[i] = setDisplayConst(x)
		}
		return t
	}
	return v
}
