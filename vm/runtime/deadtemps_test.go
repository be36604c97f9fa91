package runtime

// This file tests the register effects the dead-temporary analysis gives
// to MAKEFUNC, whose mask word says which operand registers it reads, and
// its paths through raises, yields and exception handlers.

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
	if !regDeadFrom(&compile.Code{Code: insns}, 0, 7) {
		t.Errorf("r7 is live across a MAKEFUNC with no operands")
	}
	insns[1] = 2 // kwdefaults in r7
	if regDeadFrom(&compile.Code{Code: insns}, 0, 7) {
		t.Errorf("r7 is dead across a MAKEFUNC that reads it")
	}
}

func TestDeadTempsRaiseYieldAndHandlers(t *testing.T) {
	// 0 LOADGLOBAL r2; 1 RAISE r2 (C=1); 2 RETURN r7
	raise := []uint32{
		compile.EncodeBx(compile.LOADGLOBAL, 2, 0),
		compile.Encode(compile.RAISE, 2, 0, 1),
		compile.Encode(compile.RETURN, 7, 0, 0),
	}
	code := &compile.Code{Code: raise}
	if !regDeadFrom(code, 0, 4) {
		t.Errorf("r4 is live across a raise outside any handler")
	}
	if regDeadFrom(code, 1, 2) {
		t.Errorf("r2 is dead at the raise that reads it")
	}
	// Inside a try whose handler (pc 2) reads r4, r4 stays; a handler
	// storing the exception in r4 overwrites it.
	code.ExcTable = []compile.ExcEntry{{Start: 0, End: 2, Handler: 2, Reg: 3}}
	code.Code = []uint32{raise[0], raise[1], compile.Encode(compile.RETURN, 4, 0, 0)}
	if regDeadFrom(code, 0, 4) {
		t.Errorf("r4 is dead across a raise to a handler that reads it")
	}
	code.ExcTable[0].Reg = 4
	if !regDeadFrom(code, 0, 4) {
		t.Errorf("r4 is live across a raise to a handler that overwrites it")
	}

	// 0 YIELD r2 r1; 1 RETURN r2: the target is written on resumption,
	// but throw() reaches the handler without it.
	yield := &compile.Code{Code: []uint32{
		compile.Encode(compile.YIELD, 2, 1, 0),
		compile.Encode(compile.RETURN, 2, 0, 0),
		compile.Encode(compile.RETURN, 2, 0, 0),
	}}
	if !regDeadFrom(yield, 0, 2) {
		t.Errorf("a yield's target is live before it")
	}
	if regDeadFrom(yield, 0, 1) {
		t.Errorf("the yielded register is dead at the yield")
	}
	yield.ExcTable = []compile.ExcEntry{{Start: 0, End: 1, Handler: 2, Reg: 5}}
	if regDeadFrom(yield, 0, 2) {
		t.Errorf("a yield's target is dead although its handler reads it")
	}
}
