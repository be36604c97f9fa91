package runtime

// This file defines _kiln_dataclasses, the helpers of the methods that
// dataclasses generates: compare_fields(op, *values) compares the field
// values of two instances as the tuples CPython's generated methods build
// ("(self.x,self.y,)<(other.x,other.y,)") would compare, without building
// them. Sorting a list of ordered dataclass records made two tuples per
// comparison, the most of that benchmark's allocation; the arguments here
// stay in the caller's registers. The values are evaluated by the caller
// in the tuples' order (self's fields, then other's), and the comparison
// is sequenceCompare's, the tuples' own, so results, the methods called on
// the fields and their order, and errors are the same. hash_fields(*values)
// is hash(values) in the same way: the generated __hash__ of a frozen
// record, once per dict lookup.

// dataclassesModuleInit makes the _kiln_dataclasses module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func dataclassesModuleInit(th *Thread, m *Module) error {
	m.AddFunction("compare_fields", dataclassCompareFields)
	m.AddFunction("hash_fields", dataclassHashFields)
	return nil
}

// dataclassCompareFields is compare_fields(op, *values): op is one of
// "<", "<=", "==", ">", ">=" and values holds the fields of the left
// instance then as many of the right one.
func dataclassCompareFields(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) != 0 || len(args) == 0 || len(args)%2 == 0 || args[0].Type() != StrType {
		return Value{}, Errorf(TypeError, "compare_fields() takes an operator and an even number of values")
	}
	var op CompareOp
	switch StrValue(args[0]) {
	case "<":
		op = CmpLT
	case "<=":
		op = CmpLE
	case "==":
		op = CmpEQ
	case "!=":
		op = CmpNE
	case ">":
		op = CmpGT
	case ">=":
		op = CmpGE
	default:
		return Value{}, Errorf(ValueError, "compare_fields(): unknown operator %s", StrValue(args[0]))
	}
	n := (len(args) - 1) / 2
	left, right := args[1:1+n], args[1+n:]
	return sequenceCompare(th, op, func() []Value { return left }, func() []Value { return right })
}

// dataclassHashFields is hash_fields(*values): the hash of the tuple of
// values, by tupleHash itself on a tuple header over the arguments that
// does not leave this call.
func dataclassHashFields(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) != 0 {
		return Value{}, Errorf(TypeError, "hash_fields() takes no keyword arguments")
	}
	t := Tuple{Object: Object{typ: TupleType}, n: len(args)}
	if len(args) > 0 {
		t.first = &args[0]
	}
	h, err := tupleHash(th, ValueOf(&t))
	if err != nil {
		return Value{}, err
	}
	return Int(h), nil
}
