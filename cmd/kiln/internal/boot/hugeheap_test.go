package boot

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// TestCollapseHeap checks that collapseHeap maps the 2 MB that hold the
// frontier with a huge page when start-up's heap fits there, and leaves
// them alone when the frontier is too near either end: on a mapping of
// its own, with a page written below the frontier as the runtime's are.
func TestCollapseHeap(t *testing.T) {
	if os.Getenv("KILN_HEAPTHP") == "0" {
		t.Skip("KILN_HEAPTHP=0")
	}
	mem, err := syscall.Mmap(-1, 0, 3*hugePageBytes, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	start := uintptr(unsafe.Pointer(&mem[0]))
	lo := (start + hugePageBytes - 1) &^ (hugePageBytes - 1)
	mem[lo-start+300<<10] = 1
	defer func(saved uintptr) { hugeHeap = saved }(hugeHeap)

	for _, off := range []uintptr{minHugeOffset - page, hugePageBytes - startupHeapBytes + page} {
		if end := collapseHeap(lo + off); end != 0 {
			t.Errorf("collapseHeap with the frontier %d KiB into its 2 MB = +%#x, want 0", off>>10, end-lo)
		}
	}
	// The kernel may refuse a collapse now and then (EAGAIN, the pages
	// busy): a few tries.
	var end uintptr
	for try := 0; try < 3 && end == 0; try++ {
		end = collapseHeap(lo + 512<<10)
	}
	if end == 0 {
		if errno := madvise(lo, hugePageBytes, madvCollapse); errno != 0 {
			t.Skipf("MADV_COLLAPSE: errno %d (Linux before 6.1, THP disabled, or not Linux)", errno)
		}
		t.Fatal("collapseHeap made no huge page where MADV_COLLAPSE makes one")
	}
	if end != lo+hugePageBytes {
		t.Fatalf("collapseHeap = +%#x, want the end of the 2 MB, +%#x", end-lo, hugePageBytes)
	}
	if at, ok := HugeHeap(); !ok || at != lo {
		t.Errorf("HugeHeap() = %#x, %v, want %#x, true", at, ok, lo)
	}
	if mem[lo-start+300<<10] != 1 {
		t.Error("the byte written before the collapse is gone")
	}
	for off := uintptr(0); off < hugePageBytes; off += 64 << 10 {
		if r := resident(t, lo+off, 8); r != [8]bool{true, true, true, true, true, true, true, true} {
			t.Fatalf("pages at +%d KiB after the collapse: %v", off>>10, r)
		}
	}
	if kb := anonHugeKB(t, lo); kb < hugePageBytes>>10 {
		t.Errorf("smaps counts %d kB of huge pages in the mapping, want at least %d", kb, hugePageBytes>>10)
	}
}

// anonHugeKB returns the AnonHugePages of the mapping of /proc/self/smaps
// that holds addr.
func anonHugeKB(t *testing.T, addr uintptr) int {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	in := false
	for sc := bufio.NewScanner(f); sc.Scan(); {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 {
			in = lo <= addr && addr < hi
			continue
		}
		if rest, ok := strings.CutPrefix(line, "AnonHugePages:"); ok && in {
			var kb int
			fmt.Sscanf(strings.TrimSpace(rest), "%d", &kb)
			return kb
		}
	}
	t.Fatalf("no mapping in /proc/self/smaps holds %#x", addr)
	return 0
}
