package boot

import (
	"runtime"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/prefault"
)

// TestPopulate checks that populate maps the pages of a fresh mapping
// that nothing touched, and stops at the end of the heap chunk.
func TestPopulate(t *testing.T) {
	mem, err := syscall.Mmap(-1, 0, 2*heapChunkBytes, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	base := uintptr(unsafe.Pointer(&mem[0]))
	chunkEnd := (base + heapChunkBytes) &^ (heapChunkBytes - 1)
	start := chunkEnd - 6*page // six pages before a chunk boundary
	if r := resident(t, start, 8); r != [8]bool{} {
		t.Fatalf("pages resident before populate: %v", r)
	}
	if got := populate(start+100, 64<<10); got != 6*page {
		t.Fatalf("populate across a chunk's end mapped %d bytes, want %d", got, 6*page)
	}
	want := [8]bool{true, true, true, true, true, true, false, false}
	if r := resident(t, start, 8); r != want {
		t.Fatalf("pages resident after populate: %v, want %v", r, want)
	}
}

// TestPrefaultHeap checks that prefaultHeap finds the heap: the frontier
// it populates from is mapped memory.
func TestPrefaultHeap(t *testing.T) {
	if got := prefaultHeap(heapFrontier()); got == 0 {
		t.Fatal("prefaultHeap mapped nothing")
	}
}

// TestPopulateStart checks that populateStart maps heapInitBytes from the
// page of its address, up to the limit: the first heapMainBytes at once,
// the rest by the prefault helper (or at once, when the helper has ended).
func TestPopulateStart(t *testing.T) {
	mem, err := syscall.Mmap(-1, 0, 2*heapInitBytes, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	base := uintptr(unsafe.Pointer(&mem[0]))
	if got := populateStart(base+100, base+2*heapInitBytes); got != heapInitBytes {
		t.Fatalf("populateStart = %d, want %d", got, heapInitBytes)
	}
	if r := resident(t, base, 8); r != [8]bool{true, true, true, true, true, true, true, true} {
		t.Fatalf("first pages after populateStart: %v", r)
	}
	for deadline := time.Now().Add(5 * time.Second); !prefault.Idle() && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	for _, at := range []uintptr{heapMainBytes, heapInitBytes - 8*page} {
		if r := resident(t, base+at, 8); r != [8]bool{true, true, true, true, true, true, true, true} {
			t.Errorf("pages at +%d KiB after the helper's work: %v", at>>10, r)
		}
	}
	if r := resident(t, base+heapInitBytes, 8); r != [8]bool{} {
		t.Errorf("pages past heapInitBytes: %v, want none resident", r)
	}
	// The limit cuts the range short.
	from := base + heapInitBytes
	if got := populateStart(from, from+20*page); got != 20*page {
		t.Errorf("populateStart up to a limit 20 pages on = %d, want %d", got, 20*page)
	}
}

const page = 4096

// resident reports which of the n pages from addr are resident (mincore).
func resident(t *testing.T, addr uintptr, n int) (r [8]bool) {
	vec := make([]byte, n)
	if _, _, errno := syscall.Syscall(syscall.SYS_MINCORE, addr, uintptr(n)*page, uintptr(unsafe.Pointer(&vec[0]))); errno != 0 {
		t.Fatal("mincore:", errno)
	}
	for i, v := range vec {
		r[i] = v&1 != 0
	}
	return r
}

// TestMadviseErrno checks that madvise reports the kernel's errors.
func TestMadviseErrno(t *testing.T) {
	if errno := madvise(1, page, madvPopulateWrite); errno != uintptr(syscall.EINVAL) {
		t.Errorf("madvise of an unaligned address: errno %d, want EINVAL", errno)
	}
	if errno := madvise(0, 0, madvPopulateWrite); errno != 0 {
		t.Errorf("madvise of nothing: errno %d, want 0", errno)
	}
}

// TestResidentPastPopulate checks that ResidentPastPopulate counts the
// heap pages past the populate that the program touched: a large object
// kept past it and written is resident there.
func TestResidentPastPopulate(t *testing.T) {
	const window = 4 << 20
	before, ok := ResidentPastPopulate(window)
	if !ok {
		t.Skip("the init populated nothing")
	}
	if before > window/page-16 {
		t.Skip("the pages past the populate are resident already (an earlier run of this test in the process)")
	}
	var kept [][]byte
	for range 64 {
		b := make([]byte, 64<<10)
		for i := 0; i < len(b); i += page {
			b[i] = 1
		}
		kept = append(kept, b)
	}
	after, _ := ResidentPastPopulate(window)
	if after < before+16 {
		t.Errorf("resident pages past the populate: %d before writing 4 MiB of objects, %d after", before, after)
	}
	runtime.KeepAlive(kept)
}

// TestPrefaultMetadata checks that the init found the runtime's persistent
// allocator through its itab probe and populated the pages from there, and
// that the probe answers only once.
func TestPrefaultMetadata(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("populating needs Linux's madvise")
	}
	if metadataFrontier == 0 {
		t.Fatal("the init found no itab of its probe: the linker made one, or the runtime no longer allocates them")
	}
	if r := resident(t, metadataFrontier&^(page-1), 8); r != [8]bool{true, true, true, true, true, true, true, true} {
		t.Errorf("the persistent allocator's next pages after the init: %v", r)
	}
	if at := persistentFrontier(); at != 0 {
		t.Errorf("a second probe found %#x, want 0 (the itab is made once)", at)
	}
}

// TestPopulateHoles checks that populateHoles maps the absent pages between
// the lowest resident page of a chunk and the frontier, and nothing below
// that page or from the frontier on.
func TestPopulateHoles(t *testing.T) {
	mem, err := syscall.Mmap(-1, 0, 2*heapChunkBytes, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	start := uintptr(unsafe.Pointer(&mem[0]))
	base := (start + heapChunkBytes - 1) &^ (heapChunkBytes - 1) // a chunk inside the mapping
	at := func(i uintptr) *byte { return &mem[base-start+i*page] }
	*at(2), *at(3), *at(6) = 1, 1, 1 // resident: 2, 3 and 6; holes: 4-5 and 7
	populateHoles(base + 8*page)
	var want [8]bool
	for i := 2; i < 8; i++ {
		want[i] = true
	}
	if r := resident(t, base, 8); r != want {
		t.Errorf("pages 0-7 after populateHoles: %v, want %v", r, want)
	}
	if r := resident(t, base+8*page, 8); r != [8]bool{} {
		t.Errorf("pages from the frontier on after populateHoles: %v, want none", r)
	}
}
