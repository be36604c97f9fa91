//go:build !linux || !amd64

package exepages

// rawSyscall6 fails with ENOSYS where the package has no system calls of
// its own (their numbers in sys.go are x86-64's): the executable's pages
// then fault as the kernel maps them, and no start-up list is kept.
func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr) {
	return ^uintptr(0), 38
}
