package runtime

import (
	"math"
	"testing"
)

func TestList(t *testing.T) {
	ctRun(t, []ctCase{
		{`[1, 'a']`, func(th *Thread) (Value, error) { return ctListOf(ctInt(1), ctStr("a")), nil }, `[1, 'a']`},
		{`[]`, func(th *Thread) (Value, error) { return ctListOf(), nil }, `[]`},
		{`l = [1]; l.append(l); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInt(1))
			ListAppend(l, l)
			return l, nil
		}, `[1, [...]]`},
		{`l = []; l.append([l]); l`, func(th *Thread) (Value, error) {
			l := ctListOf()
			ListAppend(l, ctListOf(l))
			return l, nil
		}, `[[[...]]]`},
		{`list((1, 2, 3))`, func(th *Thread) (Value, error) { return ctList(th, ctTuple(ctInts(1, 2, 3)...)) }, `[1, 2, 3]`},
		{`list(5)`, func(th *Thread) (Value, error) { return ctList(th, ctInt(5)) }, `TypeError: 'int' object is not iterable`},
		{`list(1, 2)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(ListType), ctInt(1), ctInt(2)) }, `TypeError: list expected at most 1 argument, got 2`},
		{`list(x=1)`, func(th *Thread) (Value, error) { return ctCallKw(th, ctType(ListType), nil, "x", ctInt(1)) }, `TypeError: list() takes no keyword arguments`},
		{`list(range(3))`, func(th *Thread) (Value, error) { return ctList(th, NewRange(0, 3, 1)) }, `[0, 1, 2]`},
		{`[1, 2, 3][-1]`, func(th *Thread) (Value, error) { return GetItem(th, ctListOf(ctInts(1, 2, 3)...), ctInt(-1)) }, `3`},
		{`[1, 2, 3][3]`, func(th *Thread) (Value, error) { return GetItem(th, ctListOf(ctInts(1, 2, 3)...), ctInt(3)) }, `IndexError: list index out of range`},
		{`[1, 2][True]`, func(th *Thread) (Value, error) { return GetItem(th, ctListOf(ctInts(1, 2)...), True) }, `2`},
		{`[]['a']`, func(th *Thread) (Value, error) { return GetItem(th, ctListOf(), ctStr("a")) }, `TypeError: list indices must be integers or slices, not str`},
		{`list(range(10))[1:8:3]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctListOf(ctInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...), ctSlice(ctInt(1), ctInt(8), ctInt(3)))
		}, `[1, 4, 7]`},
		{`list(range(10))[::-2]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctListOf(ctInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...), ctSlice(Value{}, Value{}, ctInt(-2)))
		}, `[9, 7, 5, 3, 1]`},
		{`[1, 2, 3][-100:100]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctListOf(ctInts(1, 2, 3)...), ctSlice(ctInt(-100), ctInt(100), Value{}))
		}, `[1, 2, 3]`},
		{`[1, 2, 3][::0]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctListOf(ctInts(1, 2, 3)...), ctSlice(Value{}, Value{}, ctInt(0)))
		}, `ValueError: slice step cannot be zero`},
		{`l = [1, 2, 3]; l[5] = 1`, func(th *Thread) (Value, error) {
			return None, SetItem(th, ctListOf(ctInts(1, 2, 3)...), ctInt(5), ctInt(1))
		}, `IndexError: list assignment index out of range`},
		{`l = [1, 2, 3]; del l[-4]`, func(th *Thread) (Value, error) { return None, DelItem(th, ctListOf(ctInts(1, 2, 3)...), ctInt(-4)) }, `IndexError: list assignment index out of range`},
		{`l = [1, 2, 3]; l[1] = 9; del l[0]; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3)...)
			if err := SetItem(th, l, ctInt(1), ctInt(9)); err != nil {
				return Value{}, err
			}
			return l, DelItem(th, l, ctInt(0))
		}, `[9, 3]`},
		{`l = [1, 2, 3, 4, 5]; l[1:3] = 'abcd'; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3, 4, 5)...)
			return l, SetItem(th, l, ctSlice(ctInt(1), ctInt(3), Value{}), ctListOf(ctStr("a"), ctStr("b"), ctStr("c"), ctStr("d")))
		}, `[1, 'a', 'b', 'c', 'd', 4, 5]`},
		{`l = [1, 2, 3, 4, 5]; l[1:4] = []; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3, 4, 5)...)
			return l, SetItem(th, l, ctSlice(ctInt(1), ctInt(4), Value{}), ctListOf())
		}, `[1, 5]`},
		{`l = [1, 2, 3]; l[3:1] = [7, 8]; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3)...)
			return l, SetItem(th, l, ctSlice(ctInt(3), ctInt(1), Value{}), ctListOf(ctInts(7, 8)...))
		}, `[1, 2, 3, 7, 8]`},
		{`l = [1, 2, 3]; l[:] = l; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3)...)
			return l, SetItem(th, l, ctSlice(Value{}, Value{}, Value{}), l)
		}, `[1, 2, 3]`},
		{`l = [1, 2, 3]; l[1:1] = l; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3)...)
			return l, SetItem(th, l, ctSlice(ctInt(1), ctInt(1), Value{}), l)
		}, `[1, 1, 2, 3, 2, 3]`},
		{`l = [1, 2, 3]; l[1:2] = 1`, func(th *Thread) (Value, error) {
			return None, SetItem(th, ctListOf(ctInts(1, 2, 3)...), ctSlice(ctInt(1), ctInt(2), Value{}), ctInt(1))
		}, `TypeError: can only assign an iterable`},
		{`l = [1, 2, 3]; l[::2] = [1, 2, 3]`, func(th *Thread) (Value, error) {
			return None, SetItem(th, ctListOf(ctInts(1, 2, 3)...), ctSlice(Value{}, Value{}, ctInt(2)), ctListOf(ctInts(1, 2, 3)...))
		}, `ValueError: attempt to assign sequence of size 3 to extended slice of size 2`},
		{`l = [1, 2, 3]; l[::2] = 5`, func(th *Thread) (Value, error) {
			return None, SetItem(th, ctListOf(ctInts(1, 2, 3)...), ctSlice(Value{}, Value{}, ctInt(2)), ctInt(5))
		}, `TypeError: must assign iterable to extended slice`},
		{`l = list(range(8)); l[::-3] = 'xyz'; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(0, 1, 2, 3, 4, 5, 6, 7)...)
			return l, SetItem(th, l, ctSlice(Value{}, Value{}, ctInt(-3)), ctTuple(ctStr("x"), ctStr("y"), ctStr("z")))
		}, `[0, 'z', 2, 3, 'y', 5, 6, 'x']`},
		{`l = list(range(10)); del l[1::3]; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...)
			return l, DelItem(th, l, ctSlice(ctInt(1), Value{}, ctInt(3)))
		}, `[0, 2, 3, 5, 6, 8, 9]`},
		{`l = list(range(10)); del l[8:1:-2]; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...)
			return l, DelItem(th, l, ctSlice(ctInt(8), ctInt(1), ctInt(-2)))
		}, `[0, 1, 3, 5, 7, 9]`},
		{`l = list(range(5)); del l[1:3]; l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(0, 1, 2, 3, 4)...)
			return l, DelItem(th, l, ctSlice(ctInt(1), ctInt(3), Value{}))
		}, `[0, 3, 4]`},
		{`[1] + [2, 3]`, func(th *Thread) (Value, error) {
			return Binary(th, OpAdd, ctListOf(ctInt(1)), ctListOf(ctInt(2), ctInt(3)))
		}, `[1, 2, 3]`},
		{`[] + ()`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, ctListOf(), ctTuple()) }, `TypeError: can only concatenate list (not "tuple") to list`},
		{`1 + []`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, ctInt(1), ctListOf()) }, `TypeError: unsupported operand type(s) for +: 'int' and 'list'`},
		{`[1, 2] * 2`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctListOf(ctInt(1), ctInt(2)), ctInt(2)) }, `[1, 2, 1, 2]`},
		{`3 * [0]`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctInt(3), ctListOf(ctInt(0))) }, `[0, 0, 0]`},
		{`[1] * -1`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctListOf(ctInt(1)), ctInt(-1)) }, `[]`},
		{`[1] * 'a'`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctListOf(ctInt(1)), ctStr("a")) }, `TypeError: can't multiply sequence by non-int of type 'str'`},
		{`[1] * [1]`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctListOf(ctInt(1)), ctListOf(ctInt(1))) }, `TypeError: can't multiply sequence by non-int of type 'list'`},
		{`[1] * (2,)`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctListOf(ctInt(1)), ctTuple(ctInt(2))) }, `TypeError: can't multiply sequence by non-int of type 'tuple'`},
		{`(2,) * [1]`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctTuple(ctInt(2)), ctListOf(ctInt(1))) }, `TypeError: can't multiply sequence by non-int of type 'list'`},
		{`l = [1]; l += (2, 3); l`, func(th *Thread) (Value, error) {
			return Inplace(th, OpAdd, ctListOf(ctInt(1)), ctTuple(ctInt(2), ctInt(3)))
		}, `[1, 2, 3]`},
		{`l = [1]; l += 5`, func(th *Thread) (Value, error) { return Inplace(th, OpAdd, ctListOf(ctInt(1)), ctInt(5)) }, `TypeError: 'int' object is not iterable`},
		{`l = [1, 2]; l *= 3; l`, func(th *Thread) (Value, error) { return Inplace(th, OpMul, ctListOf(ctInt(1), ctInt(2)), ctInt(3)) }, `[1, 2, 1, 2, 1, 2]`},
		{`[1, 2] == [1, 2]`, func(th *Thread) (Value, error) {
			return Compare(th, CmpEQ, ctListOf(ctInt(1), ctInt(2)), ctListOf(ctInt(1), ctInt(2)))
		}, `True`},
		{`[1, 2] != [1, 2, 3]`, func(th *Thread) (Value, error) {
			return Compare(th, CmpNE, ctListOf(ctInt(1), ctInt(2)), ctListOf(ctInts(1, 2, 3)...))
		}, `True`},
		{`[1, 2] < [1, 3]`, func(th *Thread) (Value, error) {
			return Compare(th, CmpLT, ctListOf(ctInt(1), ctInt(2)), ctListOf(ctInt(1), ctInt(3)))
		}, `True`},
		{`[1, 2] < [1, 2, 0]`, func(th *Thread) (Value, error) {
			return Compare(th, CmpLT, ctListOf(ctInt(1), ctInt(2)), ctListOf(ctInts(1, 2, 0)...))
		}, `True`},
		{`[2] >= [1, 5]`, func(th *Thread) (Value, error) {
			return Compare(th, CmpGE, ctListOf(ctInt(2)), ctListOf(ctInt(1), ctInt(5)))
		}, `True`},
		{`[1, 'a'] < [1, 2]`, func(th *Thread) (Value, error) {
			return Compare(th, CmpLT, ctListOf(ctInt(1), ctStr("a")), ctListOf(ctInt(1), ctInt(2)))
		}, `TypeError: '<' not supported between instances of 'str' and 'int'`},
		{`[1] == (1,)`, func(th *Thread) (Value, error) { return Compare(th, CmpEQ, ctListOf(ctInt(1)), ctTuple(ctInt(1))) }, `False`},
		{`[1] < (1,)`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, ctListOf(ctInt(1)), ctTuple(ctInt(1))) }, `TypeError: '<' not supported between instances of 'list' and 'tuple'`},
		{`2 in [1, 2]`, func(th *Thread) (Value, error) { return ctBool(Contains(th, ctListOf(ctInt(1), ctInt(2)), ctInt(2))) }, `True`},
		{`hash([])`, func(th *Thread) (Value, error) { return ctHash(th, ctListOf()) }, `TypeError: unhashable type: 'list'`},
		{`l = [1, 2, 3]; l.insert(-10, 0); l.insert(10, 4); l.insert(2, 9); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3)...)
			return ctThen(
				func() (Value, error) { return ctMethod(th, l, "insert", ctInt(-10), ctInt(0)) },
				func() (Value, error) { return ctMethod(th, l, "insert", ctInt(10), ctInt(4)) },
				func() (Value, error) { return ctMethod(th, l, "insert", ctInt(2), ctInt(9)) },
				ctValue(l))
		}, `[0, 1, 9, 2, 3, 4]`},
		{`[1].insert(1)`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(ctInt(1)), "insert", ctInt(1)) }, `TypeError: insert expected 2 arguments, got 1`},
		{`[].append()`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(), "append") }, `TypeError: list.append() takes exactly one argument (0 given)`},
		{`l = [1, 2, 1]; l.remove(1); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 1)...)
			return ctThen(func() (Value, error) { return ctMethod(th, l, "remove", ctInt(1)) }, ctValue(l))
		}, `[2, 1]`},
		{`[1].remove(2)`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(ctInt(1)), "remove", ctInt(2)) }, `ValueError: list.remove(x): x not in list`},
		{`[].pop()`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(), "pop") }, `IndexError: pop from empty list`},
		{`[1].pop(3)`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(ctInt(1)), "pop", ctInt(3)) }, `IndexError: pop index out of range`},
		{`l = [1, 2, 3]; (l.pop(), l.pop(0), l)`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3)...)
			a, _ := ctMethod(th, l, "pop")
			b, _ := ctMethod(th, l, "pop", ctInt(0))
			return ctTuple(a, b, l), nil
		}, `(3, 1, [2])`},
		{`[1, 2, 3, 2].index(2)`, func(th *Thread) (Value, error) {
			return ctMethod(th, ctListOf(ctInts(1, 2, 3, 2)...), "index", ctInt(2))
		}, `1`},
		{`[1, 2, 3, 2].index(2, 2)`, func(th *Thread) (Value, error) {
			return ctMethod(th, ctListOf(ctInts(1, 2, 3, 2)...), "index", ctInt(2), ctInt(2))
		}, `3`},
		{`[1, 2, 3, 2].index(2, -3, -1)`, func(th *Thread) (Value, error) {
			return ctMethod(th, ctListOf(ctInts(1, 2, 3, 2)...), "index", ctInt(2), ctInt(-3), ctInt(-1))
		}, `1`},
		{`[].index('x')`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(), "index", ctStr("x")) }, `ValueError: 'x' is not in list`},
		{`[].index()`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(), "index") }, `TypeError: index expected at least 1 argument, got 0`},
		{`[1, 2, 1].count(1)`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(ctInts(1, 2, 1)...), "count", ctInt(1)) }, `2`},
		{`l = [1, 2, 3]; l.reverse(); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3)...)
			return ctThen(func() (Value, error) { return ctMethod(th, l, "reverse") }, ctValue(l))
		}, `[3, 2, 1]`},
		{`l = [1, 2]; c = l.copy(); c.append(3); (l, c)`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2)...)
			c, _ := ctMethod(th, l, "copy")
			ListAppend(c, ctInt(3))
			return ctTuple(l, c), nil
		}, `([1, 2], [1, 2, 3])`},
		{`l = [1, 2]; l.clear(); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2)...)
			return ctThen(func() (Value, error) { return ctMethod(th, l, "clear") }, ctValue(l))
		}, `[]`},
		{`l = [1]; l.extend(range(2, 4)); l.extend(l); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInt(1))
			return ctThen(
				func() (Value, error) { return ctMethod(th, l, "extend", NewRange(2, 4, 1)) },
				func() (Value, error) { return ctMethod(th, l, "extend", l) },
				ctValue(l))
		}, `[1, 2, 3, 1, 2, 3]`},
		{`list(reversed([1, 2, 3]))`, func(th *Thread) (Value, error) {
			r, err := ctCall(th, ctType(ReversedType), ctListOf(ctInts(1, 2, 3)...))
			if err != nil {
				return Value{}, err
			}
			return ctList(th, r)
		}, `[3, 2, 1]`},
		{`[1, 2].__len__()`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(ctInt(1), ctInt(2)), "__len__") }, `2`},
		{`[1, 2].__getitem__(1)`, func(th *Thread) (Value, error) {
			return ctMethod(th, ctListOf(ctInt(1), ctInt(2)), "__getitem__", ctInt(1))
		}, `2`},
		{`[1].__mul__('a')`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(ctInt(1)), "__mul__", ctStr("a")) }, `TypeError: 'str' object cannot be interpreted as an integer`},
		{`[1].__rmul__(2)`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(ctInt(1)), "__rmul__", ctInt(2)) }, `[1, 1]`},
		{`list.__hash__`, func(th *Thread) (Value, error) { return GetAttr(th, ctType(ListType), "__hash__") }, `None`},
		{`it = iter([1, 2]); (next(it), it.__length_hint__())`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, ctListOf(ctInt(1), ctInt(2)))
			x, _, _ := Next(th, it)
			h, err := ctMethod(th, it, "__length_hint__")
			return ctTuple(x, h), err
		}, `(1, 1)`},
		{`type(iter([])).__name__, type(reversed([])).__name__`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, ctListOf())
			r, _ := ctCall(th, ctType(ReversedType), ctListOf())
			return ctTuple(ctStr(it.Type().Name), ctStr(r.Type().Name)), nil
		}, `('list_iterator', 'list_reverseiterator')`},
	})
}

func TestListSort(t *testing.T) {
	ctRun(t, []ctCase{
		{`l = [3, 1, 2]; l.sort(); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(3, 1, 2)...)
			return ctThen(func() (Value, error) { return ctMethod(th, l, "sort") }, ctValue(l))
		}, `[1, 2, 3]`},
		{`l = ['b', 'a', 'c']; l.sort(reverse=True); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctStr("b"), ctStr("a"), ctStr("c"))
			return ctThen(func() (Value, error) { return ctCallKw(th, ctAttr(th, l, "sort"), nil, "reverse", True) }, ctValue(l))
		}, `['c', 'b', 'a']`},
		{`l = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]; l.sort(key=lambda t: t[0]); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctTuple(ctInt(1), ctStr("b")), ctTuple(ctInt(0), ctStr("z")), ctTuple(ctInt(1), ctStr("a")), ctTuple(ctInt(0), ctStr("y")))
			return ctThen(func() (Value, error) { return ctCallKw(th, ctAttr(th, l, "sort"), nil, "key", ctFirstItem) }, ctValue(l))
		}, `[(0, 'z'), (0, 'y'), (1, 'b'), (1, 'a')]`},
		{`l = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]; l.sort(key=lambda t: t[0], reverse=True); l`, func(th *Thread) (Value, error) {
			l := ctListOf(ctTuple(ctInt(1), ctStr("b")), ctTuple(ctInt(0), ctStr("z")), ctTuple(ctInt(1), ctStr("a")), ctTuple(ctInt(0), ctStr("y")))
			return ctThen(func() (Value, error) {
				return ctCallKw(th, ctAttr(th, l, "sort"), nil, "key", ctFirstItem, "reverse", ctInt(1))
			}, ctValue(l))
		}, `[(1, 'b'), (1, 'a'), (0, 'z'), (0, 'y')]`},
		{`l = list(range(100, 0, -7)) + list(range(50)); l.sort(); l == sorted(l) and l[:5]`, func(th *Thread) (Value, error) {
			var items []Value
			for i := int64(100); i > 0; i -= 7 {
				items = append(items, ctInt(i))
			}
			for i := int64(0); i < 50; i++ {
				items = append(items, ctTuple(ctInt(i)))
			}
			for i := range items[15:] {
				items[15+i] = ctInt(TupleItems(items[15+i])[0].SmallInt())
			}
			l := NewList(items)
			return ctThen(func() (Value, error) { return ctMethod(th, l, "sort") },
				func() (Value, error) { return GetItem(th, l, ctSlice(Value{}, ctInt(5), Value{})) })
		}, `[0, 1, 2, 2, 3]`},
		{`sorted([3.0, 0.0, -0.0, 1.5, -2.0, 0.0])`, func(th *Thread) (Value, error) {
			items := []Value{Float(3), Float(0), Float(math.Copysign(0, -1)), Float(1.5), Float(-2), Float(0)}
			return NewList(items), Sorted(th, items, Value{}, false)
		}, `[-2.0, 0.0, -0.0, 0.0, 1.5, 3.0]`},
		{`sorted(['b', 'a', 'é', 'Z', 'ab'], reverse=True)`, func(th *Thread) (Value, error) {
			items := []Value{ctStr("b"), ctStr("a"), ctStr("é"), ctStr("Z"), ctStr("ab")}
			return NewList(items), Sorted(th, items, Value{}, true)
		}, `['é', 'b', 'ab', 'a', 'Z']`},
		{`sorted([5, -3, 9, 0, 5, -3])`, func(th *Thread) (Value, error) {
			items := ctInts(5, -3, 9, 0, 5, -3)
			return NewList(items), Sorted(th, items, Value{}, false)
		}, `[-3, -3, 0, 5, 5, 9]`},
		{`sorted([3, 1, 'a'])`, func(th *Thread) (Value, error) {
			items := []Value{ctInt(3), ctInt(1), ctStr("a")}
			return NewList(items), Sorted(th, items, Value{}, false)
		}, `TypeError: '<' not supported between instances of 'str' and 'int'`},
		{`[].sort(1)`, func(th *Thread) (Value, error) { return ctMethod(th, ctListOf(), "sort", ctInt(1)) }, `TypeError: sort() takes no positional arguments`},
		{`[].sort(foo=1)`, func(th *Thread) (Value, error) {
			return ctCallKw(th, ctAttr(th, ctListOf(), "sort"), nil, "foo", ctInt(1))
		}, `TypeError: 'foo' is an invalid keyword argument for sort()`},
	})
}

// ctFirstItem is lambda t: t[0].
var ctFirstItem = NewBuiltinFunction("first", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
	return GetItem(th, args[0], Int(0))
})

// ctAttr returns v.name or panics.
func ctAttr(th *Thread, v Value, name string) Value {
	r, err := GetAttr(th, v, name)
	if err != nil {
		panic(err)
	}
	return r
}

// TestEqualIdentity checks that containers compare by identity first, as
// CPython's PyObject_RichCompareBool: nan in [nan] and [nan] == [nan].
func TestEqualIdentity(t *testing.T) {
	th := numTestThread()
	nan := Float(math.NaN())
	if eq, err := Equal(th, nan, nan); err != nil || !eq {
		t.Errorf("Equal(nan, nan) = %v, %v; want true", eq, err)
	}
	if r, err := Compare(th, CmpEQ, nan, nan); err != nil || r.IsTrue() {
		t.Errorf("nan == nan = %v, %v; want False", r, err)
	}
	if in, err := Contains(th, NewList([]Value{nan}), nan); err != nil || !in {
		t.Errorf("nan in [nan] = %v, %v; want true", in, err)
	}
}
