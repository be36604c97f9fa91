package runtime

// This file tests the register effects the dead-temporary analysis gives
// to MAKEFUNC, whose mask word says which operand registers it reads.

import (
	"testing"

	"github.com/kilnpy/kiln/vm/compile"
)

func TestDeadTempsMakeFuncReadsOnlyMaskedOperands(t *testing.T) {
	w := compile.EncodeBx(compile.MAKEFUNC, 5, 0)
	cases := []struct {
		mask uint32
		read []int // of r5..r10
	}{
		{0, nil},
		{1, []int{6}},
		{4, []int{8}},
		{1 | 8, []int{6, 7, 8, 9}},
	}
	for _, tc := range cases {
		e, ok := regEffects(w, tc.mask)
		if !ok || !e.writes(5) {
			t.Fatalf("mask %d: MAKEFUNC r5 must be modelled and write r5", tc.mask)
		}
		for r := 5; r <= 10; r++ {
			want := false
			for _, x := range tc.read {
				want = want || x == r
			}
			if got := e.reads(r); got != want {
				t.Errorf("mask %d: reads(r%d) = %v, want %v", tc.mask, r, got, want)
			}
		}
	}
	// The stale registers after the function are dead at a call before it.
	insns := []uint32{
		compile.EncodeBx(compile.MAKEFUNC, 5, 0), 0,
		compile.Encode(compile.RETURN, 4, 0, 0),
	}
	if !regDeadFrom(insns, 0, 7) {
		t.Errorf("r7 is live across a MAKEFUNC with no operands")
	}
	insns[1] = 2 // kwdefaults in r7
	if regDeadFrom(insns, 0, 7) {
		t.Errorf("r7 is dead across a MAKEFUNC that reads it")
	}
}
