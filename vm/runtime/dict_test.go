package runtime

import "testing"

func TestTuple(t *testing.T) {
	ctRun(t, []ctCase{
		{`(1,)`, func(th *Thread) (Value, error) { return ctTuple(ctInt(1)), nil }, `(1,)`},
		{`()`, func(th *Thread) (Value, error) { return ctTuple(), nil }, `()`},
		{`(1, 'a', (2,))`, func(th *Thread) (Value, error) { return ctTuple(ctInt(1), ctStr("a"), ctTuple(ctInt(2))), nil }, `(1, 'a', (2,))`},
		{`l = []; t = (l,); l.append(t); t`, func(th *Thread) (Value, error) {
			l := ctListOf()
			tup := ctTuple(l)
			ListAppend(l, tup)
			return tup, nil
		}, `([(...)],)`},
		{`hash((1, 2))`, func(th *Thread) (Value, error) { return ctHash(th, ctTuple(ctInt(1), ctInt(2))) }, `-3550055125485641917`},
		{`hash(())`, func(th *Thread) (Value, error) { return ctHash(th, ctTuple()) }, `5740354900026072187`},
		{`hash((1, (2, -3), None, True))`, func(th *Thread) (Value, error) {
			return ctHash(th, ctTuple(ctInt(1), ctTuple(ctInt(2), ctInt(-3)), None, True))
		}, `-443964739652626954`},
		{`hash((1, [2]))`, func(th *Thread) (Value, error) { return ctHash(th, ctTuple(ctInt(1), ctListOf(ctInt(2)))) }, `TypeError: unhashable type: 'list'`},
		{`tuple([1, 2])`, func(th *Thread) (Value, error) { return ctCall(th, ctType(TupleType), ctListOf(ctInt(1), ctInt(2))) }, `(1, 2)`},
		{`tuple(1, 2)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(TupleType), ctInt(1), ctInt(2)) }, `TypeError: tuple expected at most 1 argument, got 2`},
		{`tuple()`, func(th *Thread) (Value, error) { return ctCall(th, ctType(TupleType)) }, `()`},
		{`(1, 2, 3)[5]`, func(th *Thread) (Value, error) { return GetItem(th, ctTuple(ctInts(1, 2, 3)...), ctInt(5)) }, `IndexError: tuple index out of range`},
		{`(1, 2, 3)[::-1]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctTuple(ctInts(1, 2, 3)...), ctSlice(Value{}, Value{}, ctInt(-1)))
		}, `(3, 2, 1)`},
		{`(1, 2, 3)['a']`, func(th *Thread) (Value, error) { return GetItem(th, ctTuple(ctInts(1, 2, 3)...), ctStr("a")) }, `TypeError: tuple indices must be integers or slices, not str`},
		{`(1,) + (2,)`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, ctTuple(ctInt(1)), ctTuple(ctInt(2))) }, `(1, 2)`},
		{`() + []`, func(th *Thread) (Value, error) { return Binary(th, OpAdd, ctTuple(), ctListOf()) }, `TypeError: can only concatenate tuple (not "list") to tuple`},
		{`(1, 2) * 2`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctTuple(ctInt(1), ctInt(2)), ctInt(2)) }, `(1, 2, 1, 2)`},
		{`2 * (0,)`, func(th *Thread) (Value, error) { return Binary(th, OpMul, ctInt(2), ctTuple(ctInt(0))) }, `(0, 0)`},
		{`(1, 2) < (1, 2, 3)`, func(th *Thread) (Value, error) {
			return Compare(th, CmpLT, ctTuple(ctInt(1), ctInt(2)), ctTuple(ctInts(1, 2, 3)...))
		}, `True`},
		{`(1, 3) > (1, 2, 3)`, func(th *Thread) (Value, error) {
			return Compare(th, CmpGT, ctTuple(ctInt(1), ctInt(3)), ctTuple(ctInts(1, 2, 3)...))
		}, `True`},
		{`(1, 2) == (1, 2)`, func(th *Thread) (Value, error) {
			return Compare(th, CmpEQ, ctTuple(ctInt(1), ctInt(2)), ctTuple(ctInt(1), ctInt(2)))
		}, `True`},
		{`(1, 2, 1).count(1)`, func(th *Thread) (Value, error) { return ctMethod(th, ctTuple(ctInts(1, 2, 1)...), "count", ctInt(1)) }, `2`},
		{`(1, 2, 1).index(1, 1)`, func(th *Thread) (Value, error) {
			return ctMethod(th, ctTuple(ctInts(1, 2, 1)...), "index", ctInt(1), ctInt(1))
		}, `2`},
		{`(1,).index(5)`, func(th *Thread) (Value, error) { return ctMethod(th, ctTuple(ctInt(1)), "index", ctInt(5)) }, `ValueError: tuple.index(x): x not in tuple`},
		{`3 in (1, 2)`, func(th *Thread) (Value, error) { return ctBool(Contains(th, ctTuple(ctInt(1), ctInt(2)), ctInt(3))) }, `False`},
		{`list(reversed((1, 2, 3)))`, func(th *Thread) (Value, error) {
			r, err := ctCall(th, ctType(ReversedType), ctTuple(ctInts(1, 2, 3)...))
			if err != nil {
				return Value{}, err
			}
			return ctList(th, r)
		}, `[3, 2, 1]`},
		{`type(reversed(())).__name__`, func(th *Thread) (Value, error) {
			r, err := ctCall(th, ctType(ReversedType), ctTuple())
			return ctStr(r.Type().Name), err
		}, `'reversed'`},
	})
}

func TestDict(t *testing.T) {
	ctRun(t, []ctCase{
		{`{'a': 1, 2: [3]}`, func(th *Thread) (Value, error) {
			return ctDict(th, ctStr("a"), ctInt(1), ctInt(2), ctListOf(ctInt(3))), nil
		}, `{'a': 1, 2: [3]}`},
		{`{}`, func(th *Thread) (Value, error) { return ctDict(th), nil }, `{}`},
		{`d = {}; d[1] = d; d`, func(th *Thread) (Value, error) {
			d := ctDict(th)
			return d, SetItem(th, d, ctInt(1), d)
		}, `{1: {...}}`},
		{`{}[1]`, func(th *Thread) (Value, error) { return GetItem(th, ctDict(th), ctInt(1)) }, `KeyError: 1`},
		{`{}['k']`, func(th *Thread) (Value, error) { return GetItem(th, ctDict(th), ctStr("k")) }, `KeyError: 'k'`},
		{`d = {}; del d[(1, 2)]`, func(th *Thread) (Value, error) { return None, DelItem(th, ctDict(th), ctTuple(ctInt(1), ctInt(2))) }, `KeyError: (1, 2)`},
		{`{}[[]]`, func(th *Thread) (Value, error) { return GetItem(th, ctDict(th), ctListOf()) }, `TypeError: unhashable type: 'list'`},
		{`dict([(1, 2), [3, 4]], x=5)`, func(th *Thread) (Value, error) {
			return ctCallKw(th, ctType(DictType), []Value{ctListOf(ctTuple(ctInt(1), ctInt(2)), ctListOf(ctInt(3), ctInt(4)))}, "x", ctInt(5))
		}, `{1: 2, 3: 4, 'x': 5}`},
		{`dict({1: 2}, a=1)`, func(th *Thread) (Value, error) {
			return ctCallKw(th, ctType(DictType), []Value{ctDict(th, ctInt(1), ctInt(2))}, "a", ctInt(1))
		}, `{1: 2, 'a': 1}`},
		{`dict([[1]])`, func(th *Thread) (Value, error) { return ctCall(th, ctType(DictType), ctListOf(ctListOf(ctInt(1)))) }, `ValueError: dictionary update sequence element #0 has length 1; 2 is required`},
		{`dict([(1, 2), 3])`, func(th *Thread) (Value, error) {
			return ctCall(th, ctType(DictType), ctListOf(ctTuple(ctInt(1), ctInt(2)), ctInt(3)))
		}, `TypeError: cannot convert dictionary update sequence element #1 to a sequence`},
		{`dict(1, 2)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(DictType), ctInt(1), ctInt(2)) }, `TypeError: dict expected at most 1 argument, got 2`},
		{`dict(['ab'])`, func(th *Thread) (Value, error) {
			return ctCall(th, ctType(DictType), ctListOf(ctTuple(ctStr("a"), ctStr("b"))))
		}, `{'a': 'b'}`},
		{`{1: 2} == {1: 2}`, func(th *Thread) (Value, error) {
			return Compare(th, CmpEQ, ctDict(th, ctInt(1), ctInt(2)), ctDict(th, ctInt(1), ctInt(2)))
		}, `True`},
		{`{1: 2} != {1: 3}`, func(th *Thread) (Value, error) {
			return Compare(th, CmpNE, ctDict(th, ctInt(1), ctInt(2)), ctDict(th, ctInt(1), ctInt(3)))
		}, `True`},
		{`{1: 2} < {1: 3}`, func(th *Thread) (Value, error) {
			return Compare(th, CmpLT, ctDict(th, ctInt(1), ctInt(2)), ctDict(th, ctInt(1), ctInt(3)))
		}, `TypeError: '<' not supported between instances of 'dict' and 'dict'`},
		{`{1: 2} | {3: 4, 1: 0}`, func(th *Thread) (Value, error) {
			return Binary(th, OpOr, ctDict(th, ctInt(1), ctInt(2)), ctDict(th, ctInt(3), ctInt(4), ctInt(1), ctInt(0)))
		}, `{1: 0, 3: 4}`},
		{`{} | []`, func(th *Thread) (Value, error) { return Binary(th, OpOr, ctDict(th), ctListOf()) }, `TypeError: unsupported operand type(s) for |: 'dict' and 'list'`},
		{`d = {1: 2}; d |= [(3, 4)]; d`, func(th *Thread) (Value, error) {
			return Inplace(th, OpOr, ctDict(th, ctInt(1), ctInt(2)), ctListOf(ctTuple(ctInt(3), ctInt(4))))
		}, `{1: 2, 3: 4}`},
		{`{1: 2}.get(1), {}.get(1), {}.get(1, 'x')`, func(th *Thread) (Value, error) {
			a, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "get", ctInt(1))
			b, _ := ctMethod(th, ctDict(th), "get", ctInt(1))
			c, err := ctMethod(th, ctDict(th), "get", ctInt(1), ctStr("x"))
			return ctTuple(a, b, c), err
		}, `(2, None, 'x')`},
		{`{}.get()`, func(th *Thread) (Value, error) { return ctMethod(th, ctDict(th), "get") }, `TypeError: get expected at least 1 argument, got 0`},
		{`d = {}; (d.setdefault(1, []), d.setdefault(1, 5), d)`, func(th *Thread) (Value, error) {
			d := ctDict(th)
			a, _ := ctMethod(th, d, "setdefault", ctInt(1), ctListOf())
			b, err := ctMethod(th, d, "setdefault", ctInt(1), ctInt(5))
			return ctTuple(a, b, d), err
		}, `([], [], {1: []})`},
		{`d = {1: 2, 3: 4}; (d.pop(1), d.pop(9, None), d)`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4))
			a, _ := ctMethod(th, d, "pop", ctInt(1))
			b, err := ctMethod(th, d, "pop", ctInt(9), None)
			return ctTuple(a, b, d), err
		}, `(2, None, {3: 4})`},
		{`{}.pop(1)`, func(th *Thread) (Value, error) { return ctMethod(th, ctDict(th), "pop", ctInt(1)) }, `KeyError: 1`},
		{`d = {1: 2, 3: 4}; (d.popitem(), d.popitem(), d)`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4))
			a, _ := ctMethod(th, d, "popitem")
			b, err := ctMethod(th, d, "popitem")
			return ctTuple(a, b, d), err
		}, `((3, 4), (1, 2), {})`},
		{`{}.popitem()`, func(th *Thread) (Value, error) { return ctMethod(th, ctDict(th), "popitem") }, `KeyError: 'popitem(): dictionary is empty'`},
		{`d = {1: 2}; d.popitem(); d[5] = 6; d`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2))
			_, _ = ctMethod(th, d, "popitem")
			return d, SetItem(th, d, ctInt(5), ctInt(6))
		}, `{5: 6}`},
		{`d = {1: 2}; d.update({3: 4}, a=5); d.update([(6, 7)]); d`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2))
			return ctThen(
				func() (Value, error) {
					return ctCallKw(th, ctAttr(th, d, "update"), []Value{ctDict(th, ctInt(3), ctInt(4))}, "a", ctInt(5))
				},
				func() (Value, error) { return ctMethod(th, d, "update", ctListOf(ctTuple(ctInt(6), ctInt(7)))) },
				ctValue(d))
		}, `{1: 2, 3: 4, 'a': 5, 6: 7}`},
		{`{}.update(1, 2)`, func(th *Thread) (Value, error) { return ctMethod(th, ctDict(th), "update", ctInt(1), ctInt(2)) }, `TypeError: update expected at most 1 argument, got 2`},
		{`d = {1: 2}; c = d.copy(); c[3] = 4; (d, c)`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2))
			c, _ := ctMethod(th, d, "copy")
			return ctTuple(d, c), SetItem(th, c, ctInt(3), ctInt(4))
		}, `({1: 2}, {1: 2, 3: 4})`},
		{`d = {1: 2}; d.clear(); d`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2))
			return ctThen(func() (Value, error) { return ctMethod(th, d, "clear") }, ctValue(d))
		}, `{}`},
		{`dict.fromkeys([1, 2])`, func(th *Thread) (Value, error) {
			return ctMethod(th, ctType(DictType), "fromkeys", ctListOf(ctInt(1), ctInt(2)))
		}, `{1: None, 2: None}`},
		{`dict.fromkeys('ab', 0)`, func(th *Thread) (Value, error) {
			return ctMethod(th, ctType(DictType), "fromkeys", ctListOf(ctStr("a"), ctStr("b")), ctInt(0))
		}, `{'a': 0, 'b': 0}`},
		{`dict.fromkeys()`, func(th *Thread) (Value, error) { return ctMethod(th, ctType(DictType), "fromkeys") }, `TypeError: fromkeys expected at least 1 argument, got 0`},
		{`list(reversed({1: 2, 3: 4}))`, func(th *Thread) (Value, error) {
			r, err := ctCall(th, ctType(ReversedType), ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4)))
			if err != nil {
				return Value{}, err
			}
			return ctList(th, r)
		}, `[3, 1]`},
		{`d = {1: 2}; [d.__setitem__(k + 10, 0) for k in d]`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2))
			return None, ForEach(th, d, func(k Value) error { return SetItem(th, d, ctInt(k.SmallInt()+10), ctInt(0)) })
		}, `RuntimeError: dictionary changed size during iteration`},
		{`d = {1: 2}; [d.__delitem__(k) for k in d]`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2))
			return None, ForEach(th, d, func(k Value) error { return DelItem(th, d, k) })
		}, `RuntimeError: dictionary changed size during iteration`},
		{`d = {1: 2, 3: 4}; [d.update({k: 9}) for k in d]; d`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4))
			return d, ForEach(th, d, func(k Value) error { return SetItem(th, d, k, ctInt(9)) })
		}, `{1: 9, 3: 9}`},
		{`len({1: 2, 3: 4}), 3 in {1: 2, 3: 4}`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4))
			n, _ := Len(th, d)
			in, err := Contains(th, d, ctInt(3))
			return ctTuple(ctInt(int64(n)), Bool(in)), err
		}, `(2, True)`},
		{`dict.__hash__`, func(th *Thread) (Value, error) { return GetAttr(th, ctType(DictType), "__hash__") }, `None`},
		{`d = {i: i for i in range(20)}; [d.pop(i) for i in range(0, 20, 2)]; d[7] = 'x'; d`, func(th *Thread) (Value, error) {
			d := NewDict()
			for i := int64(0); i < 20; i++ {
				_ = d.Set(th, ctInt(i), ctInt(i))
			}
			for i := int64(0); i < 20; i += 2 {
				if _, err := ctMethod(th, ValueOf(d), "pop", ctInt(i)); err != nil {
					return Value{}, err
				}
			}
			return ValueOf(d), d.Set(th, ctInt(7), ctStr("x"))
		}, `{1: 1, 3: 3, 5: 5, 7: 'x', 9: 9, 11: 11, 13: 13, 15: 15, 17: 17, 19: 19}`},
	})
}

func TestDictViews(t *testing.T) {
	ctRun(t, []ctCase{
		{`{'a': 1}.keys()`, func(th *Thread) (Value, error) { return ctMethod(th, ctDict(th, ctStr("a"), ctInt(1)), "keys") }, `dict_keys(['a'])`},
		{`{'a': 1}.values()`, func(th *Thread) (Value, error) { return ctMethod(th, ctDict(th, ctStr("a"), ctInt(1)), "values") }, `dict_values([1])`},
		{`{'a': 1}.items()`, func(th *Thread) (Value, error) { return ctMethod(th, ctDict(th, ctStr("a"), ctInt(1)), "items") }, `dict_items([('a', 1)])`},
		{`{}.keys()`, func(th *Thread) (Value, error) { return ctMethod(th, ctDict(th), "keys") }, `dict_keys([])`},
		{`d = {}; d[1] = d.values(); d`, func(th *Thread) (Value, error) {
			d := ctDict(th)
			v, _ := ctMethod(th, d, "values")
			return d, SetItem(th, d, ctInt(1), v)
		}, `{1: dict_values([...])}`},
		{`d = {1: 2, 3: 4}; k = d.keys(); d[5] = 6; (k, len(k))`, func(th *Thread) (Value, error) {
			d := ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4))
			k, _ := ctMethod(th, d, "keys")
			_ = SetItem(th, d, ctInt(5), ctInt(6))
			n, err := Len(th, k)
			return ctTuple(k, ctInt(int64(n))), err
		}, `(dict_keys([1, 3, 5]), 3)`},
		{`(1, 2) in {1: 2}.items(), (1, 3) in {1: 2}.items(), 1 in {1: 2}.items()`, func(th *Thread) (Value, error) {
			items, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "items")
			a, _ := Contains(th, items, ctTuple(ctInt(1), ctInt(2)))
			b, _ := Contains(th, items, ctTuple(ctInt(1), ctInt(3)))
			c, err := Contains(th, items, ctInt(1))
			return ctTuple(Bool(a), Bool(b), Bool(c)), err
		}, `(True, False, False)`},
		{`2 in {1: 2}.values()`, func(th *Thread) (Value, error) {
			v, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "values")
			return ctBool(Contains(th, v, ctInt(2)))
		}, `True`},
		{`{1: 2, 3: 4}.keys() & {3, 5}`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4)), "keys")
			return Binary(th, OpAnd, k, ctSet(th, ctInt(3), ctInt(5)))
		}, `{3}`},
		{`{1: 2}.keys() | [3]`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "keys")
			return Binary(th, OpOr, k, ctListOf(ctInt(3)))
		}, `{1, 3}`},
		{`[3] | {1: 2}.keys()`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "keys")
			return Binary(th, OpOr, ctListOf(ctInt(3)), k)
		}, `{1, 3}`},
		{`{1: 2, 3: 4}.keys() - {1}`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4)), "keys")
			return Binary(th, OpSub, k, ctSet(th, ctInt(1)))
		}, `{3}`},
		{`{1, 5} - {1: 2}.keys()`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "keys")
			return Binary(th, OpSub, ctSet(th, ctInt(1), ctInt(5)), k)
		}, `{5}`},
		{`{1: 2}.keys() ^ {1, 5}`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "keys")
			return Binary(th, OpXor, k, ctSet(th, ctInt(1), ctInt(5)))
		}, `{5}`},
		{`{1: 2}.items() & {(1, 2)}`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "items")
			return Binary(th, OpAnd, k, ctSet(th, ctTuple(ctInt(1), ctInt(2))))
		}, `{(1, 2)}`},
		{`{1: 2, 3: 4, 5: 6}.items() ^ {3: 4, 5: 7, 8: 9}.items()`, func(th *Thread) (Value, error) {
			a, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4), ctInt(5), ctInt(6)), "items")
			b, _ := ctMethod(th, ctDict(th, ctInt(3), ctInt(4), ctInt(5), ctInt(7), ctInt(8), ctInt(9)), "items")
			return Binary(th, OpXor, a, b)
		}, `{(1, 2), (8, 9), (5, 6), (5, 7)}`},
		{`{1: 2}.values() | {1}`, func(th *Thread) (Value, error) {
			v, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "values")
			return Binary(th, OpOr, v, ctSet(th, ctInt(1)))
		}, `TypeError: unsupported operand type(s) for |: 'dict_values' and 'set'`},
		{`{1: 2}.keys() == {1}, {1: 2}.keys() < {1, 2}, {1: 2}.keys() >= {2}, {1: 2}.keys() == [1]`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "keys")
			a, _ := Compare(th, CmpEQ, k, ctSet(th, ctInt(1)))
			b, _ := Compare(th, CmpLT, k, ctSet(th, ctInt(1), ctInt(2)))
			c, _ := Compare(th, CmpGE, k, ctSet(th, ctInt(2)))
			d, err := Compare(th, CmpEQ, k, ctListOf(ctInt(1)))
			return ctTuple(a, b, c, d), err
		}, `(True, True, False, False)`},
		{`{1: 2}.keys().isdisjoint([2]), {1: 2}.keys().isdisjoint({1})`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2)), "keys")
			a, _ := ctMethod(th, k, "isdisjoint", ctListOf(ctInt(2)))
			b, err := ctMethod(th, k, "isdisjoint", ctSet(th, ctInt(1)))
			return ctTuple(a, b), err
		}, `(True, False)`},
		{`list(reversed({1: 2, 3: 4}.items()))`, func(th *Thread) (Value, error) {
			items, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4)), "items")
			r, err := ctCall(th, ctType(ReversedType), items)
			if err != nil {
				return Value{}, err
			}
			return ctList(th, r)
		}, `[(3, 4), (1, 2)]`},
		{`list({1: 2, 3: 4}.values())`, func(th *Thread) (Value, error) {
			v, _ := ctMethod(th, ctDict(th, ctInt(1), ctInt(2), ctInt(3), ctInt(4)), "values")
			return ctList(th, v)
		}, `[2, 4]`},
		{`hash({}.keys())`, func(th *Thread) (Value, error) {
			k, _ := ctMethod(th, ctDict(th), "keys")
			return ctHash(th, k)
		}, `TypeError: unhashable type: 'dict_keys'`},
		{`[type(it).__name__ for it in (iter({}), iter({}.values()), iter({}.items()), reversed({}), reversed({}.values()), reversed({}.items()))]`, func(th *Thread) (Value, error) {
			d := ctDict(th)
			var names []Value
			for _, name := range []string{"keys", "values", "items"} {
				v, _ := ctMethod(th, d, name)
				it, _ := Iter(th, v)
				names = append(names, ctStr(it.Type().Name))
			}
			for _, name := range []string{"keys", "values", "items"} {
				v, _ := ctMethod(th, d, name)
				it, err := ctCall(th, ctType(ReversedType), v)
				if err != nil {
					return Value{}, err
				}
				names = append(names, ctStr(it.Type().Name))
			}
			return ctListOf(names...), nil
		}, `['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator']`},
	})
}
