package runtime

import "testing"

// goSubclass makes a class like `class name(base): pass` would, without
// the engine: same layout, inherited slots, an attribute dict.
func goSubclass(name string, base *Type) *Type {
	t := &Type{Name: name, Qualname: name, Module: "__main__", Base: base, Bases: []*Type{base},
		Layout: base.Layout, Flags: FlagBaseType | FlagHeapType | FlagHasDict | base.Flags&FlagUnhashable}
	t.typ = TypeType
	t.dict = NewDict()
	t.MRO = append([]*Type{t}, base.MRO...)
	t.InheritSlots(base)
	return t
}

func TestContainerSubclasses(t *testing.T) {
	runCases(t, []pyCase{
		{`class D(dict):
    def __missing__(self, k): return k * 2
D({1: 2})[1], D()[21]`, func(th *Thread) (Value, error) {
			d := goSubclass("D", DictType)
			d.AddMethod("__missing__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				return Int(args[0].SmallInt() * 2), nil
			})
			x, err := call(th, ValueOf(d), D(th, I(1), I(2)))
			if err != nil {
				return Value{}, err
			}
			a, _ := GetItem(th, x, I(1))
			b, err := GetItem(th, call2(th, ValueOf(d)), I(21))
			return T(a, b), err
		}, `(2, 42)`},
		{`class D(dict): pass
D()[1]`, func(th *Thread) (Value, error) {
			return GetItem(th, call2(th, ValueOf(goSubclass("D", DictType))), I(1))
		}, `KeyError: 1`},
		{`class D(dict): pass
(D(a=1), type(D(a=1).copy()).__name__, {} == D())`, func(th *Thread) (Value, error) {
			d := goSubclass("D", DictType)
			x, err := callKw(th, ValueOf(d), nil, "a", I(1))
			if err != nil {
				return Value{}, err
			}
			c, _ := m(th, x, "copy")
			eq, err := Compare(th, CmpEQ, D(th), call2(th, ValueOf(d)))
			return T(x, S(c.Type().Name), eq), err
		}, `({'a': 1}, 'dict', True)`},
		{`class S(set): pass
class F(frozenset): pass
(S([1]), S(), F([2]), F(), type(S([1]) | {2}).__name__, type(F([1]) - {2}).__name__)`, func(th *Thread) (Value, error) {
			s, f := goSubclass("S", SetType), goSubclass("F", FrozenSetType)
			s1, _ := call(th, ValueOf(s), L(I(1)))
			f2, _ := call(th, ValueOf(f), L(I(2)))
			u, _ := Binary(th, OpOr, s1, setOf(th, I(2)))
			f1, _ := call(th, ValueOf(f), L(I(1)))
			d, err := Binary(th, OpSub, f1, setOf(th, I(2)))
			return T(s1, call2(th, ValueOf(s)), f2, call2(th, ValueOf(f)), S(u.Type().Name), S(d.Type().Name)), err
		}, `(S({1}), S(), F({2}), F(), 'set', 'frozenset')`},
		{`class L(list): pass
x = L([1, 2]); (x, x + [3], type(x + [3]).__name__, x[:1], type(x[:1]).__name__)`, func(th *Thread) (Value, error) {
			l := goSubclass("L", ListType)
			x, err := call(th, ValueOf(l), L(I(1), I(2)))
			if err != nil {
				return Value{}, err
			}
			sum, _ := Binary(th, OpAdd, x, L(I(3)))
			part, err := GetItem(th, x, sl(Value{}, I(1), Value{}))
			return T(x, sum, S(sum.Type().Name), part, S(part.Type().Name)), err
		}, `([1, 2], [1, 2, 3], 'list', [1], 'list')`},
		{`class T(tuple): pass
x = T([1, 2]); (x, type(x).__name__, x == (1, 2), hash(x) == hash((1, 2)))`, func(th *Thread) (Value, error) {
			tt := goSubclass("T", TupleType)
			x, err := call(th, ValueOf(tt), L(I(1), I(2)))
			if err != nil {
				return Value{}, err
			}
			eq, _ := Compare(th, CmpEQ, x, T(I(1), I(2)))
			h1, _ := Hash(th, x)
			h2, err := Hash(th, T(I(1), I(2)))
			return T(x, S(x.Type().Name), eq, Bool(h1 == h2)), err
		}, `((1, 2), 'T', True, True)`},
	})
}

// call2 calls fn with no arguments, panicking on error.
func call2(th *Thread, fn Value) Value {
	v, err := call(th, fn)
	if err != nil {
		panic(err)
	}
	return v
}
