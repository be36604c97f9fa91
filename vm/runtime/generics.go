package runtime

import "strings"

// This file defines the objects of type hints that the language itself
// makes: types.GenericAlias, what list[int] and the other builtin generic
// classes return from __class_getitem__ (PEP 585), and types.UnionType,
// what int | str returns (PEP 604). They follow CPython 3.12's
// Objects/genericaliasobject.c and Objects/unionobject.c.

// The generic alias types.
var (
	GenericAliasType = NewBuiltinType("GenericAlias", ObjectType, LayoutOther, FlagBaseType|FlagQualifiedName)
	UnionTypeType    = NewBuiltinType("UnionType", ObjectType, LayoutOther, FlagQualifiedName)
)

// genericAlias is origin[args].
type genericAlias struct {
	Object
	origin Value
	args   Value // a tuple
	params Value // __parameters__, computed on first use
}

// unionType is args[0] | args[1] | ...: at least two distinct members,
// with None stored as NoneType.
type unionType struct {
	Object
	args   Value // a tuple
	params Value
}

// NewGenericAlias returns origin[args]; args that is not a tuple stands for
// the one-tuple (args,), as in a subscript.
func NewGenericAlias(origin, args Value) Value {
	if args.Type().Layout != LayoutTuple {
		args = NewTuple([]Value{args})
	}
	return ValueOf(&genericAlias{Object: Object{typ: GenericAliasType}, origin: origin, args: args})
}

// AddClassGetItem gives the builtin class t CPython's generic
// __class_getitem__, so that t[args] is a types.GenericAlias.
func AddClassGetItem(t *Type) {
	t.AddClassMethod("__class_getitem__", func(th *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".__class_getitem__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return NewGenericAlias(cls, args[0]), nil
	})
}

func isGenericAlias(v Value) bool {
	return !v.IsImmediate() && v.Type().IsSubtype(GenericAliasType)
}

func isUnion(v Value) bool { return !v.IsImmediate() && v.Type() == UnionTypeType }

// unionArgs returns the members of the union v.
func unionArgs(v Value) []Value { return TupleItems(as[unionType](v).args) }

// gaException reports whether name is one of the attributes a
// GenericAlias answers itself; it looks up every other one on its origin,
// so that list[int].__name__ is 'list'.
func gaException(name string) bool {
	switch name {
	case "__class__", "__origin__", "__args__", "__unpacked__",
		"__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__",
		"__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__":
		return true
	}
	return false
}

func init() {
	for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, EnumerateType, BaseExceptionGroup, ExceptionGroup} {
		AddClassGetItem(t)
	}

	// type | x and x | type make unions; type itself is subscriptable as
	// type[int] (see classGetItem).
	TypeType.BinOp = unionOr
	addUnionOperators(TypeType)

	ga := GenericAliasType
	ga.Module = "types"
	ga.Doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."
	ga.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("GenericAlias", kwnames); err != nil {
			return Value{}, err
		}
		if err := CheckArgCount("GenericAlias", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		a := as[genericAlias](NewGenericAlias(args[0], args[1]))
		a.typ = t
		return ValueOf(a), nil
	}
	ga.Repr = gaRepr
	ga.Hash = func(th *Thread, v Value) (int64, error) {
		a := as[genericAlias](v)
		h0, err := Hash(th, a.origin)
		if err != nil {
			return 0, err
		}
		h1, err := Hash(th, a.args)
		return h0 ^ h1, err
	}
	ga.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if !isGenericAlias(b) || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		x, y := as[genericAlias](a), as[genericAlias](b)
		eq, err := Equal(th, x.origin, y.origin)
		if err == nil && eq {
			eq, err = Equal(th, x.args, y.args)
		}
		return Bool(eq == (op == CmpEQ)), err
	}
	ga.GetAttr = func(th *Thread, v Value, name *Str) (Value, error) {
		if !gaException(name.text()) {
			return GetAttr(th, as[genericAlias](v).origin, name.text())
		}
		return GenericGetAttr(th, v, name)
	}
	ga.Call = gaCall
	ga.GetItem = func(th *Thread, v, key Value) (Value, error) {
		return Value{}, notGeneric(th, v)
	}
	ga.BinOp = unionOr
	addSlotMethods(ga, []BinaryOp{OpOr}, true, nil)
	ga.AddGetSet("__origin__", func(th *Thread, self Value) (Value, error) { return as[genericAlias](self).origin, nil }, nil)
	ga.AddGetSet("__args__", func(th *Thread, self Value) (Value, error) { return as[genericAlias](self).args, nil }, nil)
	ga.AddGetSet("__unpacked__", func(th *Thread, self Value) (Value, error) { return False, nil }, nil)
	ga.AddGetSet("__parameters__", func(th *Thread, self Value) (Value, error) {
		a := as[genericAlias](self)
		if a.params.p == nil {
			p, err := typeParameters(th, TupleItems(a.args))
			if err != nil {
				return Value{}, err
			}
			a.params = p
		}
		return a.params, nil
	}, nil)
	ga.AddMethod("__mro_entries__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__mro_entries__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{as[genericAlias](self).origin}), nil
	})
	for _, hook := range []struct{ name, fn string }{{"__instancecheck__", "isinstance"}, {"__subclasscheck__", "issubclass"}} {
		hook := hook
		ga.AddMethod(hook.name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			return Value{}, Errorf(TypeError, "%s() argument 2 cannot be a parameterized generic", hook.fn)
		})
	}

	u := UnionTypeType
	u.Module = "types"
	u.Doc = "Represent a PEP 604 union type\n\nE.g. for int | str"
	u.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		return Value{}, Errorf(TypeError, "cannot create 'types.UnionType' instances")
	}
	u.Repr = func(th *Thread, v Value) (Value, error) {
		parts := make([]string, 0, len(unionArgs(v)))
		for _, a := range unionArgs(v) {
			if Is(a, ValueOf(NoneType)) {
				parts = append(parts, "None")
				continue
			}
			s, err := typeReprItem(th, a)
			if err != nil {
				return Value{}, err
			}
			parts = append(parts, s)
		}
		return NewStr(strings.Join(parts, " | ")), nil
	}
	u.Hash = func(th *Thread, v Value) (int64, error) {
		s, err := Call(th, ValueOf(FrozenSetType), []Value{as[unionType](v).args}, nil)
		if err != nil {
			return 0, err
		}
		return Hash(th, s)
	}
	// Unions are equal when they have the same members, in any order.
	u.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if !isUnion(b) || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		var sets [2]Value
		for i, v := range []Value{a, b} {
			s, err := Call(th, ValueOf(FrozenSetType), []Value{as[unionType](v).args}, nil)
			if err != nil {
				return Value{}, err
			}
			sets[i] = s
		}
		return Compare(th, op, sets[0], sets[1])
	}
	u.GetItem = func(th *Thread, v, key Value) (Value, error) {
		return Value{}, notGeneric(th, v)
	}
	u.BinOp = unionOr
	addSlotMethods(u, []BinaryOp{OpOr}, true, nil)
	u.AddGetSet("__args__", func(th *Thread, self Value) (Value, error) { return as[unionType](self).args, nil }, nil)
	u.AddGetSet("__parameters__", func(th *Thread, self Value) (Value, error) {
		x := as[unionType](self)
		if x.params.p == nil {
			p, err := typeParameters(th, unionArgs(self))
			if err != nil {
				return Value{}, err
			}
			x.params = p
		}
		return x.params, nil
	}, nil)
}

// addUnionOperators exposes type's | as __or__ and __ror__.
func addUnionOperators(t *Type) {
	for _, name := range []string{"__or__", "__ror__"} {
		reflected := name == "__ror__"
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(name, args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			if reflected {
				return unionOr(th, OpOr, args[0], self)
			}
			return unionOr(th, OpOr, self, args[0])
		})
	}
}

// notGeneric is the error of subscripting an alias that has no type
// variables left to substitute.
func notGeneric(th *Thread, v Value) error {
	r, err := Repr(th, v)
	if err != nil {
		return err
	}
	return Errorf(TypeError, "%s is not a generic class", r)
}

// isUnionable reports whether v may be a member of a union.
func isUnionable(v Value) bool {
	if v.IsNone() || isGenericAlias(v) || isUnion(v) || v.Type() == TypeAliasTypeType {
		return true
	}
	_, ok := AsType(v)
	return ok
}

// unionOr is the | of types, generic aliases and unions (CPython's
// _Py_union_type_or). It also serves as the BinOp slot of those types, so
// it declines every other operator and operand.
func unionOr(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if op != OpOr || !isUnionable(a) || !isUnionable(b) {
		return NotImplemented, nil
	}
	return MakeUnion(th, []Value{a, b})
}

// MakeUnion returns the union of members: nested unions are flattened,
// None becomes NoneType and repeats are dropped; a single remaining member
// is returned as it is.
func MakeUnion(th *Thread, members []Value) (Value, error) {
	var flat []Value
	for _, m := range members {
		switch {
		case isUnion(m):
			flat = append(flat, unionArgs(m)...)
		case m.IsNone():
			flat = append(flat, ValueOf(NoneType))
		default:
			flat = append(flat, m)
		}
	}
	var args []Value
next:
	for _, m := range flat {
		for _, seen := range args {
			// Types compare by identity; generic aliases (list[int] twice)
			// by value.
			dup := Is(m, seen)
			if !dup && isGenericAlias(m) && isGenericAlias(seen) {
				var err error
				if dup, err = Equal(th, m, seen); err != nil {
					return Value{}, err
				}
			}
			if dup {
				continue next
			}
		}
		args = append(args, m)
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return ValueOf(&unionType{Object: Object{typ: UnionTypeType}, args: NewTuple(args)}), nil
}

// gaRepr writes origin[arg, ...] with each part as in a type hint.
func gaRepr(th *Thread, v Value) (Value, error) {
	a := as[genericAlias](v)
	var sb strings.Builder
	s, err := typeReprItem(th, a.origin)
	if err != nil {
		return Value{}, err
	}
	sb.WriteString(s)
	sb.WriteByte('[')
	args := TupleItems(a.args)
	if len(args) == 0 {
		sb.WriteString("()")
	}
	for i, arg := range args {
		if i > 0 {
			sb.WriteString(", ")
		}
		if s, err = typeHintRepr(th, arg); err != nil {
			return Value{}, err
		}
		sb.WriteString(s)
	}
	sb.WriteByte(']')
	return NewStr(sb.String()), nil
}

// typeHintRepr is one argument of a generic alias: a list (the parameters
// of a Callable) is written [a, b] with its items as type hints.
func typeHintRepr(th *Thread, v Value) (string, error) {
	if v.Type() != ListType {
		return typeReprItem(th, v)
	}
	items := ListItems(v)
	parts := make([]string, len(items))
	for i, x := range items {
		s, err := typeReprItem(th, x)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return "[" + strings.Join(parts, ", ") + "]", nil
}

// typeReprItem writes a class as a type hint names it: its qualified name,
// prefixed by its module unless that is builtins; Ellipsis is "...", and
// anything that is not class-like (or that looks like an alias itself) is
// written by repr.
func typeReprItem(th *Thread, v Value) (string, error) {
	if Is(v, Ellipsis) {
		return "...", nil
	}
	if _, ok, err := GetAttrOK(th, v, "__origin__"); err != nil || ok {
		if err != nil {
			return "", err
		}
		if _, ok, err := GetAttrOK(th, v, "__args__"); err != nil || ok {
			if err != nil {
				return "", err
			}
			return Repr(th, v)
		}
	}
	qualname, ok, err := GetAttrOK(th, v, "__qualname__")
	if err != nil || !ok {
		if err != nil {
			return "", err
		}
		return Repr(th, v)
	}
	module, ok, err := GetAttrOK(th, v, "__module__")
	if err != nil || !ok || module.IsNone() {
		if err != nil {
			return "", err
		}
		return Repr(th, v)
	}
	q, err := ToString(th, qualname)
	if err != nil {
		return "", err
	}
	if module.Type() == StrType && StrValue(module) == "builtins" {
		return q, nil
	}
	m, err := ToString(th, module)
	if err != nil {
		return "", err
	}
	return m + "." + q, nil
}

// gaCall is origin(*args), as list[int]([1]) is a list; the instance
// remembers the alias in __orig_class__ when it can.
func gaCall(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
	a := as[genericAlias](callee)
	r, err := Call(th, a.origin, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if err := SetAttr(th, r, "__orig_class__", callee); err != nil {
		if !IsInstanceOf(err, AttributeError) && !IsInstanceOf(err, TypeError) {
			return Value{}, err
		}
	}
	return r, nil
}

// typeParameters is CPython's _Py_make_parameters: the type variables
// among args (objects with __typing_subst__) and those of nested aliases,
// each once, in order of first appearance.
func typeParameters(th *Thread, args []Value) (Value, error) {
	var params []Value
	add := func(p Value) {
		for _, q := range params {
			if Is(p, q) {
				return
			}
		}
		params = append(params, p)
	}
	for _, arg := range args {
		if _, isType := AsType(arg); isType {
			continue
		}
		if _, ok, err := GetAttrOK(th, arg, "__typing_subst__"); err != nil || ok {
			if err != nil {
				return Value{}, err
			}
			add(arg)
			continue
		}
		sub, ok, err := GetAttrOK(th, arg, "__parameters__")
		if err != nil {
			return Value{}, err
		}
		if ok && sub.Type().Layout == LayoutTuple {
			for _, p := range TupleItems(sub) {
				add(p)
			}
		}
	}
	return NewTuple(params), nil
}
