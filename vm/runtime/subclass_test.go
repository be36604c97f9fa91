package runtime

import "testing"

// ctSubclass makes a class like `class name(base): pass` would, without
// the engine: same layout, inherited slots, an attribute dict.
func ctSubclass(name string, base *Type) *Type {
	t := &Type{Name: name, Qualname: name, Module: "__main__", Base: base, Bases: []*Type{base},
		Layout: base.Layout, Flags: FlagBaseType | FlagHeapType | FlagHasDict | base.Flags&FlagUnhashable}
	t.typ = TypeType
	t.Object.dict = NewDict()
	t.MRO = append([]*Type{t}, base.MRO...)
	t.InheritSlots(base)
	return t
}

func TestContainerSubclasses(t *testing.T) {
	ctRun(t, []ctCase{
		{`class D(dict):
    def __missing__(self, k): return k * 2
D({1: 2})[1], D()[21]`, func(th *Thread) (Value, error) {
			d := ctSubclass("D", DictType)
			d.AddMethod("__missing__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				return Int(args[0].SmallInt() * 2), nil
			})
			x, err := ctCall(th, ValueOf(d), ctDict(th, ctInt(1), ctInt(2)))
			if err != nil {
				return Value{}, err
			}
			a, _ := GetItem(th, x, ctInt(1))
			b, err := GetItem(th, ctNew(th, ValueOf(d)), ctInt(21))
			return ctTuple(a, b), err
		}, `(2, 42)`},
		{`class D(dict): pass
D()[1]`, func(th *Thread) (Value, error) {
			return GetItem(th, ctNew(th, ValueOf(ctSubclass("D", DictType))), ctInt(1))
		}, `KeyError: 1`},
		{`class D(dict): pass
(D(a=1), type(D(a=1).copy()).__name__, {} == D())`, func(th *Thread) (Value, error) {
			d := ctSubclass("D", DictType)
			x, err := ctCallKw(th, ValueOf(d), nil, "a", ctInt(1))
			if err != nil {
				return Value{}, err
			}
			c, _ := ctMethod(th, x, "copy")
			eq, err := Compare(th, CmpEQ, ctDict(th), ctNew(th, ValueOf(d)))
			return ctTuple(x, ctStr(c.Type().Name), eq), err
		}, `({'a': 1}, 'dict', True)`},
		{`class S(set): pass
class F(frozenset): pass
(S([1]), S(), F([2]), F(), type(S([1]) | {2}).__name__, type(F([1]) - {2}).__name__)`, func(th *Thread) (Value, error) {
			s, f := ctSubclass("S", SetType), ctSubclass("F", FrozenSetType)
			s1, _ := ctCall(th, ValueOf(s), ctListOf(ctInt(1)))
			f2, _ := ctCall(th, ValueOf(f), ctListOf(ctInt(2)))
			u, _ := Binary(th, OpOr, s1, ctSet(th, ctInt(2)))
			f1, _ := ctCall(th, ValueOf(f), ctListOf(ctInt(1)))
			d, err := Binary(th, OpSub, f1, ctSet(th, ctInt(2)))
			return ctTuple(s1, ctNew(th, ValueOf(s)), f2, ctNew(th, ValueOf(f)), ctStr(u.Type().Name), ctStr(d.Type().Name)), err
		}, `(S({1}), S(), F({2}), F(), 'set', 'frozenset')`},
		{`class L(list): pass
x = L([1, 2]); (x, x + [3], type(x + [3]).__name__, x[:1], type(x[:1]).__name__)`, func(th *Thread) (Value, error) {
			l := ctSubclass("L", ListType)
			x, err := ctCall(th, ValueOf(l), ctListOf(ctInt(1), ctInt(2)))
			if err != nil {
				return Value{}, err
			}
			sum, _ := Binary(th, OpAdd, x, ctListOf(ctInt(3)))
			part, err := GetItem(th, x, ctSlice(Value{}, ctInt(1), Value{}))
			return ctTuple(x, sum, ctStr(sum.Type().Name), part, ctStr(part.Type().Name)), err
		}, `([1, 2], [1, 2, 3], 'list', [1], 'list')`},
		{`class T(tuple): pass
x = T([1, 2]); (x, type(x).__name__, x == (1, 2), hash(x) == hash((1, 2)))`, func(th *Thread) (Value, error) {
			tt := ctSubclass("T", TupleType)
			x, err := ctCall(th, ValueOf(tt), ctListOf(ctInt(1), ctInt(2)))
			if err != nil {
				return Value{}, err
			}
			eq, _ := Compare(th, CmpEQ, x, ctTuple(ctInt(1), ctInt(2)))
			h1, _ := Hash(th, x)
			h2, err := Hash(th, ctTuple(ctInt(1), ctInt(2)))
			return ctTuple(x, ctStr(x.Type().Name), eq, Bool(h1 == h2)), err
		}, `((1, 2), 'T', True, True)`},
	})
}

// ctNew calls fn with no arguments, panicking on error.
func ctNew(th *Thread, fn Value) Value {
	v, err := ctCall(th, fn)
	if err != nil {
		panic(err)
	}
	return v
}
