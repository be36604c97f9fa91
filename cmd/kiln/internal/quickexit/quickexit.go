// Package quickexit ends the process without making its parent wait for
// the kernel to tear down its memory.
//
// When a process exits, the kernel unmaps its address space before it
// tells the parent: every page the process had mapped is released first.
// On the PVM guest of docs/performance.md ("Start-up time") that costs
// about 0.2 us a page, and kiln's exit took 1.5 ms against an empty Go
// program's 0.7, most of it that tear-down, all of it on the path between
// the program's last statement and the shell's next prompt.
//
// The kernel tears an address space down when its last user lets go of it.
// So Exit first starts a helper process that shares the address space
// (clone with CLONE_VM, the way vfork does, but without waiting) and waits
// on a pipe that only this process holds the write end of. The process then
// exits; the helper still uses the address space, so the kernel skips the
// tear-down and reports the exit to the parent at once. Closing this
// process's files, which comes after, closes the pipe; the helper wakes and
// exits, and the tear-down happens then, in the helper, on another CPU if
// there is one. mold, the linker, ends the same way for the same reason.
//
// The helper runs a few instructions of assembly on a stack of its own and
// never touches the Go heap: it closes every file descriptor it inherited
// but its end of the pipe (so that nobody waiting for EOF on kiln's output
// waits for it), keeps every signal blocked (it inherits the mask that
// Exit sets around the clone), and exits with status 0. Its exit signal is
// 0, so kiln's own process gets no SIGCHLD for it; once kiln has exited,
// the kernel hands it to init (or the nearest subreaper) like any orphan,
// which reaps it. Where process 1 reaps no orphans (a container run
// without an init, whose program is process 1), each helper would stay a
// zombie until process 1 ends, as the orphans of any program that
// daemonizes do. The common case there is that program running kiln
// itself, so Exit starts no helper when kiln's parent is process 1 (which
// also leaves out services that systemd starts, for which the exit's
// latency hardly matters); KILN_EXIT_HELPER=0 turns the helper off for the
// other cases, such as a shell between that program and kiln.
//
// A descriptor whose release is dear can be left to the helper too
// (KeepOpen): kiln's userfaultfd (cmd/kiln/internal/exepages), whose
// release walks every mapping to undo the registration, 0.4 ms of the
// exit here.
//
// The parent sees kiln's exit status and resource usage as before; the
// CPU time of the tear-down is the helper's. KILN_EXIT_HELPER=0 in the
// environment turns the helper off. Where it cannot start (another CPU
// or OS, a seccomp filter that forbids clone, close_range missing) Exit is
// os.Exit.
package quickexit

import (
	"os"
	"sync/atomic"
	"syscall"
)

// keptFD is the descriptor KeepOpen named plus one, 0 for none (so that
// the zero value needs no init).
var keptFD atomic.Int64

// KeepOpen makes the helper keep descriptor fd open until it exits, so
// that what closing it releases is released after the parent has heard
// of the exit. One descriptor: a second call replaces the first, and a
// negative fd names none.
func KeepOpen(fd int) { keptFD.Store(int64(max(fd, -1)) + 1) }

// Exit ends the process with the status code, as os.Exit does, after
// starting the helper that lets the parent see the exit before the
// address space is torn down.
func Exit(code int) {
	if v, _ := syscall.Getenv("KILN_EXIT_HELPER"); v != "0" && syscall.Getppid() != 1 {
		startHelper()
	}
	os.Exit(code)
}
