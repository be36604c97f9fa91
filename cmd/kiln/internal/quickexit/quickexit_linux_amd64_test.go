package quickexit

import (
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHelper starts the helper in the test's own process, where it waits
// for the test to close the pipe, and checks what it holds while it
// waits: no descriptor but its end of the pipe and the one KeepOpen
// named, every signal blocked, and this process's memory. Then it checks
// that closing the pipe ends it with status 0.
func TestHelper(t *testing.T) {
	var kept [2]int
	if err := syscall.Pipe2(kept[:], syscall.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(kept[0])
	defer syscall.Close(kept[1])
	// Above the helper's own pipe, as kiln's userfaultfd is (63).
	high, _, errno := syscall.Syscall(syscall.SYS_FCNTL, uintptr(kept[1]), syscall.F_DUPFD_CLOEXEC, 60)
	if errno != 0 {
		t.Fatal(errno)
	}
	syscall.Close(kept[1])
	kept[1] = int(high)
	KeepOpen(kept[1])
	defer KeepOpen(-1)
	// The thread that starts the helper gets its own signal mask back.
	runtime.LockOSThread()
	before := threadBlocked(t)
	pid, writeFD, ok := startHelper()
	after := threadBlocked(t)
	runtime.UnlockOSThread()
	if !ok {
		t.Skip("no helper on this kernel (clone or close_range refused)")
	}
	if after != before {
		t.Errorf("starting thread's blocked signals %s after the helper started, %s before", after, before)
	}
	defer syscall.Close(writeFD)
	proc := "/proc/" + strconv.Itoa(pid)

	// The helper closes its inherited descriptors first thing; give it
	// the moment that takes.
	var fds []os.DirEntry
	for start := time.Now(); time.Since(start) < 5*time.Second; time.Sleep(time.Millisecond) {
		var err error
		if fds, err = os.ReadDir(proc + "/fd"); err != nil {
			t.Fatal(err)
		}
		if len(fds) <= 2 {
			break
		}
	}
	var names []string
	for _, fd := range fds {
		target, _ := os.Readlink(proc + "/fd/" + fd.Name())
		names = append(names, fd.Name()+" "+target)
	}
	if len(fds) != 2 || !slices.Contains(names, strconv.Itoa(kept[1])+" "+fdTarget(t, kept[1])) {
		t.Fatalf("helper holds %q, want its pipe's read end and descriptor %d (%s)", names, kept[1], fdTarget(t, kept[1]))
	}

	status, err := os.ReadFile(proc + "/status")
	if err != nil {
		t.Fatal(err)
	}
	// SIGKILL and SIGSTOP cannot be blocked.
	const unblockable = 1<<(syscall.SIGKILL-1) | 1<<(syscall.SIGSTOP-1)
	if got, err := strconv.ParseUint(statusField(string(status), "SigBlk"), 16, 64); err != nil || got|unblockable != ^uint64(0) {
		t.Errorf("helper's blocked signals %x (%v), want all", got, err)
	}
	if got, want := statusField(string(status), "PPid"), strconv.Itoa(os.Getpid()); got != want {
		t.Errorf("helper's parent %s, want this process, %s", got, want)
	}
	// The helper shares this process's address space: kcmp(2) compares
	// the two processes' memory descriptors.
	const sysKcmp, kcmpVM = 312, 1
	r, _, errno := syscall.RawSyscall6(sysKcmp, uintptr(os.Getpid()), uintptr(pid), kcmpVM, 0, 0, 0)
	switch {
	case errno == syscall.ENOSYS:
		t.Log("no kcmp on this kernel: the shared address space is not checked")
	case errno != 0:
		t.Errorf("kcmp: %v", errno)
	case r != 0:
		t.Errorf("kcmp(KCMP_VM) = %d: the helper has an address space of its own", r)
	}

	syscall.Close(writeFD)
	var ws syscall.WaitStatus
	const wclone = 0x80000000 // __WCLONE: a child whose exit signal is not SIGCHLD
	if _, err := syscall.Wait4(pid, &ws, wclone, nil); err != nil {
		t.Fatal(err)
	}
	if !ws.Exited() || ws.ExitStatus() != 0 {
		t.Fatalf("helper ended with %v, want exit status 0", ws)
	}

	if _, _, ok := startHelper(); ok {
		t.Error("a second helper started: it would share the first one's stack")
	}
}

// fdTarget is what this process's descriptor fd refers to, as /proc shows it.
func fdTarget(t *testing.T, fd int) string {
	t.Helper()
	target, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
	if err != nil {
		t.Fatal(err)
	}
	return target
}

// threadBlocked is the calling thread's blocked signals, as its status in
// /proc shows them.
func threadBlocked(t *testing.T) string {
	t.Helper()
	status, err := os.ReadFile("/proc/thread-self/status")
	if err != nil {
		t.Fatal(err)
	}
	return statusField(string(status), "SigBlk")
}

func statusField(status, name string) string {
	for _, line := range strings.Split(status, "\n") {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
