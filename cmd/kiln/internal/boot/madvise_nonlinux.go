//go:build !linux

package boot

// madvise does nothing where the advice numbers are not Linux's; it
// returns ENOSYS.
func madvise(addr, n, advice uintptr) (errno uintptr) { return 38 }
