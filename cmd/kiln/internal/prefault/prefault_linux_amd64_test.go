package prefault

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

const (
	madvPopulateRead  = 22
	madvPopulateWrite = 23
	page              = 4096
)

// TestHelper queues three ranges: two of anonymous memory and, between
// them, one the process may not read. It checks that the helper maps the
// first two, skips the third without faulting (a fault with every signal
// blocked would end the test binary), counts all three as done, does a
// job queued just before Close, and ends once closed.
func TestHelper(t *testing.T) {
	if runtime.NumCPU() < 2 {
		t.Skip("one CPU: no helper")
	}
	// Another run of the test in this process finds the helper ended:
	// start afresh.
	waitFor(t, ended, "an earlier helper to end")
	q = queue{}
	queued = 0
	state.Store(stateNew)
	mem, err := syscall.Mmap(-1, 0, 3*16*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	lo := uintptr(unsafe.Pointer(&mem[0]))
	forbidden := mem[16*page : 32*page]
	if err := syscall.Mprotect(forbidden, syscall.PROT_NONE); err != nil {
		t.Fatal(err)
	}
	ranges := [][2]uintptr{{lo, lo + 16*page}, {lo + 16*page, lo + 32*page}, {lo + 32*page, lo + 48*page}}
	for _, r := range ranges {
		if !Add(r[0], r[1], madvPopulateWrite) {
			t.Fatalf("Add(%#x, %#x) = false", r[0], r[1])
		}
	}
	Flush()
	waitFor(t, Idle, "the helper to do its jobs")
	if done := int(q.done.Load()); done != len(ranges) {
		t.Errorf("%d jobs done, want %d", done, len(ranges))
	}
	vec := make([]byte, 48)
	if _, _, e := syscall.Syscall(syscall.SYS_MINCORE, lo, 48*page, uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
		t.Fatal(e)
	}
	for i, v := range vec {
		if want := i < 16 || i >= 32; v&1 == 1 != want {
			t.Errorf("page %d resident = %v, want %v", i, v&1 == 1, want)
		}
	}
	// A job queued just before Close: Close hands it over, and the helper
	// does it before it ends.
	if !Add(lo, lo+16*page, madvPopulateRead) {
		t.Fatal("Add = false before Close")
	}
	Close()
	waitFor(t, ended, "the helper to end")
	if done := int(q.done.Load()); done != len(ranges)+1 {
		t.Errorf("%d jobs done once the helper ended, want %d", done, len(ranges)+1)
	}
	if Add(lo, lo+page, madvPopulateRead) {
		t.Error("Add took a job after Close")
	}
}

// waitFor waits up to a few seconds for cond.
func waitFor(t *testing.T, cond func() bool, what string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); {
		if time.Now().After(deadline) {
			t.Fatalf("waited 5 s for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}
