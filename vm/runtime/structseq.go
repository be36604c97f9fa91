package runtime

import (
	"fmt"
	"strings"
)

// This file defines struct sequences, CPython's named tuples implemented
// in C: sys.version_info, sys.float_info, os.stat_result,
// time.struct_time... An instance is a tuple of the visible fields (so it
// indexes, unpacks and compares like one) whose extra fields, such as
// stat_result.st_mtime as a float, live in the instance dict.

// structSeqInfo is kept in a struct sequence type's Extra.
type structSeqInfo struct {
	fields  []string
	visible int
}

// NewStructSeqType makes a struct sequence type module.name whose first
// visible fields are the tuple items. Call it from a package-level
// variable initialiser.
func NewStructSeqType(module, name string, fields []string, visible int) *Type {
	t := NewBuiltinType(name, TupleType, LayoutTuple, FlagQualifiedName)
	t.Module = module
	t.Extra = &structSeqInfo{fields: fields, visible: visible}
	t.Repr = structSeqRepr
	t.New = structSeqNew
	// The field descriptors are made with the dict (type_dict.go): most
	// programs read none of the structseq types.
	t.planBuilder(func(td *Dict) {
		for i, f := range fields {
			td.SetStr(f, ValueOf(&GetSetDescriptor{Object: Object{typ: GetSetDescriptorType}, Name: f, Owner: t,
				Get: func(th *Thread, self Value) (Value, error) {
					if i < visible {
						return as[Tuple](self).items()[i], nil
					}
					if d := self.header().dict; d != nil {
						if v, ok := d.GetStr(f); ok {
							return v, nil
						}
					}
					return None, nil
				}}))
		}
		td.SetStr("n_fields", Int(int64(len(fields))))
		td.SetStr("n_sequence_fields", Int(int64(visible)))
		td.SetStr("n_unnamed_fields", Int(0))
	})
	return t
}

// NewStructSeq returns an instance of the struct sequence type t with the
// given values of all its fields (visible ones first).
func NewStructSeq(t *Type, values ...Value) Value {
	info := t.Extra.(*structSeqInfo)
	items := append([]Value(nil), values[:info.visible]...)
	obj := newTupleOver(t, items)
	if len(values) > info.visible {
		obj.dict = NewDict()
		for i := info.visible; i < len(values); i++ {
			obj.dict.SetStr(info.fields[i], values[i])
		}
	}
	return ValueOf(obj)
}

// structSeqRepr writes module.name(field=value, ...) for visible fields.
func structSeqRepr(th *Thread, v Value) (Value, error) {
	t := v.Type()
	info := t.Extra.(*structSeqInfo)
	var b strings.Builder
	fmt.Fprintf(&b, "%s.%s(", t.Module, t.Name)
	for i, item := range as[Tuple](v).items() {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(th, item)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(info.fields[i])
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

// structSeqNew is the constructor: T(sequence) with between the visible
// and the total number of fields.
func structSeqNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	var seq, dict Value
	if err := UnpackArgs(t.Name, args, kwnames, "sequence", &seq, "dict?", &dict); err != nil {
		return Value{}, err
	}
	info := t.Extra.(*structSeqInfo)
	items, err := ToSlice(th, seq)
	if err != nil {
		return Value{}, err
	}
	full := t.Module + "." + t.Name
	switch {
	case len(items) < info.visible:
		return Value{}, Errorf(TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", full, info.visible, len(items))
	case len(items) > len(info.fields):
		return Value{}, Errorf(TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", full, len(info.fields), len(items))
	}
	for len(items) < len(info.fields) {
		items = append(items, None)
	}
	return NewStructSeq(t, items...), nil
}
