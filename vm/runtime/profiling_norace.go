//go:build !race

package runtime

// This file defines how a profiled thread publishes the builtin it runs
// in ordinary builds: a plain store (see profEnterBuiltin).

import "unsafe"

func publishBuiltin(dst *unsafe.Pointer, v unsafe.Pointer) { *dst = v }
