//go:build !linux || !amd64

package rawsys

// Syscall6 fails with ENOSYS where the package has no assembly (its
// callers' system call numbers are x86-64's).
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr) {
	return ^uintptr(0), 38
}
