package runtime

import "unsafe"

func unsafeSizeofValue() uintptr { return unsafe.Sizeof(Value{}) }
