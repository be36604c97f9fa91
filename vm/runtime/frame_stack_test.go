package runtime

import "testing"

// This file tests the chunks of a thread's register stack (frame.go):
// a small first chunk, and a popped chunk kept for the next descent.

// A shallow program stays in the small first chunk; a recursion that
// goes back and forth across its end reuses the chunk it popped instead
// of allocating one per crossing, and computes what it should.
func TestRegisterStackChunks(t *testing.T) {
	th := newTestThread()
	globals := NewDict()
	src := `
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
`
	if _, err := ExecSource(th, "<test>", []byte(src), "exec", globals, nil); err != nil {
		t.Fatal(err)
	}
	if n := len(th.exec.stack); n != firstStackChunk {
		t.Fatalf("after a module body the stack chunk holds %d registers, want %d", n, firstStackChunk)
	}
	down, _ := globals.GetStr("down")
	deep := []Value{Int(800)} // several registers a frame: past the first chunk
	call := func() {
		v, err := Call(th, down, deep, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !v.IsSmallInt() || v.n != 800 {
			t.Fatalf("down(800) = %v, want 800", v)
		}
	}
	call()
	if th.exec.spare == nil {
		t.Fatal("down(800) never left the first chunk; the test needs a deeper call")
	}
	allocs := testing.AllocsPerRun(20, call)
	if allocs != 0 && regsViewPad == 0 { // race builds allocate registers apart
		t.Errorf("down(800) allocates %v times per call, want 0: the popped chunk is not reused", allocs)
	}
	if len(th.exec.stack) != firstStackChunk {
		t.Errorf("after the calls the thread is on a chunk of %d registers, want the first (%d)", len(th.exec.stack), firstStackChunk)
	}
}
