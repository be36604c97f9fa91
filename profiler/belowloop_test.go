package profiler

import (
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// TestBelowLoop checks where a tick in compiled code is placed: on the
// loop's own function, even when the stack was taken at a safe point in
// a function the interpreter called after compiled code left.
func TestBelowLoop(t *testing.T) {
	callee, loopFn, caller := &runtime.Code{}, &runtime.Code{}, &runtime.Code{}
	stack := []runtime.ProfileFrame{{Code: callee, Line: 5}, {Code: loopFn, Line: 9}, {Code: caller, Line: 27}}
	loop := &runtime.JITLoop{ID: 1, Code: loopFn}
	for _, tc := range []struct {
		name  string
		s     runtime.ProfileSample
		depth int
	}{
		{"taken in a callee", runtime.ProfileSample{Tier: runtime.TierJIT, Stack: stack, Loop: loop}, 2},
		{"taken in the loop's function", runtime.ProfileSample{Tier: runtime.TierJIT, Stack: stack[1:], Loop: loop}, 2},
		{"loop not on the stack", runtime.ProfileSample{Tier: runtime.TierJIT, Stack: stack[2:], Loop: loop}, 1},
		{"no registered loop", runtime.ProfileSample{Tier: runtime.TierJIT, Stack: stack}, 3},
	} {
		got := belowLoop(&tc.s)
		if len(got.Stack) != tc.depth || (tc.s.Loop != nil && tc.depth == 2 && got.Stack[0].Code != loopFn) {
			t.Errorf("%s: stack of %d frames starting at %p, want %d", tc.name, len(got.Stack), got.Stack[0].Code, tc.depth)
		}
	}
	if len(stack) != 3 {
		t.Errorf("the sample's own stack was changed")
	}
}
