package runtime

import "testing"

func ctRange(th *Thread, args ...Value) Value {
	r, err := ctCall(th, ctType(RangeType), args...)
	if err != nil {
		panic(err)
	}
	return r
}

func TestRange(t *testing.T) {
	ctRun(t, []ctCase{
		{`range(0, 10, 2)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(RangeType), ctInt(0), ctInt(10), ctInt(2)) }, `range(0, 10, 2)`},
		{`range(5)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(RangeType), ctInt(5)) }, `range(0, 5)`},
		{`range(-3, 3)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(RangeType), ctInt(-3), ctInt(3)) }, `range(-3, 3)`},
		{`range()`, func(th *Thread) (Value, error) { return ctCall(th, ctType(RangeType)) }, `TypeError: range expected at least 1 argument, got 0`},
		{`range(1, 2, 3, 4)`, func(th *Thread) (Value, error) {
			return ctCall(th, ctType(RangeType), ctInt(1), ctInt(2), ctInt(3), ctInt(4))
		}, `TypeError: range expected at most 3 arguments, got 4`},
		{`range(1, 2, 0)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(RangeType), ctInt(1), ctInt(2), ctInt(0)) }, `ValueError: range() arg 3 must not be zero`},
		{`range('a')`, func(th *Thread) (Value, error) { return ctCall(th, ctType(RangeType), ctStr("a")) }, `TypeError: 'str' object cannot be interpreted as an integer`},
		{`range(True)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(RangeType), True) }, `range(0, 1)`},
		{`len(range(10, 0, -3)), list(range(10, 0, -3))`, func(th *Thread) (Value, error) {
			r := ctRange(th, ctInt(10), ctInt(0), ctInt(-3))
			n, _ := Len(th, r)
			l, err := ctList(th, r)
			return ctTuple(ctInt(int64(n)), l), err
		}, `(4, [10, 7, 4, 1])`},
		{`len(range(0)), len(range(5, 1)), bool(range(0)), bool(range(1))`, func(th *Thread) (Value, error) {
			a, _ := Len(th, ctRange(th, ctInt(0)))
			b, _ := Len(th, ctRange(th, ctInt(5), ctInt(1)))
			c, _ := Truth(th, ctRange(th, ctInt(0)))
			d, err := Truth(th, ctRange(th, ctInt(1)))
			return ctTuple(ctInt(int64(a)), ctInt(int64(b)), Bool(c), Bool(d)), err
		}, `(0, 0, False, True)`},
		{`range(0, 20, 3)[2], range(0, 20, 3)[-1]`, func(th *Thread) (Value, error) {
			r := ctRange(th, ctInt(0), ctInt(20), ctInt(3))
			a, _ := GetItem(th, r, ctInt(2))
			b, err := GetItem(th, r, ctInt(-1))
			return ctTuple(a, b), err
		}, `(6, 18)`},
		{`range(3)[3]`, func(th *Thread) (Value, error) { return GetItem(th, ctRange(th, ctInt(3)), ctInt(3)) }, `IndexError: range object index out of range`},
		{`range(3)['a']`, func(th *Thread) (Value, error) { return GetItem(th, ctRange(th, ctInt(3)), ctStr("a")) }, `TypeError: range indices must be integers or slices, not str`},
		{`range(10)[::-1]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctRange(th, ctInt(10)), ctSlice(Value{}, Value{}, ctInt(-1)))
		}, `range(9, -1, -1)`},
		{`range(0, 20, 3)[1:5]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctRange(th, ctInt(0), ctInt(20), ctInt(3)), ctSlice(ctInt(1), ctInt(5), Value{}))
		}, `range(3, 15, 3)`},
		{`range(0, 20, 3)[::2]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctRange(th, ctInt(0), ctInt(20), ctInt(3)), ctSlice(Value{}, Value{}, ctInt(2)))
		}, `range(0, 21, 6)`},
		{`range(10, 0, -2)[-2:100]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctRange(th, ctInt(10), ctInt(0), ctInt(-2)), ctSlice(ctInt(-2), ctInt(100), Value{}))
		}, `range(4, 0, -2)`},
		{`6 in range(0, 10, 3), 7 in range(0, 10, 3), -3 in range(0, -10, -3), 'a' in range(3), True in range(3)`, func(th *Thread) (Value, error) {
			a, _ := Contains(th, ctRange(th, ctInt(0), ctInt(10), ctInt(3)), ctInt(6))
			b, _ := Contains(th, ctRange(th, ctInt(0), ctInt(10), ctInt(3)), ctInt(7))
			c, _ := Contains(th, ctRange(th, ctInt(0), ctInt(-10), ctInt(-3)), ctInt(-3))
			d, _ := Contains(th, ctRange(th, ctInt(3)), ctStr("a"))
			e, err := Contains(th, ctRange(th, ctInt(3)), True)
			return ctTuple(Bool(a), Bool(b), Bool(c), Bool(d), Bool(e)), err
		}, `(True, False, True, False, True)`},
		{`range(0, 10, 3).index(9), range(0, 10, 3).count(9), range(3).count('a')`, func(th *Thread) (Value, error) {
			r := ctRange(th, ctInt(0), ctInt(10), ctInt(3))
			a, _ := ctMethod(th, r, "index", ctInt(9))
			b, _ := ctMethod(th, r, "count", ctInt(9))
			c, err := ctMethod(th, ctRange(th, ctInt(3)), "count", ctStr("a"))
			return ctTuple(a, b, c), err
		}, `(3, 1, 0)`},
		{`range(5).index(7)`, func(th *Thread) (Value, error) { return ctMethod(th, ctRange(th, ctInt(5)), "index", ctInt(7)) }, `ValueError: 7 is not in range`},
		{`range(5).index('a')`, func(th *Thread) (Value, error) { return ctMethod(th, ctRange(th, ctInt(5)), "index", ctStr("a")) }, `ValueError: sequence.index(x): x not in sequence`},
		{`range(0) == range(5, 1), range(0, 3, 2) == range(0, 4, 2), range(1) == range(1, 2, 5), range(3) != range(4), range(3) == [0, 1, 2]`, func(th *Thread) (Value, error) {
			a, _ := Compare(th, CmpEQ, ctRange(th, ctInt(0)), ctRange(th, ctInt(5), ctInt(1)))
			b, _ := Compare(th, CmpEQ, ctRange(th, ctInt(0), ctInt(3), ctInt(2)), ctRange(th, ctInt(0), ctInt(4), ctInt(2)))
			c, _ := Compare(th, CmpEQ, ctRange(th, ctInt(1)), ctRange(th, ctInt(1), ctInt(2), ctInt(5)))
			d, _ := Compare(th, CmpNE, ctRange(th, ctInt(3)), ctRange(th, ctInt(4)))
			e, err := Compare(th, CmpEQ, ctRange(th, ctInt(3)), ctListOf(ctInts(0, 1, 2)...))
			return ctTuple(a, b, c, d, e), err
		}, `(True, True, False, True, False)`},
		{`range(3) < range(4)`, func(th *Thread) (Value, error) {
			return Compare(th, CmpLT, ctRange(th, ctInt(3)), ctRange(th, ctInt(4)))
		}, `TypeError: '<' not supported between instances of 'range' and 'range'`},
		{`hash(range(0)), hash(range(5, 6)), hash(range(0, 10, 2)) == hash(range(0, 9, 2))`, func(th *Thread) (Value, error) {
			a, _ := ctHash(th, ctRange(th, ctInt(0)))
			b, _ := ctHash(th, ctRange(th, ctInt(5), ctInt(6)))
			c, _ := ctHash(th, ctRange(th, ctInt(0), ctInt(10), ctInt(2)))
			d, err := ctHash(th, ctRange(th, ctInt(0), ctInt(9), ctInt(2)))
			return ctTuple(a, b, Bool(c == d)), err
		}, `(2676694398852732306, -7048428680432378585, True)`},
		{`list(reversed(range(1, 10, 4)))`, func(th *Thread) (Value, error) {
			r, err := ctCall(th, ctType(ReversedType), ctRange(th, ctInt(1), ctInt(10), ctInt(4)))
			if err != nil {
				return Value{}, err
			}
			return ctList(th, r)
		}, `[9, 5, 1]`},
		{`r = range(1, 9, 2); (r.start, r.stop, r.step)`, func(th *Thread) (Value, error) {
			r := ctRange(th, ctInt(1), ctInt(9), ctInt(2))
			a, _ := GetAttr(th, r, "start")
			b, _ := GetAttr(th, r, "stop")
			c, err := GetAttr(th, r, "step")
			return ctTuple(a, b, c), err
		}, `(1, 9, 2)`},
		{`type(iter(range(3))).__name__, type(reversed(range(3))).__name__`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, ctRange(th, ctInt(3)))
			r, err := ctCall(th, ctType(ReversedType), ctRange(th, ctInt(3)))
			return ctTuple(ctStr(it.Type().Name), ctStr(r.Type().Name)), err
		}, `('range_iterator', 'range_iterator')`},
		{`list(range(9223372036854775805, 9223372036854775807))`, func(th *Thread) (Value, error) {
			return ctList(th, ctRange(th, ctInt(9223372036854775805), ctInt(9223372036854775807)))
		}, `[9223372036854775805, 9223372036854775806]`},
		{`len(range(-9223372036854775807, 9223372036854775807, 3))`, func(th *Thread) (Value, error) {
			n, err := Len(th, ctRange(th, ctInt(-9223372036854775807), ctInt(9223372036854775807), ctInt(3)))
			return ctInt(int64(n)), err
		}, `6148914691236517205`},
	})
}

func TestIterators(t *testing.T) {
	ctRun(t, []ctCase{
		{`list(enumerate('ab'))`, func(th *Thread) (Value, error) {
			e, _ := ctCall(th, ctType(EnumerateType), ctListOf(ctStr("a"), ctStr("b")))
			return ctList(th, e)
		}, `[(0, 'a'), (1, 'b')]`},
		{`list(enumerate([5, 6], start=-1))`, func(th *Thread) (Value, error) {
			e, _ := ctCallKw(th, ctType(EnumerateType), []Value{ctListOf(ctInt(5), ctInt(6))}, "start", ctInt(-1))
			return ctList(th, e)
		}, `[(-1, 5), (0, 6)]`},
		{`list(enumerate([5, 6], 9223372036854775806))`, func(th *Thread) (Value, error) {
			e, _ := ctCall(th, ctType(EnumerateType), ctListOf(ctInt(5), ctInt(6)), ctInt(9223372036854775806))
			return ctList(th, e)
		}, `[(9223372036854775806, 5), (9223372036854775807, 6)]`},
		{`enumerate(1)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(EnumerateType), ctInt(1)) }, `TypeError: 'int' object is not iterable`},
		{`enumerate()`, func(th *Thread) (Value, error) { return ctCall(th, ctType(EnumerateType)) }, `TypeError: enumerate() missing required argument 'iterable'`},
		{`enumerate([], start='a')`, func(th *Thread) (Value, error) {
			return ctCallKw(th, ctType(EnumerateType), []Value{ctListOf()}, "start", ctStr("a"))
		}, `TypeError: 'str' object cannot be interpreted as an integer`},
		{`list(zip([1, 2, 3], 'ab'))`, func(th *Thread) (Value, error) {
			z, _ := ctCall(th, ctType(ZipType), ctListOf(ctInts(1, 2, 3)...), ctListOf(ctStr("a"), ctStr("b")))
			return ctList(th, z)
		}, `[(1, 'a'), (2, 'b')]`},
		{`list(zip())`, func(th *Thread) (Value, error) {
			z, _ := ctCall(th, ctType(ZipType))
			return ctList(th, z)
		}, `[]`},
		{`zip(1)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(ZipType), ctInt(1)) }, `TypeError: 'int' object is not iterable`},
		{`zip([], x=1)`, func(th *Thread) (Value, error) {
			return ctCallKw(th, ctType(ZipType), []Value{ctListOf()}, "x", ctInt(1))
		}, `TypeError: 'x' is an invalid keyword argument for zip()`},
		{`list(zip([1, 2], [3, 4], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := ctCallKw(th, ctType(ZipType), []Value{ctListOf(ctInt(1), ctInt(2)), ctListOf(ctInt(3), ctInt(4))}, "strict", True)
			return ctList(th, z)
		}, `[(1, 3), (2, 4)]`},
		{`list(zip([1, 2], [3], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := ctCallKw(th, ctType(ZipType), []Value{ctListOf(ctInt(1), ctInt(2)), ctListOf(ctInt(3))}, "strict", True)
			return ctList(th, z)
		}, `ValueError: zip() argument 2 is shorter than argument 1`},
		{`list(zip([1], [3, 4], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := ctCallKw(th, ctType(ZipType), []Value{ctListOf(ctInt(1)), ctListOf(ctInt(3), ctInt(4))}, "strict", True)
			return ctList(th, z)
		}, `ValueError: zip() argument 2 is longer than argument 1`},
		{`list(zip([1, 2], [3, 4], [5], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := ctCallKw(th, ctType(ZipType), []Value{ctListOf(ctInt(1), ctInt(2)), ctListOf(ctInt(3), ctInt(4)), ctListOf(ctInt(5))}, "strict", True)
			return ctList(th, z)
		}, `ValueError: zip() argument 3 is shorter than arguments 1-2`},
		{`list(zip([1], [3], [5, 6], strict=True))`, func(th *Thread) (Value, error) {
			z, _ := ctCallKw(th, ctType(ZipType), []Value{ctListOf(ctInt(1)), ctListOf(ctInt(3)), ctListOf(ctInt(5), ctInt(6))}, "strict", True)
			return ctList(th, z)
		}, `ValueError: zip() argument 3 is longer than arguments 1-2`},
		{`list(map(len, [[1], [], [1, 2]]))`, func(th *Thread) (Value, error) {
			mp, _ := ctCall(th, ctType(MapType), ctLenFunc, ctListOf(ctListOf(ctInt(1)), ctListOf(), ctListOf(ctInt(1), ctInt(2))))
			return ctList(th, mp)
		}, `[1, 0, 2]`},
		{`list(map(pow, [2, 3], [5, 2, 9]))  # shortest wins`, func(th *Thread) (Value, error) {
			mp, _ := ctCall(th, ctType(MapType), ctPowFunc, ctListOf(ctInt(2), ctInt(3)), ctListOf(ctInts(5, 2, 9)...))
			return ctList(th, mp)
		}, `[32, 9]`},
		{`map(len)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(MapType), ctLenFunc) }, `TypeError: map() must have at least two arguments.`},
		{`list(filter(None, [0, 1, '', 'a', [], [0]]))`, func(th *Thread) (Value, error) {
			f, _ := ctCall(th, ctType(FilterType), None, ctListOf(ctInt(0), ctInt(1), ctStr(""), ctStr("a"), ctListOf(), ctListOf(ctInt(0))))
			return ctList(th, f)
		}, `[1, 'a', [0]]`},
		{`list(filter(len, [[1], [], [1, 2]]))`, func(th *Thread) (Value, error) {
			f, _ := ctCall(th, ctType(FilterType), ctLenFunc, ctListOf(ctListOf(ctInt(1)), ctListOf(), ctListOf(ctInt(1), ctInt(2))))
			return ctList(th, f)
		}, `[[1], [1, 2]]`},
		{`filter(None)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(FilterType), None) }, `TypeError: filter expected 2 arguments, got 1`},
		{`reversed(1)`, func(th *Thread) (Value, error) { return ctCall(th, ctType(ReversedType), ctInt(1)) }, `TypeError: 'int' object is not reversible`},
		{`reversed()`, func(th *Thread) (Value, error) { return ctCall(th, ctType(ReversedType)) }, `TypeError: reversed expected 1 argument, got 0`},
		{`it = iter([1]); next(it); it.__next__()`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, ctListOf(ctInt(1)))
			_, _, _ = Next(th, it)
			return ctMethod(th, it, "__next__")
		}, `StopIteration: `},
		{`it = iter([1, 2, 3]); next(it); list(it)`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, ctListOf(ctInts(1, 2, 3)...))
			_, _, _ = Next(th, it)
			return ctList(th, it)
		}, `[2, 3]`},
		{`l = [1, 2]; it = iter(l); next(it); l.append(3); list(it)`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2)...)
			it, _ := Iter(th, l)
			_, _, _ = Next(th, it)
			ListAppend(l, ctInt(3))
			return ctList(th, it)
		}, `[2, 3]`},
		{`l = [1, 2, 3]; it = reversed(l); next(it); l.clear(); list(it)`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(1, 2, 3)...)
			it, _ := ctCall(th, ctType(ReversedType), l)
			_, _, _ = Next(th, it)
			_, _ = ctMethod(th, l, "clear")
			return ctList(th, it)
		}, `[]`},
		{`it = iter(range(5)); next(it); it.__length_hint__()`, func(th *Thread) (Value, error) {
			it, _ := Iter(th, ctRange(th, ctInt(5)))
			_, _, _ = Next(th, it)
			return ctMethod(th, it, "__length_hint__")
		}, `4`},
	})
}

func TestSortModified(t *testing.T) {
	ctRun(t, []ctCase{
		{`l = [3, 1, 2]; l.sort(key=lambda x: l.append(x) or x)`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(3, 1, 2)...)
			key := NewBuiltinFunction("key", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
				ListAppend(l, args[0])
				return args[0], nil
			})
			return ctCallKw(th, ctAttr(th, l, "sort"), nil, "key", key)
		}, `ValueError: list modified during sort`},
		{`l = [3, 1, 2]; seen = []; l.sort(key=lambda x: seen.append(len(l)) or x); (l, seen)`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(3, 1, 2)...)
			seen := ctListOf()
			key := NewBuiltinFunction("key", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
				n, _ := Len(th, l)
				ListAppend(seen, ctInt(int64(n)))
				return args[0], nil
			})
			_, err := ctCallKw(th, ctAttr(th, l, "sort"), nil, "key", key)
			return ctTuple(l, seen), err
		}, `([1, 2, 3], [0, 0, 0])`},
		{`l = [3, 1, 2]; l.sort(key=lambda x: 1 // (x - 1))`, func(th *Thread) (Value, error) {
			l := ctListOf(ctInts(3, 1, 2)...)
			key := NewBuiltinFunction("key", "test", func(th *Thread, args []Value, kwnames []string) (Value, error) {
				if args[0].SmallInt() == 1 {
					return Value{}, Errorf(ZeroDivisionError, "integer division or modulo by zero")
				}
				return args[0], nil
			})
			_, err := ctCallKw(th, ctAttr(th, l, "sort"), nil, "key", key)
			return l, err
		}, `ZeroDivisionError: integer division or modulo by zero`},
	})
}

// ctLenFunc is len; pairFunc is pow for small ints.
var (
	ctLenFunc = NewBuiltinFunction("len", "builtins", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		n, err := Len(th, args[0])
		return Int(int64(n)), err
	})
	ctPowFunc = NewBuiltinFunction("pow", "builtins", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r := int64(1)
		for i := int64(0); i < args[1].SmallInt(); i++ {
			r *= args[0].SmallInt()
		}
		return Int(r), nil
	})
)

func init() { testBuiltins["range"] = ValueOf(RangeType) }

// TestRangeBig checks ranges with bounds beyond int64 against CPython 3.12.
func TestRangeBig(t *testing.T) {
	th := numTestThread()
	for _, c := range []struct{ expr, want string }{
		{`range(2**64)[-1], range(10**30, 10**30 + 5)[2]`, `(18446744073709551615, 1000000000000000000000000000002)`},
		{`range(10**20, -10**20, -3*10**18)[1:-1:3]`, `range(97000000000000000000, -98000000000000000000, -9000000000000000000)`},
		{`range(10**20, -10**20, -3*10**18)[::-1]`, `range(-98000000000000000000, 103000000000000000000, 3000000000000000000)`},
		{`range(10)[-10**30:10**30:10**40], range(3)[10**30:]`, `(range(0, 10, 10000000000000000000000000000000000000000), range(3, 3))`},
		{`len(range(2**64))`, `!! OverflowError: Python int too large to convert to C ssize_t`},
		{`len(range(2**63, 2**63 + 3))`, `3`},
		{`range(2**64)[2**64]`, `!! IndexError: range object index out of range`},
		{`range(2**64).count(2**63), range(2**64).index(2**63 + 5), range(0, 2**64, 2).count(3)`, `(1, 9223372036854775813, 0)`},
		{`range(2**64).index(-1)`, `!! ValueError: -1 is not in range`},
		{`range(2**64).start, range(2**64).stop, range(2**64).step`, `(0, 18446744073709551616, 1)`},
		{`hash(range(2**64)) == hash(range(0, 2**64, 1)), range(0, 2**64, 2**65) == range(0, 1)`, `(True, True)`},
		{`list(range(2**63, 2**63 + 3)), list(range(2**63 - 2, 2**63 + 1).__reversed__())`,
			`([9223372036854775808, 9223372036854775809, 9223372036854775810], [9223372036854775808, 9223372036854775807, 9223372036854775806])`},
		{`range(-2**63, 2**63 - 1, -2**63 + 1)[::-1], list(range(0, -10, -2**63).__reversed__())`, `(range(-1, -1, 9223372036854775807), [0])`},
	} {
		got, err := evalPy(th, c.expr)
		if err != nil {
			t.Fatalf("%s: %v", c.expr, err)
		}
		if got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
