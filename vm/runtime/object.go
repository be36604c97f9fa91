package runtime

import (
	"strings"
	"sync/atomic"
	"weak"
)

// Object is the header of every heap object. It must be the first field of
// the Go struct that holds the object, so that a Value's p word points both
// at the header and at the whole object.
type Object struct {
	typ  *Type
	dict *Dict // instance attributes; nil if the object has none (yet)
}

// Type returns the object's type.
func (o *Object) Type() *Type { return o.typ }

// Dict returns the object's attribute dictionary, or nil. A split
// instance gets its dict made (instance_split.go).
func (o *Object) Dict() *Dict { return o.instDict() }

// SetDict replaces the object's attribute dictionary.
func (o *Object) SetDict(d *Dict) { o.dict = d }

// as returns v's object as a *T. The caller has checked v's layout.
func as[T any](v Value) *T { return (*T)(v.p) }

// Layout says which Go struct holds instances of a type. A subclass written
// in Python keeps its base's layout, so Go code tests the layout, not the
// type, before it converts a Value to a Go struct.
type Layout uint8

// Layouts of heap objects. LayoutNone is for the immediates.
const (
	LayoutNone Layout = iota
	LayoutObject
	LayoutInt // heap ints: big ints and int-subclass instances (*BigInt)
	LayoutFloat
	LayoutComplex
	LayoutStr
	LayoutBytes
	LayoutByteArray
	LayoutTuple
	LayoutList
	LayoutDict
	LayoutSet
	LayoutType
	LayoutFunction
	LayoutException
	LayoutModule
	LayoutOther // a builtin type with its own Go struct and no subclasses
)

// TypeFlags are properties of a type.
type TypeFlags uint32

// Type flags.
const (
	FlagBaseType  TypeFlags = 1 << iota // may be subclassed
	FlagHeapType                        // created by a class statement or type()
	FlagHasDict                         // instances get a __dict__
	FlagImmutable                       // setting attributes on the type is an error
	FlagAbstract
	FlagUnhashable // __hash__ is None: hash() raises TypeError
	// FlagQualifiedName marks a Go type whose CPython counterpart's tp_name
	// includes its module ('types.UnionType'), as error messages show it.
	FlagQualifiedName
	// FlagOrderedDict marks collections.OrderedDict, a class collections.py
	// makes in each interpreter: iterating one (or a subclass) reports
	// "OrderedDict mutated during iteration".
	FlagOrderedDict
	// flagDeferredSetup marks a builtin type whose set-up runs at its
	// module's first import (DeferTypeSetup, type_deferred.go).
	flagDeferredSetup
)

// NativeFunc is a function implemented in Go, called with CPython's
// vectorcall convention: the last len(kwnames) args are the values of the
// keyword arguments named by kwnames.
type NativeFunc func(th *Thread, args []Value, kwnames []string) (Value, error)

// NativeMethod is a method of a builtin type implemented in Go.
type NativeMethod func(th *Thread, self Value, args []Value, kwnames []string) (Value, error)

// Type is a Python type object.
//
// The slot functions implement the protocols for builtin types; a nil slot
// means the type does not support the operation. The protocol functions in
// protocol.go give each slot its meaning; a slot returns NotImplemented
// where CPython's would.
type Type struct {
	Object
	// dict hides Object.dict: read a type's dict through Dict(), which
	// builds a builtin type's at its first use (type_dict.go).
	dict struct{}

	Name     string
	Qualname string
	Module   string // "builtins" for builtin types
	Doc      string
	Base     *Type   // the solid base (__base__)
	Bases    []*Type // __bases__
	MRO      []*Type // __mro__, self first
	Layout   Layout
	Flags    TypeFlags

	// Construction: New creates an instance (__new__), Init initialises it.
	New  func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error)
	Init func(th *Thread, self Value, args []Value, kwnames []string) error

	Call     func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error)
	Repr     func(th *Thread, v Value) (Value, error)
	Str      func(th *Thread, v Value) (Value, error)
	Hash     func(th *Thread, v Value) (int64, error)
	Compare  func(th *Thread, op CompareOp, a, b Value) (Value, error)
	Bool     func(th *Thread, v Value) (bool, error)
	Len      func(th *Thread, v Value) (int, error)
	GetAttr  func(th *Thread, v Value, name *Str) (Value, error)   // __getattribute__ (+ __getattr__)
	SetAttr  func(th *Thread, v Value, name *Str, val Value) error // val zero: delete
	DescrGet func(th *Thread, descr, obj Value, owner *Type) (Value, error)
	DescrSet func(th *Thread, descr, obj Value, val Value) error // val zero: delete

	GetItem  func(th *Thread, v, key Value) (Value, error)
	SetItem  func(th *Thread, v, key, val Value) error // val zero: delete
	Contains func(th *Thread, v, item Value) (bool, error)
	Iter     func(th *Thread, v Value) (Value, error)
	Next     func(th *Thread, v Value) (Value, bool, error) // false, nil: exhausted

	BinOp     func(th *Thread, op BinaryOp, a, b Value) (Value, error)
	InplaceOp func(th *Thread, op BinaryOp, a, b Value) (Value, error)
	Unary     func(th *Thread, op UnaryOp, v Value) (Value, error)
	Index     func(th *Thread, v Value) (Value, error) // __index__: an int

	// Finalize is __del__ (run by the GC machinery at a safe point).
	Finalize func(th *Thread, v Value) error

	// Slots holds the names of __slots__ for heap types that define them.
	Slots []string

	// Extra is for the engine and builtins to hang per-type data on.
	Extra any

	// subclasses lists the direct subclasses (__subclasses__), weakly so
	// that classes made at run time can be collected. class.go keeps it.
	subclasses []weak.Pointer[Type]

	// lookups caches Lookup for heap types (see lookupCache).
	lookups *lookupCache
	// instAttrs is, for heap types, the most attributes an instance dict
	// has held when set by SETATTR: new instance dicts are sized for it.
	instAttrs int32
	// split is the shared attribute names of t's split instances
	// (instance_split.go), nil while t has none.
	split *splitKeys
	// plan is what a builtin type's dict will be built from at its first
	// Dict(); nil once built, and for every other type. builtDict is the
	// dict built from it (type_dict.go).
	plan      atomic.Pointer[typeDictPlan]
	builtDict atomic.Pointer[Dict]
}

// NewBuiltinType makes a type implemented in Go, as a package-level
// variable initialiser: it must not refer to other types' variables except
// through base, so that Go can order the initialisers. Slots and methods are
// added by init functions; finishBuiltinTypes then sets every type's own
// type and inherits the slots that were left nil.
func NewBuiltinType(name string, base *Type, layout Layout, flags TypeFlags) *Type {
	if builtinTypesFinished {
		panic("runtime: NewBuiltinType " + name + " after the first NewInterpreter")
	}
	t := builtinTypeAlloc.newType() // zeroed: only the fields set are written
	t.Name, t.Qualname, t.Module = name, name, "builtins"
	t.Base, t.Layout, t.Flags = base, layout, flags
	t.startPlan()
	// __bases__ and __mro__ in one array: [base, t, base's MRO...].
	var types []*Type
	if base != nil {
		types = builtinTypeAlloc.newTypes(2 + len(base.MRO))
		types[0] = base
		t.Bases = types[0:1:1]
		copy(types[2:], base.MRO)
	} else {
		types = builtinTypeAlloc.newTypes(1)
	}
	t.MRO = types[len(t.Bases):]
	t.MRO[0] = t
	if builtinTypes == nil {
		builtinTypes = make([]*Type, 0, 256) // about 240: no growth
	}
	builtinTypes = append(builtinTypes, t)
	return t
}

// builtinTypes lists the types made by NewBuiltinType, bases first.
var builtinTypes []*Type

// builtinTypeAlloc hands out the Type structs and the __bases__/__mro__
// arrays of NewBuiltinType a block at a time: builtin types live as long
// as the process, and one allocation per type and another per array were
// a fifth of package initialisation's allocations (docs/performance.md,
// "Start-up time"). Package initialisation is its only user.
var builtinTypeAlloc builtinTypeBlocks

// builtinTypeBlocks is what is left of the current blocks.
type builtinTypeBlocks struct {
	types []Type
	words []*Type
}

// The blocks' sizes: with the 8-byte header Go's allocator puts before a
// block of more than 512 bytes that holds pointers, 18 Types (432 bytes
// each) fill its 8-KB size class and 255 type pointers its 2-KB one.
// Larger blocks waste more in the last one than they save.
const (
	builtinTypeBlock = 18
	builtinWordBlock = 255
)

// newType returns a zero Type from the current block.
func (a *builtinTypeBlocks) newType() *Type {
	if len(a.types) == 0 {
		a.types = make([]Type, builtinTypeBlock)
	}
	t := &a.types[0]
	a.types = a.types[1:]
	return t
}

// newTypes returns n nil type pointers from the current block, capped so
// that an append copies them.
func (a *builtinTypeBlocks) newTypes(n int) []*Type {
	if len(a.words) < n {
		a.words = make([]*Type, max(n, builtinWordBlock))
	}
	w := a.words[:n:n]
	a.words = a.words[n:]
	return w
}

// builtinTypesFinished is set by finishBuiltinTypes, which finishes the
// builtin types made until then, once.
var builtinTypesFinished bool

// finishBuiltinTypes completes the builtin types once every init function
// has filled in their slots. NewInterpreter calls it (once). Types whose
// set-up is deferred (type_deferred.go) are finished by their Ensure.
func finishBuiltinTypes() {
	builtinTypesFinished = true
	for _, t := range builtinTypes {
		t.typ = TypeType
		if p := t.plan.Load(); p != nil {
			p.finished = true
		}
		if t.Flags&flagDeferredSetup != 0 {
			continue
		}
		if t.Base != nil && t.Base.Flags&flagDeferredSetup != 0 {
			panic("runtime: builtin type " + t.Name + " derives from " + t.Base.Name + ", whose set-up is deferred")
		}
		finishBuiltinType(t)
	}
}

// finishBuiltinType inherits the slots t left nil and exposes its slots as
// dunders, once its own set-up has run: when its dict is built, if it is
// still planned.
func finishBuiltinType(t *Type) {
	own := ownSlots{hasNew: t.New != nil, init: t.Init, call: t.Call}
	if t.Base != nil {
		t.inheritSlots(t.Base)
	}
	if p := t.plan.Load(); p != nil {
		p.own, p.exposing = own, true
		return
	}
	t.exposeSlots(t.Dict(), own)
}

// exposeSlots adds to d, t's dict (being built, when buildDict calls it),
// the dunders of the slots t defines itself, own:
//
//   - __new__ and __init__, as CPython's type objects have them:
//     object.__new__ and object.__init__ decide whether to accept
//     arguments by looking for them, and Python code may call them;
//   - __hash__ = None for an unhashable type (collections.abc.Hashable
//     looks for it), and __call__ for a type that defines the Call slot
//     itself (callable checks through the ABCs and hasattr(f, '__call__'));
//   - __dict__ if its instances have a dict, as those of classes do
//     (types.SimpleNamespace, for vars()).
func (t *Type) exposeSlots(d *Dict, own ownSlots) {
	if _, ok := d.GetStr("__new__"); !ok && own.hasNew {
		d.SetStr("__new__", newWrapper(t))
	}
	if _, ok := d.GetStr("__init__"); !ok && own.init != nil {
		init := own.init
		d.SetStr("__init__", t.methodDescr("__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			return None, init(th, self, args, kwnames)
		}))
	}
	if t.Flags&FlagUnhashable != 0 {
		if _, ok := d.GetStr("__hash__"); !ok {
			d.SetStr("__hash__", None)
		}
	}
	if _, ok := d.GetStr("__call__"); own.call != nil && !ok {
		call := own.call
		d.SetStr("__call__", t.methodDescr("__call__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			return call(th, self, args, kwnames)
		}))
	}
	if t.Flags&FlagHasDict != 0 && !t.inheritsAttr(d, "__dict__") {
		d.SetStr("__dict__", ValueOf(&GetSetDescriptor{Object: Object{typ: GetSetDescriptorType}, Name: "__dict__", Owner: t,
			Get: instanceDictGet, Set: instanceDictSet}))
	}
}

// inheritsAttr reports whether d, t's own dict, or a base's has name.
func (t *Type) inheritsAttr(d *Dict, name string) bool {
	if _, ok := d.GetStr(name); ok {
		return true
	}
	for _, m := range t.MRO[1:] {
		if _, ok := m.Dict().GetStr(name); ok {
			return true
		}
	}
	return false
}

// inheritSlots copies the slots that t does not define from base.
func (t *Type) inheritSlots(base *Type) {
	if t.New == nil {
		t.New = base.New
	}
	if t.Init == nil {
		t.Init = base.Init
	}
	if t.Call == nil {
		t.Call = base.Call
	}
	if t.Repr == nil {
		t.Repr = base.Repr
	}
	if t.Str == nil {
		t.Str = base.Str
	}
	if t.Hash == nil {
		t.Hash = base.Hash
	}
	if t.Compare == nil {
		t.Compare = base.Compare
	}
	if t.Bool == nil {
		t.Bool = base.Bool
	}
	if t.Len == nil {
		t.Len = base.Len
	}
	if t.GetAttr == nil {
		t.GetAttr = base.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = base.SetAttr
	}
	if t.DescrGet == nil {
		t.DescrGet = base.DescrGet
	}
	if t.DescrSet == nil {
		t.DescrSet = base.DescrSet
	}
	if t.GetItem == nil {
		t.GetItem = base.GetItem
	}
	if t.SetItem == nil {
		t.SetItem = base.SetItem
	}
	if t.Contains == nil {
		t.Contains = base.Contains
	}
	if t.Iter == nil {
		t.Iter = base.Iter
	}
	if t.Next == nil {
		t.Next = base.Next
	}
	if t.BinOp == nil {
		t.BinOp = base.BinOp
	}
	if t.InplaceOp == nil {
		t.InplaceOp = base.InplaceOp
	}
	if t.Unary == nil {
		t.Unary = base.Unary
	}
	if t.Index == nil {
		t.Index = base.Index
	}
	if t.Finalize == nil {
		t.Finalize = base.Finalize
	}
}

// InheritSlots copies the slots t does not define from base. Builtin types
// call it after filling in their own slots during package initialisation.
func (t *Type) InheritSlots(base *Type) { t.inheritSlots(base) }

// IsSubtype reports whether t is sup or a subclass of it.
func (t *Type) IsSubtype(sup *Type) bool {
	if t == sup {
		return true
	}
	for _, m := range t.MRO {
		if m == sup {
			return true
		}
	}
	return false
}

// Lookup finds name in the type's MRO, as CPython's _PyType_Lookup: the
// class attribute, not bound, or the zero Value.
func (t *Type) Lookup(name string) Value {
	if t.Flags&FlagHeapType != 0 {
		return t.cachedLookup(name)
	}
	for _, m := range t.MRO {
		if v, ok := m.Dict().GetStr(name); ok {
			return v
		}
	}
	return Value{}
}

// The Add methods and SetAttrStr below put an attribute in a builtin
// type's dict, or, during package initialisation, in the plan its dict
// will be built from at its first use (type_dict.go).

// SetAttrStr sets a class attribute from Go (during initialisation).
func (t *Type) SetAttrStr(name string, v Value) {
	if !t.planAttr(plannedAttr{name: name, fn: v}) {
		t.Dict().SetStr(name, v)
	}
}

// AddMethod adds a method implemented in Go to a builtin type: a
// method_descriptor, or a wrapper_descriptor for a slot dunder
// (descr_wrappers.go).
func (t *Type) AddMethod(name string, fn NativeMethod) {
	if !t.planAttr(plannedAttr{name: name, fn: fn}) {
		t.Dict().SetStr(name, t.methodDescr(name, fn))
	}
}

// methodDescr is the descriptor of t's Go method name.
func (t *Type) methodDescr(name string, fn NativeMethod) Value {
	return ValueOf(&BuiltinMethod{Object: Object{typ: methodDescrType(t, name)}, Name: name, Owner: t, Fn: fn})
}

// AddClassMethod adds a classmethod implemented in Go: fn receives the
// class the method was looked up on as self.
func (t *Type) AddClassMethod(name string, fn NativeMethod) {
	if !t.planAttr(plannedAttr{name: name, fn: classMethodFn(fn)}) {
		t.Dict().SetStr(name, ValueOf(&BuiltinMethod{Object: Object{typ: ClassMethodDescriptorType}, Name: name, Owner: t, Fn: fn}))
	}
}

// AddStaticMethod adds a staticmethod implemented in Go. As CPython's
// METH_STATIC methods, the function is bound to the type, which it
// ignores (str.maketrans is <built-in method maketrans of type object>),
// inside a staticmethod object.
func (t *Type) AddStaticMethod(name string, fn NativeFunc) {
	if !t.planAttr(plannedAttr{name: name, fn: fn}) {
		t.Dict().SetStr(name, NewStaticMethod(typeBoundFunction(t, name, fn)))
	}
}

// AddGetSet adds a computed attribute implemented in Go. set may be nil for
// a read-only attribute.
func (t *Type) AddGetSet(name string, get func(th *Thread, self Value) (Value, error), set func(th *Thread, self, v Value) error) {
	if !t.planAttr(plannedAttr{name: name, fn: getSetGetter(get), set: set}) {
		t.Dict().SetStr(name, ValueOf(&GetSetDescriptor{Object: Object{typ: GetSetDescriptorType}, Name: name, Owner: t, Get: get, Set: set}))
	}
}

// FullName is the type's name qualified by its module, as object reprs
// write it: "Thing" for builtins, "__main__.Thing" otherwise.
func (t *Type) FullName() string {
	if t.Module == "" || t.Module == "builtins" {
		return t.Qualname
	}
	return t.Module + "." + t.Qualname
}

// TypeName returns the name of v's type as CPython's error messages write
// it ('int', 'Foo', 'types.SimpleNamespace').
func TypeName(v Value) string { return v.Type().TPName() }

// TPName is CPython's tp_name: the type's name, qualified by its module
// for the types flagged so ('types.UnionType', 'os.stat_result').
func (t *Type) TPName() string {
	if t.Flags&FlagQualifiedName == 0 || t.Module == "" || t.Module == "builtins" {
		return t.Name
	}
	return t.Module + "." + t.Name
}

// staticTypeName is CPython's tp_name of a type defined in Go: a static
// type's __module__ is the dotted prefix of its tp_name, so the name is
// qualified by any module but builtins ('collections.deque', 'int').
func (t *Type) staticTypeName() string {
	if t.Module == "" || t.Module == "builtins" {
		return t.Name
	}
	return t.Module + "." + t.Name
}

// C3 computes the method resolution order of a class with the given bases.
// It returns an error message (CPython's) if no consistent order exists.
func C3(t *Type, bases []*Type) ([]*Type, string) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	mro := []*Type{t}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return mro, ""
		}
		var cand *Type
		for _, s := range seqs {
			head := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[1:] {
					if x == head {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = head
				break
			}
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, "Cannot create a consistent method resolution\norder (MRO) for bases " + strings.Join(names, ", ")
		}
		mro = append(mro, cand)
		for i, s := range seqs {
			if s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}
