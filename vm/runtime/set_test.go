package runtime

import "testing"

// ctIntRange returns the ints of range(start, stop, step) as a list.
func ctIntRange(start, stop, step int64) Value {
	var items []Value
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		items = append(items, Int(i))
	}
	return NewList(items)
}

func TestSet(t *testing.T) {
	ctRun(t, []ctCase{
		{`{3, 1, 2}`, func(th *Thread) (Value, error) { return ctSet(th, ctInt(3), ctInt(1), ctInt(2)), nil }, `{1, 2, 3}`},
		{`{10, 5, 100}`, func(th *Thread) (Value, error) { return ctSet(th, ctInt(10), ctInt(5), ctInt(100)), nil }, `{10, 100, 5}`},
		{`set([-1, -2, 7, 8, 16, 0])`, func(th *Thread) (Value, error) { return ctSet(th, ctInts(-1, -2, 7, 8, 16, 0)...), nil }, `{0, 7, 8, 16, -2, -1}`},
		// CPython compiles a constant set display to BUILD_SET 0 and
		// SET_UPDATE of a frozenset constant, which its constant merging
		// rebuilds from its own iteration order: frozenset(tuple(frozenset(items))).
		{`{-1, -2, 7, 8, 16, 0}`, func(th *Thread) (Value, error) {
			f, err := NewFrozenSet(th, ctInts(-1, -2, 7, 8, 16, 0))
			if err != nil {
				return Value{}, err
			}
			if f, err = NewFrozenSet(th, SetItems(f)); err != nil {
				return Value{}, err
			}
			s := NewSet()
			return ValueOf(s), s.update(th, f)
		}, `{0, 16, -2, 7, 8, -1}`},
		{`set(range(100, 0, -7))`, func(th *Thread) (Value, error) { return ctCall(th, ctType(SetType), ctIntRange(100, 0, -7)) }, `{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}`},
		{`set(range(0, 1000, 37))`, func(th *Thread) (Value, error) { return ctCall(th, ctType(SetType), ctIntRange(0, 1000, 37)) }, `{0, 259, 518, 777, 148, 407, 666, 925, 37, 296, 555, 814, 185, 444, 703, 962, 74, 333, 592, 851, 222, 481, 740, 999, 111, 370, 629, 888}`},
		{`{(1, 2), (3, 4), (5, 6), (2, 1)}`, func(th *Thread) (Value, error) {
			return ctSet(th, ctTuple(ctInt(1), ctInt(2)), ctTuple(ctInt(3), ctInt(4)), ctTuple(ctInt(5), ctInt(6)), ctTuple(ctInt(2), ctInt(1))), nil
		}, `{(1, 2), (2, 1), (3, 4), (5, 6)}`},
		{`s = set(range(20)); [s.discard(i) for i in range(0, 20, 3)]; s.add(100); s.add(-5); s`, func(th *Thread) (Value, error) {
			s, _ := ctCall(th, ctType(SetType), ctIntRange(0, 20, 1))
			for i := int64(0); i < 20; i += 3 {
				_, _ = ctMethod(th, s, "discard", ctInt(i))
			}
			_, _ = ctMethod(th, s, "add", ctInt(100))
			return ctThen(func() (Value, error) { return ctMethod(th, s, "add", ctInt(-5)) }, ctValue(s))
		}, `{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 100, -5}`},
		{`set()`, func(th *Thread) (Value, error) { return ctCall(th, ctType(SetType)) }, `set()`},
		{`frozenset({1})`, func(th *Thread) (Value, error) { return ctFrozenSet(th, ctInt(1)), nil }, `frozenset({1})`},
		{`frozenset()`, func(th *Thread) (Value, error) { return ctCall(th, ctType(FrozenSetType)) }, `frozenset()`},
		{`set(1, 2)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(SetType), ctInt(1), ctInt(2)) }, `TypeError: set expected at most 1 argument, got 2`},
		{`set(x=1)`, func(th *Thread) (Value, error) { return ctCallKw(th, ctType(SetType), nil, "x", ctInt(1)) }, `TypeError: set() takes no keyword arguments`},
		{`frozenset(1, 2)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(FrozenSetType), ctInt(1), ctInt(2)) }, `TypeError: frozenset expected at most 1 argument, got 2`},
		{`set(5)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(SetType), ctInt(5)) }, `TypeError: 'int' object is not iterable`},
		{`{[]}`, func(th *Thread) (Value, error) { return ctCall(th, ctType(SetType), ctListOf(ctListOf())) }, `TypeError: unhashable type: 'list'`},
		{`hash(frozenset())`, func(th *Thread) (Value, error) { return ctHash(th, ctFrozenSet(th)) }, `133146708735736`},
		{`hash(frozenset({1, 2, 3}))`, func(th *Thread) (Value, error) { return ctHash(th, ctFrozenSet(th, ctInts(1, 2, 3)...)) }, `-272375401224217160`},
		{`hash(frozenset({(1, 2), frozenset({3}), -7}))`, func(th *Thread) (Value, error) {
			return ctHash(th, ctFrozenSet(th, ctTuple(ctInt(1), ctInt(2)), ctFrozenSet(th, ctInt(3)), ctInt(-7)))
		}, `-8989153255755816805`},
		{`hash(set())`, func(th *Thread) (Value, error) { return ctHash(th, ctSet(th)) }, `TypeError: unhashable type: 'set'`},
		{`s = {1, 2}; s.remove(3)`, func(th *Thread) (Value, error) {
			return ctMethod(th, ctSet(th, ctInt(1), ctInt(2)), "remove", ctInt(3))
		}, `KeyError: 3`},
		{`s = {frozenset({1})}; s.remove({1}); s`, func(th *Thread) (Value, error) {
			s := ctSet(th, ctFrozenSet(th, ctInt(1)))
			return ctThen(func() (Value, error) { return ctMethod(th, s, "remove", ctSet(th, ctInt(1))) }, ctValue(s))
		}, `set()`},
		{`{1} in {frozenset({1})}`, func(th *Thread) (Value, error) {
			return ctBool(Contains(th, ctSet(th, ctFrozenSet(th, ctInt(1))), ctSet(th, ctInt(1))))
		}, `True`},
		{`[] in {1}`, func(th *Thread) (Value, error) { return ctBool(Contains(th, ctSet(th, ctInt(1)), ctListOf())) }, `TypeError: unhashable type: 'list'`},
		{`set().pop()`, func(th *Thread) (Value, error) { return ctMethod(th, ctSet(th), "pop") }, `KeyError: 'pop from an empty set'`},
		{`s = {5, 1, 9, 33}; [s.pop() for _ in range(4)]`, func(th *Thread) (Value, error) {
			s := ctSet(th, ctInts(5, 1, 9, 33)...)
			var out []Value
			for i := 0; i < 4; i++ {
				x, err := ctMethod(th, s, "pop")
				if err != nil {
					return Value{}, err
				}
				out = append(out, x)
			}
			return ctListOf(out...), nil
		}, `[1, 5, 9, 33]`},
		{`{1, 2, 3} | {9, 4}`, func(th *Thread) (Value, error) {
			return Binary(th, OpOr, ctSet(th, ctInts(1, 2, 3)...), ctSet(th, ctInt(9), ctInt(4)))
		}, `{1, 2, 3, 4, 9}`},
		{`{1, 2, 3} & {2, 3, 4}`, func(th *Thread) (Value, error) {
			return Binary(th, OpAnd, ctSet(th, ctInts(1, 2, 3)...), ctSet(th, ctInts(2, 3, 4)...))
		}, `{2, 3}`},
		{`{1, 2, 3} - {2}`, func(th *Thread) (Value, error) {
			return Binary(th, OpSub, ctSet(th, ctInts(1, 2, 3)...), ctSet(th, ctInt(2)))
		}, `{1, 3}`},
		{`{1, 2, 3} ^ {3, 4}`, func(th *Thread) (Value, error) {
			return Binary(th, OpXor, ctSet(th, ctInts(1, 2, 3)...), ctSet(th, ctInt(3), ctInt(4)))
		}, `{1, 2, 4}`},
		{`{1} | [2]`, func(th *Thread) (Value, error) { return Binary(th, OpOr, ctSet(th, ctInt(1)), ctListOf(ctInt(2))) }, `TypeError: unsupported operand type(s) for |: 'set' and 'list'`},
		{`frozenset({1}) | {2}`, func(th *Thread) (Value, error) {
			return Binary(th, OpOr, ctFrozenSet(th, ctInt(1)), ctSet(th, ctInt(2)))
		}, `frozenset({1, 2})`},
		{`{2} | frozenset({1})`, func(th *Thread) (Value, error) {
			return Binary(th, OpOr, ctSet(th, ctInt(2)), ctFrozenSet(th, ctInt(1)))
		}, `{1, 2}`},
		{`s = {1, 2}; s |= {3}; s &= {1, 3}; s -= {1}; s ^= {7}; s`, func(th *Thread) (Value, error) {
			s := ctSet(th, ctInt(1), ctInt(2))
			return ctThen(
				func() (Value, error) { return Inplace(th, OpOr, s, ctSet(th, ctInt(3))) },
				func() (Value, error) { return Inplace(th, OpAnd, s, ctSet(th, ctInt(1), ctInt(3))) },
				func() (Value, error) { return Inplace(th, OpSub, s, ctSet(th, ctInt(1))) },
				func() (Value, error) { return Inplace(th, OpXor, s, ctSet(th, ctInt(7))) },
				ctValue(s))
		}, `{3, 7}`},
		{`s = {1}; s |= [2]`, func(th *Thread) (Value, error) { return Inplace(th, OpOr, ctSet(th, ctInt(1)), ctListOf(ctInt(2))) }, `TypeError: unsupported operand type(s) for |=: 'set' and 'list'`},
		{`f = frozenset({1}); f |= {2}; f`, func(th *Thread) (Value, error) {
			return Inplace(th, OpOr, ctFrozenSet(th, ctInt(1)), ctSet(th, ctInt(2)))
		}, `frozenset({1, 2})`},
		{`set(range(50)).union([100, 3], (200,))`, func(th *Thread) (Value, error) {
			s, _ := ctCall(th, ctType(SetType), ctIntRange(0, 50, 1))
			return ctMethod(th, s, "union", ctListOf(ctInt(100), ctInt(3)), ctTuple(ctInt(200)))
		}, `{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 200, 100}`},
		{`set(range(50, 0, -3)).intersection(range(0, 60, 2))`, func(th *Thread) (Value, error) {
			s, _ := ctCall(th, ctType(SetType), ctIntRange(50, 0, -3))
			return ctMethod(th, s, "intersection", ctIntRange(0, 60, 2))
		}, `{32, 2, 38, 8, 44, 14, 50, 20, 26}`},
		{`set(range(50, 0, -3)).intersection(set(range(0, 60, 2)), {8, 20, 44})`, func(th *Thread) (Value, error) {
			s, _ := ctCall(th, ctType(SetType), ctIntRange(50, 0, -3))
			o, _ := ctCall(th, ctType(SetType), ctIntRange(0, 60, 2))
			return ctMethod(th, s, "intersection", o, ctSet(th, ctInts(8, 20, 44)...))
		}, `{8, 20, 44}`},
		{`set(range(40)).difference({1, 2}, [39])`, func(th *Thread) (Value, error) {
			s, _ := ctCall(th, ctType(SetType), ctIntRange(0, 40, 1))
			return ctMethod(th, s, "difference", ctSet(th, ctInt(1), ctInt(2)), ctListOf(ctInt(39)))
		}, `{0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38}`},
		{`set(range(10)).symmetric_difference(range(5, 15))`, func(th *Thread) (Value, error) {
			s, _ := ctCall(th, ctType(SetType), ctIntRange(0, 10, 1))
			return ctMethod(th, s, "symmetric_difference", ctIntRange(5, 15, 1))
		}, `{0, 1, 2, 3, 4, 10, 11, 12, 13, 14}`},
		{`s = set(range(10)); s.intersection_update([1, 5, 11], {5, 1}); s`, func(th *Thread) (Value, error) {
			s, _ := ctCall(th, ctType(SetType), ctIntRange(0, 10, 1))
			return ctThen(func() (Value, error) {
				return ctMethod(th, s, "intersection_update", ctListOf(ctInts(1, 5, 11)...), ctSet(th, ctInt(5), ctInt(1)))
			}, ctValue(s))
		}, `{1, 5}`},
		{`s = set(range(10)); s.difference_update(range(3), [9]); s.symmetric_difference_update({1, 4}); s`, func(th *Thread) (Value, error) {
			s, _ := ctCall(th, ctType(SetType), ctIntRange(0, 10, 1))
			return ctThen(
				func() (Value, error) {
					return ctMethod(th, s, "difference_update", ctIntRange(0, 3, 1), ctListOf(ctInt(9)))
				},
				func() (Value, error) {
					return ctMethod(th, s, "symmetric_difference_update", ctSet(th, ctInt(1), ctInt(4)))
				},
				ctValue(s))
		}, `{3, 5, 6, 7, 8, 1}`},
		{`s = {1}; s.update([2], {3: 4}); s`, func(th *Thread) (Value, error) {
			s := ctSet(th, ctInt(1))
			return ctThen(func() (Value, error) {
				return ctMethod(th, s, "update", ctListOf(ctInt(2)), ctDict(th, ctInt(3), ctInt(4)))
			}, ctValue(s))
		}, `{1, 2, 3}`},
		{`{1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]), {1}.isdisjoint({1})`, func(th *Thread) (Value, error) {
			a, _ := ctMethod(th, ctSet(th, ctInt(1), ctInt(2)), "issubset", ctListOf(ctInts(1, 2, 3)...))
			b, _ := ctMethod(th, ctSet(th, ctInt(1), ctInt(2)), "issuperset", ctListOf(ctInt(1)))
			c, _ := ctMethod(th, ctSet(th, ctInt(1)), "isdisjoint", ctListOf(ctInt(2)))
			d, err := ctMethod(th, ctSet(th, ctInt(1)), "isdisjoint", ctSet(th, ctInt(1)))
			return ctTuple(a, b, c, d), err
		}, `(True, True, True, False)`},
		{`{1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {2}, {1} == frozenset({1}), {1} != {2}`, func(th *Thread) (Value, error) {
			a, _ := Compare(th, CmpLE, ctSet(th, ctInt(1), ctInt(2)), ctSet(th, ctInt(1), ctInt(2)))
			b, _ := Compare(th, CmpLT, ctSet(th, ctInt(1), ctInt(2)), ctSet(th, ctInt(1), ctInt(2)))
			c, _ := Compare(th, CmpGT, ctSet(th, ctInts(1, 2, 3)...), ctSet(th, ctInt(1)))
			d, _ := Compare(th, CmpGE, ctSet(th, ctInt(1)), ctSet(th, ctInt(2)))
			e, _ := Compare(th, CmpEQ, ctSet(th, ctInt(1)), ctFrozenSet(th, ctInt(1)))
			f, err := Compare(th, CmpNE, ctSet(th, ctInt(1)), ctSet(th, ctInt(2)))
			return ctTuple(a, b, c, d, e, f), err
		}, `(True, False, True, False, True, True)`},
		{`{1} < [1]`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, ctSet(th, ctInt(1)), ctListOf(ctInt(1))) }, `TypeError: '<' not supported between instances of 'set' and 'list'`},
		{`{1} == [1]`, func(th *Thread) (Value, error) { return Compare(th, CmpEQ, ctSet(th, ctInt(1)), ctListOf(ctInt(1))) }, `False`},
		{`s = {1, 2}; c = s.copy(); c.add(3); (s, c, type(frozenset().copy()).__name__)`, func(th *Thread) (Value, error) {
			s := ctSet(th, ctInt(1), ctInt(2))
			c, _ := ctMethod(th, s, "copy")
			_, _ = ctMethod(th, c, "add", ctInt(3))
			f, err := ctMethod(th, ctFrozenSet(th), "copy")
			return ctTuple(s, c, ctStr(f.Type().Name)), err
		}, `({1, 2}, {1, 2, 3}, 'frozenset')`},
		{`s = {1, 2}; s.clear(); s`, func(th *Thread) (Value, error) {
			s := ctSet(th, ctInt(1), ctInt(2))
			return ctThen(func() (Value, error) { return ctMethod(th, s, "clear") }, ctValue(s))
		}, `set()`},
		{`s = {1, 2}; [s.add(x + 10) for x in s]`, func(th *Thread) (Value, error) {
			s := ctSet(th, ctInt(1), ctInt(2))
			return None, ForEach(th, s, func(x Value) error { _, err := ctMethod(th, s, "add", ctInt(x.SmallInt()+10)); return err })
		}, `RuntimeError: Set changed size during iteration`},
		{`set().add()`, func(th *Thread) (Value, error) { return ctMethod(th, ctSet(th), "add") }, `TypeError: set.add() takes exactly one argument (0 given)`},
		{`type(iter(set())).__name__, len({1, 2, 2})`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, ctSet(th))
			n, err := Len(th, ctSet(th, ctInts(1, 2, 2)...))
			return ctTuple(ctStr(it.Type().Name), ctInt(int64(n))), err
		}, `('set_iterator', 2)`},
		{`reversed({1})`, func(th *Thread) (Value, error) { return ctCall(th, ctType(ReversedType), ctSet(th, ctInt(1))) }, `TypeError: 'set' object is not reversible`},
		{`set.__hash__, frozenset({1}).__hash__() == hash(frozenset({1}))`, func(th *Thread) (Value, error) {
			h, _ := GetAttr(th, ctType(SetType), "__hash__")
			a, _ := ctMethod(th, ctFrozenSet(th, ctInt(1)), "__hash__")
			b, err := ctHash(th, ctFrozenSet(th, ctInt(1)))
			return ctTuple(h, Bool(a == b)), err
		}, `(None, True)`},
	})
}
