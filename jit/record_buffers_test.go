package jit

import "testing"

// TestRecordingBuffersReused: the arrays of a recording (ops, snapshots
// and the snapshots' slabs) go back to the driver once the recording is
// optimised or has aborted, cleared so that they keep nothing of the
// trace alive, and the next recording appends to them instead of growing
// new ones (record_buffers.go).
func TestRecordingBuffersReused(t *testing.T) {
	src := `
def pairs(a, b):
    t = 0
    for x, y in zip(a, b):   # for over zip: the recordings abort
        t += x * y
    return t

def total(n):
    s = 0
    i = 0
    while i < n:             # compiles
        s += i % 7
        i += 1
    return s

a = list(range(300))
print(pairs(a, a), total(5000))
`
	want, _ := runPy(t, src, false)
	for bn, be := range testBackends() {
		got, j := runPyWith(src, be)
		if got != want {
			t.Fatalf("%s: got %q, want %q", bn, got, want)
		}
		if j.stats.Tracing < 3 || j.stats.Loops < 1 {
			t.Fatalf("%s: %d recordings, %d loops: the program no longer exercises aborts and compiles", bn, j.stats.Tracing, j.stats.Loops)
		}
		b := j.recBuffers
		if cap(b.ops) == 0 || cap(b.snaps) == 0 || cap(b.slabs.frames) == 0 || cap(b.slabs.slots) == 0 || cap(b.slabs.live) == 0 {
			t.Fatalf("%s: recording arrays not kept: ops %d, snaps %d, frames %d, slots %d, live %d", bn,
				cap(b.ops), cap(b.snaps), cap(b.slabs.frames), cap(b.slabs.slots), cap(b.slabs.live))
		}
		if len(b.ops) != 0 || len(b.snaps) != 0 || len(b.slabs.frames) != 0 {
			t.Fatalf("%s: kept arrays not emptied", bn)
		}
		for i, op := range b.ops[:cap(b.ops)] {
			if op.Args != nil || op.Pos != "" || op.Code != 0 {
				t.Fatalf("%s: kept op %d still holds %v", bn, i, op.Code)
			}
		}
		for i, sn := range b.snaps[:cap(b.snaps)] {
			if sn.Frames != nil || sn.Live != nil || sn.ListIters != nil {
				t.Fatalf("%s: kept snapshot %d still holds its lists", bn, i)
			}
		}
		for i, fr := range b.slabs.frames[:cap(b.slabs.frames)] {
			if fr.Code != nil || fr.Func != nil || fr.Slots != nil {
				t.Fatalf("%s: kept frame %d still holds its code", bn, i)
			}
		}
	}
}
