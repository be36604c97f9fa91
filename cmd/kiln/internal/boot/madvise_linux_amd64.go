package boot

import "unsafe"

// rawSyscall3 makes system call trap with three arguments
// (madvise_linux_amd64.s), directly so that the package need not import
// syscall (and wait for its init): it returns the errno, 0 on success. It
// touches no Go memory and may run before anything is initialised.
//
//go:noescape
func rawSyscall3(trap, a1, a2, a3 uintptr) (errno uintptr)

// madvise is madvise(2); it returns the errno, 0 on success.
func madvise(addr, n, advice uintptr) (errno uintptr) {
	return rawSyscall3(28, addr, n, advice) // SYS_madvise
}

// mincore is mincore(2): it fills vec, a byte a page, bit 0 set for a
// resident page, and returns the errno.
func mincore(addr, n uintptr, vec *byte) (errno uintptr) {
	return rawSyscall3(27, addr, n, uintptr(unsafe.Pointer(vec))) // SYS_mincore
}
