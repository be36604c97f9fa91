package runtime

import "testing"

func rangeOf(th *Thread, args ...Value) Value {
	r, err := call(th, ty(RangeType), args...)
	if err != nil {
		panic(err)
	}
	return r
}

func TestRange(t *testing.T) {
	runCases(t, []pyCase{
		{`range(0, 10, 2)`, func(th *Thread) (Value, error) { return call(th, ty(RangeType), I(0), I(10), I(2)) }, `range(0, 10, 2)`},
		{`range(5)`, func(th *Thread) (Value, error) { return call(th, ty(RangeType), I(5)) }, `range(0, 5)`},
		{`range(-3, 3)`, func(th *Thread) (Value, error) { return call(th, ty(RangeType), I(-3), I(3)) }, `range(-3, 3)`},
		{`range()`, func(th *Thread) (Value, error) { return call(th, ty(RangeType)) }, `TypeError: range expected at least 1 argument, got 0`},
		{`range(1, 2, 3, 4)`, func(th *Thread) (Value, error) { return call(th, ty(RangeType), I(1), I(2), I(3), I(4)) }, `TypeError: range expected at most 3 arguments, got 4`},
		{`range(1, 2, 0)`, func(th *Thread) (Value, error) { return call(th, ty(RangeType), I(1), I(2), I(0)) }, `ValueError: range() arg 3 must not be zero`},
		{`range('a')`, func(th *Thread) (Value, error) { return call(th, ty(RangeType), S("a")) }, `TypeError: 'str' object cannot be interpreted as an integer`},
		{`range(True)`, func(th *Thread) (Value, error) { return call(th, ty(RangeType), True) }, `range(0, 1)`},
		{`len(range(10, 0, -3)), list(range(10, 0, -3))`, func(th *Thread) (Value, error) {
			r := rangeOf(th, I(10), I(0), I(-3))
			n, _ := Len(th, r)
			l, err := list(th, r)
			return T(I(int64(n)), l), err
		}, `(4, [10, 7, 4, 1])`},
		{`len(range(0)), len(range(5, 1)), bool(range(0)), bool(range(1))`, func(th *Thread) (Value, error) {
			a, _ := Len(th, rangeOf(th, I(0)))
			b, _ := Len(th, rangeOf(th, I(5), I(1)))
			c, _ := Truth(th, rangeOf(th, I(0)))
			d, err := Truth(th, rangeOf(th, I(1)))
			return T(I(int64(a)), I(int64(b)), Bool(c), Bool(d)), err
		}, `(0, 0, False, True)`},
		{`range(0, 20, 3)[2], range(0, 20, 3)[-1]`, func(th *Thread) (Value, error) {
			r := rangeOf(th, I(0), I(20), I(3))
			a, _ := GetItem(th, r, I(2))
			b, err := GetItem(th, r, I(-1))
			return T(a, b), err
		}, `(6, 18)`},
		{`range(3)[3]`, func(th *Thread) (Value, error) { return GetItem(th, rangeOf(th, I(3)), I(3)) }, `IndexError: range object index out of range`},
		{`range(3)['a']`, func(th *Thread) (Value, error) { return GetItem(th, rangeOf(th, I(3)), S("a")) }, `TypeError: range indices must be integers or slices, not str`},
		{`range(10)[::-1]`, func(th *Thread) (Value, error) { return GetItem(th, rangeOf(th, I(10)), sl(Value{}, Value{}, I(-1))) }, `range(9, -1, -1)`},
		{`range(0, 20, 3)[1:5]`, func(th *Thread) (Value, error) {
			return GetItem(th, rangeOf(th, I(0), I(20), I(3)), sl(I(1), I(5), Value{}))
		}, `range(3, 15, 3)`},
		{`range(0, 20, 3)[::2]`, func(th *Thread) (Value, error) {
			return GetItem(th, rangeOf(th, I(0), I(20), I(3)), sl(Value{}, Value{}, I(2)))
		}, `range(0, 21, 6)`},
		{`range(10, 0, -2)[-2:100]`, func(th *Thread) (Value, error) {
			return GetItem(th, rangeOf(th, I(10), I(0), I(-2)), sl(I(-2), I(100), Value{}))
		}, `range(4, 0, -2)`},
		{`6 in range(0, 10, 3), 7 in range(0, 10, 3), -3 in range(0, -10, -3), 'a' in range(3), True in range(3)`, func(th *Thread) (Value, error) {
			a, _ := Contains(th, rangeOf(th, I(0), I(10), I(3)), I(6))
			b, _ := Contains(th, rangeOf(th, I(0), I(10), I(3)), I(7))
			c, _ := Contains(th, rangeOf(th, I(0), I(-10), I(-3)), I(-3))
			d, _ := Contains(th, rangeOf(th, I(3)), S("a"))
			e, err := Contains(th, rangeOf(th, I(3)), True)
			return T(Bool(a), Bool(b), Bool(c), Bool(d), Bool(e)), err
		}, `(True, False, True, False, True)`},
		{`range(0, 10, 3).index(9), range(0, 10, 3).count(9), range(3).count('a')`, func(th *Thread) (Value, error) {
			r := rangeOf(th, I(0), I(10), I(3))
			a, _ := m(th, r, "index", I(9))
			b, _ := m(th, r, "count", I(9))
			c, err := m(th, rangeOf(th, I(3)), "count", S("a"))
			return T(a, b, c), err
		}, `(3, 1, 0)`},
		{`range(5).index(7)`, func(th *Thread) (Value, error) { return m(th, rangeOf(th, I(5)), "index", I(7)) }, `ValueError: 7 is not in range`},
		{`range(5).index('a')`, func(th *Thread) (Value, error) { return m(th, rangeOf(th, I(5)), "index", S("a")) }, `ValueError: sequence.index(x): x not in sequence`},
		{`range(0) == range(5, 1), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5), range(3) != range(4), range(3) == [0, 1, 2]`, func(th *Thread) (Value, error) {
			a, _ := Compare(th, CmpEQ, rangeOf(th, I(0)), rangeOf(th, I(5), I(1)))
			b, _ := Compare(th, CmpEQ, rangeOf(th, I(0), I(3), I(2)), rangeOf(th, I(0), I(4), I(2)))
			c, _ := Compare(th, CmpEQ, rangeOf(th, I(1)), rangeOf(th, I(1), I(2), I(5)))
			d, _ := Compare(th, CmpNE, rangeOf(th, I(3)), rangeOf(th, I(4)))
			e, err := Compare(th, CmpEQ, rangeOf(th, I(3)), L(ints(0, 1, 2)...))
			return T(a, b, c, d, e), err
		}, `(True, True, False, True, False)`},
		{`range(3) < range(4)`, func(th *Thread) (Value, error) { return Compare(th, CmpLT, rangeOf(th, I(3)), rangeOf(th, I(4))) }, `TypeError: '<' not supported between instances of 'range' and 'range'`},
		{`hash(range(0)), hash(range(5, 6)), hash(range(0, 10, 2)) == hash(range(0, 9, 2))`, func(th *Thread) (Value, error) {
			a, _ := hashOf(th, rangeOf(th, I(0)))
			b, _ := hashOf(th, rangeOf(th, I(5), I(6)))
			c, _ := hashOf(th, rangeOf(th, I(0), I(10), I(2)))
			d, err := hashOf(th, rangeOf(th, I(0), I(9), I(2)))
			return T(a, b, Bool(c == d)), err
		}, `(2676694398852732306, -7048428680432378585, True)`},
		{`list(reversed(range(1, 10, 4)))`, func(th *Thread) (Value, error) {
			r, err := call(th, ty(ReversedType), rangeOf(th, I(1), I(10), I(4)))
			if err != nil {
				return Value{}, err
			}
			return list(th, r)
		}, `[9, 5, 1]`},
		{`r = range(1, 9, 2); (r.start, r.stop, r.step)`, func(th *Thread) (Value, error) {
			r := rangeOf(th, I(1), I(9), I(2))
			a, _ := GetAttr(th, r, "start")
			b, _ := GetAttr(th, r, "stop")
			c, err := GetAttr(th, r, "step")
			return T(a, b, c), err
		}, `(1, 9, 2)`},
		{`type(iter(range(3))).__name__, type(reversed(range(3))).__name__`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, rangeOf(th, I(3)))
			r, err := call(th, ty(ReversedType), rangeOf(th, I(3)))
			return T(S(it.Type().Name), S(r.Type().Name)), err
		}, `('range_iterator', 'range_iterator')`},
		{`list(range(9223372036854775805, 9223372036854775807))`, func(th *Thread) (Value, error) {
			return list(th, rangeOf(th, I(9223372036854775805), I(9223372036854775807)))
		}, `[9223372036854775805, 9223372036854775806]`},
		{`len(range(-9223372036854775807, 9223372036854775807, 3))`, func(th *Thread) (Value, error) {
			n, err := Len(th, rangeOf(th, I(-9223372036854775807), I(9223372036854775807), I(3)))
			return I(int64(n)), err
		}, `6148914691236517205`},
	})
}

func TestIterators(t *testing.T) {
	runCases(t, []pyCase{
		{`list(enumerate('ab'))`, func(th *Thread) (Value, error) {
			e, _ := call(th, ty(EnumerateType), L(S("a"), S("b")))
			return list(th, e)
		}, `[(0, 'a'), (1, 'b')]`},
		{`list(enumerate([5, 6], start=-1))`, func(th *Thread) (Value, error) {
			e, _ := callKw(th, ty(EnumerateType), []Value{L(I(5), I(6))}, "start", I(-1))
			return list(th, e)
		}, `[(-1, 5), (0, 6)]`},
		{`list(enumerate([5, 6], 9223372036854775806))`, func(th *Thread) (Value, error) {
			e, _ := call(th, ty(EnumerateType), L(I(5), I(6)), I(9223372036854775806))
			return list(th, e)
		}, `[(9223372036854775806, 5), (9223372036854775807, 6)]`},
		{`enumerate(1)`, func(th *Thread) (Value, error) { return call(th, ty(EnumerateType), I(1)) }, `TypeError: 'int' object is not iterable`},
		{`enumerate()`, func(th *Thread) (Value, error) { return call(th, ty(EnumerateType)) }, `TypeError: enumerate() missing required argument 'iterable'`},
		{`enumerate([], start='a')`, func(th *Thread) (Value, error) { return callKw(th, ty(EnumerateType), []Value{L()}, "start", S("a")) }, `TypeError: 'str' object cannot be interpreted as an integer`},
		{`list(zip([1, 2, 3], 'ab'))`, func(th *Thread) (Value, error) {
			z, _ := call(th, ty(ZipType), L(ints(1, 2, 3)...), L(S("a"), S("b")))
			return list(th, z)
		}, `[(1, 'a'), (2, 'b')]`},
		{`list(zip())`, func(th *Thread) (Value, error) {
			z, _ := call(th, ty(ZipType))
			return list(th, z)
		}, `[]`},
		{`zip(1)`, func(th *Thread) (Value, error) { return call(th, ty(ZipType), I(1)) }, `TypeError: 'int' object is not iterable`},
		{`zip([], x=1)`, func(th *Thread) (Value, error) { return callKw(th, ty(ZipType), []Value{L()}, "x", I(1)) }, `TypeError: 'x' is an invalid keyword argument for zip()`},
		{`list(zip([1, 2], [3, 4], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := callKw(th, ty(ZipType), []Value{L(I(1), I(2)), L(I(3), I(4))}, "strict", True)
			return list(th, z)
		}, `[(1, 3), (2, 4)]`},
		{`list(zip([1, 2], [3], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := callKw(th, ty(ZipType), []Value{L(I(1), I(2)), L(I(3))}, "strict", True)
			return list(th, z)
		}, `ValueError: zip() argument 2 is shorter than argument 1`},
		{`list(zip([1], [3, 4], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := callKw(th, ty(ZipType), []Value{L(I(1)), L(I(3), I(4))}, "strict", True)
			return list(th, z)
		}, `ValueError: zip() argument 2 is longer than argument 1`},
		{`list(zip([1, 2], [3, 4], [5], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := callKw(th, ty(ZipType), []Value{L(I(1), I(2)), L(I(3), I(4)), L(I(5))}, "strict", True)
			return list(th, z)
		}, `ValueError: zip() argument 3 is shorter than arguments 1-2`},
		{`list(zip([1], [3], [5, 6], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := callKw(th, ty(ZipType), []Value{L(I(1)), L(I(3)), L(I(5), I(6))}, "strict", True)
			return list(th, z)
		}, `ValueError: zip() argument 3 is longer than arguments 1-2`},
		{`list(map(len, [[1], [], [1, 2]]))`, func(th *Thread) (Value, error) {
			mp, _ := call(th, ty(MapType), lenFunc, L(L(I(1)), L(), L(I(1), I(2))))
			return list(th, mp)
		}, `[1, 0, 2]`},
		{`list(map(pow, [2, 3], [5, 2, 9]))  # shortest wins`, func(th *Thread) (Value, error) {
			mp, _ := call(th, ty(MapType), pairFunc, L(I(2), I(3)), L(ints(5, 2, 9)...))
			return list(th, mp)
		}, `[32, 9]`},
		{`map(len)`, func(th *Thread) (Value, error) { return call(th, ty(MapType), lenFunc) }, `TypeError: map() must have at least two arguments.`},
		{`list(filter(None, [0, 1, '', 'a', [], [0]]))`, func(th *Thread) (Value, error) {
			f, _ := call(th, ty(FilterType), None, L(I(0), I(1), S(""), S("a"), L(), L(I(0))))
			return list(th, f)
		}, `[1, 'a', [0]]`},
		{`list(filter(len, [[1], [], [1, 2]]))`, func(th *Thread) (Value, error) {
			f, _ := call(th, ty(FilterType), lenFunc, L(L(I(1)), L(), L(I(1), I(2))))
			return list(th, f)
		}, `[[1], [1, 2]]`},
		{`filter(None)`, func(th *Thread) (Value, error) { return call(th, ty(FilterType), None) }, `TypeError: filter expected 2 arguments, got 1`},
		{`reversed(1)`, func(th *Thread) (Value, error) { return call(th, ty(ReversedType), I(1)) }, `TypeError: 'int' object is not reversible`},
		{`reversed()`, func(th *Thread) (Value, error) { return call(th, ty(ReversedType)) }, `TypeError: reversed expected 1 argument, got 0`},
		{`it = iter([1]); next(it); it.__next__()`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, L(I(1)))
			_, _, _ = Next(th, it)
			return m(th, it, "__next__")
		}, `StopIteration: `},
		{`it = iter([1, 2, 3]); next(it); list(it)`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, L(ints(1, 2, 3)...))
			_, _, _ = Next(th, it)
			return list(th, it)
		}, `[2, 3]`},
		{`l = [1, 2]; it = iter(l); next(it); l.append(3); list(it)`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2)...)
			it, _ := Iter(th, l)
			_, _, _ = Next(th, it)
			ListAppend(l, I(3))
			return list(th, it)
		}, `[2, 3]`},
		{`l = [1, 2, 3]; it = reversed(l); next(it); l.clear(); list(it)`, func(th *Thread) (Value, error) {
			l := L(ints(1, 2, 3)...)
			it, _ := call(th, ty(ReversedType), l)
			_, _, _ = Next(th, it)
			_, _ = m(th, l, "clear")
			return list(th, it)
		}, `[]`},
		{`it = iter(range(5)); next(it); it.__length_hint__()`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, rangeOf(th, I(5)))
			_, _, _ = Next(th, it)
			return m(th, it, "__length_hint__")
		}, `4`},
	})
}

func TestSortModified(t *testing.T) {
	runCases(t, []pyCase{
		{`l = [3, 1, 2]; l.sort(key=lambda x: l.append(x) or x)`, func(th *Thread) (Value, error) {
			l := L(ints(3, 1, 2)...)
			key := NewBuiltinFunction("key", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
				ListAppend(l, args[0])
				return args[0], nil
			})
			return callKw(th, mustAttr(th, l, "sort"), nil, "key", key)
		}, `ValueError: list modified during sort`},
		{`l = [3, 1, 2]; seen = []; l.sort(key=lambda x: seen.append(len(l)) or x); (l, seen)`, func(th *Thread) (Value, error) {
			l := L(ints(3, 1, 2)...)
			seen := L()
			key := NewBuiltinFunction("key", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
				n, _ := Len(th, l)
				ListAppend(seen, I(int64(n)))
				return args[0], nil
			})
			_, err := callKw(th, mustAttr(th, l, "sort"), nil, "key", key)
			return T(l, seen), err
		}, `([1, 2, 3], [0, 0, 0])`},
		{`l = [3, 1, 2]; l.sort(key=lambda x: 1 // (x - 1))`, func(th *Thread) (Value, error) {
			l := L(ints(3, 1, 2)...)
			key := NewBuiltinFunction("key", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
				if args[0].SmallInt() == 1 {
					return Value{}, Errorf(ZeroDivisionError, "integer division or modulo by zero")
				}
				return args[0], nil
			})
			_, err := callKw(th, mustAttr(th, l, "sort"), nil, "key", key)
			return l, err
		}, `ZeroDivisionError: integer division or modulo by zero`},
	})
}

// lenFunc is len; pairFunc is pow for small ints.
var (
	lenFunc = NewBuiltinFunction("len", "builtins", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		n, err := Len(th, args[0])
		return Int(int64(n)), err
	})
	pairFunc = NewBuiltinFunction("pow", "builtins", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r := int64(1)
		for i := int64(0); i < args[1].SmallInt(); i++ {
			r *= args[0].SmallInt()
		}
		return Int(r), nil
	})
)
