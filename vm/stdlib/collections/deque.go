// Package collections is Kiln's collections and collections.abc modules:
// deque in Go (deque.go, the _collections module), and the rest in
// embedded Python (collections.py: defaultdict, OrderedDict, Counter,
// namedtuple, ChainMap, UserDict, UserList, UserString;
// collections_abc.py: the ABCs, registered for the builtin types).
package collections

import (
	_ "embed"
	"strings"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines collections.deque: a ring buffer whose capacity is a
// power of two, with an optional maxlen, and a mutation counter that its
// iterators check as CPython's do.

//go:embed collections.py
var collectionsSource []byte

//go:embed collections_abc.py
var collectionsABCSource []byte

// DequeType is collections.deque.
var DequeType = rt.NewBuiltinType("deque", rt.ObjectType, rt.LayoutOther, rt.FlagBaseType|rt.FlagUnhashable|rt.FlagQualifiedName)

var dequeIterType = rt.NewBuiltinType("_deque_iterator", rt.ObjectType, rt.LayoutOther, 0)
var dequeRevIterType = rt.NewBuiltinType("_deque_reverse_iterator", rt.ObjectType, rt.LayoutOther, 0)

type deque struct {
	rt.Object
	buf    []rt.Value // len is a power of two (or 0)
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
}

func asDeque(v rt.Value) *deque { return (*deque)(v.Pointer()) }

func (d *deque) at(i int) *rt.Value { return &d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *deque) grow() {
	size := max(8, 2*len(d.buf))
	buf := make([]rt.Value, size)
	for i := 0; i < d.n; i++ {
		buf[i] = *d.at(i)
	}
	d.buf, d.head = buf, 0
}

func (d *deque) pushRight(x rt.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popLeft()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	*d.at(d.n) = x
	d.n++
	d.state++
}

func (d *deque) pushLeft(x rt.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popRight()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = x
	d.n++
	d.state++
}

func (d *deque) popRight() rt.Value {
	p := d.at(d.n - 1)
	x := *p
	*p = rt.Value{}
	d.n--
	d.state++
	return x
}

func (d *deque) popLeft() rt.Value {
	p := d.at(0)
	x := *p
	*p = rt.Value{}
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	return x
}

func (d *deque) items() []rt.Value {
	out := make([]rt.Value, d.n)
	for i := range out {
		out[i] = *d.at(i)
	}
	return out
}

func (d *deque) setItems(items []rt.Value) {
	d.buf, d.head, d.n = nil, 0, 0
	for _, x := range items {
		d.pushRight(x)
	}
}

func dequeNew(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error) {
	return rt.ValueOf(&deque{Object: rt.NewObjectHeader(t), maxlen: -1}), nil
}

func dequeInit(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) error {
	var iterable, maxlen rt.Value
	for _, k := range kwnames {
		if k != "iterable" && k != "maxlen" {
			// deque_init parses with PyArg_ParseTupleAndKeywords.
			return rt.Errorf(rt.TypeError, "'%s' is an invalid keyword argument for deque()", k)
		}
	}
	if err := rt.UnpackArgs("deque", args, kwnames, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
		return err
	}
	d := asDeque(self)
	d.maxlen = -1
	if maxlen.IsValid() && !maxlen.IsNone() {
		if !maxlen.Type().IsSubtype(rt.IntType) {
			// PyLong_AsSsize_t, which does not call __index__.
			return rt.Errorf(rt.TypeError, "an integer is required")
		}
		n, err := rt.AsInt(th, maxlen)
		if err != nil {
			return err
		}
		if n < 0 {
			return rt.Errorf(rt.ValueError, "maxlen must be non-negative")
		}
		d.maxlen = int(n)
	}
	if d.n > 0 {
		d.setItems(nil)
	}
	if iterable.IsValid() {
		return d.extend(th, iterable, false)
	}
	return nil
}

func (d *deque) extend(th *rt.Thread, iterable rt.Value, left bool) error {
	if rt.Is(iterable, rt.ValueOf(d)) {
		items, err := rt.ToSlice(th, iterable)
		if err != nil {
			return err
		}
		iterable = rt.NewList(items)
	}
	return rt.ForEach(th, iterable, func(x rt.Value) error {
		if left {
			d.pushLeft(x)
		} else {
			d.pushRight(x)
		}
		return nil
	})
}

func dequeRepr(th *rt.Thread, v rt.Value) (rt.Value, error) {
	d := asDeque(v)
	name := v.Type().Name
	if !rt.ReprEnter(th, v) {
		return rt.NewStr("[...]"), nil
	}
	defer rt.ReprLeave(th, v)
	var b strings.Builder
	b.WriteString(name + "([")
	for i, x := range d.items() {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := rt.Repr(th, x)
		if err != nil {
			return rt.Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteString("]")
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=" + itoa(d.maxlen))
	}
	b.WriteString(")")
	return rt.NewStr(b.String()), nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var digits []byte
	for ; n > 0; n /= 10 {
		digits = append([]byte{byte('0' + n%10)}, digits...)
	}
	return string(digits)
}

// index reads a deque subscript, checking its range.
func (d *deque) index(th *rt.Thread, key rt.Value) (int, error) {
	if !key.IsSmallInt() && !key.IsBool() && (key.IsImmediate() || (key.Type().Layout != rt.LayoutInt && !key.Type().Lookup("__index__").IsValid())) {
		return 0, rt.Errorf(rt.TypeError, "sequence index must be integer, not '%s'", rt.TypeName(key))
	}
	i, err := rt.AsInt(th, key)
	if err != nil {
		if rt.IsInstanceOf(err, rt.OverflowError) {
			return 0, rt.Errorf(rt.IndexError, "cannot fit 'int' into an index-sized integer")
		}
		return 0, err
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, rt.Errorf(rt.IndexError, "deque index out of range")
	}
	return int(i), nil
}

func dequeGetItem(th *rt.Thread, v, key rt.Value) (rt.Value, error) {
	d := asDeque(v)
	i, err := d.index(th, key)
	if err != nil {
		return rt.Value{}, err
	}
	return *d.at(i), nil
}

func dequeSetItem(th *rt.Thread, v, key, val rt.Value) error {
	d := asDeque(v)
	i, err := d.index(th, key)
	if err != nil {
		return err
	}
	if val.IsValid() {
		*d.at(i) = val
		return nil
	}
	items := d.items()
	d.setItems(append(items[:i], items[i+1:]...))
	return nil
}

func dequeCompare(th *rt.Thread, op rt.CompareOp, a, b rt.Value) (rt.Value, error) {
	if b.IsImmediate() || !b.Type().IsSubtype(DequeType) {
		return rt.NotImplemented, nil
	}
	return rt.Compare(th, op, rt.NewList(asDeque(a).items()), rt.NewList(asDeque(b).items()))
}

func (d *deque) clone(th *rt.Thread, self rt.Value) (rt.Value, error) {
	if self.Type() == DequeType {
		c := &deque{Object: rt.NewObjectHeader(DequeType), maxlen: d.maxlen}
		for _, x := range d.items() {
			c.pushRight(x)
		}
		return rt.ValueOf(c), nil
	}
	args := []rt.Value{rt.NewList(d.items())}
	if d.maxlen >= 0 {
		args = append(args, rt.Int(int64(d.maxlen)))
	}
	return rt.Call(th, rt.ValueOf(self.Type()), args, nil)
}

func dequeBinOp(th *rt.Thread, op rt.BinaryOp, a, b rt.Value) (rt.Value, error) {
	if a.IsImmediate() || !a.Type().IsSubtype(DequeType) {
		if op == rt.OpMul {
			return dequeBinOp(th, op, b, a)
		}
		return rt.NotImplemented, nil
	}
	d := asDeque(a)
	switch op {
	case rt.OpAdd:
		if b.IsImmediate() || !b.Type().IsSubtype(DequeType) {
			return rt.Value{}, rt.Errorf(rt.TypeError, "can only concatenate deque (not \"%s\") to deque", rt.TypeName(b))
		}
		c, err := d.clone(th, a)
		if err != nil {
			return rt.Value{}, err
		}
		return c, asDeque(c).extend(th, b, false)
	case rt.OpMul:
		if !b.IsSmallInt() && !b.IsBool() {
			return rt.NotImplemented, nil
		}
		c, err := d.clone(th, a)
		if err != nil {
			return rt.Value{}, err
		}
		return c, asDeque(c).repeat(b.SmallInt())
	}
	return rt.NotImplemented, nil
}

func (d *deque) repeat(n int64) error {
	items := d.items()
	if n <= 0 {
		d.setItems(nil)
		return nil
	}
	for k := int64(1); k < n; k++ {
		for _, x := range items {
			d.pushRight(x)
		}
	}
	return nil
}

func dequeInplace(th *rt.Thread, op rt.BinaryOp, a, b rt.Value) (rt.Value, error) {
	d := asDeque(a)
	switch op {
	case rt.OpAdd:
		return a, d.extend(th, b, false)
	case rt.OpMul:
		if !b.IsSmallInt() && !b.IsBool() {
			return rt.NotImplemented, nil
		}
		return a, d.repeat(b.SmallInt())
	}
	return rt.NotImplemented, nil
}

// dequeIter walks a deque forward or backward, failing if it is mutated.
type dequeIter struct {
	rt.Object
	d       *deque
	i       int
	state   uint64
	reverse bool
}

func dequeIterNext(th *rt.Thread, v rt.Value) (rt.Value, bool, error) {
	it := (*dequeIter)(v.Pointer())
	if it.d == nil {
		return rt.Value{}, false, nil
	}
	if it.d.state != it.state {
		it.d = nil
		return rt.Value{}, false, rt.Errorf(rt.RuntimeError, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		it.d = nil
		return rt.Value{}, false, nil
	}
	j := it.i
	if it.reverse {
		j = it.d.n - 1 - it.i
	}
	it.i++
	return *it.d.at(j), true, nil
}

func newDequeIter(v rt.Value, reverse bool) rt.Value {
	d := asDeque(v)
	t := dequeIterType
	if reverse {
		t = dequeRevIterType
	}
	return rt.ValueOf(&dequeIter{Object: rt.NewObjectHeader(t), d: d, state: d.state, reverse: reverse})
}

type method = func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error)

// addMethod adds a method taking between min and max positional arguments,
// with the messages of CPython's METH_O, METH_NOARGS and argument-clinic
// methods, which name the method "deque.name".
func addMethod(name string, min, max int, f method) {
	fname := "deque." + name
	DequeType.AddMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckArgCount(fname, args, kwnames, min, max); err != nil {
			return rt.Value{}, err
		}
		return f(th, asDeque(self), self, args)
	})
}

// addParsedMethod adds a method whose arguments CPython parses with
// _PyArg_ParseStack (index and insert): its count errors name it bare,
// "index() takes at least 1 argument (0 given)".
func addParsedMethod(name string, min, max int, f method) {
	DequeType.AddMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.NoKwargs("deque."+name, kwnames); err != nil {
			return rt.Value{}, err
		}
		n := len(args)
		switch {
		case n < min || n > max:
			bound, limit := "at least", min
			if min == max {
				bound = "exactly"
			} else if n > max {
				bound, limit = "at most", max
			}
			plural := "s"
			if limit == 1 {
				plural = ""
			}
			return rt.Value{}, rt.Errorf(rt.TypeError, "%s() takes %s %d argument%s (%d given)", name, bound, limit, plural, n)
		}
		return f(th, asDeque(self), self, args)
	})
}

// find returns the first index in [start, stop) of an item equal to x.
func (d *deque) find(th *rt.Thread, x rt.Value, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := rt.Equal(th, *d.at(i), x)
		if err != nil {
			return -1, err
		}
		if d.state != state {
			return -1, rt.Errorf(rt.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func init() {
	// deque's methods are made at the first import of _collections, not
	// by every process's start-up.
	dequeSetup := rt.DeferTypeSetup(setupDeque, DequeType, dequeIterType, dequeRevIterType)
	rt.RegisterModule("_collections", func(th *rt.Thread, m *rt.Module) error {
		dequeSetup.Ensure()
		m.Set("deque", rt.ValueOf(DequeType))
		m.AddFunction("_od_install", odInstall)
		m.AddFunction("_dd_install", ddInstall)
		m.AddFunction("_c_type_name", cTypeName)
		m.AddFunction("_count_elements", countElements)
		return nil
	})
	rt.RegisterPythonModule("_collections_abc", collectionsABCSource)
	rt.RegisterPythonModule("collections", collectionsSource)
}

// setupDeque fills in the slots and methods of deque and its iterators.
func setupDeque() {
	t := DequeType
	t.Module = "collections"
	t.Doc = "A list-like sequence optimized for data accesses near its endpoints."
	t.New = dequeNew
	t.Init = dequeInit
	t.Repr = dequeRepr
	t.Len = func(th *rt.Thread, v rt.Value) (int, error) { return asDeque(v).n, nil }
	// No Bool slot, as CPython's deque has no __bool__: truth comes from Len.
	t.GetItem = dequeGetItem
	t.SetItem = dequeSetItem
	t.Contains = func(th *rt.Thread, v, x rt.Value) (bool, error) {
		d := asDeque(v)
		i, err := d.find(th, x, 0, d.n)
		return i >= 0, err
	}
	t.Iter = func(th *rt.Thread, v rt.Value) (rt.Value, error) { return newDequeIter(v, false), nil }
	t.Compare = dequeCompare
	t.BinOp = dequeBinOp
	t.InplaceOp = dequeInplace
	rt.AddSlotMethods(t, []rt.BinaryOp{rt.OpAdd, rt.OpMul}, false, []rt.BinaryOp{rt.OpAdd, rt.OpMul})
	t.AddMethod("__rmul__", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckRepeatArgCount("__rmul__", args, kwnames); err != nil {
			return rt.Value{}, err
		}
		return dequeBinOp(th, rt.OpMul, self, args[0])
	})
	rt.AddClassGetItem(t)
	for _, it := range []*rt.Type{dequeIterType, dequeRevIterType} {
		it.Module = "collections"
		it.Iter = rt.IterSelf
		it.Next = dequeIterNext
		rt.AddSlotMethods(it, nil, false, nil)
	}
	addMethod("append", 1, 1, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		d.pushRight(args[0])
		return rt.None, nil
	})
	addMethod("appendleft", 1, 1, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		d.pushLeft(args[0])
		return rt.None, nil
	})
	addMethod("pop", 0, 0, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		if d.n == 0 {
			return rt.Value{}, rt.Errorf(rt.IndexError, "pop from an empty deque")
		}
		return d.popRight(), nil
	})
	addMethod("popleft", 0, 0, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		if d.n == 0 {
			return rt.Value{}, rt.Errorf(rt.IndexError, "pop from an empty deque")
		}
		return d.popLeft(), nil
	})
	addMethod("extend", 1, 1, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		return rt.None, d.extend(th, args[0], false)
	})
	addMethod("extendleft", 1, 1, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		return rt.None, d.extend(th, args[0], true)
	})
	addMethod("clear", 0, 0, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		d.setItems(nil)
		return rt.None, nil
	})
	copyFn := func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		return d.clone(th, self)
	}
	addMethod("copy", 0, 0, copyFn)
	addMethod("__copy__", 0, 0, copyFn)
	addMethod("count", 1, 1, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		n := int64(0)
		state := d.state
		for i := 0; i < d.n; i++ {
			eq, err := rt.Equal(th, *d.at(i), args[0])
			if err != nil {
				return rt.Value{}, err
			}
			if d.state != state {
				return rt.Value{}, rt.Errorf(rt.RuntimeError, "deque mutated during iteration")
			}
			if eq {
				n++
			}
		}
		return rt.Int(n), nil
	})
	addParsedMethod("index", 1, 3, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		start, stop := 0, d.n
		bound := func(v rt.Value) (int, error) {
			n, err := rt.AsInt(th, v)
			if err != nil {
				return 0, err
			}
			if n < 0 {
				n += int64(d.n)
				if n < 0 {
					n = 0
				}
			}
			return int(min(n, int64(d.n))), nil
		}
		var err error
		if len(args) > 1 {
			if start, err = bound(args[1]); err != nil {
				return rt.Value{}, err
			}
		}
		if len(args) > 2 {
			if stop, err = bound(args[2]); err != nil {
				return rt.Value{}, err
			}
		}
		i, err := d.find(th, args[0], start, stop)
		if err != nil {
			return rt.Value{}, err
		}
		if i < 0 {
			s, err := rt.Repr(th, args[0])
			if err != nil {
				return rt.Value{}, err
			}
			return rt.Value{}, rt.Errorf(rt.ValueError, "%s is not in deque", s)
		}
		return rt.Int(int64(i)), nil
	})
	addParsedMethod("insert", 2, 2, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		i, err := rt.AsInt(th, args[0])
		if err != nil {
			return rt.Value{}, err
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return rt.Value{}, rt.Errorf(rt.IndexError, "deque already at its maximum size")
		}
		n := int64(d.n)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		items := d.items()
		items = append(items[:i], append([]rt.Value{args[1]}, items[i:]...)...)
		d.setItems(items)
		return rt.None, nil
	})
	addMethod("remove", 1, 1, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		i, err := d.find(th, args[0], 0, d.n)
		if err != nil {
			return rt.Value{}, err
		}
		if i < 0 {
			s, err := rt.Repr(th, args[0])
			if err != nil {
				return rt.Value{}, err
			}
			return rt.Value{}, rt.Errorf(rt.ValueError, "%s is not in deque", s)
		}
		items := d.items()
		d.setItems(append(items[:i], items[i+1:]...))
		return rt.None, nil
	})
	addMethod("reverse", 0, 0, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			*a, *b = *b, *a
		}
		d.state++
		return rt.None, nil
	})
	addMethod("rotate", 0, 1, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		k := int64(1)
		if len(args) == 1 {
			var err error
			if k, err = rt.AsInt(th, args[0]); err != nil {
				return rt.Value{}, err
			}
		}
		if d.n <= 1 {
			return rt.None, nil
		}
		k %= int64(d.n)
		if k < 0 {
			k += int64(d.n)
		}
		for ; k > 0; k-- {
			d.pushLeft(d.popRight())
		}
		return rt.None, nil
	})
	addMethod("__reversed__", 0, 0, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		return newDequeIter(self, true), nil
	})
	addMethod("__reduce__", 0, 0, func(th *rt.Thread, d *deque, self rt.Value, args []rt.Value) (rt.Value, error) {
		// CPython's deque_reduce: (type, (), state, iterator), the maxlen
		// as ((), maxlen) when there is one; state is __getstate__()'s (a
		// subclass instance's attributes, or None).
		ctorArgs := rt.NewTuple(nil)
		if d.maxlen >= 0 {
			ctorArgs = rt.NewTuple([]rt.Value{rt.NewTuple(nil), rt.Int(int64(d.maxlen))})
		}
		state, err := rt.CallMethod(th, self, "__getstate__")
		if err != nil {
			return rt.Value{}, err
		}
		return rt.NewTuple([]rt.Value{rt.ValueOf(self.Type()), ctorArgs, state, newDequeIter(self, false)}), nil
	})
	t.AddGetSet("maxlen", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		if m := asDeque(self).maxlen; m >= 0 {
			return rt.Int(int64(m)), nil
		}
		return rt.None, nil
	}, nil)
}
