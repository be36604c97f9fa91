package runtime

// This file defines typing.ClassVar, the special form that marks a class
// annotation as a class variable rather than an instance field (the
// dataclasses module reads it). ClassVar[T] is a generic alias whose
// __origin__ is ClassVar and whose __args__ is (T,), with CPython's repr
// "typing.ClassVar[T]".

// typingSpecialFormType is typing._SpecialForm, the type of ClassVar.
var typingSpecialFormType = NewBuiltinType("_SpecialForm", ObjectType, LayoutOther, 0)

// typingSpecialForm is a typing special form named by name.
type typingSpecialForm struct {
	Object
	name string
}

// TypingClassVar is typing.ClassVar.
var TypingClassVar = ValueOf(&typingSpecialForm{Object: Object{typ: typingSpecialFormType}, name: "ClassVar"})

func init() {
	t := typingSpecialFormType
	t.Module = "typing"
	t.Repr = func(th *Thread, v Value) (Value, error) {
		return NewStr("typing." + as[typingSpecialForm](v).name), nil
	}
	t.Call = func(th *Thread, v Value, args []Value, kwnames []string) (Value, error) {
		return Value{}, Errorf(TypeError, "Cannot instantiate typing.%s", as[typingSpecialForm](v).name)
	}
	t.GetItem = func(th *Thread, v, key Value) (Value, error) {
		name := as[typingSpecialForm](v).name
		if !key.IsImmediate() && key.Type() == TupleType {
			r, err := Repr(th, key)
			if err != nil {
				return Value{}, err
			}
			return Value{}, Errorf(TypeError, "typing.%s accepts only single type. Got %s.", name, r)
		}
		return NewGenericAlias(v, key), nil
	}
}
