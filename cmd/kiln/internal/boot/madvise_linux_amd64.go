package boot

// madvise is madvise(2), made directly so that the package need not import
// syscall (and wait for its init): it returns the errno, 0 on success. It
// touches no Go memory and may run before anything is initialised.
//
//go:noescape
func madvise(addr, n, advice uintptr) (errno uintptr)
