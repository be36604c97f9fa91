//go:build race

package runtime

// This file defines how a profiled thread publishes the builtin it runs
// in race-detector builds: an atomic store, so that the detector reports
// only real races (see profEnterBuiltin).

import (
	"sync/atomic"
	"unsafe"
)

func publishBuiltin(dst *unsafe.Pointer, v unsafe.Pointer) { atomic.StorePointer(dst, v) }
