package rawsys

// Syscall6 makes system call trap (syscall_linux_amd64.s) and returns its
// result and errno, 0 on success. The numbers are x86-64's.
//
//go:noescape
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr)
