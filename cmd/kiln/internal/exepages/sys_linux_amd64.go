package exepages

// rawSyscall6 makes system call trap (sys_linux_amd64.s) and returns its
// result and errno, 0 on success.
//
//go:noescape
func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r, errno uintptr)
