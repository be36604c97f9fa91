package hugetext

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/kilnpy/kiln/cmd/kiln/internal/exepages"
	"golang.org/x/sys/unix"
)

func TestChunks(t *testing.T) {
	const mb = 1 << 20
	r := func(lo, hi uintptr) exepages.Range { return exepages.Range{Lo: lo, Hi: hi} }
	segments := []exepages.Range{r(0x400000, 0x884000), r(0x886000, 0x1000000)}
	runs := []exepages.Range{
		r(0x400000, 0x400000+mb+4096), // 257 pages: half of the first chunk and one more
		r(0x600000, 0x600000+mb-4096), // 255 pages: one short of half the second
		r(0x800000, 0x884000),         // dense, but the chunk ends outside its segment
		r(0xa00000, 0xb00000),         // 256 pages, half: qualifies
		r(0xc00000, 0xc00000+4096),
	}
	want := []uintptr{0x400000, 0xa00000}
	if got := Chunks(segments, runs, nil, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("Chunks = %#x, want %#x", got, want)
	}
	if got := Chunks(segments, nil, nil, nil); got != nil {
		t.Errorf("Chunks without runs = %#x, want none", got)
	}
	// A chunk sparse at exit but with a fifth of its pages resident before
	// exepages' init qualifies; one page fewer does not.
	early := []exepages.Range{
		r(0xc00000, 0xc00000+102*4096),
		r(0xe00000, 0xe00000+101*4096),
	}
	want = []uintptr{0x400000, 0xa00000, 0xc00000}
	if got := Chunks(segments, runs, early, nil); !reflect.DeepEqual(got, want) {
		t.Errorf("Chunks with early pages = %#x, want %#x", got, want)
	}
	// A chunk that the list's run had mapped whole qualifies; one across
	// the end of a segment still does not.
	want = []uintptr{0x400000, 0xa00000, 0xc00000, 0xe00000}
	if got := Chunks(segments, runs, early, []uintptr{0xe00000, 0x800000}); !reflect.DeepEqual(got, want) {
		t.Errorf("Chunks with whole chunks = %#x, want %#x", got, want)
	}
	want = []uintptr{0x400000, 0x600000, 0xa00000, 0xc00000, 0xe00000}
	if got := exepages.AlignedChunks(segments); !reflect.DeepEqual(got, want) {
		t.Errorf("AlignedChunks = %#x, want %#x", got, want)
	}
}

// TestReadWhole reads the first 2 MB of a fresh copy of the test binary
// (its pages dirty, as after a build) back as one folio mapped whole.
func TestReadWhole(t *testing.T) {
	if _, err := MappedWhole(nil); err != nil {
		t.Skip("no /proc/self/pagemap:", err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	path := filepath.Join(t.TempDir(), "copy")
	dst, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if n, err := io.Copy(dst, src); err != nil || n < ChunkSize {
		t.Fatalf("copying the test binary: %d bytes, %v", n, err)
	}
	outcome, err := readWhole(dst, 0)
	if err != nil {
		if err.Error() == "inappropriate ioctl for device" {
			t.Skip("no PAGEMAP_SCAN (Linux before 6.7)")
		}
		t.Fatal(err)
	}
	if expected, why := Expected(path); outcome != "" && expected {
		t.Errorf("the chunk did not come back whole: %s", outcome)
	} else if outcome != "" {
		t.Skip(why)
	}

	// A chunk that this process maps stays in the page cache: busy.
	if whole, err := CachedWhole(path, 0); !whole || err != nil {
		t.Fatalf("CachedWhole after readWhole = %v, %v", whole, err)
	}
	m, err := unix.Mmap(int(dst.Fd()), 0, ChunkSize, unix.PROT_READ, unix.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(m)
	_ = bytes.IndexByte(m[4096:4097], 0) // map a page of it
	if outcome, err := readWhole(dst, 0); outcome != "busy" || err != nil {
		t.Errorf("readWhole of a mapped chunk = %q, %v; want busy", outcome, err)
	}
}

func TestAllIn(t *testing.T) {
	for _, c := range []struct {
		chunks, a, b []uintptr
		want         bool
	}{
		{nil, nil, nil, true},
		{[]uintptr{1, 2}, []uintptr{1}, []uintptr{2}, true},
		{[]uintptr{1, 2}, []uintptr{1, 3}, nil, false},
		{[]uintptr{2}, nil, []uintptr{2, 1}, true},
	} {
		if got := allIn(c.chunks, c.a, c.b); got != c.want {
			t.Errorf("allIn(%v, %v, %v) = %v, want %v", c.chunks, c.a, c.b, got, c.want)
		}
	}
}

func TestMayStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "startup-3.huge")
	key := stateKey("build", 0x803, 0x1234)
	if !mayStart(path, key) {
		t.Error("no state file: want a helper")
	}
	for _, c := range []struct {
		key, state string
		age        time.Duration
		want       bool
	}{
		{key, "pending", 0, false},
		{key, "pending", 2 * pendingLimit, true}, // the helper died
		{key, "busy", 0, false},
		{key, "busy", 2 * pendingLimit, true},
		{key, "failed", 2 * pendingLimit, false},
		{stateKey("build", 0x803, 0x1235), "failed", 0, true}, // another copy
		{stateKey("other", 0x803, 0x1234), "failed", 0, true},
	} {
		if err := writeState(path, c.key, c.state); err != nil {
			t.Fatal(err)
		}
		then := time.Now().Add(-c.age)
		if err := os.Chtimes(path, then, then); err != nil {
			t.Fatal(err)
		}
		if got := mayStart(path, key); got != c.want {
			t.Errorf("%s %s %v ago: mayStart = %v, want %v", c.key, c.state, c.age, got, c.want)
		}
	}
}
