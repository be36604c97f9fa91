package jit

import (
	"strings"
	"testing"
)

// handLoop builds, by hand, the trace of
//
//	while i < n: s += i * 2 % 7; i += 1
//
// with inputs i, n, s: the shape the recorder produces.
func handLoop() *Trace {
	t := &Trace{ID: 0, Kind: LoopTrace, Name: "prog.py:3 'while i < n'"}
	i := t.Emit(Op{Code: OpInput, Type: Int})
	n := t.Emit(Op{Code: OpInput, Type: Int})
	s := t.Emit(Op{Code: OpInput, Type: Int})
	t.NumInputs = 3
	t.Emit(Op{Code: OpLabel, Args: []Ref{i, n, s}, Aux: 1})
	snap := func(regs ...Ref) int32 {
		sn := Snapshot{Frames: []SnapFrame{{PC: 0, ResultReg: -1}}}
		for k, r := range regs {
			sn.Frames[0].Slots = append(sn.Frames[0].Slots, SnapSlot{Reg: int32(k), Ref: r})
		}
		sn.computeLive()
		t.Snaps = append(t.Snaps, sn)
		return int32(len(t.Snaps) - 1)
	}
	t.Emit(Op{Code: OpDebugMergePoint, Pos: "f;prog.py:1-3~#4 JGE"})
	c := t.Emit(Op{Code: OpIntLt, Args: []Ref{i, n}})
	t.Emit(Op{Code: OpGuardTrue, Args: []Ref{c}, Snap: snap(i, n, s)})
	m := t.Emit(Op{Code: OpIntMul, Args: []Ref{i, t.ConstInt(2)}})
	r := t.Emit(Op{Code: OpIntMod, Args: []Ref{m, t.ConstInt(7)}})
	s2 := t.Emit(Op{Code: OpIntAddOvf, Args: []Ref{s, r}})
	t.Emit(Op{Code: OpGuardNoOverflow, Snap: snap(i, n, s)})
	i2 := t.Emit(Op{Code: OpIntAdd, Args: []Ref{i, t.ConstInt(1)}})
	t.Emit(Op{Code: OpJump, Args: []Ref{i2, n, s2}, Aux: 1, Snap: snap(i2, n, s2)})
	return t
}

func TestTraceFormat(t *testing.T) {
	tr := handLoop()
	if err := tr.Verify(); err != nil {
		t.Fatal(err)
	}
	want := strings.TrimSpace(`
# Loop 0 (prog.py:3 'while i < n') : loop with 10 ops
[i0, i1, i2]
+3: label(i0, i1, i2, descr=TargetToken(1))
debug_merge_point(0, 0, 'f;prog.py:1-3~#4 JGE')
+5: i5 = int_lt(i0, i1)
+6: guard_true(i5, descr=<Guard0x0>) [i0, i1, i2]
+7: i7 = int_mul(i0, 2)
+8: i8 = int_mod(i7, 7)
+9: i9 = int_add_ovf(i2, i8)
+10: guard_no_overflow(descr=<Guard0x1>) [i0, i1, i2]
+11: i11 = int_add(i0, 1)
+12: jump(i11, i1, i9, descr=TargetToken(1))
+13: --end of the loop--`)
	if got := tr.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestVerifyRejects(t *testing.T) {
	tr := handLoop()
	tr.Ops[9].Args = []Ref{Ref(20), tr.ConstInt(1)} // use before definition
	if err := tr.Verify(); err == nil || !strings.Contains(err.Error(), "before it is defined") {
		t.Errorf("Verify = %v", err)
	}
	tr = handLoop()
	tr.Ops = append(tr.Ops[:8], tr.Ops[9:]...) // ovf op without its guard
	if err := tr.Verify(); err == nil {
		t.Error("Verify accepted an _ovf op without guard_no_overflow")
	}
}
