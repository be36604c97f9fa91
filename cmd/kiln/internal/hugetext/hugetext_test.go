package hugetext

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/kilnpy/kiln/cmd/kiln/internal/exepages"
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
	if got := Chunks(segments, runs); !reflect.DeepEqual(got, want) {
		t.Errorf("Chunks = %#x, want %#x", got, want)
	}
	if got := Chunks(segments, nil); got != nil {
		t.Errorf("Chunks without runs = %#x, want none", got)
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
	whole, err := readWhole(dst, 0)
	if err != nil {
		if err.Error() == "inappropriate ioctl for device" {
			t.Skip("no PAGEMAP_SCAN (Linux before 6.7)")
		}
		t.Fatal(err)
	}
	if expected, why := Expected(path); !whole && expected {
		t.Error("the chunk did not come back whole")
	} else if !whole {
		t.Skip(why)
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
	if !mayStart(path, "build") {
		t.Error("no state file: want a helper")
	}
	for _, c := range []struct {
		build, state string
		age          time.Duration
		want         bool
	}{
		{"build", "pending", 0, false},
		{"build", "pending", 2 * pendingLimit, true}, // the helper died
		{"build", "failed", 2 * pendingLimit, false},
		{"other", "failed", 0, true},
	} {
		if err := writeState(path, c.build, c.state); err != nil {
			t.Fatal(err)
		}
		then := time.Now().Add(-c.age)
		if err := os.Chtimes(path, then, then); err != nil {
			t.Fatal(err)
		}
		if got := mayStart(path, "build"); got != c.want {
			t.Errorf("%s %s %v ago: mayStart = %v, want %v", c.build, c.state, c.age, got, c.want)
		}
	}
}
