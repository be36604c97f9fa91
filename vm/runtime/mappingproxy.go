package runtime

// This file defines mappingproxy (types.MappingProxyType): a read-only view
// of a mapping. A class's __dict__ is one, so that class attributes can only
// be changed through setattr, which keeps the type's caches and slots in
// step with its namespace (CPython's Objects/descrobject.c).

// MappingProxyType is types.MappingProxyType.
var MappingProxyType = NewBuiltinType("mappingproxy", ObjectType, LayoutOther, 0)

// mappingProxy is a read-only view of mapping.
type mappingProxy struct {
	Object
	mapping Value
}

// NewMappingProxy returns a read-only view of mapping.
func NewMappingProxy(mapping Value) Value {
	return ValueOf(&mappingProxy{Object: Object{typ: MappingProxyType}, mapping: mapping})
}

// proxied returns the mapping behind the proxy v.
func proxied(v Value) Value { return as[mappingProxy](v).mapping }

// isMappingProxy reports whether v is a mappingproxy.
func isMappingProxy(v Value) bool { return !v.IsImmediate() && v.Type() == MappingProxyType }

func init() {
	t := MappingProxyType
	t.Doc = "Read-only proxy of a mapping."
	t.New = func(th *Thread, _ *Type, args []Value, kwnames []string) (Value, error) {
		var mapping Value
		if err := UnpackArgs("mappingproxy", args, kwnames, "mapping", &mapping); err != nil {
			return Value{}, err
		}
		// CPython's PyMapping_Check accepts anything subscriptable, so
		// lists and tuples are refused by name.
		mt := mapping.Type()
		if mt.GetItem == nil || mt.IsSubtype(ListType) || mt.IsSubtype(TupleType) {
			return Value{}, Errorf(TypeError, "mappingproxy() argument must be a mapping, not %s", mt.Name)
		}
		return NewMappingProxy(mapping), nil
	}
	t.Repr = func(th *Thread, v Value) (Value, error) {
		r, err := Repr(th, proxied(v))
		if err != nil {
			return Value{}, err
		}
		return NewStr("mappingproxy(" + r + ")"), nil
	}
	t.Str = func(th *Thread, v Value) (Value, error) { return StrOf(th, proxied(v)) }
	t.Hash = func(th *Thread, v Value) (int64, error) { return Hash(th, proxied(v)) }
	t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		return Compare(th, op, proxied(a), b)
	}
	t.Len = func(th *Thread, v Value) (int, error) { return Len(th, proxied(v)) }
	t.GetItem = func(th *Thread, v, key Value) (Value, error) { return GetItem(th, proxied(v), key) }
	t.Contains = func(th *Thread, v, key Value) (bool, error) { return Contains(th, proxied(v), key) }
	t.Iter = func(th *Thread, v Value) (Value, error) { return Iter(th, proxied(v)) }
	t.BinOp = mappingProxyOr
	t.InplaceOp = func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
		if op == OpOr {
			return Value{}, Errorf(TypeError, "'|=' is not supported by mappingproxy; use '|' instead")
		}
		return NotImplemented, nil
	}
	addSlotMethods(t, []BinaryOp{OpOr}, true, nil)

	// A dict view's mapping attribute is a read-only proxy of its dict.
	for _, vt := range dictViewTypes {
		vt.AddGetSet("mapping", func(th *Thread, self Value) (Value, error) {
			return NewMappingProxy(as[dictView](self).dict), nil
		}, nil)
	}

	// The named methods call the mapping's own, so that a proxy of a dict
	// subclass or of any other mapping behaves as that mapping does.
	forward := func(name string, maxArgs int) {
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(name, args, kwnames, 0, maxArgs); err != nil {
				return Value{}, err
			}
			m, err := GetAttr(th, proxied(self), name)
			if err != nil {
				return Value{}, err
			}
			return Call(th, m, args, nil)
		})
	}
	forward("keys", 0)
	forward("values", 0)
	forward("items", 0)
	forward("copy", 0)
	t.AddMethod("get", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("get", args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		dflt := None
		if len(args) == 2 {
			dflt = args[1]
		}
		return CallMethod(th, proxied(self), "get", args[0], dflt)
	})
	t.AddMethod("__reversed__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__reversed__", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return Call(th, ValueOf(ReversedType), []Value{proxied(self)}, nil)
	})
}

// mappingProxyOr is mappingproxy's |: the proxies on either side are
// replaced by their mappings, so the result is a new (writable) dict.
func mappingProxyOr(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	if op != OpOr {
		return NotImplemented, nil
	}
	if isMappingProxy(a) {
		a = proxied(a)
	}
	if isMappingProxy(b) {
		b = proxied(b)
	}
	return Binary(th, OpOr, a, b)
}
