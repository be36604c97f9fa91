package runtime

// The core builtin types. Each is completed by the init function of its
// own file (slots and methods) and by finishBuiltinTypes.
var (
	ObjectType = NewBuiltinType("object", nil, LayoutObject, FlagBaseType)
	TypeType   = NewBuiltinType("type", ObjectType, LayoutType, FlagBaseType|FlagHasDict)
	IntType    = NewBuiltinType("int", ObjectType, LayoutInt, FlagBaseType)
	BoolType   = NewBuiltinType("bool", IntType, LayoutInt, 0)
	FloatType  = NewBuiltinType("float", ObjectType, LayoutFloat, FlagBaseType)
	NoneType   = NewBuiltinType("NoneType", ObjectType, LayoutNone, 0)
	StrType    = NewBuiltinType("str", ObjectType, LayoutStr, FlagBaseType)
	BytesType  = NewBuiltinType("bytes", ObjectType, LayoutBytes, FlagBaseType)
	TupleType  = NewBuiltinType("tuple", ObjectType, LayoutTuple, FlagBaseType)
	ListType   = NewBuiltinType("list", ObjectType, LayoutList, FlagBaseType)
	DictType   = NewBuiltinType("dict", ObjectType, LayoutDict, FlagBaseType)
	ModuleType = NewBuiltinType("module", ObjectType, LayoutModule, FlagBaseType|FlagHasDict)

	BuiltinFunctionType       = NewBuiltinType("builtin_function_or_method", ObjectType, LayoutOther, 0)
	MethodDescriptorType      = NewBuiltinType("method_descriptor", ObjectType, LayoutOther, 0)
	ClassMethodDescriptorType = NewBuiltinType("classmethod_descriptor", ObjectType, LayoutOther, 0)
	GetSetDescriptorType      = NewBuiltinType("getset_descriptor", ObjectType, LayoutOther, 0)

	NotImplementedType = NewBuiltinType("NotImplementedType", ObjectType, LayoutOther, 0)
	EllipsisType       = NewBuiltinType("ellipsis", ObjectType, LayoutOther, 0)
)

// NotImplemented and Ellipsis are singletons.
var (
	NotImplemented = ValueOf(&Object{typ: NotImplementedType})
	Ellipsis       = ValueOf(&Object{typ: EllipsisType})
)

func init() {
	emptyTuple = ValueOf(&Tuple{Object: Object{typ: TupleType}})
}
