package boot

// madvise is madvise(2), made directly so that the package need not import
// syscall (and wait for its init): it returns the errno, 0 on success. It
// touches no Go memory and may run before anything is initialised.
//
//go:noescape
func madvise(addr, n, advice uintptr) (errno uintptr)

// mincore is mincore(2), made directly for the same reason: it fills vec,
// a byte a page, bit 0 set for a resident page, and returns the errno.
//
//go:noescape
func mincore(addr, n uintptr, vec *byte) (errno uintptr)
