//go:build !linux

package boot

// madvise does nothing where the advice numbers are not Linux's; it
// returns ENOSYS.
func madvise(addr, n, advice uintptr) (errno uintptr) { return 38 }

// mincore reports ENOSYS there too.
func mincore(addr, n uintptr, vec *byte) (errno uintptr) { return 38 }
