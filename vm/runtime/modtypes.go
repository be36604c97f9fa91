package runtime

import (
	"strings"
	"unsafe"
)

// This file defines the types module: SimpleNamespace, new_class, and the
// names of the interpreter's own types (FunctionType, ModuleType, ...).

// SimpleNamespaceType is types.SimpleNamespace: an object whose attributes
// are given as keyword arguments, with a readable repr and equality.
var SimpleNamespaceType = NewBuiltinType("SimpleNamespace", ObjectType, LayoutObject, FlagBaseType|FlagHasDict|FlagUnhashable|FlagQualifiedName)

// NewNamespace returns an empty SimpleNamespace.
func NewNamespace() *Object { return &Object{typ: SimpleNamespaceType, dict: NewDict()} }

// typesModuleTypes maps the names in the types module to the type names
// of the objects they stand for. Types the interpreter does not define
// (yet) are left out of the module. Where several builtin types share a
// name (compile()'s stand-in code type, os.walk's generator), typ is the
// variable of the real one: its address, which the linker lays out, where
// the type itself would be stored into the table by package
// initialisation.
var typesModuleTypes = []struct {
	attr, typeName string
	typ            **Type
}{
	{"FunctionType", "function", &FunctionType},
	{"LambdaType", "function", &FunctionType},
	{"CodeType", "code", &CodeType},
	{"MethodType", "method", nil},
	{"BuiltinFunctionType", "builtin_function_or_method", nil},
	{"BuiltinMethodType", "builtin_function_or_method", nil},
	{"MethodDescriptorType", "method_descriptor", nil},
	{"ClassMethodDescriptorType", "classmethod_descriptor", nil},
	{"GetSetDescriptorType", "getset_descriptor", nil},
	{"MemberDescriptorType", "member_descriptor", nil},
	{"WrapperDescriptorType", "wrapper_descriptor", nil},
	{"MethodWrapperType", "method-wrapper", nil},
	{"GeneratorType", "generator", &GeneratorType},
	{"CoroutineType", "coroutine", nil},
	{"AsyncGeneratorType", "async_generator", nil},
	{"CellType", "cell", nil},
	{"FrameType", "frame", nil},
	{"TracebackType", "traceback", nil},
	{"MappingProxyType", "mappingproxy", nil},
	{"GenericAlias", "GenericAlias", nil},
	{"UnionType", "UnionType", nil},
	{"ModuleType", "module", nil},
	{"NoneType", "NoneType", nil},
	{"NotImplementedType", "NotImplementedType", nil},
	{"EllipsisType", "ellipsis", nil},
}

// builtinTypeNamed finds a builtin type by its __name__.
func builtinTypeNamed(name string) *Type {
	for _, t := range builtinTypes {
		if t.Name == name {
			return t
		}
	}
	return nil
}

func init() {
	t := SimpleNamespaceType
	t.Module = "types"
	t.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
		if len(args) > len(kwnames) {
			return Errorf(TypeError, "no positional arguments expected")
		}
		d := self.header().dict
		for i, k := range kwnames {
			d.SetStr(k, args[len(args)-len(kwnames)+i])
		}
		return nil
	}
	// object.__new__ accepts arguments only for classes that define
	// __init__, so the Go Init slot is also exposed under that name.
	t.AddMethod("__init__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return None, t.Init(th, self, args, kwnames)
	})
	t.AddGetSet("__dict__", instanceDictGet, instanceDictSet)
	t.Repr = namespaceRepr
	t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if (op != CmpEQ && op != CmpNE) || !b.Type().IsSubtype(SimpleNamespaceType) || !a.Type().IsSubtype(SimpleNamespaceType) {
			return NotImplemented, nil
		}
		eq, err := DictEqual(th, a.header().dict, b.header().dict)
		if err != nil {
			return Value{}, err
		}
		return Bool(eq == (op == CmpEQ)), nil
	}

	RegisterModule("types", func(th *Thread, m *Module) error {
		m.Set("SimpleNamespace", ValueOf(SimpleNamespaceType))
		for _, e := range typesModuleTypes {
			if e.typ != nil {
				m.Set(e.attr, ValueOf(*e.typ))
			} else if t := builtinTypeNamed(e.typeName); t != nil {
				m.Set(e.attr, ValueOf(t))
			}
		}
		m.AddFunction("new_class", typesNewClass)
		return nil
	})
}

// namespaceRepr writes namespace(a=1, b=2), or TypeName(...) for a
// subclass, and namespace(...) for a namespace inside itself.
func namespaceRepr(th *Thread, v Value) (Value, error) {
	name := "namespace"
	if v.Type() != SimpleNamespaceType {
		name = v.Type().Name
	}
	st := &th.Interp.mods
	key := unsafe.Pointer(v.p)
	if st.reprActive[key] {
		return NewStr(name + "(...)"), nil
	}
	if st.reprActive == nil {
		st.reprActive = map[unsafe.Pointer]bool{}
	}
	st.reprActive[key] = true
	defer delete(st.reprActive, key)
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	d := v.header().dict
	first := true
	for i := 0; i < d.EntryCap(); i++ {
		k, val, ok := d.Entry(i)
		if !ok || k.Type().Layout != LayoutStr {
			continue
		}
		r, err := Repr(th, val)
		if err != nil {
			return Value{}, err
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(StrValue(k))
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

// DictEqual compares two dicts as == does.
func DictEqual(th *Thread, a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	for i := 0; i < a.EntryCap(); i++ {
		k, va, ok := a.Entry(i)
		if !ok {
			continue
		}
		vb, found, err := b.Get(th, k)
		if err != nil || !found {
			return false, err
		}
		if eq, err := Equal(th, va, vb); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// typesNewClass is types.new_class(name, bases=(), kwds=None,
// exec_body=None): it calls the metaclass as a class statement would.
func typesNewClass(th *Thread, args []Value, kwnames []string) (Value, error) {
	var name, bases, kwds, body Value
	if err := UnpackArgs("new_class", args, kwnames, "name", &name, "bases?", &bases, "kwds?", &kwds, "exec_body?", &body); err != nil {
		return Value{}, err
	}
	if !bases.IsValid() {
		bases = NewTuple(nil)
	}
	meta := ValueOf(TypeType)
	var kwArgs []Value
	var kwNames []string
	if kwds.IsValid() && !kwds.IsNone() {
		if kwds.Type().Layout != LayoutDict {
			return Value{}, Errorf(TypeError, "new_class() argument 'kwds' must be a dict")
		}
		d := as[Dict](kwds)
		for i := 0; i < d.EntryCap(); i++ {
			k, v, ok := d.Entry(i)
			if !ok {
				continue
			}
			if StrValue(k) == "metaclass" {
				meta = v
				continue
			}
			kwNames = append(kwNames, StrValue(k))
			kwArgs = append(kwArgs, v)
		}
	}
	if meta.Type().Layout == LayoutType && Is(meta, ValueOf(TypeType)) {
		if items := TupleItems(bases); len(items) > 0 {
			meta = ValueOf(items[0].Type())
		}
	}
	ns := NewDict()
	if prepare, ok, err := GetAttrOK(th, meta, "__prepare__"); err != nil {
		return Value{}, err
	} else if ok {
		r, err := Call(th, prepare, append([]Value{name, bases}, kwArgs...), kwNames)
		if err != nil {
			return Value{}, err
		}
		if r.Type().Layout == LayoutDict {
			ns = as[Dict](r)
		}
	}
	if body.IsValid() && !body.IsNone() {
		if _, err := Call(th, body, []Value{ValueOf(ns)}, nil); err != nil {
			return Value{}, err
		}
	}
	return Call(th, meta, append([]Value{name, bases, ValueOf(ns)}, kwArgs...), kwNames)
}
