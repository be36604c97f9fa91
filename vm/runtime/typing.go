package runtime

import (
	"strings"

	"github.com/kilnpy/kiln/vm/compile"
)

// This file defines the objects of PEP 695 (type parameter syntax) and the
// typing module that exposes them: TypeVar, TypeVarTuple, ParamSpec,
// TypeAliasType and a minimal Generic, after CPython 3.12's
// Objects/typevarobject.c. The compiler makes them through intrinsics
// (compile.Intrinsic), which this file implements.
//
// Bounds, constraints and alias values written with the new syntax are
// evaluated lazily: the object keeps the compiled function and calls it
// the first time the attribute is read, so that a bound may name a class
// defined later in the module.

// The typing types.
var (
	TypeVarType         = NewBuiltinType("TypeVar", ObjectType, LayoutOther, FlagQualifiedName)
	TypeVarTupleType    = NewBuiltinType("TypeVarTuple", ObjectType, LayoutOther, FlagQualifiedName)
	ParamSpecType       = NewBuiltinType("ParamSpec", ObjectType, LayoutOther, FlagQualifiedName)
	ParamSpecArgsType   = NewBuiltinType("ParamSpecArgs", ObjectType, LayoutOther, FlagQualifiedName)
	ParamSpecKwargsType = NewBuiltinType("ParamSpecKwargs", ObjectType, LayoutOther, FlagQualifiedName)
	TypeAliasTypeType   = NewBuiltinType("TypeAliasType", ObjectType, LayoutOther, FlagQualifiedName)
	unpackType          = NewBuiltinType("_UnpackGenericAlias", ObjectType, LayoutOther, 0)
	// GenericType is typing.Generic, the implicit base of generic classes.
	GenericType = NewBuiltinType("Generic", ObjectType, LayoutObject, FlagBaseType)
)

// typeVar is a TypeVar. A bound or constraints given lazily are kept as
// the function evaluating them until first read.
type typeVar struct {
	Object
	name                       string
	bound, evaluateBound       Value // bound zero until known; None if none
	constraints, evaluateConst Value // constraints zero until known; () if none
	covariant, contravariant   bool
	inferVariance              bool
	module                     Value // __module__
}

// typeParamVar is a TypeVarTuple or a ParamSpec: a name and nothing else
// that Kiln uses.
type typeParamVar struct {
	Object
	name   string
	module Value // __module__
}

// paramSpecAttr is P.args or P.kwargs.
type paramSpecAttr struct {
	Object
	origin Value
}

// unpacked is typing.Unpack[Ts], what *Ts evaluates to.
type unpacked struct {
	Object
	of Value
}

// typeAlias is a TypeAliasType: the value of `type Name = value`.
type typeAlias struct {
	Object
	name       string
	typeParams Value // a tuple
	value      Value // zero until evaluated
	evaluate   Value // the function computing value, or zero
	module     Value
}

// typingModule is the __module__ of the type parameters the compiler
// makes, as in CPython (those made by calling TypeVar get the caller's).
var typingModule = NewStr("typing")

func newTypeVar(name string, module Value) *typeVar {
	return &typeVar{Object: Object{typ: TypeVarType}, name: name, bound: None, constraints: NewTuple(nil), module: module}
}

// callerModule is the __name__ of the code running the intrinsic, which
// becomes the new object's __module__.
func callerModule(th *Thread) Value {
	if f := th.CurrentFrame(); f != nil && f.Globals != nil {
		if m, ok := f.Globals.GetStr("__name__"); ok {
			return m
		}
	}
	return None
}

// intrinsics holds the functions that compile.Intrinsic constants stand
// for; constToValue hands them out.
var intrinsics [compile.NumIntrinsics]Value

func intrinsicValue(i compile.Intrinsic) Value {
	if i > 0 && i < compile.NumIntrinsics {
		return intrinsics[i]
	}
	return None
}

func init() {
	def := func(i compile.Intrinsic, fn NativeFunc) {
		intrinsics[i] = NewBuiltinFunction(i.String(), "builtins", fn)
	}
	// The compiler calls these with the arguments it promises in
	// compile/typeparams.go; they do not check them.
	def(compile.IntrinsicTypeVar, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		tv := newTypeVar(StrValue(args[0]), typingModule)
		tv.inferVariance = true
		return ValueOf(tv), nil
	})
	def(compile.IntrinsicTypeVarWithBound, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		tv := newTypeVar(StrValue(args[0]), typingModule)
		tv.inferVariance = true
		tv.bound, tv.evaluateBound = Value{}, args[1]
		return ValueOf(tv), nil
	})
	def(compile.IntrinsicTypeVarWithConstraints, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		tv := newTypeVar(StrValue(args[0]), typingModule)
		tv.inferVariance = true
		tv.constraints, tv.evaluateConst = Value{}, args[1]
		return ValueOf(tv), nil
	})
	def(compile.IntrinsicParamSpec, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return ValueOf(&typeParamVar{Object: Object{typ: ParamSpecType}, name: StrValue(args[0]), module: typingModule}), nil
	})
	def(compile.IntrinsicTypeVarTuple, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return ValueOf(&typeParamVar{Object: Object{typ: TypeVarTupleType}, name: StrValue(args[0]), module: typingModule}), nil
	})
	def(compile.IntrinsicSubscriptGeneric, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		// class C[*Ts] derives from Generic[*Ts], that is Generic[Unpack[Ts]].
		params := append([]Value(nil), TupleItems(args[0])...)
		for i, p := range params {
			if p.Type() == TypeVarTupleType {
				params[i] = ValueOf(&unpacked{Object: Object{typ: unpackType}, of: p})
			}
		}
		return subscriptGeneric(th, params)
	})
	def(compile.IntrinsicTypeAlias, func(th *Thread, args []Value, kwnames []string) (Value, error) {
		params := args[1]
		if params.IsNone() {
			params = NewTuple(nil)
		}
		return ValueOf(&typeAlias{Object: Object{typ: TypeAliasTypeType}, name: StrValue(args[0]),
			typeParams: params, evaluate: args[2], module: callerModule(th)}), nil
	})

	initTypeVar()
	initTypeParamVars()
	initTypeAlias()
	initGeneric()
	initTypingUnion()

	// __type_params__ of functions and classes: () unless the definition
	// had type parameters. A class keeps it in its own dict (not
	// inherited), as CPython's type.__type_params__ does.
	FunctionType.AddGetSet("__type_params__", func(th *Thread, self Value) (Value, error) {
		if d := self.header().dict; d != nil {
			if v, ok := d.GetStr("__type_params__"); ok {
				return v, nil
			}
		}
		return NewTuple(nil), nil
	}, func(th *Thread, self, v Value) error {
		if v.p == nil || v.Type().Layout != LayoutTuple {
			return Errorf(TypeError, "__type_params__ must be set to a tuple")
		}
		o := self.header()
		if o.dict == nil {
			o.dict = NewDict()
		}
		o.dict.SetStr("__type_params__", v)
		return nil
	})
	TypeType.AddGetSet("__type_params__", func(th *Thread, self Value) (Value, error) {
		if v, ok := as[Type](self).Dict().GetStr("__type_params__"); ok {
			return v, nil
		}
		return NewTuple(nil), nil
	}, func(th *Thread, self, v Value) error {
		t := as[Type](self)
		if t.Flags&FlagHeapType == 0 {
			return Errorf(TypeError, "cannot set '__type_params__' attribute of immutable type '%s'", t.Name)
		}
		if v.p == nil {
			t.Dict().DeleteStr("__type_params__")
		} else {
			t.Dict().SetStr("__type_params__", v)
		}
		return nil
	})

	RegisterModule("typing", func(th *Thread, m *Module) error {
		for _, t := range []*Type{TypeVarType, TypeVarTupleType, ParamSpecType, ParamSpecArgsType, ParamSpecKwargsType, TypeAliasTypeType, GenericType} {
			m.Set(t.Name, ValueOf(t))
		}
		m.Set("ClassVar", TypingClassVar)
		return nil
	})
}

// typingMethod adds a method taking exactly n positional arguments.
func typingMethod(t *Type, name string, n int, fn func(th *Thread, self Value, args []Value) (Value, error)) {
	t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(name, args, kwnames, n, n); err != nil {
			return Value{}, err
		}
		return fn(th, self, args)
	})
}

// getter adds a read-only attribute.
func getter(t *Type, name string, get func(th *Thread, self Value) (Value, error)) {
	t.AddGetSet(name, get, nil)
}

func initTypeVar() {
	t := TypeVarType
	t.Module = "typing"
	t.Doc = "Type variable."
	t.New = func(th *Thread, _ *Type, args []Value, kwnames []string) (Value, error) {
		pos := len(args) - len(kwnames)
		if pos < 1 {
			return Value{}, Errorf(TypeError, "TypeVar() missing required argument 'name' (pos 1)")
		}
		if args[0].Type() != StrType {
			return Value{}, Errorf(TypeError, "TypeVar() argument 'name' must be str, not %s", TypeName(args[0]))
		}
		tv := newTypeVar(StrValue(args[0]), callerModule(th))
		if pos > 1 {
			tv.constraints = NewTuple(append([]Value(nil), args[1:pos]...))
		}
		for i, k := range kwnames {
			v := args[pos+i]
			switch k {
			case "bound":
				tv.bound = v
			case "covariant", "contravariant", "infer_variance":
				b, err := Truth(th, v)
				if err != nil {
					return Value{}, err
				}
				switch k {
				case "covariant":
					tv.covariant = b
				case "contravariant":
					tv.contravariant = b
				default:
					tv.inferVariance = b
				}
			default:
				return Value{}, Errorf(TypeError, "TypeVar() got an unexpected keyword argument '%s'", k)
			}
		}
		switch {
		case tv.covariant && tv.contravariant:
			return Value{}, Errorf(ValueError, "Bivariant type variables are not supported.")
		case tv.inferVariance && (tv.covariant || tv.contravariant):
			return Value{}, Errorf(ValueError, "Variance cannot be specified with infer_variance.")
		case !tv.bound.IsNone() && len(TupleItems(tv.constraints)) > 0:
			return Value{}, Errorf(TypeError, "Constraints cannot be combined with bound=...")
		case len(TupleItems(tv.constraints)) == 1:
			return Value{}, Errorf(TypeError, "A single constraint is not allowed")
		}
		return ValueOf(tv), nil
	}
	t.Repr = func(th *Thread, v Value) (Value, error) {
		tv := as[typeVar](v)
		prefix := "~"
		switch {
		case tv.inferVariance:
			prefix = ""
		case tv.covariant:
			prefix = "+"
		case tv.contravariant:
			prefix = "-"
		}
		return NewStr(prefix + tv.name), nil
	}
	getter(t, "__name__", func(th *Thread, self Value) (Value, error) { return NewStr(as[typeVar](self).name), nil })
	getter(t, "__module__", func(th *Thread, self Value) (Value, error) { return as[typeVar](self).module, nil })
	getter(t, "__bound__", func(th *Thread, self Value) (Value, error) {
		tv := as[typeVar](self)
		if tv.bound.p == nil {
			v, err := Call(th, tv.evaluateBound, nil, nil)
			if err != nil {
				return Value{}, err
			}
			tv.bound, tv.evaluateBound = v, Value{}
		}
		return tv.bound, nil
	})
	getter(t, "__constraints__", func(th *Thread, self Value) (Value, error) {
		tv := as[typeVar](self)
		if tv.constraints.p == nil {
			v, err := Call(th, tv.evaluateConst, nil, nil)
			if err != nil {
				return Value{}, err
			}
			tv.constraints, tv.evaluateConst = v, Value{}
		}
		return tv.constraints, nil
	})
	getter(t, "__covariant__", func(th *Thread, self Value) (Value, error) { return Bool(as[typeVar](self).covariant), nil })
	getter(t, "__contravariant__", func(th *Thread, self Value) (Value, error) { return Bool(as[typeVar](self).contravariant), nil })
	getter(t, "__infer_variance__", func(th *Thread, self Value) (Value, error) { return Bool(as[typeVar](self).inferVariance), nil })
	// __typing_subst__ marks a type variable for __parameters__ (see
	// typeParameters); substitution itself is the identity here.
	typingMethod(t, "__typing_subst__", 1, func(th *Thread, self Value, args []Value) (Value, error) { return args[0], nil })
	typingMethod(t, "__reduce__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
		return NewStr(as[typeVar](self).name), nil
	})
}

func initTypeParamVars() {
	for _, t := range []*Type{TypeVarTupleType, ParamSpecType} {
		t.Module = "typing"
		t.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
			var name Value
			if err := UnpackArgs(t.Name, args, kwnames, "name", &name); err != nil {
				return Value{}, err
			}
			if name.Type() != StrType {
				return Value{}, Errorf(TypeError, "%s() argument 'name' must be str, not %s", t.Name, TypeName(name))
			}
			return ValueOf(&typeParamVar{Object: Object{typ: t}, name: StrValue(name), module: callerModule(th)}), nil
		}
		t.Repr = func(th *Thread, v Value) (Value, error) { return NewStr(as[typeParamVar](v).name), nil }
		getter(t, "__name__", func(th *Thread, self Value) (Value, error) { return NewStr(as[typeParamVar](self).name), nil })
		getter(t, "__module__", func(th *Thread, self Value) (Value, error) { return as[typeParamVar](self).module, nil })
		typingMethod(t, "__typing_subst__", 1, func(th *Thread, self Value, args []Value) (Value, error) { return args[0], nil })
		typingMethod(t, "__reduce__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
			return NewStr(as[typeParamVar](self).name), nil
		})
	}
	TypeVarTupleType.Doc = "Type variable tuple."
	ParamSpecType.Doc = "Parameter specification variable."
	// *Ts is Unpack[Ts]: iterating over a TypeVarTuple yields it once.
	TypeVarTupleType.Iter = func(th *Thread, v Value) (Value, error) {
		return Iter(th, NewTuple([]Value{ValueOf(&unpacked{Object: Object{typ: unpackType}, of: v})}))
	}
	u := unpackType
	u.Module = "typing"
	u.Repr = func(th *Thread, v Value) (Value, error) {
		s, err := Repr(th, as[unpacked](v).of)
		return NewStr("typing.Unpack[" + s + "]"), err
	}
	getter(u, "__parameters__", func(th *Thread, self Value) (Value, error) { return NewTuple([]Value{as[unpacked](self).of}), nil })
	getter(u, "__args__", func(th *Thread, self Value) (Value, error) { return NewTuple([]Value{as[unpacked](self).of}), nil })

	for _, attr := range []struct {
		name string
		t    *Type
	}{{"args", ParamSpecArgsType}, {"kwargs", ParamSpecKwargsType}} {
		attr := attr
		getter(ParamSpecType, attr.name, func(th *Thread, self Value) (Value, error) {
			return ValueOf(&paramSpecAttr{Object: Object{typ: attr.t}, origin: self}), nil
		})
		attr.t.Module = "typing"
		attr.t.Repr = func(th *Thread, v Value) (Value, error) {
			s, err := Repr(th, as[paramSpecAttr](v).origin)
			return NewStr(s + "." + attr.name), err
		}
		attr.t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
			if b.Type() != a.Type() || (op != CmpEQ && op != CmpNE) {
				return NotImplemented, nil
			}
			eq := Is(as[paramSpecAttr](a).origin, as[paramSpecAttr](b).origin)
			return Bool(eq == (op == CmpEQ)), nil
		}
		getter(attr.t, "__origin__", func(th *Thread, self Value) (Value, error) { return as[paramSpecAttr](self).origin, nil })
	}
}

func initTypeAlias() {
	t := TypeAliasTypeType
	t.Module = "typing"
	t.Doc = "Type alias."
	// TypeAliasType(name, value, *, type_params=()) evaluates its value
	// eagerly, unlike the type statement.
	t.New = func(th *Thread, _ *Type, args []Value, kwnames []string) (Value, error) {
		var name, value, params Value
		if err := UnpackArgs("TypeAliasType", args, kwnames, "name", &name, "value", &value, "$type_params?", &params); err != nil {
			return Value{}, err
		}
		if name.Type() != StrType {
			return Value{}, Errorf(TypeError, "TypeAliasType() argument 'name' must be str, not %s", TypeName(name))
		}
		if params.p == nil {
			params = NewTuple(nil)
		} else if params.Type().Layout != LayoutTuple {
			return Value{}, Errorf(TypeError, "type_params must be a tuple")
		}
		return ValueOf(&typeAlias{Object: Object{typ: TypeAliasTypeType}, name: StrValue(name),
			typeParams: params, value: value, module: callerModule(th)}), nil
	}
	t.Repr = func(th *Thread, v Value) (Value, error) { return NewStr(as[typeAlias](v).name), nil }
	t.GetItem = func(th *Thread, v, key Value) (Value, error) {
		if len(TupleItems(as[typeAlias](v).typeParams)) == 0 {
			return Value{}, Errorf(TypeError, "Only generic type aliases are subscriptable")
		}
		return NewGenericAlias(v, key), nil
	}
	getter(t, "__name__", func(th *Thread, self Value) (Value, error) { return NewStr(as[typeAlias](self).name), nil })
	getter(t, "__value__", func(th *Thread, self Value) (Value, error) {
		a := as[typeAlias](self)
		if a.value.p == nil {
			v, err := Call(th, a.evaluate, nil, nil)
			if err != nil {
				return Value{}, err
			}
			a.value, a.evaluate = v, Value{}
		}
		return a.value, nil
	})
	getter(t, "__type_params__", func(th *Thread, self Value) (Value, error) { return as[typeAlias](self).typeParams, nil })
	getter(t, "__parameters__", func(th *Thread, self Value) (Value, error) { return as[typeAlias](self).typeParams, nil })
	getter(t, "__module__", func(th *Thread, self Value) (Value, error) { return as[typeAlias](self).module, nil })
	typingMethod(t, "__reduce__", 0, func(th *Thread, self Value, args []Value) (Value, error) {
		return NewStr(as[typeAlias](self).name), nil
	})
}

// subscriptGeneric returns Generic[params...].
func subscriptGeneric(th *Thread, params []Value) (Value, error) {
	return NewGenericAlias(ValueOf(GenericType), NewTuple(params)), nil
}

// initGeneric makes typing.Generic: subscripting it (or a class derived
// from it) makes a generic alias, and a class derived from it records its
// type variables in __parameters__. CPython's typing.Generic also checks
// the arguments against the parameters; this one only counts them.
func initGeneric() {
	g := GenericType
	g.Module = "typing"
	g.Doc = "Abstract base class for generic types."
	g.AddClassMethod("__class_getitem__", func(th *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__class_getitem__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		params := args[0]
		if params.Type().Layout != LayoutTuple {
			params = NewTuple([]Value{params})
		}
		if Is(cls, ValueOf(GenericType)) {
			for _, p := range TupleItems(params) {
				if !isTypeParam(p) {
					r, err := Repr(th, p)
					if err != nil {
						return Value{}, err
					}
					return Value{}, Errorf(TypeError, "Parameters to Generic[...] must all be type variables or parameter specification variables. (got %s)", r)
				}
			}
			return subscriptGeneric(th, TupleItems(params))
		}
		if err := checkGenericArity(th, cls, TupleItems(params)); err != nil {
			return Value{}, err
		}
		return NewGenericAlias(cls, params), nil
	})
	g.AddClassMethod("__init_subclass__", func(th *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
		if len(args) > 0 {
			return Value{}, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", as[Type](cls).Name)
		}
		params, err := genericParameters(th, as[Type](cls))
		if err != nil {
			return Value{}, err
		}
		as[Type](cls).Dict().SetStr("__parameters__", params)
		return None, nil
	})
}

// checkGenericArity checks that a generic class gets one argument per type
// parameter; a TypeVarTuple takes any number.
func checkGenericArity(th *Thread, cls Value, args []Value) error {
	params, ok, err := GetAttrOK(th, cls, "__parameters__")
	if err != nil || !ok || params.Type().Layout != LayoutTuple {
		return err
	}
	want := TupleItems(params)
	for _, p := range want {
		if p.Type() == TypeVarTupleType {
			return nil
		}
	}
	if len(args) == len(want) {
		return nil
	}
	r, err := Repr(th, cls)
	if err != nil {
		return err
	}
	many := "many"
	if len(args) < len(want) {
		many = "few"
	}
	return Errorf(TypeError, "Too %s arguments for %s; actual %d, expected %d", many, r, len(args), len(want))
}

// isTypeParam reports whether v is a type variable of some kind (or *Ts).
func isTypeParam(v Value) bool {
	switch v.Type() {
	case TypeVarType, TypeVarTupleType, ParamSpecType, unpackType:
		return true
	}
	return false
}

// genericParameters computes __parameters__ of a class derived from
// Generic: the parameters of its Generic[...] base if it lists one, else
// those of all its parameterized bases, in order.
func genericParameters(th *Thread, t *Type) (Value, error) {
	orig, ok := t.Dict().GetStr("__orig_bases__")
	if !ok || orig.Type().Layout != LayoutTuple {
		return NewTuple(nil), nil
	}
	for _, b := range TupleItems(orig) {
		if isGenericAlias(b) && Is(as[genericAlias](b).origin, ValueOf(GenericType)) {
			return typeParameters(th, TupleItems(as[genericAlias](b).args))
		}
	}
	return typeParameters(th, TupleItems(orig))
}

// typingUnionType is what `T | None` makes when T is a type variable:
// typing.Union[...] (typing._UnionGenericAlias in CPython), which, unlike
// types.UnionType, may hold type variables.
var typingUnionType = NewBuiltinType("_UnionGenericAlias", ObjectType, LayoutOther, 0)

type typingUnion struct {
	Object
	args Value // a tuple of at least two distinct members
}

// typeVarOr is the | of a type variable (or a typing.Union) with another
// type hint, either way round.
func typeVarOr(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if op != OpOr || !isTypingUnionable(a) || !isTypingUnionable(b) {
		return NotImplemented, nil
	}
	var members []Value
	for _, v := range []Value{a, b} {
		if v.Type() == typingUnionType {
			members = append(members, TupleItems(as[typingUnion](v).args)...)
		} else {
			members = append(members, v)
		}
	}
	// MakeUnion flattens types.UnionType members, drops repeats and
	// turns None into NoneType, as typing.Union does.
	u, err := MakeUnion(th, members)
	if err != nil || !isUnion(u) {
		return u, err
	}
	return ValueOf(&typingUnion{Object: Object{typ: typingUnionType}, args: as[unionType](u).args}), nil
}

// isTypingUnionable reports whether typing.Union accepts v: the members of
// a types.UnionType, type variables, aliases and typing unions (CPython
// accepts any type hint; this covers those the language makes).
func isTypingUnionable(v Value) bool {
	switch v.Type() {
	case TypeVarType, ParamSpecType, TypeAliasTypeType, typingUnionType:
		return true
	}
	return isUnionable(v)
}

func initTypingUnion() {
	for _, t := range []*Type{TypeVarType, ParamSpecType} {
		t.BinOp = typeVarOr
		addSlotMethods(t, []BinaryOp{OpOr}, true, nil)
	}
	// A type alias joins types.UnionType (A | None is types.UnionType),
	// or a typing.Union when the other operand is a type variable.
	TypeAliasTypeType.BinOp = func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
		if v, err := unionOr(th, op, a, b); err != nil || !Is(v, NotImplemented) {
			return v, err
		}
		return typeVarOr(th, op, a, b)
	}
	addSlotMethods(TypeAliasTypeType, []BinaryOp{OpOr}, true, nil)

	u := typingUnionType
	u.Module = "typing"
	u.BinOp = typeVarOr
	addSlotMethods(u, []BinaryOp{OpOr}, true, nil)
	u.Repr = func(th *Thread, v Value) (Value, error) {
		args := TupleItems(as[typingUnion](v).args)
		parts := make([]string, len(args))
		optional := -1
		for i, a := range args {
			if Is(a, ValueOf(NoneType)) {
				parts[i], optional = "None", i
				continue
			}
			s, err := typeReprItem(th, a)
			if err != nil {
				return Value{}, err
			}
			parts[i] = s
		}
		if len(args) == 2 && optional >= 0 {
			return NewStr("typing.Optional[" + parts[1-optional] + "]"), nil
		}
		return NewStr("typing.Union[" + strings.Join(parts, ", ") + "]"), nil
	}
	// Unions are equal when they have the same members, in any order.
	u.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if b.Type() != typingUnionType || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		var sets [2]Value
		for i, v := range []Value{a, b} {
			s, err := Call(th, ValueOf(FrozenSetType), []Value{as[typingUnion](v).args}, nil)
			if err != nil {
				return Value{}, err
			}
			sets[i] = s
		}
		return Compare(th, op, sets[0], sets[1])
	}
	u.Hash = func(th *Thread, v Value) (int64, error) {
		s, err := Call(th, ValueOf(FrozenSetType), []Value{as[typingUnion](v).args}, nil)
		if err != nil {
			return 0, err
		}
		return Hash(th, s)
	}
	getter(u, "__args__", func(th *Thread, self Value) (Value, error) { return as[typingUnion](self).args, nil })
	getter(u, "__parameters__", func(th *Thread, self Value) (Value, error) {
		return typeParameters(th, TupleItems(as[typingUnion](self).args))
	})
}
