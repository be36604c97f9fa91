package runtime

import "testing"

func TestTuple(t *testing.T) {
	runCases(t, []pyCase{
		{`(1,)`, func(th *Thread) (Value, error) { return T(I(1)), nil }, `(1,)`},
		{`()`, func(th *Thread) (Value, error) { return T(), nil }, `()`},
		{`(1, 'a', (2,))`, func(th *Thread) (Value, error) { return T(I(1), S("a"), T(I(2))), nil }, `(1, 'a', (2,))`},
		{`l = []; t = (l,); l.append(t); t`, func(th *Thread) (Value, error) {
			l := L()
			tup := T(l)
			ListAppend(l, tup)
			return tup, nil
		}, `([(...)],)`},
		{`hash((1, 2))`, func(th *Thread) (Value, error) { return hashOf(th, T(I(1), I(2))) }, `-3550055125485641917`},
		{`hash(())`, func(th *Thread) (Value, error) { return hashOf(th, T()) }, `5740354900026072187`},
		{`hash((1, (2, -3), None, True))`, func(th *Thread) (Value, error) {
			return hashOf(th, T(I(1), T(I(2), I(-3)), None, True))
		}, `-443964739652626954`},
		{`hash((1, [2]))`, func(th *Thread) (Value, error) { return hashOf(th, T(I(1), L(I(2)))) }, `TypeError: unhashable type: 'list'`},
		{`tuple([1, 2])`, func(th *Thread) (Value, error) { return call(th, ty(TupleType), L(I(1), I(2))) }, `(1, 2)`},
		{`tuple(1, 2)`, func(th *Thread) (Value, error) { return call(th, ty(TupleType), I(1), I(2)) }, `TypeError: tuple expected at most 1 argument, got 2`},
		{`tuple()`, func(th *Thread) (Value, error) { return call(th, ty(TupleType)) }, `()`},
		{`(1, 2, 3)[5]`, func(th *Thread) (Value, error) { return GetItem(th, T(ints(1, 2, 3)...), I(5)) }, `IndexError: tuple index out of range`},
		{`(1, 2, 3)[::-1]`, func(th *Thread) (Value, error) { return GetItem(th, T(ints(1, 2, 3)...), sl(Value{}, Value{}, I(-1))) }, `(3, 2, 1)`},
		{`(1, 2, 3)['a']`, func(th *Thread) (Value, error) { return GetItem(th, T(ints(1, 2, 3)...), S("a")) }, `TypeError: tuple indices must be integers or slices, not str`},
		{`(1,) + (2,)`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, T(I(1)), T(I(2))) }, `(1, 2)`},
		{`() + []`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, T(), L()) }, `TypeError: can only concatenate tuple (not "list") to tuple`},
		{`(1, 2) * 2`, func(th *Thread) (Value, error) { return Binary(th, OpMul, T(I(1), I(2)), I(2)) }, `(1, 2, 1, 2)`},
		{`2 * (0,)`, func(th *Thread) (Value, error) { return Binary(th, OpMul, I(2), T(I(0))) }, `(0, 0)`},
		{`(1, 2) < (1, 2, 3)`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, T(I(1), I(2)), T(ints(1, 2, 3)...)) }, `True`},
		{`(1, 3) > (1, 2, 3)`, func(th *Thread) (Value, error) { return Compare(th, CmpGT, T(I(1), I(3)), T(ints(1, 2, 3)...)) }, `True`},
		{`(1, 2) == (1, 2)`, func(th *Thread) (Value, error) { return Compare(th, CmpEQ, T(I(1), I(2)), T(I(1), I(2))) }, `True`},
		{`(1, 2, 1).count(1)`, func(th *Thread) (Value, error) { return m(th, T(ints(1, 2, 1)...), "count", I(1)) }, `2`},
		{`(1, 2, 1).index(1, 1)`, func(th *Thread) (Value, error) { return m(th, T(ints(1, 2, 1)...), "index", I(1), I(1)) }, `2`},
		{`(1,).index(5)`, func(th *Thread) (Value, error) { return m(th, T(I(1)), "index", I(5)) }, `ValueError: tuple.index(x): x not in tuple`},
		{`3 in (1, 2)`, func(th *Thread) (Value, error) { return boolOf(Contains(th, T(I(1), I(2)), I(3))) }, `False`},
		{`list(reversed((1, 2, 3)))`, func(th *Thread) (Value, error) {
			r, err := call(th, ty(ReversedType), T(ints(1, 2, 3)...))
			if err != nil {
				return Value{}, err
			}
			return list(th, r)
		}, `[3, 2, 1]`},
		{`type(reversed(())).__name__`, func(th *Thread) (Value, error) {
			r, err := call(th, ty(ReversedType), T())
			return S(r.Type().Name), err
		}, `'reversed'`},
	})
}

func TestDict(t *testing.T) {
	runCases(t, []pyCase{
		{`{'a': 1, 2: [3]}`, func(th *Thread) (Value, error) { return D(th, S("a"), I(1), I(2), L(I(3))), nil }, `{'a': 1, 2: [3]}`},
		{`{}`, func(th *Thread) (Value, error) { return D(th), nil }, `{}`},
		{`d = {}; d[1] = d; d`, func(th *Thread) (Value, error) {
			d := D(th)
			return d, SetItem(th, d, I(1), d)
		}, `{1: {...}}`},
		{`{}[1]`, func(th *Thread) (Value, error) { return GetItem(th, D(th), I(1)) }, `KeyError: 1`},
		{`{}['k']`, func(th *Thread) (Value, error) { return GetItem(th, D(th), S("k")) }, `KeyError: 'k'`},
		{`d = {}; del d[(1, 2)]`, func(th *Thread) (Value, error) { return None, DelItem(th, D(th), T(I(1), I(2))) }, `KeyError: (1, 2)`},
		{`{}[[]]`, func(th *Thread) (Value, error) { return GetItem(th, D(th), L()) }, `TypeError: unhashable type: 'list'`},
		{`dict([(1, 2), [3, 4]], x=5)`, func(th *Thread) (Value, error) {
			return callKw(th, ty(DictType), []Value{L(T(I(1), I(2)), L(I(3), I(4)))}, "x", I(5))
		}, `{1: 2, 3: 4, 'x': 5}`},
		{`dict({1: 2}, a=1)`, func(th *Thread) (Value, error) {
			return callKw(th, ty(DictType), []Value{D(th, I(1), I(2))}, "a", I(1))
		}, `{1: 2, 'a': 1}`},
		{`dict([[1]])`, func(th *Thread) (Value, error) { return call(th, ty(DictType), L(L(I(1)))) }, `ValueError: dictionary update sequence element #0 has length 1; 2 is required`},
		{`dict([(1, 2), 3])`, func(th *Thread) (Value, error) { return call(th, ty(DictType), L(T(I(1), I(2)), I(3))) }, `TypeError: cannot convert dictionary update sequence element #1 to a sequence`},
		{`dict(1, 2)`, func(th *Thread) (Value, error) { return call(th, ty(DictType), I(1), I(2)) }, `TypeError: dict expected at most 1 argument, got 2`},
		{`dict(['ab'])`, func(th *Thread) (Value, error) { return call(th, ty(DictType), L(T(S("a"), S("b")))) }, `{'a': 'b'}`},
		{`{1: 2} == {1: 2}`, func(th *Thread) (Value, error) { return Compare(th, CmpEQ, D(th, I(1), I(2)), D(th, I(1), I(2))) }, `True`},
		{`{1: 2} != {1: 3}`, func(th *Thread) (Value, error) { return Compare(th, CmpNE, D(th, I(1), I(2)), D(th, I(1), I(3))) }, `True`},
		{`{1: 2} < {1: 3}`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, D(th, I(1), I(2)), D(th, I(1), I(3))) }, `TypeError: '<' not supported between instances of 'dict' and 'dict'`},
		{`{1: 2} | {3: 4, 1: 0}`, func(th *Thread) (Value, error) {
			return Binary(th, OpOr, D(th, I(1), I(2)), D(th, I(3), I(4), I(1), I(0)))
		}, `{1: 0, 3: 4}`},
		{`{} | []`, func(th *Thread) (Value, error) { return Binary(th, OpOr, D(th), L()) }, `TypeError: unsupported operand type(s) for |: 'dict' and 'list'`},
		{`d = {1: 2}; d |= [(3, 4)]; d`, func(th *Thread) (Value, error) { return Inplace(th, OpOr, D(th, I(1), I(2)), L(T(I(3), I(4)))) }, `{1: 2, 3: 4}`},
		{`{1: 2}.get(1), {}.get(1), {}.get(1, 'x')`, func(th *Thread) (Value, error) {
			a, _ := m(th, D(th, I(1), I(2)), "get", I(1))
			b, _ := m(th, D(th), "get", I(1))
			c, err := m(th, D(th), "get", I(1), S("x"))
			return T(a, b, c), err
		}, `(2, None, 'x')`},
		{`{}.get()`, func(th *Thread) (Value, error) { return m(th, D(th), "get") }, `TypeError: get expected at least 1 argument, got 0`},
		{`d = {}; (d.setdefault(1, []), d.setdefault(1, 5), d)`, func(th *Thread) (Value, error) {
			d := D(th)
			a, _ := m(th, d, "setdefault", I(1), L())
			b, err := m(th, d, "setdefault", I(1), I(5))
			return T(a, b, d), err
		}, `([], [], {1: []})`},
		{`d = {1: 2, 3: 4}; (d.pop(1), d.pop(9, None), d)`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2), I(3), I(4))
			a, _ := m(th, d, "pop", I(1))
			b, err := m(th, d, "pop", I(9), None)
			return T(a, b, d), err
		}, `(2, None, {3: 4})`},
		{`{}.pop(1)`, func(th *Thread) (Value, error) { return m(th, D(th), "pop", I(1)) }, `KeyError: 1`},
		{`d = {1: 2, 3: 4}; (d.popitem(), d.popitem(), d)`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2), I(3), I(4))
			a, _ := m(th, d, "popitem")
			b, err := m(th, d, "popitem")
			return T(a, b, d), err
		}, `((3, 4), (1, 2), {})`},
		{`{}.popitem()`, func(th *Thread) (Value, error) { return m(th, D(th), "popitem") }, `KeyError: 'popitem(): dictionary is empty'`},
		{`d = {1: 2}; d.popitem(); d[5] = 6; d`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2))
			_, _ = m(th, d, "popitem")
			return d, SetItem(th, d, I(5), I(6))
		}, `{5: 6}`},
		{`d = {1: 2}; d.update({3: 4}, a=5); d.update([(6, 7)]); d`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2))
			return then(
				func() (Value, error) {
					return callKw(th, mustAttr(th, d, "update"), []Value{D(th, I(3), I(4))}, "a", I(5))
				},
				func() (Value, error) { return m(th, d, "update", L(T(I(6), I(7)))) },
				val(d))
		}, `{1: 2, 3: 4, 'a': 5, 6: 7}`},
		{`{}.update(1, 2)`, func(th *Thread) (Value, error) { return m(th, D(th), "update", I(1), I(2)) }, `TypeError: update expected at most 1 argument, got 2`},
		{`d = {1: 2}; c = d.copy(); c[3] = 4; (d, c)`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2))
			c, _ := m(th, d, "copy")
			return T(d, c), SetItem(th, c, I(3), I(4))
		}, `({1: 2}, {1: 2, 3: 4})`},
		{`d = {1: 2}; d.clear(); d`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2))
			return then(func() (Value, error) { return m(th, d, "clear") }, val(d))
		}, `{}`},
		{`dict.fromkeys([1, 2])`, func(th *Thread) (Value, error) { return m(th, ty(DictType), "fromkeys", L(I(1), I(2))) }, `{1: None, 2: None}`},
		{`dict.fromkeys('ab', 0)`, func(th *Thread) (Value, error) { return m(th, ty(DictType), "fromkeys", L(S("a"), S("b")), I(0)) }, `{'a': 0, 'b': 0}`},
		{`dict.fromkeys()`, func(th *Thread) (Value, error) { return m(th, ty(DictType), "fromkeys") }, `TypeError: fromkeys expected at least 1 argument, got 0`},
		{`list(reversed({1: 2, 3: 4}))`, func(th *Thread) (Value, error) {
			r, err := call(th, ty(ReversedType), D(th, I(1), I(2), I(3), I(4)))
			if err != nil {
				return Value{}, err
			}
			return list(th, r)
		}, `[3, 1]`},
		{`d = {1: 2}; [d.__setitem__(k + 10, 0) for k in d]`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2))
			return None, ForEach(th, d, func(k Value) error { return SetItem(th, d, I(k.SmallInt()+10), I(0)) })
		}, `RuntimeError: dictionary changed size during iteration`},
		{`d = {1: 2}; [d.__delitem__(k) for k in d]`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2))
			return None, ForEach(th, d, func(k Value) error { return DelItem(th, d, k) })
		}, `RuntimeError: dictionary changed size during iteration`},
		{`d = {1: 2, 3: 4}; [d.update({k: 9}) for k in d]; d`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2), I(3), I(4))
			return d, ForEach(th, d, func(k Value) error { return SetItem(th, d, k, I(9)) })
		}, `{1: 9, 3: 9}`},
		{`len({1: 2, 3: 4}), 3 in {1: 2, 3: 4}`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2), I(3), I(4))
			n, _ := Len(th, d)
			in, err := Contains(th, d, I(3))
			return T(I(int64(n)), Bool(in)), err
		}, `(2, True)`},
		{`dict.__hash__`, func(th *Thread) (Value, error) { return GetAttr(th, ty(DictType), "__hash__") }, `None`},
		{`d = {i: i for i in range(20)}; [d.pop(i) for i in range(0, 20, 2)]; d[7] = 'x'; d`, func(th *Thread) (Value, error) {
			d := NewDict()
			for i := int64(0); i < 20; i++ {
				_ = d.Set(th, I(i), I(i))
			}
			for i := int64(0); i < 20; i += 2 {
				if _, err := m(th, ValueOf(d), "pop", I(i)); err != nil {
					return Value{}, err
				}
			}
			return ValueOf(d), d.Set(th, I(7), S("x"))
		}, `{1: 1, 3: 3, 5: 5, 7: 'x', 9: 9, 11: 11, 13: 13, 15: 15, 17: 17, 19: 19}`},
	})
}

func TestDictViews(t *testing.T) {
	runCases(t, []pyCase{
		{`{'a': 1}.keys()`, func(th *Thread) (Value, error) { return m(th, D(th, S("a"), I(1)), "keys") }, `dict_keys(['a'])`},
		{`{'a': 1}.values()`, func(th *Thread) (Value, error) { return m(th, D(th, S("a"), I(1)), "values") }, `dict_values([1])`},
		{`{'a': 1}.items()`, func(th *Thread) (Value, error) { return m(th, D(th, S("a"), I(1)), "items") }, `dict_items([('a', 1)])`},
		{`{}.keys()`, func(th *Thread) (Value, error) { return m(th, D(th), "keys") }, `dict_keys([])`},
		{`d = {}; d[1] = d.values(); d`, func(th *Thread) (Value, error) {
			d := D(th)
			v, _ := m(th, d, "values")
			return d, SetItem(th, d, I(1), v)
		}, `{1: dict_values([...])}`},
		{`d = {1: 2, 3: 4}; k = d.keys(); d[5] = 6; (k, len(k))`, func(th *Thread) (Value, error) {
			d := D(th, I(1), I(2), I(3), I(4))
			k, _ := m(th, d, "keys")
			_ = SetItem(th, d, I(5), I(6))
			n, err := Len(th, k)
			return T(k, I(int64(n))), err
		}, `(dict_keys([1, 3, 5]), 3)`},
		{`(1, 2) in {1: 2}.items(), (1, 3) in {1: 2}.items(), 1 in {1: 2}.items()`, func(th *Thread) (Value, error) {
			items, _ := m(th, D(th, I(1), I(2)), "items")
			a, _ := Contains(th, items, T(I(1), I(2)))
			b, _ := Contains(th, items, T(I(1), I(3)))
			c, err := Contains(th, items, I(1))
			return T(Bool(a), Bool(b), Bool(c)), err
		}, `(True, False, False)`},
		{`2 in {1: 2}.values()`, func(th *Thread) (Value, error) {
			v, _ := m(th, D(th, I(1), I(2)), "values")
			return boolOf(Contains(th, v, I(2)))
		}, `True`},
		{`{1: 2, 3: 4}.keys() & {3, 5}`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2), I(3), I(4)), "keys")
			return Binary(th, OpAnd, k, setOf(th, I(3), I(5)))
		}, `{3}`},
		{`{1: 2}.keys() | [3]`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2)), "keys")
			return Binary(th, OpOr, k, L(I(3)))
		}, `{1, 3}`},
		{`[3] | {1: 2}.keys()`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2)), "keys")
			return Binary(th, OpOr, L(I(3)), k)
		}, `{1, 3}`},
		{`{1: 2, 3: 4}.keys() - {1}`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2), I(3), I(4)), "keys")
			return Binary(th, OpSub, k, setOf(th, I(1)))
		}, `{3}`},
		{`{1, 5} - {1: 2}.keys()`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2)), "keys")
			return Binary(th, OpSub, setOf(th, I(1), I(5)), k)
		}, `{5}`},
		{`{1: 2}.keys() ^ {1, 5}`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2)), "keys")
			return Binary(th, OpXor, k, setOf(th, I(1), I(5)))
		}, `{5}`},
		{`{1: 2}.items() & {(1, 2)}`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2)), "items")
			return Binary(th, OpAnd, k, setOf(th, T(I(1), I(2))))
		}, `{(1, 2)}`},
		{`{1: 2, 3: 4, 5: 6}.items() ^ {3: 4, 5: 7, 8: 9}.items()`, func(th *Thread) (Value, error) {
			a, _ := m(th, D(th, I(1), I(2), I(3), I(4), I(5), I(6)), "items")
			b, _ := m(th, D(th, I(3), I(4), I(5), I(7), I(8), I(9)), "items")
			return Binary(th, OpXor, a, b)
		}, `{(1, 2), (8, 9), (5, 6), (5, 7)}`},
		{`{1: 2}.values() | {1}`, func(th *Thread) (Value, error) {
			v, _ := m(th, D(th, I(1), I(2)), "values")
			return Binary(th, OpOr, v, setOf(th, I(1)))
		}, `TypeError: unsupported operand type(s) for |: 'dict_values' and 'set'`},
		{`{1: 2}.keys() == {1}, {1: 2}.keys() < {1, 2}, {1: 2}.keys() >= {2}, {1: 2}.keys() == [1]`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2)), "keys")
			a, _ := Compare(th, CmpEQ, k, setOf(th, I(1)))
			b, _ := Compare(th, CmpLT, k, setOf(th, I(1), I(2)))
			c, _ := Compare(th, CmpGE, k, setOf(th, I(2)))
			d, err := Compare(th, CmpEQ, k, L(I(1)))
			return T(a, b, c, d), err
		}, `(True, True, False, False)`},
		{`{1: 2}.keys().isdisjoint([2]), {1: 2}.keys().isdisjoint({1})`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th, I(1), I(2)), "keys")
			a, _ := m(th, k, "isdisjoint", L(I(2)))
			b, err := m(th, k, "isdisjoint", setOf(th, I(1)))
			return T(a, b), err
		}, `(True, False)`},
		{`list(reversed({1: 2, 3: 4}.items()))`, func(th *Thread) (Value, error) {
			items, _ := m(th, D(th, I(1), I(2), I(3), I(4)), "items")
			r, err := call(th, ty(ReversedType), items)
			if err != nil {
				return Value{}, err
			}
			return list(th, r)
		}, `[(3, 4), (1, 2)]`},
		{`list({1: 2, 3: 4}.values())`, func(th *Thread) (Value, error) {
			v, _ := m(th, D(th, I(1), I(2), I(3), I(4)), "values")
			return list(th, v)
		}, `[2, 4]`},
		{`hash({}.keys())`, func(th *Thread) (Value, error) {
			k, _ := m(th, D(th), "keys")
			return hashOf(th, k)
		}, `TypeError: unhashable type: 'dict_keys'`},
		{`[type(it).__name__ for it in (iter({}), iter({}.values()), iter({}.items()), reversed({}), reversed({}.values()), reversed({}.items()))]`, func(th *Thread) (Value, error) {
			d := D(th)
			var names []Value
			for _, name := range []string{"keys", "values", "items"} {
				v, _ := m(th, d, name)
				it, _ := Iter(th, v)
				names = append(names, S(it.Type().Name))
			}
			for _, name := range []string{"keys", "values", "items"} {
				v, _ := m(th, d, name)
				it, err := call(th, ty(ReversedType), v)
				if err != nil {
					return Value{}, err
				}
				names = append(names, S(it.Type().Name))
			}
			return L(names...), nil
		}, `['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator']`},
	})
}
