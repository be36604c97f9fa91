//go:build linux && !amd64

package boot

import (
	"syscall"
	"unsafe"
)

// madvise is madvise(2) through package syscall where the package does not
// make the call itself; it returns the errno, 0 on success.
func madvise(addr, n, advice uintptr) (errno uintptr) {
	_, _, e := syscall.RawSyscall(syscall.SYS_MADVISE, addr, n, advice)
	return uintptr(e)
}

// mincore is mincore(2) through package syscall.
func mincore(addr, n uintptr, vec *byte) (errno uintptr) {
	_, _, e := syscall.RawSyscall(syscall.SYS_MINCORE, addr, n, uintptr(unsafe.Pointer(vec)))
	return uintptr(e)
}
