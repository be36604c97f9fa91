package compile

import "testing"

// TestJump checks the decoding of instruction widths and jumps that the
// dead-register analysis, jump-target scans and the JIT's loop shapes use.
func TestJump(t *testing.T) {
	insns := []uint32{
		Encode(FORITER, 1, 0, 0), 6, // 0: the loop's exit at 6
		Encode(JLT, 1, 2, 1), 5, // 2: branch to 5
		EncodeAx(JMP, 0),        // 4: back-edge to 0
		Encode(ADD, 1, 1, 1),    // 5
		Encode(RETURN, 1, 0, 0), // 6
		Encode(JT, 1, 0, 0),     // 7: truncated, no target word
	}
	want := []struct {
		pc, words, target int
		conditional, ok   bool
	}{
		{0, 2, 6, true, true},
		{2, 2, 5, true, true},
		{4, 1, 0, false, true},
		{5, 1, 0, false, false},
		{6, 1, 0, false, false},
		{7, 2, 0, false, false},
	}
	for _, w := range want {
		if got := Words(insns[w.pc]); got != w.words {
			t.Errorf("Words(%v) = %d, want %d", Op(insns[w.pc]), got, w.words)
		}
		target, conditional, ok := Jump(insns, w.pc)
		if target != w.target || conditional != w.conditional || ok != w.ok {
			t.Errorf("Jump at %d (%v) = %d, %v, %v; want %d, %v, %v", w.pc, Op(insns[w.pc]), target, conditional, ok, w.target, w.conditional, w.ok)
		}
	}
}
