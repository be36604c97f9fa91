package runtime

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unsafe"
	"weak"
)

// This file defines the class machinery: type.__new__ (heap types made by
// class statements and type(name, bases, dict)), metaclass selection, the
// instance layout check, __slots__, __init_subclass__ and __set_name__,
// and object's __new__ and __init__. class_methods.go has the rest of
// object's and type's Python-visible methods and attributes.

// Instance is an instance of a Python class whose instances use object's
// layout and that declares __slots__: the slot values, in the order of
// the type's Slots, follow the header in the same allocation (see
// newSlottedInstance). The type knows their number (__class__ assignment
// keeps it), so an instance with two slots is 48 bytes, as in CPython:
// classes declare __slots__ to make many small objects. Instances
// without slots are plain *Object.
type Instance struct {
	Object
}

// slotValues returns the slot values of o.
func (o *Instance) slotValues() []Value {
	first := (*Value)(unsafe.Add(unsafe.Pointer(o), unsafe.Sizeof(Object{})))
	return unsafe.Slice(first, len(o.typ.Slots))
}

// slottedInstance is the allocation of an Instance whose slot values are
// the array A. Go needs the array's length in the type, so that the
// collector scans the values' pointer words and not their int words.
type slottedInstance[A any] struct {
	Object
	values A
}

func allocSlotted[A any](t *Type) *Object {
	p := new(slottedInstance[A])
	p.typ = t
	return &p.Object
}

// newSlottedInstance allocates an instance of t, which has slots, with
// the slot values unset. Past 8 slots the array is rounded up to a
// multiple of 8 (the few classes with so many slots waste a little), and
// past 64 its type is built by reflect once per length.
func newSlottedInstance(t *Type) *Object {
	switch n := len(t.Slots); {
	case n == 1:
		return allocSlotted[[1]Value](t)
	case n == 2:
		return allocSlotted[[2]Value](t)
	case n == 3:
		return allocSlotted[[3]Value](t)
	case n == 4:
		return allocSlotted[[4]Value](t)
	case n <= 6:
		return allocSlotted[[6]Value](t)
	case n <= 8:
		return allocSlotted[[8]Value](t)
	case n <= 16:
		return allocSlotted[[16]Value](t)
	case n <= 32:
		return allocSlotted[[32]Value](t)
	case n <= 64:
		return allocSlotted[[64]Value](t)
	default:
		st, _ := slottedTypes.Load(n)
		if st == nil {
			st, _ = slottedTypes.LoadOrStore(n, reflect.StructOf([]reflect.StructField{
				{Name: "Header", Type: reflect.TypeFor[Object]()},
				{Name: "Values", Type: reflect.ArrayOf(n, reflect.TypeFor[Value]())},
			}))
		}
		o := (*Object)(reflect.New(st.(reflect.Type)).UnsafePointer())
		o.typ = t
		return o
	}
}

// slottedTypes caches the reflect types of instances with more than 64
// slots, by number of slots.
var slottedTypes sync.Map

func init() {
	TypeType.New = typeNew
	TypeType.Init = typeInit
	ObjectType.New = objectNew
	ObjectType.Init = objectInit
	ObjectType.Str = func(th *Thread, v Value) (Value, error) { return ReprValue(th, v) }

	// object's and type's methods are made with their dicts (type_dict.go).
	ObjectType.planAdder(addObjectMethods)
	addReduceMethods()
	TypeType.planAdder(addTypeMethods)
	// Modules share the instance __dict__ attribute of classes.
	ModuleType.AddGetSet("__dict__", instanceDictGet, nil)
	// A module's __annotations__ is made empty on first use, as CPython's
	// module_get_annotations does.
	ModuleType.AddGetSet("__annotations__", func(th *Thread, self Value) (Value, error) {
		d := self.header().dict
		if a, ok := d.GetStr("__annotations__"); ok {
			return a, nil
		}
		a := ValueOf(NewDict())
		d.SetStr("__annotations__", a)
		return a, nil
	}, func(th *Thread, self, v Value) error {
		d := self.header().dict
		if !v.IsValid() {
			if !d.DeleteStr("__annotations__") {
				return Errorf(AttributeError, "__annotations__")
			}
			return nil
		}
		d.SetStr("__annotations__", v)
		return nil
	})
	ModuleType.AddMethod("__dir__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__dir__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		d := self.header().dict
		if f, ok := d.GetStr("__dir__"); ok {
			return Call(th, f, nil, nil)
		}
		return NewList(d.Keys()), nil
	})
}

// lookupOwner is Type.Lookup that also returns the class in t's MRO whose
// dict holds the attribute.
func lookupOwner(t *Type, name string) (Value, *Type) {
	for _, m := range t.MRO {
		if v, ok := m.Dict().GetStr(name); ok {
			return v, m
		}
	}
	return Value{}, nil
}

// isHeapType reports whether t was made by a class statement or type().
func isHeapType(t *Type) bool { return t.Flags&FlagHeapType != 0 }

// builtinBase returns the first builtin type in t's MRO: the type whose Go
// slots serve t for every operation that no Python class in the MRO
// overrides.
func builtinBase(t *Type) *Type {
	for _, m := range t.MRO {
		if !isHeapType(m) {
			return m
		}
	}
	return ObjectType
}

// AsType returns v as a *Type if it is a type object.
func AsType(v Value) (*Type, bool) {
	if v.p == nil || v.IsImmediate() || v.Type().Layout != LayoutType {
		return nil, false
	}
	return as[Type](v), true
}

// subclassesMu guards every type's subclasses list: the builtin types
// are shared by all the interpreters of a process, and any of them may
// subclass one while another asks for its subclasses.
var subclassesMu sync.Mutex

// Subclasses returns the live direct subclasses of t, oldest first: the
// builtin types among them (bool for int), then the classes made since.
// The builtin types' are found here, not listed as each is made, which
// would cost every start-up a weak pointer per builtin type.
func (t *Type) Subclasses() []*Type {
	var out []*Type
	for _, s := range builtinTypes {
		if slices.Contains(s.Bases, t) {
			out = append(out, s)
		}
	}
	subclassesMu.Lock()
	defer subclassesMu.Unlock()
	live := t.subclasses[:0]
	for _, w := range t.subclasses {
		if s := w.Value(); s != nil {
			out = append(out, s)
			live = append(live, w)
		}
	}
	t.subclasses = live
	return out
}

// typeNew is type.__new__(meta, name, bases, ns, **kwargs).
func typeNew(th *Thread, meta *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 3 {
		if meta == TypeType {
			return Value{}, Errorf(TypeError, "type() takes 1 or 3 arguments")
		}
		return Value{}, Errorf(TypeError, "type.__new__() takes exactly 3 arguments (%d given)", npos)
	}
	nameV, basesV, nsV := args[0], args[1], args[2]
	if nameV.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", TypeName(nameV))
	}
	if basesV.Type().Layout != LayoutTuple {
		return Value{}, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", TypeName(basesV))
	}
	if nsV.Type().Layout != LayoutDict {
		return Value{}, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", TypeName(nsV))
	}
	name := StrValue(nameV)
	ns := as[Dict](nsV)

	winner, err := calculateMetaclass(meta, TupleItems(basesV))
	if err != nil {
		return Value{}, err
	}
	if winner != meta {
		// A more derived metaclass with its own __new__ takes over.
		if _, owner := lookupOwner(winner, "__new__"); owner != nil && owner != TypeType {
			return winner.New(th, winner, args, kwnames)
		}
		meta = winner
	}

	var bases []*Type
	for _, b := range TupleItems(basesV) {
		bt, _ := AsType(b)
		bases = append(bases, bt)
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for i, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return Value{}, Errorf(TypeError, "type '%s' is not an acceptable base type", b.Name)
		}
		for _, b2 := range bases[:i] {
			if b2 == b {
				return Value{}, Errorf(TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	best, err := bestBase(bases)
	if err != nil {
		return Value{}, err
	}

	dict := ns.Copy()
	dict.typ = DictType
	t := &Type{
		Object: Object{typ: meta, dict: dict},
		Name:   name, Qualname: name,
		Base: best, Bases: bases,
		Layout: best.Layout,
		Flags:  FlagHeapType | FlagBaseType | best.Flags&FlagHasDict,
	}
	mro, msg := C3(t, bases)
	if msg != "" {
		return Value{}, Errorf(TypeError, "%s", msg)
	}
	t.MRO = mro
	if err := customMRO(th, t, meta); err != nil {
		return Value{}, err
	}

	if err := classNamespaceSpecials(th, t, dict); err != nil {
		return Value{}, err
	}
	if err := classSlots(t, best, dict); err != nil {
		return Value{}, err
	}
	if t.Flags&FlagHasDict != 0 && t.Lookup("__dict__").p == nil {
		dict.SetStr("__dict__", ValueOf(&GetSetDescriptor{Object: Object{typ: GetSetDescriptorType}, Name: "__dict__", Owner: t, Get: instanceDictGet, Set: instanceDictSet}))
	}
	if weakrefable(t) && !weakrefable(best) {
		dict.SetStr("__weakref__", ValueOf(&GetSetDescriptor{Object: Object{typ: GetSetDescriptorType}, Name: "__weakref__", Owner: t, Get: instanceWeakrefGet}))
	}
	// Last, as CPython's type_new: the namespace, the slots' members and
	// the __dict__ and __weakref__ descriptors come before it.
	if _, ok := dict.GetStr("__doc__"); !ok {
		dict.SetStr("__doc__", None)
	}
	subclassesMu.Lock()
	for _, b := range bases {
		b.subclasses = append(b.subclasses, weak.Make(t))
	}
	subclassesMu.Unlock()
	fixupSlots(t)

	if err := callSetName(th, t); err != nil {
		return Value{}, err
	}
	if err := callInitSubclass(th, t, args[npos:], kwnames); err != nil {
		return Value{}, err
	}
	return ValueOf(t), nil
}

// classNamespaceSpecials applies the namespace entries that type.__new__
// treats specially: __module__, __qualname__, __doc__, and the implicit
// staticmethod / classmethod wrapping of __new__, __init_subclass__ and
// __class_getitem__, and __hash__ = None for a class that defines __eq__
// alone.
func classNamespaceSpecials(th *Thread, t *Type, dict *Dict) error {
	if m, ok := dict.GetStr("__module__"); ok {
		if m.Type().Layout == LayoutStr {
			t.Module = StrValue(m)
		}
	} else if g := CurrentGlobals(th); g != nil {
		if n, ok := g.GetStr("__name__"); ok {
			dict.SetStr("__module__", n)
			if n.Type().Layout == LayoutStr {
				t.Module = StrValue(n)
			}
		}
	}
	if q, ok := dict.GetStr("__qualname__"); ok {
		if q.Type().Layout != LayoutStr {
			return Errorf(TypeError, "type __qualname__ must be a str, not %s", TypeName(q))
		}
		t.Qualname = StrValue(q)
		dict.DeleteStr("__qualname__")
	}
	if cell, ok := dict.GetStr("__classcell__"); ok {
		// The cell behind zero-argument super() and __class__ in methods.
		dict.DeleteStr("__classcell__")
		if err := setClassCell(cell, ValueOf(t)); err != nil {
			return err
		}
	}
	if f, ok := dict.GetStr("__new__"); ok && f.Type() == FunctionType {
		// Only Python functions, as CPython: `__new__ = object.__new__`
		// stays the builtin, which objectNew then sees as not overridden.
		dict.SetStr("__new__", NewStaticMethod(f))
	}
	for _, name := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := dict.GetStr(name); ok && f.Type() != ClassMethodType {
			dict.SetStr(name, NewClassMethod(f))
		}
	}
	if _, ok := dict.GetStr("__eq__"); ok {
		if _, ok := dict.GetStr("__hash__"); !ok {
			dict.SetStr("__hash__", None)
		}
	}
	return nil
}

// calculateMetaclass returns the most derived of meta and the metaclasses
// of bases, as CPython's _PyType_CalculateMetaclass.
func calculateMetaclass(meta *Type, bases []Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		tb := b.Type()
		if winner.IsSubtype(tb) {
			continue
		}
		if tb.IsSubtype(winner) {
			winner = tb
			continue
		}
		return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	for _, b := range bases {
		if _, ok := AsType(b); !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
	}
	return winner, nil
}

// solidBase returns the most derived base of t whose instances have t's
// Go layout: the class whose instance shape t's instances share. Classes
// that add __slots__ change the shape; a builtin changes it when its layout
// differs from its base's.
func solidBase(t *Type) *Type {
	if t.Base == nil {
		return t
	}
	base := solidBase(t.Base)
	if isHeapType(t) {
		if len(t.Slots) > len(t.Base.Slots) && t.Layout == LayoutObject {
			return t
		}
		return base
	}
	if t.Layout != base.Layout {
		return t
	}
	return base
}

// bestBase picks the base whose layout the new class extends, as CPython's
// best_base: the one whose solid base derives from every other's.
func bestBase(bases []*Type) (*Type, error) {
	var base, winner *Type
	for _, b := range bases {
		candidate := solidBase(b)
		switch {
		case winner == nil:
			winner, base = candidate, b
		case winner.IsSubtype(candidate):
		case candidate.IsSubtype(winner):
			winner, base = candidate, b
		default:
			return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// classSlots handles __slots__: it decides whether instances get a
// __dict__, extends the inherited slot layout and adds a member descriptor
// for each new slot.
func classSlots(t, best *Type, dict *Dict) error {
	slotsV, ok := dict.GetStr("__slots__")
	t.Slots = best.Slots
	if !ok {
		t.Flags |= FlagHasDict
		return nil
	}
	var names []Value
	if slotsV.Type().Layout == LayoutStr {
		names = []Value{slotsV}
	} else {
		var err error
		if names, err = ToSlice(nil, slotsV); err != nil {
			return err
		}
	}
	var own []string
	haveDict, haveWeakref := false, false
	for _, n := range names {
		if n.Type().Layout != LayoutStr {
			return Errorf(TypeError, "__slots__ items must be strings, not '%s'", TypeName(n))
		}
		s := StrValue(n)
		if !isIdentifier(s) {
			return Errorf(TypeError, "__slots__ must be identifiers")
		}
		switch s {
		case "__dict__":
			if haveDict || best.Flags&FlagHasDict != 0 {
				return Errorf(TypeError, "__dict__ slot disallowed: we already got one")
			}
			haveDict = true
			continue
		case "__weakref__":
			if haveWeakref {
				return Errorf(TypeError, "__weakref__ slot disallowed: we already got one")
			}
			haveWeakref = true
			continue
		}
		s = mangle(t.Name, s)
		if _, ok := dict.GetStr(s); ok {
			return Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", s)
		}
		own = append(own, s)
	}
	if haveDict {
		t.Flags |= FlagHasDict
	}
	if len(own) == 0 {
		return nil
	}
	switch best.Layout {
	case LayoutObject:
	case LayoutInt, LayoutBytes, LayoutTuple:
		return Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", best.Name)
	default:
		// Builtin structs have no room for slots: keep the values in the
		// instance dict under the slot names.
		t.Flags |= FlagHasDict
	}
	sort.Strings(own)
	t.Slots = append(append([]string(nil), best.Slots...), own...)
	for i, s := range own {
		dict.SetStr(s, ValueOf(&MemberDescriptor{Object: Object{typ: MemberDescriptorType}, Name: s, Owner: t, Index: len(best.Slots) + i}))
	}
	return nil
}

// isIdentifier reports whether s is a Python identifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))) {
			continue
		}
		return false
	}
	return true
}

// mangle applies private name mangling: __x inside class _C becomes _C__x.
func mangle(class, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	stripped := strings.TrimLeft(class, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}

// callSetName calls __set_name__(owner, name) on every namespace value
// whose type defines it.
func callSetName(th *Thread, t *Type) error {
	keys, values := t.Dict().Items()
	for i, v := range values {
		f := v.Type().Lookup("__set_name__")
		if f.p == nil {
			continue
		}
		if _, err := callMethodAttr(th, v, f, []Value{ValueOf(t), keys[i]}, nil); err != nil {
			if e, ok := err.(*Exception); ok {
				note := NewStr(fmt.Sprintf("Error calling __set_name__ on '%s' instance %s in '%s'", TypeName(v), reprOrEmpty(th, keys[i]), t.Name))
				if _, nerr := CallMethod(th, ValueOf(e), "add_note", note); nerr != nil {
					return nerr
				}
			}
			return err
		}
	}
	return nil
}

// reprOrEmpty returns repr(v), or "" if it fails.
func reprOrEmpty(th *Thread, v Value) string {
	r, _ := Repr(th, v)
	return r
}

// callInitSubclass calls super(t, t).__init_subclass__(**kwargs).
func callInitSubclass(th *Thread, t *Type, kwargs []Value, kwnames []string) error {
	f, err := superLookup(th, t, ValueOf(t), t, "__init_subclass__")
	if err != nil {
		return err
	}
	_, err = Call(th, f, kwargs, kwnames)
	return err
}

// typeInit is type.__init__: it only checks the argument count.
func typeInit(th *Thread, self Value, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos == 1 && len(kwnames) > 0 {
		return Errorf(TypeError, "type.__init__() takes no keyword arguments")
	}
	if npos != 1 && npos != 3 {
		return Errorf(TypeError, "type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

// overrides reports whether t's name attribute is another object than
// object's own: as CPython compares the slots, `__new__ = object.__new__`
// in a class body does not override it. t.Lookup is cached for classes,
// so that C(x) does not walk the MRO twice on each call (objectNew).
func overrides(t *Type, name string) bool {
	own, _ := ObjectType.Dict().GetStr(name)
	return !Is(t.Lookup(name), own)
}

// objectNew is object.__new__: it rejects arguments unless the class
// overrides __init__ (and not __new__), with CPython's messages.
func objectNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if len(args) > 0 {
		if overrides(t, "__new__") {
			return Value{}, Errorf(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if !overrides(t, "__init__") {
			return Value{}, Errorf(TypeError, "%s() takes no arguments", t.Name)
		}
	}
	return objectAlloc(th, t)
}

// objectAlloc is object.__new__(t) once the arguments are accepted: the
// new instance, with its dict if t's instances have one.
func objectAlloc(th *Thread, t *Type) (Value, error) {
	if t.Flags&FlagAbstract != 0 {
		return Value{}, abstractInstantiationError(th, t)
	}
	var o *Object
	switch {
	case len(t.Slots) > 0:
		o = newSlottedInstance(t)
		if t.Flags&FlagHasDict != 0 {
			o.dict = NewDict()
		}
	case t.Flags&FlagHasDict != 0 && t.Finalize == nil:
		o = newInstanceWithDict(t)
	case t.Flags&FlagHasDict != 0:
		// Watched for __del__ below: a dict in the object's block would
		// make the object reach itself (instance_alloc.go).
		o = &Object{typ: t, dict: NewDict()}
	default:
		o = &Object{typ: t}
	}
	if t.Finalize != nil {
		th.Interp.watchDel(o)
	}
	th.profileNewInstance(t)
	return ValueOf(o), nil
}

// abstractInstantiationError is CPython 3.12's error for instantiating a
// class with abstract methods.
func abstractInstantiationError(th *Thread, t *Type) error {
	am, _ := t.Dict().GetStr("__abstractmethods__")
	var names []string
	if am.p != nil {
		items, _ := ToSlice(th, am)
		for _, n := range items {
			if n.Type().Layout == LayoutStr {
				names = append(names, StrValue(n))
			}
		}
	}
	sort.Strings(names)
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	return Errorf(TypeError, "Can't instantiate abstract class %s without an implementation for abstract method%s %s", t.Name, plural(len(names)), strings.Join(quoted, ", "))
}

// objectInit is object.__init__.
func objectInit(th *Thread, self Value, args []Value, kwnames []string) error {
	if len(args) > 0 {
		t := self.Type()
		if !isHeapType(t) && t != ObjectType {
			// str(x), int(x), tuple(xs): a builtin type whose Init is this
			// one defines __new__ and no __init__, so the checks below
			// pass; one lookup instead of walking the MRO three times.
			if _, own := t.Dict().GetStr("__new__"); own {
				return nil
			}
		}
		if overrides(t, "__init__") {
			return Errorf(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if !overrides(t, "__new__") {
			return Errorf(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)
		}
	}
	return nil
}

// instanceDictGet is the __dict__ attribute of instances that have one.
// instanceWeakrefGet is the __weakref__ of an instance: its first weak
// reference, or None.
func instanceWeakrefGet(th *Thread, self Value) (Value, error) {
	if refs := weakrefsOf(th, self); len(refs) > 0 {
		return ValueOf(refs[0]), nil
	}
	return None, nil
}

func instanceDictGet(th *Thread, self Value) (Value, error) {
	o := self.header()
	if self.IsImmediate() || (o.dict == nil && self.Type().Flags&FlagHasDict == 0) {
		return Value{}, Errorf(AttributeError, "'%s' object has no attribute '__dict__'", TypeName(self))
	}
	if o.instDict() == nil {
		o.dict = NewDict()
	}
	return ValueOf(o.dict), nil
}

// instanceDictSet replaces an instance's __dict__.
func instanceDictSet(th *Thread, self, v Value) error {
	splitDrop(self.header())
	if v.p == nil {
		// As CPython 3.12: the instance starts again with no attributes.
		self.header().dict = NewDict()
		return nil
	}
	if v.Type().Layout != LayoutDict {
		return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
	}
	self.header().dict = as[Dict](v)
	return nil
}

// customMRO replaces t's C3 order by what its metaclass's own mro()
// returns, as CPython's mro_internal does when type(t) is not type.
func customMRO(th *Thread, t *Type, meta *Type) error {
	if meta == TypeType {
		return nil
	}
	m := meta.Lookup("mro")
	if m.p == nil || m.p == TypeType.Lookup("mro").p {
		return nil
	}
	res, err := CallMethod(th, ValueOf(t), "mro")
	if err != nil {
		return err
	}
	items, err := ToSlice(th, res)
	if err != nil {
		return err
	}
	mro := make([]*Type, 0, len(items))
	for _, it := range items {
		bt, ok := AsType(it)
		if !ok {
			return Errorf(TypeError, "mro() returned a non-class ('%s')", TypeName(it))
		}
		mro = append(mro, bt)
	}
	t.MRO = mro
	return nil
}
