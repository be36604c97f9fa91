package runtime

import "testing"

func TestList(t *testing.T) {
	runCases(t, []pyCase{
		{`[1, 'a']`, func(th *Thread) (Value, error) { return L(I(1), S("a")), nil }, `[1, 'a']`},
		{`[]`, func(th *Thread) (Value, error) { return L(), nil }, `[]`},
		{`l = [1]; l.append(l); l`, func(th *Thread) (Value, error) {
			l := L(I(1))
			ListAppend(l, l)
			return l, nil
		}, `[1, [...]]`},
		{`l = []; l.append([l]); l`, func(th *Thread) (Value, error) {
			l := L()
			ListAppend(l, L(l))
			return l, nil
		}, `[[[...]]]`},
		{`list((1, 2, 3))`, func(th *Thread) (Value, error) { return list(th, T(ints(1, 2, 3)...)) }, `[1, 2, 3]`},
		{`list(5)`, func(th *Thread) (Value, error) { return list(th, I(5)) }, `TypeError: 'int' object is not iterable`},
		{`list(1, 2)`, func(th *Thread) (Value, error) { return call(th, ty(ListType), I(1), I(2)) }, `TypeError: list expected at most 1 argument, got 2`},
		{`list(x=1)`, func(th *Thread) (Value, error) { return callKw(th, ty(ListType), nil, "x", I(1)) }, `TypeError: list() takes no keyword arguments`},
		{`list(range(3))`, func(th *Thread) (Value, error) { return list(th, NewRange(0, 3, 1)) }, `[0, 1, 2]`},
		{`[1, 2, 3][-1]`, func(th *Thread) (Value, error) { return GetItem(th, L(ints(1, 2, 3)...), I(-1)) }, `3`},
		{`[1, 2, 3][3]`, func(th *Thread) (Value, error) { return GetItem(th, L(ints(1, 2, 3)...), I(3)) }, `IndexError: list index out of range`},
		{`[1, 2][True]`, func(th *Thread) (Value, error) { return GetItem(th, L(ints(1, 2)...), True) }, `2`},
		{`[]['a']`, func(th *Thread) (Value, error) { return GetItem(th, L(), S("a")) }, `TypeError: list indices must be integers or slices, not str`},
		{`list(range(10))[1:8:3]`, func(th *Thread) (Value, error) {
			return GetItem(th, L(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...), sl(I(1), I(8), I(3)))
		}, `[1, 4, 7]`},
		{`list(range(10))[::-2]`, func(th *Thread) (Value, error) {
			return GetItem(th, L(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...), sl(Value{}, Value{}, I(-2)))
		}, `[9, 7, 5, 3, 1]`},
		{`[1, 2, 3][-100:100]`, func(th *Thread) (Value, error) { return GetItem(th, L(ints(1, 2, 3)...), sl(I(-100), I(100), Value{})) }, `[1, 2, 3]`},
		{`[1, 2, 3][::0]`, func(th *Thread) (Value, error) { return GetItem(th, L(ints(1, 2, 3)...), sl(Value{}, Value{}, I(0))) }, `ValueError: slice step cannot be zero`},
		{`l = [1, 2, 3]; l[5] = 1`, func(th *Thread) (Value, error) { return None, SetItem(th, L(ints(1, 2, 3)...), I(5), I(1)) }, `IndexError: list assignment index out of range`},
		{`l = [1, 2, 3]; del l[-4]`, func(th *Thread) (Value, error) { return None, DelItem(th, L(ints(1, 2, 3)...), I(-4)) }, `IndexError: list assignment index out of range`},
		{`l = [1, 2, 3]; l[1] = 9; del l[0]; l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3)...)
			if err := SetItem(th, l, I(1), I(9)); err != nil {
				return Value{}, err
			}
			return l, DelItem(th, l, I(0))
		}, `[9, 3]`},
		{`l = [1, 2, 3, 4, 5]; l[1:3] = 'abcd'; l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3, 4, 5)...)
			return l, SetItem(th, l, sl(I(1), I(3), Value{}), L(S("a"), S("b"), S("c"), S("d")))
		}, `[1, 'a', 'b', 'c', 'd', 4, 5]`},
		{`l = [1, 2, 3, 4, 5]; l[1:4] = []; l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3, 4, 5)...)
			return l, SetItem(th, l, sl(I(1), I(4), Value{}), L())
		}, `[1, 5]`},
		{`l = [1, 2, 3]; l[3:1] = [7, 8]; l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3)...)
			return l, SetItem(th, l, sl(I(3), I(1), Value{}), L(ints(7, 8)...))
		}, `[1, 2, 3, 7, 8]`},
		{`l = [1, 2, 3]; l[:] = l; l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3)...)
			return l, SetItem(th, l, sl(Value{}, Value{}, Value{}), l)
		}, `[1, 2, 3]`},
		{`l = [1, 2, 3]; l[1:1] = l; l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3)...)
			return l, SetItem(th, l, sl(I(1), I(1), Value{}), l)
		}, `[1, 1, 2, 3, 2, 3]`},
		{`l = [1, 2, 3]; l[1:2] = 1`, func(th *Thread) (Value, error) {
			return None, SetItem(th, L(ints(1, 2, 3)...), sl(I(1), I(2), Value{}), I(1))
		}, `TypeError: can only assign an iterable`},
		{`l = [1, 2, 3]; l[::2] = [1, 2, 3]`, func(th *Thread) (Value, error) {
			return None, SetItem(th, L(ints(1, 2, 3)...), sl(Value{}, Value{}, I(2)), L(ints(1, 2, 3)...))
		}, `ValueError: attempt to assign sequence of size 3 to extended slice of size 2`},
		{`l = [1, 2, 3]; l[::2] = 5`, func(th *Thread) (Value, error) {
			return None, SetItem(th, L(ints(1, 2, 3)...), sl(Value{}, Value{}, I(2)), I(5))
		}, `TypeError: must assign iterable to extended slice`},
		{`l = list(range(8)); l[::-3] = 'xyz'; l`, func(th *Thread) (Value, error) {
			l := L(ints(0, 1, 2, 3, 4, 5, 6, 7)...)
			return l, SetItem(th, l, sl(Value{}, Value{}, I(-3)), T(S("x"), S("y"), S("z")))
		}, `[0, 'z', 2, 3, 'y', 5, 6, 'x']`},
		{`l = list(range(10)); del l[1::3]; l`, func(th *Thread) (Value, error) {
			l := L(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...)
			return l, DelItem(th, l, sl(I(1), Value{}, I(3)))
		}, `[0, 2, 3, 5, 6, 8, 9]`},
		{`l = list(range(10)); del l[8:1:-2]; l`, func(th *Thread) (Value, error) {
			l := L(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...)
			return l, DelItem(th, l, sl(I(8), I(1), I(-2)))
		}, `[0, 1, 3, 5, 7, 9]`},
		{`l = list(range(5)); del l[1:3]; l`, func(th *Thread) (Value, error) {
			l := L(ints(0, 1, 2, 3, 4)...)
			return l, DelItem(th, l, sl(I(1), I(3), Value{}))
		}, `[0, 3, 4]`},
		{`[1] + [2, 3]`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, L(I(1)), L(I(2), I(3))) }, `[1, 2, 3]`},
		{`[] + ()`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, L(), T()) }, `TypeError: can only concatenate list (not "tuple") to list`},
		{`1 + []`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, I(1), L()) }, `TypeError: unsupported operand type(s) for +: 'int' and 'list'`},
		{`[1, 2] * 2`, func(th *Thread) (Value, error) { return Binary(th, OpMul, L(I(1), I(2)), I(2)) }, `[1, 2, 1, 2]`},
		{`3 * [0]`, func(th *Thread) (Value, error) { return Binary(th, OpMul, I(3), L(I(0))) }, `[0, 0, 0]`},
		{`[1] * -1`, func(th *Thread) (Value, error) { return Binary(th, OpMul, L(I(1)), I(-1)) }, `[]`},
		{`[1] * 'a'`, func(th *Thread) (Value, error) { return Binary(th, OpMul, L(I(1)), S("a")) }, `TypeError: can't multiply sequence by non-int of type 'str'`},
		{`[1] * [1]`, func(th *Thread) (Value, error) { return Binary(th, OpMul, L(I(1)), L(I(1))) }, `TypeError: can't multiply sequence by non-int of type 'list'`},
		{`[1] * (2,)`, func(th *Thread) (Value, error) { return Binary(th, OpMul, L(I(1)), T(I(2))) }, `TypeError: can't multiply sequence by non-int of type 'tuple'`},
		{`(2,) * [1]`, func(th *Thread) (Value, error) { return Binary(th, OpMul, T(I(2)), L(I(1))) }, `TypeError: can't multiply sequence by non-int of type 'list'`},
		{`l = [1]; l += (2, 3); l`, func(th *Thread) (Value, error) { return Inplace(th, OpAdd, L(I(1)), T(I(2), I(3))) }, `[1, 2, 3]`},
		{`l = [1]; l += 5`, func(th *Thread) (Value, error) { return Inplace(th, OpAdd, L(I(1)), I(5)) }, `TypeError: 'int' object is not iterable`},
		{`l = [1, 2]; l *= 3; l`, func(th *Thread) (Value, error) { return Inplace(th, OpMul, L(I(1), I(2)), I(3)) }, `[1, 2, 1, 2, 1, 2]`},
		{`[1, 2] == [1, 2]`, func(th *Thread) (Value, error) { return Compare(th, CmpEQ, L(I(1), I(2)), L(I(1), I(2))) }, `True`},
		{`[1, 2] != [1, 2, 3]`, func(th *Thread) (Value, error) { return Compare(th, CmpNE, L(I(1), I(2)), L(ints(1, 2, 3)...)) }, `True`},
		{`[1, 2] < [1, 3]`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, L(I(1), I(2)), L(I(1), I(3))) }, `True`},
		{`[1, 2] < [1, 2, 0]`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, L(I(1), I(2)), L(ints(1, 2, 0)...)) }, `True`},
		{`[2] >= [1, 5]`, func(th *Thread) (Value, error) { return Compare(th, CmpGE, L(I(2)), L(I(1), I(5))) }, `True`},
		{`[1, 'a'] < [1, 2]`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, L(I(1), S("a")), L(I(1), I(2))) }, `TypeError: '<' not supported between instances of 'str' and 'int'`},
		{`[1] == (1,)`, func(th *Thread) (Value, error) { return Compare(th, CmpEQ, L(I(1)), T(I(1))) }, `False`},
		{`[1] < (1,)`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, L(I(1)), T(I(1))) }, `TypeError: '<' not supported between instances of 'list' and 'tuple'`},
		{`2 in [1, 2]`, func(th *Thread) (Value, error) { return boolOf(Contains(th, L(I(1), I(2)), I(2))) }, `True`},
		{`hash([])`, func(th *Thread) (Value, error) { return hashOf(th, L()) }, `TypeError: unhashable type: 'list'`},
		{`l = [1, 2, 3]; l.insert(-10, 0); l.insert(10, 4); l.insert(2, 9); l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3)...)
			return then(
				func() (Value, error) { return m(th, l, "insert", I(-10), I(0)) },
				func() (Value, error) { return m(th, l, "insert", I(10), I(4)) },
				func() (Value, error) { return m(th, l, "insert", I(2), I(9)) },
				val(l))
		}, `[0, 1, 9, 2, 3, 4]`},
		{`[1].insert(1)`, func(th *Thread) (Value, error) { return m(th, L(I(1)), "insert", I(1)) }, `TypeError: insert expected 2 arguments, got 1`},
		{`[].append()`, func(th *Thread) (Value, error) { return m(th, L(), "append") }, `TypeError: list.append() takes exactly one argument (0 given)`},
		{`l = [1, 2, 1]; l.remove(1); l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 1)...)
			return then(func() (Value, error) { return m(th, l, "remove", I(1)) }, val(l))
		}, `[2, 1]`},
		{`[1].remove(2)`, func(th *Thread) (Value, error) { return m(th, L(I(1)), "remove", I(2)) }, `ValueError: list.remove(x): x not in list`},
		{`[].pop()`, func(th *Thread) (Value, error) { return m(th, L(), "pop") }, `IndexError: pop from empty list`},
		{`[1].pop(3)`, func(th *Thread) (Value, error) { return m(th, L(I(1)), "pop", I(3)) }, `IndexError: pop index out of range`},
		{`l = [1, 2, 3]; (l.pop(), l.pop(0), l)`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3)...)
			a, _ := m(th, l, "pop")
			b, _ := m(th, l, "pop", I(0))
			return T(a, b, l), nil
		}, `(3, 1, [2])`},
		{`[1, 2, 3, 2].index(2)`, func(th *Thread) (Value, error) { return m(th, L(ints(1, 2, 3, 2)...), "index", I(2)) }, `1`},
		{`[1, 2, 3, 2].index(2, 2)`, func(th *Thread) (Value, error) { return m(th, L(ints(1, 2, 3, 2)...), "index", I(2), I(2)) }, `3`},
		{`[1, 2, 3, 2].index(2, -3, -1)`, func(th *Thread) (Value, error) {
			return m(th, L(ints(1, 2, 3, 2)...), "index", I(2), I(-3), I(-1))
		}, `1`},
		{`[].index('x')`, func(th *Thread) (Value, error) { return m(th, L(), "index", S("x")) }, `ValueError: 'x' is not in list`},
		{`[].index()`, func(th *Thread) (Value, error) { return m(th, L(), "index") }, `TypeError: index expected at least 1 argument, got 0`},
		{`[1, 2, 1].count(1)`, func(th *Thread) (Value, error) { return m(th, L(ints(1, 2, 1)...), "count", I(1)) }, `2`},
		{`l = [1, 2, 3]; l.reverse(); l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3)...)
			return then(func() (Value, error) { return m(th, l, "reverse") }, val(l))
		}, `[3, 2, 1]`},
		{`l = [1, 2]; c = l.copy(); c.append(3); (l, c)`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2)...)
			c, _ := m(th, l, "copy")
			ListAppend(c, I(3))
			return T(l, c), nil
		}, `([1, 2], [1, 2, 3])`},
		{`l = [1, 2]; l.clear(); l`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2)...)
			return then(func() (Value, error) { return m(th, l, "clear") }, val(l))
		}, `[]`},
		{`l = [1]; l.extend(range(2, 4)); l.extend(l); l`, func(th *Thread) (Value, error) {
			l := L(I(1))
			return then(
				func() (Value, error) { return m(th, l, "extend", NewRange(2, 4, 1)) },
				func() (Value, error) { return m(th, l, "extend", l) },
				val(l))
		}, `[1, 2, 3, 1, 2, 3]`},
		{`list(reversed([1, 2, 3]))`, func(th *Thread) (Value, error) {
			r, err := call(th, ty(ReversedType), L(ints(1, 2, 3)...))
			if err != nil {
				return Value{}, err
			}
			return list(th, r)
		}, `[3, 2, 1]`},
		{`[1, 2].__len__()`, func(th *Thread) (Value, error) { return m(th, L(I(1), I(2)), "__len__") }, `2`},
		{`[1, 2].__getitem__(1)`, func(th *Thread) (Value, error) { return m(th, L(I(1), I(2)), "__getitem__", I(1)) }, `2`},
		{`[1].__mul__('a')`, func(th *Thread) (Value, error) { return m(th, L(I(1)), "__mul__", S("a")) }, `TypeError: 'str' object cannot be interpreted as an integer`},
		{`[1].__rmul__(2)`, func(th *Thread) (Value, error) { return m(th, L(I(1)), "__rmul__", I(2)) }, `[1, 1]`},
		{`list.__hash__`, func(th *Thread) (Value, error) { return GetAttr(th, ty(ListType), "__hash__") }, `None`},
		{`it = iter([1, 2]); (next(it), it.__length_hint__())`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, L(I(1), I(2)))
			x, _, _ := Next(th, it)
			h, err := m(th, it, "__length_hint__")
			return T(x, h), err
		}, `(1, 1)`},
		{`type(iter([])).__name__, type(reversed([])).__name__`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, L())
			r, _ := call(th, ty(ReversedType), L())
			return T(S(it.Type().Name), S(r.Type().Name)), nil
		}, `('list_iterator', 'list_reverseiterator')`},
	})
}

func TestListSort(t *testing.T) {
	runCases(t, []pyCase{
		{`l = [3, 1, 2]; l.sort(); l`, func(th *Thread) (Value, error) {
			l := L(ints(3, 1, 2)...)
			return then(func() (Value, error) { return m(th, l, "sort") }, val(l))
		}, `[1, 2, 3]`},
		{`l = ['b', 'a', 'c']; l.sort(reverse=True); l`, func(th *Thread) (Value, error) {
			l := L(S("b"), S("a"), S("c"))
			return then(func() (Value, error) { return callKw(th, mustAttr(th, l, "sort"), nil, "reverse", True) }, val(l))
		}, `['c', 'b', 'a']`},
		{`l = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]; l.sort(key=lambda t: t[0]); l`, func(th *Thread) (Value, error) {
			l := L(T(I(1), S("b")), T(I(0), S("z")), T(I(1), S("a")), T(I(0), S("y")))
			return then(func() (Value, error) { return callKw(th, mustAttr(th, l, "sort"), nil, "key", firstItem) }, val(l))
		}, `[(0, 'z'), (0, 'y'), (1, 'b'), (1, 'a')]`},
		{`l = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]; l.sort(key=lambda t: t[0], reverse=True); l`, func(th *Thread) (Value, error) {
			l := L(T(I(1), S("b")), T(I(0), S("z")), T(I(1), S("a")), T(I(0), S("y")))
			return then(func() (Value, error) {
				return callKw(th, mustAttr(th, l, "sort"), nil, "key", firstItem, "reverse", I(1))
			}, val(l))
		}, `[(1, 'b'), (1, 'a'), (0, 'z'), (0, 'y')]`},
		{`l = list(range(100, 0, -7)) + list(range(50)); l.sort(); l == sorted(l) and l[:5]`, func(th *Thread) (Value, error) {
			var items []Value
			for i := int64(100); i > 0; i -= 7 {
				items = append(items, I(i))
			}
			for i := int64(0); i < 50; i++ {
				items = append(items, T(I(i)))
			}
			for i := range items[15:] {
				items[15+i] = I(TupleItems(items[15+i])[0].SmallInt())
			}
			l := NewList(items)
			return then(func() (Value, error) { return m(th, l, "sort") },
				func() (Value, error) { return GetItem(th, l, sl(Value{}, I(5), Value{})) })
		}, `[0, 1, 2, 2, 3]`},
		{`sorted([3, 1, 'a'])`, func(th *Thread) (Value, error) {
			items := []Value{I(3), I(1), S("a")}
			return NewList(items), Sorted(th, items, Value{}, false)
		}, `TypeError: '<' not supported between instances of 'str' and 'int'`},
		{`[].sort(1)`, func(th *Thread) (Value, error) { return m(th, L(), "sort", I(1)) }, `TypeError: sort() takes no positional arguments`},
		{`[].sort(foo=1)`, func(th *Thread) (Value, error) { return callKw(th, mustAttr(th, L(), "sort"), nil, "foo", I(1)) }, `TypeError: 'foo' is an invalid keyword argument for sort()`},
	})
}

// firstItem is lambda t: t[0].
var firstItem = NewBuiltinFunction("first", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
	return GetItem(th, args[0], Int(0))
})

// mustAttr returns v.name or panics.
func mustAttr(th *Thread, v Value, name string) Value {
	r, err := GetAttr(th, v, name)
	if err != nil {
		panic(err)
	}
	return r
}
