package exepages

import (
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"
)

// This file holds the package's system calls, made through rawsys rather
// than package syscall: a package that imports syscall initialises after
// it and after the packages before it (errors, sync, internal/godebug and
// others), and every page their inits touch before the registration
// faults in with the 64 KB around it.

// x86-64 system call numbers and flags: elsewhere rawsys.Syscall6 fails,
// and the package does nothing.
const (
	sysRead        = 0
	sysWrite       = 1
	sysClose       = 3
	sysPread64     = 17
	sysMadvise     = 28
	sysGetpid      = 39
	sysFcntl       = 72
	sysIoctl       = 16
	sysUserfaultfd = 323
	sysOpenat      = 257
	sysMkdirat     = 258
	sysUnlinkat    = 263
	sysRenameat    = 264

	atFDCWD   = ^uintptr(99) // AT_FDCWD, -100
	oRdonly   = 0
	oWronly   = 1
	oCreat    = 0o100
	oExcl     = 0o200
	oNonblock = 0o4000
	oCloexec  = 0o2000000

	errENOENT = 2
	errEIO    = 5
	errEEXIST = 17
)

// Errno is a failed system call's error number.
type Errno uintptr

func (e Errno) Error() string { return "exepages: system call failed with errno " + decimal(uint64(e)) }

func decimal(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		if v /= 10; v == 0 {
			return string(b[i:])
		}
	}
}

func sysErr(errno uintptr) error {
	if errno == 0 {
		return nil
	}
	return Errno(errno)
}

// cString returns s with a NUL after it, for the kernel.
func cString(s string) *byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return &b[0]
}

func openFile(path string, flags int, mode uint32) (int, error) {
	fd, errno := rawsys.Syscall6(sysOpenat, atFDCWD, uintptr(unsafe.Pointer(cString(path))), uintptr(flags|oCloexec), uintptr(mode), 0, 0)
	return int(fd), sysErr(errno)
}

func readFD(fd int, b []byte) (int, error) {
	n, errno := rawsys.Syscall6(sysRead, uintptr(fd), uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), 0, 0, 0)
	return int(n), sysErr(errno)
}

func preadFD(fd int, b []byte, off int64) (int, error) {
	n, errno := rawsys.Syscall6(sysPread64, uintptr(fd), uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), uintptr(off), 0, 0)
	return int(n), sysErr(errno)
}

func writeFD(fd int, b []byte) (int, error) {
	n, errno := rawsys.Syscall6(sysWrite, uintptr(fd), uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)), 0, 0, 0)
	return int(n), sysErr(errno)
}

func closeFD(fd int) error {
	_, errno := rawsys.Syscall6(sysClose, uintptr(fd), 0, 0, 0, 0, 0)
	return sysErr(errno)
}

func mkdir(path string, mode uint32) error {
	_, errno := rawsys.Syscall6(sysMkdirat, atFDCWD, uintptr(unsafe.Pointer(cString(path))), uintptr(mode), 0, 0, 0)
	return sysErr(errno)
}

func unlink(path string) error {
	_, errno := rawsys.Syscall6(sysUnlinkat, atFDCWD, uintptr(unsafe.Pointer(cString(path))), 0, 0, 0, 0)
	return sysErr(errno)
}

func rename(from, to string) error {
	_, errno := rawsys.Syscall6(sysRenameat, atFDCWD, uintptr(unsafe.Pointer(cString(from))), atFDCWD, uintptr(unsafe.Pointer(cString(to))), 0, 0)
	return sysErr(errno)
}

func getpid() int {
	pid, _ := rawsys.Syscall6(sysGetpid, 0, 0, 0, 0, 0, 0)
	return int(pid)
}

func madvise(lo, n, advice uintptr) {
	rawsys.Syscall6(sysMadvise, lo, n, advice, 0, 0, 0)
}

// pageSize is x86-64's page.
const pageSize = 4096
