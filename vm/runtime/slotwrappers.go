package runtime

import "strings"

// This file defines the slot wrappers of Python classes: for each Go slot
// of a heap type whose dunder method is defined by a Python class in its
// MRO, a function that looks the dunder up on the instance's type and calls
// it, with the checks of CPython's slot_tp_* functions. Slots whose
// dunders come only from builtin types keep the Go slot of the class's
// first builtin base.

func init() {
	SetTypeAttrChangedHook(func(t *Type, name string) {
		if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
			refreshSlots(t)
		}
	})
}

// refreshSlots recomputes the slots of t and of every class derived from
// it, after a dunder of t changed.
func refreshSlots(t *Type) {
	if !isHeapType(t) {
		return
	}
	fixupSlots(t)
	for _, s := range t.Subclasses() {
		refreshSlots(s)
	}
}

// pyMethod returns t's attribute name when a Python class in t's MRO is
// the one that defines it.
func pyMethod(t *Type, name string) (Value, bool) {
	attr, owner := slotLookupOwner(t, name)
	if owner == nil || !isHeapType(owner) {
		return Value{}, false
	}
	return attr, true
}

// pyDefines reports whether a Python class in t's MRO defines any of names.
func pyDefines(t *Type, names ...string) bool {
	for _, n := range names {
		if _, ok := pyMethod(t, n); ok {
			return true
		}
	}
	return false
}

// callMethodAttr calls attr, an attribute found on self's type, as a
// method of self: bound through its __get__ if it has one.
func callMethodAttr(th *Thread, self, attr Value, args []Value, kwnames []string) (Value, error) {
	if attr.Type() == FunctionType {
		// What binding it and calling the method would do, without the
		// bound method.
		return th.callWithSelf(as[Function](attr), self, args, kwnames)
	}
	if get := attr.Type().DescrGet; get != nil {
		bound, err := get(th, attr, self, self.Type())
		if err != nil {
			return Value{}, err
		}
		return Call(th, bound, args, kwnames)
	}
	return Call(th, attr, args, kwnames)
}

// CallSpecialMethod calls the dunder name of v's type on v, as CPython's
// special method lookup does (the instance dict is not consulted). ok is
// false if the type has no such attribute.
func CallSpecialMethod(th *Thread, v Value, name string, args ...Value) (r Value, ok bool, err error) {
	attr := v.Type().Lookup(name)
	if attr.p == nil {
		return Value{}, false, nil
	}
	r, err = callMethodAttr(th, v, attr, args, nil)
	return r, true, err
}

// fixupSlots sets every slot of the heap type t.
func fixupSlots(t *Type) {
	bb := builtinBase(t)
	t.New, t.Init, t.Call, t.Repr, t.Str, t.Hash, t.Compare, t.Bool, t.Len = nil, nil, nil, nil, nil, nil, nil, nil, nil
	t.GetAttr, t.SetAttr, t.DescrGet, t.DescrSet = nil, nil, nil, nil
	t.GetItem, t.SetItem, t.Contains, t.Iter, t.Next = nil, nil, nil, nil, nil
	t.BinOp, t.InplaceOp, t.Unary, t.Index, t.Finalize = nil, nil, nil, nil, nil
	t.inheritSlots(bb)

	if pyDefines(t, "__new__") {
		t.New = slotNew
	}
	if pyDefines(t, "__init__") {
		t.Init = slotInit
	}
	if pyDefines(t, "__call__") {
		t.Call = slotCall
	}
	if pyDefines(t, "__repr__") {
		t.Repr = slotRepr
	}
	if pyDefines(t, "__str__") {
		t.Str = slotStr
	}
	t.Flags = t.Flags&^FlagUnhashable | bb.Flags&FlagUnhashable
	if h, ok := pyMethod(t, "__hash__"); ok {
		if h.IsNone() {
			t.Flags |= FlagUnhashable
		} else {
			t.Flags &^= FlagUnhashable
			t.Hash = slotHash
		}
	}
	if pyDefines(t, "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__") {
		t.Compare = slotCompare
	}
	if pyDefines(t, "__bool__") {
		t.Bool = slotBool
	}
	if pyDefines(t, "__len__") {
		t.Len = slotLen
	}
	if pyDefines(t, "__getattribute__", "__getattr__") {
		t.GetAttr = slotGetAttr
	}
	if pyDefines(t, "__setattr__", "__delattr__") {
		t.SetAttr = slotSetAttr
	}
	if pyDefines(t, "__get__") {
		t.DescrGet = slotDescrGet
	}
	if pyDefines(t, "__set__", "__delete__") {
		t.DescrSet = slotDescrSet
	}
	if pyDefines(t, "__getitem__") {
		t.GetItem = slotGetItem
	}
	if pyDefines(t, "__setitem__", "__delitem__") {
		t.SetItem = slotSetItem
	}
	if pyDefines(t, "__contains__") {
		t.Contains = slotContains
	}
	if pyDefines(t, "__iter__") {
		t.Iter = slotIter
	}
	if pyDefines(t, "__next__") {
		t.Next = slotNext
	}
	for op := BinaryOp(0); op < NumBinaryOps; op++ {
		if pyDefines(t, op.Dunder(), op.ReflectedDunder()) {
			t.BinOp = slotBinOp(t)
		}
		if pyDefines(t, op.InplaceDunder()) {
			t.InplaceOp = slotInplace
		}
	}
	if pyDefines(t, "__neg__", "__pos__", "__invert__", "__abs__") {
		t.Unary = slotUnary
	}
	if pyDefines(t, "__index__") {
		t.Index = slotIndex
	}
	if pyDefines(t, "__del__") {
		t.Finalize = slotFinalize
	}
}

// slotLookupOwner is lookupOwner through the lookup cache of a class made
// by a class statement (the types whose slots are these wrappers).
func slotLookupOwner(t *Type, name string) (Value, *Type) {
	if t.Flags&FlagHeapType != 0 {
		return t.cachedLookupOwner(name)
	}
	return lookupOwner(t, name)
}

// callPy calls the Python-defined dunder name of self's type. A Python
// function is called without binding it, and args do not escape then:
// the comparisons of a sort and the hashes of dict keys allocate nothing
// here.
func callPy(th *Thread, self Value, name string, args ...Value) (Value, error) {
	attr, _ := slotLookupOwner(self.Type(), name)
	if attr.p == nil {
		return Value{}, attributeError(self, name)
	}
	return callPyAttr(th, self, attr, args...)
}

// callPyAttr is callPy with the dunder already looked up (not nil): a
// slot that asked pyMethod whether a Python class defines it calls what
// it found instead of looking it up again.
func callPyAttr(th *Thread, self, attr Value, args ...Value) (Value, error) {
	if attr.Type() == FunctionType {
		return th.callWithSelf(as[Function](attr), self, args, nil)
	}
	return callMethodAttr(th, self, attr, append([]Value(nil), args...), nil)
}

func slotNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	f, err := typeGetAttr(th, ValueOf(t), newStr("__new__"))
	if err != nil {
		return Value{}, err
	}
	return Call(th, f, append([]Value{ValueOf(t)}, args...), kwnames)
}

func slotInit(th *Thread, self Value, args []Value, kwnames []string) error {
	attr := self.Type().Lookup("__init__")
	r, err := callMethodAttr(th, self, attr, args, kwnames)
	if err != nil {
		return err
	}
	if !r.IsNone() {
		return Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
	}
	return nil
}

func slotCall(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
	attr := callee.Type().Lookup("__call__")
	return callMethodAttr(th, callee, attr, args, kwnames)
}

func slotRepr(th *Thread, v Value) (Value, error) { return callPy(th, v, "__repr__") }

func slotStr(th *Thread, v Value) (Value, error) { return callPy(th, v, "__str__") }

func slotHash(th *Thread, v Value) (int64, error) {
	r, err := callPy(th, v, "__hash__")
	if err != nil {
		return 0, err
	}
	if r.IsSmallInt() {
		if h := r.SmallInt(); h != -1 {
			return h, nil
		}
		return -2, nil
	}
	if r.Type().Layout != LayoutInt {
		return 0, Errorf(TypeError, "__hash__ method should return an integer")
	}
	return Hash(th, MakeInt(BigIntValue(r)))
}

func slotCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if m, ok := pyMethod(a.Type(), op.Dunder()); ok {
		return callPyAttr(th, a, m, b)
	}
	if f := builtinBase(a.Type()).Compare; f != nil {
		return f(th, op, a, b)
	}
	return NotImplemented, nil
}

func slotBool(th *Thread, v Value) (bool, error) {
	t := v.Type()
	if _, ok := pyMethod(t, "__bool__"); !ok {
		if f := builtinBase(t).Bool; f != nil {
			return f(th, v)
		}
		if t.Len != nil {
			n, err := t.Len(th, v)
			return n != 0, err
		}
		return true, nil
	}
	r, err := callPy(th, v, "__bool__")
	if err != nil {
		return false, err
	}
	if !r.IsBool() {
		return false, Errorf(TypeError, "__bool__ should return bool, returned %s", TypeName(r))
	}
	return r.IsTrue(), nil
}

func slotLen(th *Thread, v Value) (int, error) {
	r, err := callPy(th, v, "__len__")
	if err != nil {
		return 0, err
	}
	i, err := Index(th, r)
	if err != nil {
		return 0, err
	}
	if !i.IsSmallInt() {
		if BigIntValue(i).Sign() < 0 {
			return 0, Errorf(ValueError, "__len__() should return >= 0")
		}
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if i.SmallInt() < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	return int(i.SmallInt()), nil
}

func slotGetAttr(th *Thread, v Value, name *Str) (Value, error) {
	t := v.Type()
	var r Value
	var err error
	if _, ok := pyMethod(t, "__getattribute__"); ok {
		r, err = callPy(th, v, "__getattribute__", ValueOf(name))
	} else if f := builtinBase(t).GetAttr; f != nil {
		r, err = f(th, v, name)
	} else {
		r, err = GenericGetAttr(th, v, name)
	}
	if err != nil && IsInstanceOf(err, AttributeError) {
		if m, ok := pyMethod(t, "__getattr__"); ok {
			return callPyAttr(th, v, m, ValueOf(name))
		}
	}
	return r, err
}

func slotSetAttr(th *Thread, v Value, name *Str, val Value) error {
	t := v.Type()
	dunder := "__setattr__"
	args := []Value{ValueOf(name), val}
	if val.p == nil {
		dunder, args = "__delattr__", args[:1]
	}
	if m, ok := pyMethod(t, dunder); ok {
		_, err := callPyAttr(th, v, m, args...)
		return err
	}
	if f := builtinBase(t).SetAttr; f != nil {
		return f(th, v, name, val)
	}
	return GenericSetAttr(th, v, name, val)
}

func slotDescrGet(th *Thread, descr, obj Value, owner *Type) (Value, error) {
	o, ow := obj, Value(None)
	if o.p == nil {
		o = None
	}
	if owner != nil {
		ow = ValueOf(owner)
	}
	return callPy(th, descr, "__get__", o, ow)
}

func slotDescrSet(th *Thread, descr, obj, val Value) error {
	var err error
	if val.p == nil {
		_, err = callPy(th, descr, "__delete__", obj)
	} else {
		_, err = callPy(th, descr, "__set__", obj, val)
	}
	return err
}

func slotGetItem(th *Thread, v, key Value) (Value, error) {
	return callPy(th, v, "__getitem__", key)
}

func slotSetItem(th *Thread, v, key, val Value) error {
	t := v.Type()
	dunder := "__setitem__"
	if val.p == nil {
		dunder = "__delitem__"
	}
	if _, ok := pyMethod(t, dunder); ok {
		var err error
		if val.p == nil {
			_, err = callPy(th, v, dunder, key)
		} else {
			_, err = callPy(th, v, dunder, key, val)
		}
		return err
	}
	if f := builtinBase(t).SetItem; f != nil {
		return f(th, v, key, val)
	}
	// The class defines only one of __setitem__ and __delitem__: CPython's
	// slot_mp_ass_subscript looks the other up and fails with a bare
	// AttributeError naming it.
	return Errorf(AttributeError, "%s", dunder)
}

func slotContains(th *Thread, v, item Value) (bool, error) {
	r, err := callPy(th, v, "__contains__", item)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

func slotIter(th *Thread, v Value) (Value, error) {
	if attr := v.Type().Lookup("__iter__"); attr.IsNone() {
		return Value{}, Errorf(TypeError, "'%s' object is not iterable", TypeName(v))
	}
	r, err := callPy(th, v, "__iter__")
	if err != nil {
		return Value{}, err
	}
	if r.Type().Next == nil {
		return Value{}, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeName(r))
	}
	return r, nil
}

func slotNext(th *Thread, v Value) (Value, bool, error) {
	r, err := callPy(th, v, "__next__")
	if err != nil {
		if IsInstanceOf(err, StopIteration) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return r, true, nil
}

// slotBinOp returns the binary operator slot of the Python class t, as
// CPython's SLOT1BINFULL. Binary calls it as the left operand's slot, and
// again as the right operand's when the types differ; it tells the two
// roles apart by comparing the operands' types with t.
func slotBinOp(t *Type) func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	return func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
		ta, tb := a.Type(), b.Type()
		if ta == t {
			r, err := binarySide(th, op, a, b, false)
			if err != nil || !Is(r, NotImplemented) || tb == ta {
				return r, err
			}
			// A subclass on the right that does not override the
			// reflected method deferred to us (see below): call it now,
			// after the left operand's method, as CPython does.
			if tb.IsSubtype(ta) && isHeapType(tb) && !reflectedOverloaded(ta, tb, op) {
				return binarySide(th, op, a, b, true)
			}
			return r, nil
		}
		// Binary calls the right operand's slot first when its type is a
		// proper subclass of the left's; CPython then tries the reflected
		// method first only if the subclass overrides it.
		if tb.IsSubtype(ta) && ta.BinOp != nil && !reflectedOverloaded(ta, tb, op) {
			return NotImplemented, nil
		}
		return binarySide(th, op, a, b, true)
	}
}

// binarySide computes a op b through one operand: a.__op__(b), or with
// reflected b.__rop__(a); the Go slot of the operand's builtin base serves
// when no Python class defines the method.
func binarySide(th *Thread, op BinaryOp, a, b Value, reflected bool) (Value, error) {
	self, other, name := a, b, op.Dunder()
	if reflected {
		self, other, name = b, a, op.ReflectedDunder()
	}
	if m, ok := pyMethod(self.Type(), name); ok {
		return callPyAttr(th, self, m, other)
	}
	if f := builtinBase(self.Type()).BinOp; f != nil {
		return f(th, op, a, b)
	}
	return NotImplemented, nil
}

// reflectedOverloaded is CPython's method_is_overloaded: whether right's
// class defines the reflected method differently from left's.
func reflectedOverloaded(left, right *Type, op BinaryOp) bool {
	b := right.Lookup(op.ReflectedDunder())
	if b.p == nil {
		return false
	}
	a := left.Lookup(op.ReflectedDunder())
	return a.p == nil || !Is(a, b)
}

func slotInplace(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if m, ok := pyMethod(a.Type(), op.InplaceDunder()); ok {
		return callPyAttr(th, a, m, b)
	}
	if f := builtinBase(a.Type()).InplaceOp; f != nil {
		return f(th, op, a, b)
	}
	return NotImplemented, nil
}

func slotUnary(th *Thread, op UnaryOp, v Value) (Value, error) {
	if m, ok := pyMethod(v.Type(), op.Dunder()); ok {
		return callPyAttr(th, v, m)
	}
	if f := builtinBase(v.Type()).Unary; f != nil {
		return f(th, op, v)
	}
	return NotImplemented, nil
}

func slotIndex(th *Thread, v Value) (Value, error) {
	r, err := callPy(th, v, "__index__")
	if err != nil {
		return Value{}, err
	}
	if r.p == pInt {
		return r, nil
	}
	if r.Type().Layout != LayoutInt {
		return Value{}, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
	}
	if err := warnIntSubclass(th, "__index__", r); err != nil {
		return Value{}, err
	}
	return intExact(r), nil
}

func slotFinalize(th *Thread, v Value) error {
	_, err := callPy(th, v, "__del__")
	return err
}
