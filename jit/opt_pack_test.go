package jit

// Tests of packing (opt_pack.go): a packed trace prints as it did, holds
// its ops, argument lists and snapshots in arrays of their exact size with
// no list able to grow into a neighbour's, and Optimize's output is
// packed. They also check that a JIT keeps no recording unless asked.

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// traceBytes is the memory a trace's arrays take, each backing array
// counted once at its capacity, and the bytes of their lengths alone.
func traceBytes(t *Trace) (held, used int) {
	seen := map[uintptr]int{} // backing array end -> the largest capacity seen from it
	add := func(p unsafe.Pointer, n, c int, size uintptr) {
		used += n * int(size)
		if c == 0 {
			return
		}
		end := uintptr(p) + uintptr(c)*size
		seen[end] = max(seen[end], c*int(size))
	}
	add(unsafe.Pointer(unsafe.SliceData(t.Ops)), len(t.Ops), cap(t.Ops), unsafe.Sizeof(Op{}))
	for i := range t.Ops {
		a := t.Ops[i].Args
		add(unsafe.Pointer(unsafe.SliceData(a)), len(a), cap(a), unsafe.Sizeof(Ref(0)))
	}
	add(unsafe.Pointer(unsafe.SliceData(t.Snaps)), len(t.Snaps), cap(t.Snaps), unsafe.Sizeof(Snapshot{}))
	add(unsafe.Pointer(unsafe.SliceData(t.Consts)), len(t.Consts), cap(t.Consts), unsafe.Sizeof(Const{}))
	for i := range t.Snaps {
		s := &t.Snaps[i]
		add(unsafe.Pointer(unsafe.SliceData(s.Frames)), len(s.Frames), cap(s.Frames), unsafe.Sizeof(SnapFrame{}))
		add(unsafe.Pointer(unsafe.SliceData(s.Live)), len(s.Live), cap(s.Live), unsafe.Sizeof(Ref(0)))
		add(unsafe.Pointer(unsafe.SliceData(s.ListIters)), len(s.ListIters), cap(s.ListIters), unsafe.Sizeof(SnapListIter{}))
		for _, fr := range s.Frames {
			add(unsafe.Pointer(unsafe.SliceData(fr.Slots)), len(fr.Slots), cap(fr.Slots), unsafe.Sizeof(SnapSlot{}))
		}
	}
	// A slab's sub-slices are capped at their own length, so one backing
	// array shows up under several ends: count what the ends cover.
	ends := make([]uintptr, 0, len(seen))
	for e := range seen {
		ends = append(ends, e)
	}
	slices.Sort(ends)
	lo := uintptr(0)
	for _, e := range ends {
		start := e - uintptr(seen[e])
		if start < lo {
			start = lo
		}
		if e > start {
			held += int(e - start)
		}
		lo = max(lo, e)
	}
	return held, used
}

// checkPacked fails unless every list of t is capped at its length and
// the trace holds no byte more than its lists' lengths (fewer where
// snapshots share lists).
func checkPacked(t *testing.T, name string, tr *Trace) {
	t.Helper()
	if cap(tr.Ops) != len(tr.Ops) || cap(tr.Snaps) != len(tr.Snaps) || cap(tr.Consts) != len(tr.Consts) {
		t.Errorf("%s: ops %d/%d, snaps %d/%d, consts %d/%d (len/cap)", name,
			len(tr.Ops), cap(tr.Ops), len(tr.Snaps), cap(tr.Snaps), len(tr.Consts), cap(tr.Consts))
	}
	for i := range tr.Ops {
		if a := tr.Ops[i].Args; cap(a) != len(a) {
			t.Fatalf("%s: op %d's args %d/%d: appending to them would overwrite the next op's", name, i, len(a), cap(a))
		}
	}
	for i := range tr.Snaps {
		s := &tr.Snaps[i]
		if cap(s.Live) != len(s.Live) || cap(s.Frames) != len(s.Frames) || cap(s.ListIters) != len(s.ListIters) {
			t.Fatalf("%s: snapshot %d not capped at its lengths", name, i)
		}
		for _, fr := range s.Frames {
			if cap(fr.Slots) != len(fr.Slots) {
				t.Fatalf("%s: snapshot %d's slots %d/%d", name, i, len(fr.Slots), cap(fr.Slots))
			}
		}
	}
	if held, used := traceBytes(tr); held > used {
		t.Errorf("%s: the trace's arrays hold %d bytes for %d bytes of ops, constants and snapshots", name, held, used)
	}
}

// snapsText prints every snapshot's frames, slots, Live and list
// iterators: what deopt and bridges read of them.
func snapsText(tr *Trace) string {
	var b strings.Builder
	for i := range tr.Snaps {
		s := &tr.Snaps[i]
		fmt.Fprintf(&b, "snap %d live %v iters %v\n", i, s.Live, s.ListIters)
		for _, fr := range s.Frames {
			fmt.Fprintf(&b, "  %p %p pc %d result %d init %v gen %v slots %v\n", fr.Code, fr.Func, fr.PC, fr.ResultReg, fr.InitCall, fr.Gen, fr.Slots)
		}
	}
	return b.String()
}

// TestPackKeepsTraceAndDropsSlack packs the optimiser's output of several
// recorded loops, peeled and not: the text is unchanged, the arrays are
// exact (a snapshot may share lists equal to the previous one's), and
// they are smaller than before (the optimiser reserves for the
// worst case). Optimize's own output must be packed.
func TestPackKeepsTraceAndDropsSlack(t *testing.T) {
	progs := scratchPrograms(t)
	// Guards in an inlined call: two-frame snapshots whose outer frame's
	// slots stay the same while the inner frame's change, and back.
	progs["inlined"] = `
def h(a, b):
    c = a * 2
    d = c + b
    if d > 100:
        d -= 7
    e = d * 3 + c
    return e - a

def run(n):
    s = 0
    for i in range(n):
        s = (s + h(i, s % 13)) % 1000
    return s

print(run(300))
`
	for name, src := range progs {
		rec := scratchRecord(t, src)
		for _, peel := range []bool{false, true} {
			label := name + peelName(peel)
			tr := optimize(rec, peel)
			want, wantSnaps := tr.String(), snapsText(tr)
			heldBefore, _ := traceBytes(tr)
			tr.pack()
			if got := tr.String(); got != want {
				t.Fatalf("%s: packing changed the trace:\n%s\nwant\n%s", label, got, want)
			}
			if got := snapsText(tr); got != wantSnaps {
				t.Fatalf("%s: packing changed the snapshots:\n%s\nwant\n%s", label, got, wantSnaps)
			}
			if err := tr.Verify(); err != nil {
				t.Fatalf("%s: packed trace does not verify: %v", label, err)
			}
			checkPacked(t, label, tr)
			if heldAfter, _ := traceBytes(tr); heldAfter > heldBefore {
				t.Errorf("%s: packing grew the trace from %d to %d bytes", label, heldBefore, heldAfter)
			}
			checkPacked(t, label+" (Optimize)", Optimize(rec, peel))
			if held, used := traceBytes(tr); name == "bench" && held >= used {
				t.Errorf("%s: no snapshot shares its lists with the one before (%d bytes held, %d used)", label, held, used)
			}
		}
	}
}

// TestPackedBridgeAndFunctionTraces checks the packing of what the driver
// keeps from a whole run: every loop, bridge and function trace, after
// their code has been compiled and run.
func TestPackedBridgeAndFunctionTraces(t *testing.T) {
	src := `
def f(n):
    s = 0
    for i in range(n):
        s += i * 2 + 1
    return s

def g(xs):
    t = 0
    for x in xs:
        if x % 3 == 0:
            t += x
        else:
            t -= 1
    return t

total = 0
for k in range(300):
    total += f(20) + g(list(range(k % 40)))
print(total)
`
	var out bytes.Buffer
	p := DefaultParams()
	p.Threshold = 1
	j := New(p, nil)
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}}, runtime.Options{Stdout: &out, Stderr: &out, JIT: j})
	var plain bytes.Buffer
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}}, runtime.Options{Stdout: &plain, Stderr: &plain})
	if out.String() != plain.String() {
		t.Fatalf("compiled run printed %q, the interpreter %q", out.String(), plain.String())
	}
	kinds := map[TraceKind]int{}
	for id, tr := range j.traces {
		kinds[tr.Kind]++
		checkPacked(t, tr.Name+" #"+strconv.Itoa(id), tr)
	}
	if kinds[LoopTrace] == 0 || kinds[BridgeTrace] == 0 {
		t.Fatalf("want loops and bridges kept, got %v; output %s", kinds, out.String())
	}
	if j.lastRecorded != nil {
		t.Errorf("the JIT kept its last recording, which only benchmarks ask for")
	}
}

// TestSnapSlotSize: a kept trace holds one SnapSlot per register per
// frame per guard (docs/jit-memory.md).
func TestSnapSlotSize(t *testing.T) {
	if n := unsafe.Sizeof(SnapSlot{}); n != 8 {
		t.Errorf("SnapSlot is %d bytes, want 8", n)
	}
}
