package runtime

import "testing"

// rng returns the ints of range(start, stop, step) as a list.
func rng(start, stop, step int64) Value {
	var items []Value
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		items = append(items, Int(i))
	}
	return NewList(items)
}

func TestSet(t *testing.T) {
	runCases(t, []pyCase{
		{`{3, 1, 2}`, func(th *Thread) (Value, error) { return setOf(th, I(3), I(1), I(2)), nil }, `{1, 2, 3}`},
		{`{10, 5, 100}`, func(th *Thread) (Value, error) { return setOf(th, I(10), I(5), I(100)), nil }, `{10, 100, 5}`},
		{`set([-1, -2, 7, 8, 16, 0])`, func(th *Thread) (Value, error) { return setOf(th, ints(-1, -2, 7, 8, 16, 0)...), nil }, `{0, 7, 8, 16, -2, -1}`},
		{`set(range(100, 0, -7))`, func(th *Thread) (Value, error) { return call(th, ty(SetType), rng(100, 0, -7)) }, `{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}`},
		{`set(range(0, 1000, 37))`, func(th *Thread) (Value, error) { return call(th, ty(SetType), rng(0, 1000, 37)) }, `{0, 259, 518, 777, 148, 407, 666, 925, 37, 296, 555, 814, 185, 444, 703, 962, 74, 333, 592, 851, 222, 481, 740, 999, 111, 370, 629, 888}`},
		{`{(1, 2), (3, 4), (5, 6), (2, 1)}`, func(th *Thread) (Value, error) {
			return setOf(th, T(I(1), I(2)), T(I(3), I(4)), T(I(5), I(6)), T(I(2), I(1))), nil
		}, `{(1, 2), (2, 1), (3, 4), (5, 6)}`},
		{`s = set(range(20)); [s.discard(i) for i in range(0, 20, 3)]; s.add(100); s.add(-5); s`, func(th *Thread) (Value, error) {
			s, _ := call(th, ty(SetType), rng(0, 20, 1))
			for i := int64(0); i < 20; i += 3 {
				_, _ = m(th, s, "discard", I(i))
			}
			_, _ = m(th, s, "add", I(100))
			return then(func() (Value, error) { return m(th, s, "add", I(-5)) }, val(s))
		}, `{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 100, -5}`},
		{`set()`, func(th *Thread) (Value, error) { return call(th, ty(SetType)) }, `set()`},
		{`frozenset({1})`, func(th *Thread) (Value, error) { return frozenOf(th, I(1)), nil }, `frozenset({1})`},
		{`frozenset()`, func(th *Thread) (Value, error) { return call(th, ty(FrozenSetType)) }, `frozenset()`},
		{`set(1, 2)`, func(th *Thread) (Value, error) { return call(th, ty(SetType), I(1), I(2)) }, `TypeError: set expected at most 1 argument, got 2`},
		{`set(x=1)`, func(th *Thread) (Value, error) { return callKw(th, ty(SetType), nil, "x", I(1)) }, `TypeError: set() takes no keyword arguments`},
		{`frozenset(1, 2)`, func(th *Thread) (Value, error) { return call(th, ty(FrozenSetType), I(1), I(2)) }, `TypeError: frozenset expected at most 1 argument, got 2`},
		{`set(5)`, func(th *Thread) (Value, error) { return call(th, ty(SetType), I(5)) }, `TypeError: 'int' object is not iterable`},
		{`{[]}`, func(th *Thread) (Value, error) { return call(th, ty(SetType), L(L())) }, `TypeError: unhashable type: 'list'`},
		{`hash(frozenset())`, func(th *Thread) (Value, error) { return hashOf(th, frozenOf(th)) }, `133146708735736`},
		{`hash(frozenset({1, 2, 3}))`, func(th *Thread) (Value, error) { return hashOf(th, frozenOf(th, ints(1, 2, 3)...)) }, `-272375401224217160`},
		{`hash(frozenset({(1, 2), frozenset({3}), -7}))`, func(th *Thread) (Value, error) {
			return hashOf(th, frozenOf(th, T(I(1), I(2)), frozenOf(th, I(3)), I(-7)))
		}, `-8989153255755816805`},
		{`hash(set())`, func(th *Thread) (Value, error) { return hashOf(th, setOf(th)) }, `TypeError: unhashable type: 'set'`},
		{`s = {1, 2}; s.remove(3)`, func(th *Thread) (Value, error) { return m(th, setOf(th, I(1), I(2)), "remove", I(3)) }, `KeyError: 3`},
		{`s = {frozenset({1})}; s.remove({1}); s`, func(th *Thread) (Value, error) {
			s := setOf(th, frozenOf(th, I(1)))
			return then(func() (Value, error) { return m(th, s, "remove", setOf(th, I(1))) }, val(s))
		}, `set()`},
		{`{1} in {frozenset({1})}`, func(th *Thread) (Value, error) {
			return boolOf(Contains(th, setOf(th, frozenOf(th, I(1))), setOf(th, I(1))))
		}, `True`},
		{`[] in {1}`, func(th *Thread) (Value, error) { return boolOf(Contains(th, setOf(th, I(1)), L())) }, `TypeError: unhashable type: 'list'`},
		{`set().pop()`, func(th *Thread) (Value, error) { return m(th, setOf(th), "pop") }, `KeyError: 'pop from an empty set'`},
		{`s = {5, 1, 9, 33}; [s.pop() for _ in range(4)]`, func(th *Thread) (Value, error) {
			s := setOf(th, ints(5, 1, 9, 33)...)
			var out []Value
			for i := 0; i < 4; i++ {
				x, err := m(th, s, "pop")
				if err != nil {
					return Value{}, err
				}
				out = append(out, x)
			}
			return L(out...), nil
		}, `[1, 5, 9, 33]`},
		{`{1, 2, 3} | {9, 4}`, func(th *Thread) (Value, error) {
			return Binary(th, OpOr, setOf(th, ints(1, 2, 3)...), setOf(th, I(9), I(4)))
		}, `{1, 2, 3, 4, 9}`},
		{`{1, 2, 3} & {2, 3, 4}`, func(th *Thread) (Value, error) {
			return Binary(th, OpAnd, setOf(th, ints(1, 2, 3)...), setOf(th, ints(2, 3, 4)...))
		}, `{2, 3}`},
		{`{1, 2, 3} - {2}`, func(th *Thread) (Value, error) {
			return Binary(th, OpSub, setOf(th, ints(1, 2, 3)...), setOf(th, I(2)))
		}, `{1, 3}`},
		{`{1, 2, 3} ^ {3, 4}`, func(th *Thread) (Value, error) {
			return Binary(th, OpXor, setOf(th, ints(1, 2, 3)...), setOf(th, I(3), I(4)))
		}, `{1, 2, 4}`},
		{`{1} | [2]`, func(th *Thread) (Value, error) { return Binary(th, OpOr, setOf(th, I(1)), L(I(2))) }, `TypeError: unsupported operand type(s) for |: 'set' and 'list'`},
		{`frozenset({1}) | {2}`, func(th *Thread) (Value, error) { return Binary(th, OpOr, frozenOf(th, I(1)), setOf(th, I(2))) }, `frozenset({1, 2})`},
		{`{2} | frozenset({1})`, func(th *Thread) (Value, error) { return Binary(th, OpOr, setOf(th, I(2)), frozenOf(th, I(1))) }, `{1, 2}`},
		{`s = {1, 2}; s |= {3}; s &= {1, 3}; s -= {1}; s ^= {7}; s`, func(th *Thread) (Value, error) {
			s := setOf(th, I(1), I(2))
			return then(
				func() (Value, error) { return Inplace(th, OpOr, s, setOf(th, I(3))) },
				func() (Value, error) { return Inplace(th, OpAnd, s, setOf(th, I(1), I(3))) },
				func() (Value, error) { return Inplace(th, OpSub, s, setOf(th, I(1))) },
				func() (Value, error) { return Inplace(th, OpXor, s, setOf(th, I(7))) },
				val(s))
		}, `{3, 7}`},
		{`s = {1}; s |= [2]`, func(th *Thread) (Value, error) { return Inplace(th, OpOr, setOf(th, I(1)), L(I(2))) }, `TypeError: unsupported operand type(s) for |=: 'set' and 'list'`},
		{`f = frozenset({1}); f |= {2}; f`, func(th *Thread) (Value, error) { return Inplace(th, OpOr, frozenOf(th, I(1)), setOf(th, I(2))) }, `frozenset({1, 2})`},
		{`set(range(50)).union([100, 3], (200,))`, func(th *Thread) (Value, error) {
			s, _ := call(th, ty(SetType), rng(0, 50, 1))
			return m(th, s, "union", L(I(100), I(3)), T(I(200)))
		}, `{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 200, 100}`},
		{`set(range(50, 0, -3)).intersection(range(0, 60, 2))`, func(th *Thread) (Value, error) {
			s, _ := call(th, ty(SetType), rng(50, 0, -3))
			return m(th, s, "intersection", rng(0, 60, 2))
		}, `{32, 2, 38, 8, 44, 14, 50, 20, 26}`},
		{`set(range(50, 0, -3)).intersection(set(range(0, 60, 2)), {8, 20, 44})`, func(th *Thread) (Value, error) {
			s, _ := call(th, ty(SetType), rng(50, 0, -3))
			o, _ := call(th, ty(SetType), rng(0, 60, 2))
			return m(th, s, "intersection", o, setOf(th, ints(8, 20, 44)...))
		}, `{8, 20, 44}`},
		{`set(range(40)).difference({1, 2}, [39])`, func(th *Thread) (Value, error) {
			s, _ := call(th, ty(SetType), rng(0, 40, 1))
			return m(th, s, "difference", setOf(th, I(1), I(2)), L(I(39)))
		}, `{0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38}`},
		{`set(range(10)).symmetric_difference(range(5, 15))`, func(th *Thread) (Value, error) {
			s, _ := call(th, ty(SetType), rng(0, 10, 1))
			return m(th, s, "symmetric_difference", rng(5, 15, 1))
		}, `{0, 1, 2, 3, 4, 10, 11, 12, 13, 14}`},
		{`s = set(range(10)); s.intersection_update([1, 5, 11], {5, 1}); s`, func(th *Thread) (Value, error) {
			s, _ := call(th, ty(SetType), rng(0, 10, 1))
			return then(func() (Value, error) {
				return m(th, s, "intersection_update", L(ints(1, 5, 11)...), setOf(th, I(5), I(1)))
			}, val(s))
		}, `{1, 5}`},
		{`s = set(range(10)); s.difference_update(range(3), [9]); s.symmetric_difference_update({1, 4}); s`, func(th *Thread) (Value, error) {
			s, _ := call(th, ty(SetType), rng(0, 10, 1))
			return then(
				func() (Value, error) { return m(th, s, "difference_update", rng(0, 3, 1), L(I(9))) },
				func() (Value, error) { return m(th, s, "symmetric_difference_update", setOf(th, I(1), I(4))) },
				val(s))
		}, `{3, 5, 6, 7, 8, 1}`},
		{`s = {1}; s.update([2], {3: 4}); s`, func(th *Thread) (Value, error) {
			s := setOf(th, I(1))
			return then(func() (Value, error) { return m(th, s, "update", L(I(2)), D(th, I(3), I(4))) }, val(s))
		}, `{1, 2, 3}`},
		{`{1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]), {1}.isdisjoint({1})`, func(th *Thread) (Value, error) {
			a, _ := m(th, setOf(th, I(1), I(2)), "issubset", L(ints(1, 2, 3)...))
			b, _ := m(th, setOf(th, I(1), I(2)), "issuperset", L(I(1)))
			c, _ := m(th, setOf(th, I(1)), "isdisjoint", L(I(2)))
			d, err := m(th, setOf(th, I(1)), "isdisjoint", setOf(th, I(1)))
			return T(a, b, c, d), err
		}, `(True, True, True, False)`},
		{`{1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {2}, {1} == frozenset({1}), {1} != {2}`, func(th *Thread) (Value, error) {
			a, _ := Compare(th, CmpLE, setOf(th, I(1), I(2)), setOf(th, I(1), I(2)))
			b, _ := Compare(th, CmpLT, setOf(th, I(1), I(2)), setOf(th, I(1), I(2)))
			c, _ := Compare(th, CmpGT, setOf(th, ints(1, 2, 3)...), setOf(th, I(1)))
			d, _ := Compare(th, CmpGE, setOf(th, I(1)), setOf(th, I(2)))
			e, _ := Compare(th, CmpEQ, setOf(th, I(1)), frozenOf(th, I(1)))
			f, err := Compare(th, CmpNE, setOf(th, I(1)), setOf(th, I(2)))
			return T(a, b, c, d, e, f), err
		}, `(True, False, True, False, True, True)`},
		{`{1} < [1]`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, setOf(th, I(1)), L(I(1))) }, `TypeError: '<' not supported between instances of 'set' and 'list'`},
		{`{1} == [1]`, func(th *Thread) (Value, error) { return Compare(th, CmpEQ, setOf(th, I(1)), L(I(1))) }, `False`},
		{`s = {1, 2}; c = s.copy(); c.add(3); (s, c, type(frozenset().copy()).__name__)`, func(th *Thread) (Value, error) {
			s := setOf(th, I(1), I(2))
			c, _ := m(th, s, "copy")
			_, _ = m(th, c, "add", I(3))
			f, err := m(th, frozenOf(th), "copy")
			return T(s, c, S(f.Type().Name)), err
		}, `({1, 2}, {1, 2, 3}, 'frozenset')`},
		{`s = {1, 2}; s.clear(); s`, func(th *Thread) (Value, error) {
			s := setOf(th, I(1), I(2))
			return then(func() (Value, error) { return m(th, s, "clear") }, val(s))
		}, `set()`},
		{`s = {1, 2}; [s.add(x + 10) for x in s]`, func(th *Thread) (Value, error) {
			s := setOf(th, I(1), I(2))
			return None, ForEach(th, s, func(x Value) error { _, err := m(th, s, "add", I(x.SmallInt()+10)); return err })
		}, `RuntimeError: Set changed size during iteration`},
		{`set().add()`, func(th *Thread) (Value, error) { return m(th, setOf(th), "add") }, `TypeError: set.add() takes exactly one argument (0 given)`},
		{`type(iter(set())).__name__, len({1, 2, 2})`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, setOf(th))
			n, err := Len(th, setOf(th, ints(1, 2, 2)...))
			return T(S(it.Type().Name), I(int64(n))), err
		}, `('set_iterator', 2)`},
		{`reversed({1})`, func(th *Thread) (Value, error) { return call(th, ty(ReversedType), setOf(th, I(1))) }, `TypeError: 'set' object is not reversible`},
		{`set.__hash__, frozenset({1}).__hash__() == hash(frozenset({1}))`, func(th *Thread) (Value, error) {
			h, _ := GetAttr(th, ty(SetType), "__hash__")
			a, _ := m(th, frozenOf(th, I(1)), "__hash__")
			b, err := hashOf(th, frozenOf(th, I(1)))
			return T(h, Bool(a == b)), err
		}, `(None, True)`},
	})
}
