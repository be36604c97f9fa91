package exepages

import (
	"debug/elf"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"

	"github.com/kilnpy/kiln/cmd/kiln/internal/prefault"
)

func TestStartupListRoundTrip(t *testing.T) {
	const base = 0x400000
	list := startupList{
		runs:  []Range{{base + 0x200000, base + 0x2a0000}, {base + 0x2a9000, base + 0x2ab000}, {base + 0x6b6000, base + 0x6b7000}},
		early: []Range{{base + 0x201000, base + 0x203000}},
		whole: []Range{{base, base + HugePage}},
	}
	data := formatStartupList("id/one", base, list)
	got, ok := parseStartupList(data, "id/one")
	want := startupList{
		runs:  []Range{{0x200000, 0x2a0000}, {0x2a9000, 0x2ab000}, {0x6b6000, 0x6b7000}},
		early: []Range{{0x201000, 0x203000}},
		whole: []Range{{0, HugePage}},
	}
	if !ok || !reflect.DeepEqual(got, want) {
		t.Fatalf("parse(format) = %x, %v; want %x\n%s", got, ok, want, data)
	}
	if _, ok := parseStartupList(data, "id/two"); ok {
		t.Error("a list for another build was accepted")
	}
	if l, ok := parseStartupList(formatStartupList("id", base, startupList{}), "id"); !ok || len(l.runs)+len(l.early)+len(l.whole) != 0 {
		t.Errorf("empty list: %x, %v", l, ok)
	}
	for _, bad := range []string{
		"",
		"kiln start-up pages 2\nid/one\n0 1000\ninit\n",               // the format before "whole"
		startupHeader + "id/one\n0 1000\n",                            // no early runs
		startupHeader + "id/one\n0 1000\ninit\n0 1000\n",              // no whole chunks
		startupHeader + "id/one\n0 1000\ninit\nwhole\n0 1000",         // cut short
		startupHeader + "id/one\n0 10x0\ninit\nwhole\n",               // not hex
		startupHeader + "id/one\n0\ninit\nwhole\n",                    // one number
		startupHeader + "id/one\n 1000\ninit\nwhole\n",                // no offset
		startupHeader + "id/one\n0 11111111111111111\ninit\nwhole\n",  // over 64 bits
		startupHeader + "id/one\ninit\n0 1000\ninit\n0 1000\nwhole\n", // two early sections
		startupHeader + "id/one\ninit\nwhole\nwhole\n",                // two whole sections
	} {
		if l, ok := parseStartupList([]byte(bad), "id/one"); ok {
			t.Errorf("accepted %q as %x", bad, l)
		}
	}
}

func TestSubtract(t *testing.T) {
	r := Range{0x10000, 0x20000}
	for _, c := range []struct {
		runs, want []Range
	}{
		{nil, []Range{r}},
		{[]Range{{0, 0x10000}, {0x20000, 0x30000}}, []Range{r}},
		{[]Range{{0, 0x30000}}, nil},
		{[]Range{{0x12000, 0x13000}, {0x15000, 0x16000}}, []Range{{0x10000, 0x12000}, {0x13000, 0x15000}, {0x16000, 0x20000}}},
		{[]Range{{0x8000, 0x11000}, {0x1f000, 0x28000}}, []Range{{0x11000, 0x1f000}}},
	} {
		if got := subtract(r, c.runs); !reflect.DeepEqual(got, c.want) {
			t.Errorf("subtract(%x, %x) = %x, want %x", r, c.runs, got, c.want)
		}
	}
}

// TestOutsideChunks checks that the runs recorded for the list leave out
// the chunks mapped whole, resident whole whatever start-up touched, and
// keep the rest of a run that crosses into one.
func TestOutsideChunks(t *testing.T) {
	const c0, c1 = 4 * HugePage, 6 * HugePage
	runs := []Range{
		{c0 - 0x3000, c0 + 0x1000}, // crosses into the first chunk
		{c0 + 0x5000, c0 + 0x9000}, // inside it
		{c1 - 0x2000, c1},          // between the two, not whole
		{c1 + HugePage - 0x1000, c1 + HugePage + 0x4000},
	}
	want := []Range{
		{c0 - 0x3000, c0},
		{c1 - 0x2000, c1},
		{c1 + HugePage - 0x1000, c1 + HugePage + 0x4000},
	}
	if got := outsideChunks(runs, []uintptr{c0}); !reflect.DeepEqual(got, want) {
		t.Errorf("outsideChunks(runs, chunk at %#x) = %x, want %x", c0, got, want)
	}
	if got := outsideChunks(runs, nil); !reflect.DeepEqual(got, runs) {
		t.Errorf("outsideChunks(runs, none) = %x, want the runs", got)
	}
}

// TestGoBuildID compares the build ID read from memory with the one in
// the executable's file.
func TestGoBuildID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	f, err := elf.Open(exe)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	want := ""
	if s := f.Section(".note.go.buildid"); s != nil {
		data, err := s.Data()
		if err != nil {
			t.Fatal(err)
		}
		// namesz, descsz, type, "Go\0\0", then the ID.
		want = string(data[16 : 16+int(f.ByteOrder.Uint32(data[4:]))])
	}
	if want == "" {
		t.Skip("the executable has no Go build ID note")
	}
	if got := goBuildID(); got != want {
		t.Fatalf("goBuildID() = %q, the file's note says %q", got, want)
	}
}

// TestPopulateListed names two absent pages of read-only data, with absent
// pages around them, in a list, one of them also as early, and checks
// that loading the list maps the other alone, that runs outside the
// executable are ignored, and that the list's whole chunks are kept. The
// helper thread (prefault) maps them, when there is one: the test waits
// for it.
func TestPopulateListed(t *testing.T) {
	if ok, why := Status(); !ok {
		t.Skip("fault-around left on:", why)
	}
	const span = 9
	target := absentRun(t, span)
	if target == 0 {
		t.Skip("no run of absent pages")
	}
	mid := target + span/2*4096
	early := mid + 2*4096
	base := readOnly[0].Lo
	end := readOnly[len(readOnly)-1].Hi
	defer func(saved []uintptr) { startupWhole = saved }(startupWhole)
	const chunk = 0x400000 // a whole chunk, as the list's run had it
	list := formatStartupList("id", base, startupList{
		runs:  []Range{{mid, mid + 4096}, {early, early + 4096}, {end, end + 4096}},
		early: []Range{{early, early + 4096}},
		whole: []Range{{chunk, chunk + HugePage}},
	})
	if !populateListed(list, "id") {
		t.Fatalf("list not accepted:\n%s", list)
	}
	if got := StartupWhole(); !reflect.DeepEqual(got, []uintptr{chunk}) {
		t.Errorf("StartupWhole() = %#x after loading a list with whole chunk %#x", got, chunk)
	}
	for !prefault.Idle() {
		runtime.Gosched()
	}
	for p := target; p < target+span*4096; p += 4096 {
		if got := resident(t, p); got != (p == mid) {
			t.Fatalf("after loading a list naming %#x: page %#x resident=%v", mid, p, got)
		}
	}
	if populateListed(list, "another build") {
		t.Fatal("a list for another build was loaded")
	}
}

// TestRecordStartupPages records this test binary's resident pages in a
// directory that does not exist yet, and reads the list back.
func TestRecordStartupPages(t *testing.T) {
	savedPath, savedID, savedListed, savedWhole, savedAtStart := startupPath, buildID, startupListed, startupWhole, wholeAtStart
	defer func() {
		startupPath, buildID, startupListed, startupWhole, wholeAtStart = savedPath, savedID, savedListed, savedWhole, savedAtStart
	}()
	startupPath = filepath.Join(t.TempDir(), "a", "b", "startup-0.pages")
	buildID, startupListed = "test/build", false
	// The list says which chunks were mapped whole at the start.
	wholeAtStart = []uintptr{(readOnly[0].Lo + HugePage - 1) &^ (HugePage - 1)}

	code := funcAddr(TestRecordStartupPages) &^ 4095
	if err := RecordStartupPages(); err != nil {
		t.Fatal(err)
	}
	if !StartupListed() {
		t.Error("StartupListed() is false after recording")
	}
	data, err := os.ReadFile(startupPath)
	if err != nil {
		t.Fatal(err)
	}
	list, ok := parseStartupList(data, "test/build")
	if !ok {
		t.Fatalf("the recorded list does not parse:\n%s", data)
	}
	runs := list.runs
	if want := []Range{{wholeAtStart[0] - readOnly[0].Lo, wholeAtStart[0] - readOnly[0].Lo + HugePage}}; !reflect.DeepEqual(list.whole, want) {
		t.Errorf("the recorded list's whole chunks = %x, want %x", list.whole, want)
	}
	if got := StartupWhole(); !reflect.DeepEqual(got, wholeAtStart) {
		t.Errorf("StartupWhole() = %#x after recording, want %#x", got, wholeAtStart)
	}
	found := false
	for _, r := range runs {
		lo, hi := readOnly[0].Lo+r.Lo, readOnly[0].Lo+r.Hi
		if lo%4096 != 0 || hi%4096 != 0 || !inReadOnly(lo, hi) {
			t.Errorf("run %#x-%#x is not whole pages of the read-only segments", lo, hi)
		}
		found = found || lo <= code && code < hi
	}
	if !found {
		t.Errorf("the page of this test's code, %#x, is not in the list:\n%s", code, data)
	}
	// Recorded once: a second call leaves the file alone.
	os.Remove(startupPath)
	if err := RecordStartupPages(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(startupPath); err == nil {
		t.Error("a second RecordStartupPages wrote the list again")
	}
}

// absentRun returns the start of a run of n read-only pages that are not
// resident, 0 if there is none.
func absentRun(t *testing.T, n int) uintptr {
	for _, r := range ReadOnly() {
		run := 0
		for addr := r.Lo; addr < r.Hi; addr += 4096 {
			if resident(t, addr) {
				run = 0
				continue
			}
			if run++; run == n {
				return addr - uintptr(n-1)*4096
			}
		}
	}
	return 0
}

// resident reports whether the page at addr is mapped in this process.
func resident(t *testing.T, addr uintptr) bool {
	t.Helper()
	runs, err := ResidentRuns([]Range{{addr, addr + 4096}})
	if err != nil {
		t.Skip("pagemap:", err)
	}
	return len(runs) == 1
}
