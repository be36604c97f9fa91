package boot

import (
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"
)

// madvise is madvise(2), made through rawsys so that the package need not
// import syscall (and wait for its init): it returns the errno, 0 on
// success.
func madvise(addr, n, advice uintptr) (errno uintptr) {
	_, errno = rawsys.Syscall6(28, addr, n, advice, 0, 0, 0) // SYS_madvise
	return errno
}

// mincore is mincore(2): it fills vec, a byte a page, bit 0 set for a
// resident page, and returns the errno.
func mincore(addr, n uintptr, vec *byte) (errno uintptr) {
	_, errno = rawsys.Syscall6(27, addr, n, uintptr(unsafe.Pointer(vec)), 0, 0, 0) // SYS_mincore
	return errno
}
