package jit

// Differential tests of the x86-64 backend against the reference IR
// executor (IRExec): the same traces, inputs and bridges must leave
// through the same exit with the same snapshot values.

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	goruntime "runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/kilnpy/kiln/jit/internal/native"
	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// x86Backend returns the native backend, skipping where there is none.
func x86NativeForTest(t testing.TB) Backend {
	if nativeBackend == nil {
		t.Skip("no native backend on this platform")
	}
	return nativeBackend
}

// x86SlotsFor sizes Slots for every input, snapshot and jump of the traces.
func x86SlotsFor(ts ...*Trace) int {
	n := 0
	for _, t := range ts {
		n = max(n, t.NumInputs)
		for _, s := range t.Snaps {
			n = max(n, len(s.Live))
		}
		if len(t.Ops) > 0 {
			n = max(n, len(t.Ops[len(t.Ops)-1].Args))
		}
	}
	return n
}

// x86Outcome is what a run leaves behind, compared between backends.
type x86Outcome struct {
	exit        ExitKind
	trace, snap uint64
	live        []uint64
}

func (o x86Outcome) String() string {
	return fmt.Sprintf("%v trace %d snap %d live %x", o.exit, o.trace, o.snap, o.live)
}

// x86RunCode runs code on inputs and collects the x86Outcome; traces are every
// trace the run may exit from (to know the snapshot's Live count).
func x86RunCode(c Code, inputs []uint64, nslots int, interrupt *atomic.Uint32, traces map[uint64]*Trace) x86Outcome {
	st := &State{Interrupt: interrupt}
	st.growSlots(nslots) // Refs too: code that keeps refs writes them at its exits
	copy(st.Slots, inputs)
	k := c.Run(st)
	o := x86Outcome{exit: k, trace: st.ExitTrace, snap: st.ExitSnap}
	if tr := traces[st.ExitTrace]; tr != nil && int(st.ExitSnap) < len(tr.Snaps) {
		o.live = append(o.live, st.Slots[:len(tr.Snaps[st.ExitSnap].Live)]...)
	}
	return o
}

// x86Diff compiles t (and optional bridges, each linked to its parent's
// guard) with both backends, runs them on inputs and compares.
func x86Diff(t *testing.T, tr *Trace, inputs []uint64, bridges ...*Trace) x86Outcome {
	t.Helper()
	return x86DiffInterrupt(t, tr, inputs, nil, bridges...)
}

func x86DiffInterrupt(t *testing.T, tr *Trace, inputs []uint64, interrupt *atomic.Uint32, bridges ...*Trace) x86Outcome {
	t.Helper()
	x86 := x86NativeForTest(t)
	traces := map[uint64]*Trace{uint64(tr.ID): tr}
	all := []*Trace{tr}
	for _, b := range bridges {
		traces[uint64(b.ID)] = b
		all = append(all, b)
	}
	nslots := x86SlotsFor(all...)
	var outs [2]x86Outcome
	for k, be := range []Backend{IRExec{}, x86} {
		codes := map[*Trace]Code{}
		root, err := be.Compile(tr, nil)
		if err != nil {
			t.Fatalf("%s: compile: %v", be.Name(), err)
		}
		codes[tr] = root
		for _, b := range bridges {
			pc := codes[b.Parent]
			bc, err := be.Compile(b, root)
			if err != nil {
				t.Fatalf("%s: compile bridge: %v", be.Name(), err)
			}
			if err := pc.Link(b.ParentSnap, bc); err != nil {
				t.Fatalf("%s: link: %v", be.Name(), err)
			}
			codes[b] = bc
		}
		outs[k] = x86RunCode(root, inputs, nslots, interrupt, traces)
		for _, c := range codes {
			defer c.Free()
		}
	}
	if outs[0].String() != outs[1].String() {
		t.Fatalf("trace %d on inputs %x:\nirexec: %v\nx86-64: %v\n%s", tr.ID, inputs, outs[0], outs[1], tr)
	}
	return outs[1]
}

func x86Ints(vs ...int64) []uint64 {
	out := make([]uint64, len(vs))
	for i, v := range vs {
		out[i] = uint64(v)
	}
	return out
}

func TestX86HandLoop(t *testing.T) {
	tr := handLoop()
	o := x86Diff(t, tr, x86Ints(0, 1000, 0))
	if o.exit != ExitGuard || o.snap != 0 || int64(o.live[0]) != 1000 {
		t.Fatalf("loop ended as %v", o)
	}
	x86Diff(t, tr, x86Ints(5, 3, 7))                   // guard fails at once
	x86Diff(t, tr, x86Ints(0, 100, math.MaxInt64-200)) // overflow in the add
	x86Diff(t, tr, x86Ints(-50, 50, math.MinInt64+3))
}

func TestX86Interrupt(t *testing.T) {
	var word atomic.Uint32
	word.Store(1)
	o := x86DiffInterrupt(t, handLoop(), x86Ints(0, 1<<40, 0), &word)
	if o.exit != ExitInterrupt {
		t.Fatalf("exit %v, want interrupt", o.exit)
	}
}

// x86LoopBuilder builds loop traces: inputs, an optional preamble, a
// label over all inputs, body, and a jump whose args the caller gives.
type x86LoopBuilder struct {
	t      *Trace
	inputs []Ref
	pre    []Ref // preamble values
}

func x86NewLoop(id int, types ...Type) *x86LoopBuilder { return x86NewLoopPreamble(id, types, nil) }

func x86NewLoopPreamble(id int, types []Type, preamble func(*x86LoopBuilder)) *x86LoopBuilder {
	b := &x86LoopBuilder{t: &Trace{ID: id, Kind: LoopTrace, Name: fmt.Sprintf("test %d", id)}}
	for _, ty := range types {
		b.inputs = append(b.inputs, b.t.Emit(Op{Code: OpInput, Type: ty}))
	}
	b.t.NumInputs = len(types)
	if preamble != nil {
		preamble(b)
	}
	b.t.Emit(Op{Code: OpLabel, Args: b.inputs, Aux: 1})
	return b
}

// snap makes a snapshot of refs (registers 0..n-1 of one frame).
func (b *x86LoopBuilder) snap(refs ...Ref) int32 {
	sn := Snapshot{Frames: []SnapFrame{{ResultReg: -1}}}
	for k, r := range refs {
		sn.Frames[0].Slots = append(sn.Frames[0].Slots, SnapSlot{Reg: int32(k), Ref: r})
	}
	sn.computeLive()
	b.t.Snaps = append(b.t.Snaps, sn)
	return int32(len(b.t.Snaps) - 1)
}

func (b *x86LoopBuilder) op(code Opcode, args ...Ref) Ref {
	return b.t.Emit(Op{Code: code, Args: args})
}

func (b *x86LoopBuilder) guard(code Opcode, snapRefs []Ref, args ...Ref) {
	b.t.Emit(Op{Code: code, Args: args, Snap: b.snap(snapRefs...)})
}

func (b *x86LoopBuilder) jump(args ...Ref) *Trace {
	b.t.Emit(Op{Code: OpJump, Args: args, Aux: 1, Snap: b.snap(args...)})
	return b.t
}

// x86FloatLoop: while x < lim: s += x * 2.0 / 7.0 + sqrt(x) + sin(x); x += 1.0
func x86FloatLoop() *Trace {
	b := x86NewLoop(1, Float, Float, Float)
	x, lim, s := b.inputs[0], b.inputs[1], b.inputs[2]
	c := b.op(OpFloatLt, x, lim)
	b.guard(OpGuardTrue, []Ref{x, lim, s}, c)
	m := b.op(OpFloatMul, x, b.t.ConstFloat(2))
	d := b.op(OpFloatTrueDiv, m, b.t.ConstFloat(7))
	sq := b.t.Emit(Op{Code: OpCallF, Type: Float, Args: []Ref{x}, Aux: int64(mathFuncIndex("sqrt"))})
	sn := b.t.Emit(Op{Code: OpCallF, Type: Float, Args: []Ref{x}, Aux: int64(mathFuncIndex("sin"))})
	s1 := b.op(OpFloatAdd, s, d)
	s2 := b.op(OpFloatAdd, s1, sq)
	s3 := b.op(OpFloatAdd, s2, sn)
	neg := b.op(OpFloatNeg, s3)
	ab := b.op(OpFloatAbs, neg)
	x1 := b.op(OpFloatAdd, x, b.t.ConstFloat(1))
	return b.jump(x1, lim, ab)
}

func x86Fbits(fs ...float64) []uint64 {
	out := make([]uint64, len(fs))
	for i, f := range fs {
		out[i] = math.Float64bits(f)
	}
	return out
}

func TestX86FloatLoop(t *testing.T) {
	tr := x86FloatLoop()
	o := x86Diff(t, tr, x86Fbits(0, 5000, 0))
	if o.exit != ExitGuard || math.Float64frombits(o.live[0]) != 5000 {
		t.Fatalf("float loop ended as %v", o)
	}
	x86Diff(t, tr, x86Fbits(math.NaN(), 10, 1)) // NaN < 10 is false
	x86Diff(t, tr, x86Fbits(-3.5, 1e3, math.Inf(1)))
}

// x86CompareLoop exercises every comparison, fused with guards and not.
func x86CompareLoop(id int, guardOp Opcode, cmp Opcode, ty Type) *Trace {
	b := x86NewLoop(id, Int, ty, ty, Int)
	i, x, y, acc := b.inputs[0], b.inputs[1], b.inputs[2], b.inputs[3]
	all := []Ref{i, x, y, acc}
	c := b.op(OpIntLt, i, b.t.ConstInt(50))
	b.guard(OpGuardTrue, all, c)
	r := b.op(cmp, x, y) // materialised
	acc1 := b.op(OpIntAdd, acc, r)
	acc2 := b.op(OpIntMul, acc1, b.t.ConstInt(3))
	r2 := b.op(cmp, y, x) // fused with the guard
	b.guard(guardOp, []Ref{i, x, y, acc2}, r2)
	i1 := b.op(OpIntAdd, i, b.t.ConstInt(1))
	return b.jump(i1, x, y, acc2)
}

func TestX86Comparisons(t *testing.T) {
	intVals := []int64{-3, 0, 7, 7, math.MaxInt64, math.MinInt64}
	floatVals := []float64{-1.5, 0, 2.25, math.NaN(), math.Inf(-1), -0.0}
	id := 10
	for _, g := range []Opcode{OpGuardTrue, OpGuardFalse} {
		for _, cmp := range []Opcode{OpIntLt, OpIntLe, OpIntEq, OpIntNe, OpIntGt, OpIntGe} {
			id++
			tr := x86CompareLoop(id, g, cmp, Int)
			for _, x := range intVals {
				for _, y := range intVals {
					x86Diff(t, tr, x86Ints(0, x, y, 1))
				}
			}
		}
		for _, cmp := range []Opcode{OpFloatLt, OpFloatLe, OpFloatEq, OpFloatNe, OpFloatGt, OpFloatGe} {
			id++
			tr := x86CompareLoop(id, g, cmp, Float)
			for _, x := range floatVals {
				for _, y := range floatVals {
					x86Diff(t, tr, []uint64{0, math.Float64bits(x), math.Float64bits(y), 1})
				}
			}
		}
	}
}

// x86OverflowLoop runs acc = acc OP k with the overflow-checked op.
func x86OverflowLoop(id int, code Opcode) *Trace {
	b := x86NewLoop(id, Int, Int, Int)
	i, acc, k := b.inputs[0], b.inputs[1], b.inputs[2]
	c := b.op(OpIntLt, i, b.t.ConstInt(100))
	b.guard(OpGuardTrue, []Ref{i, acc, k}, c)
	var r Ref
	if code == OpIntNegOvf {
		r = b.op(code, acc)
	} else {
		r = b.op(code, acc, k)
	}
	b.guard(OpGuardNoOverflow, []Ref{i, acc, k})
	i1 := b.op(OpIntAdd, i, b.t.ConstInt(1))
	return b.jump(i1, r, k)
}

func TestX86OverflowGuards(t *testing.T) {
	cases := []struct {
		code   Opcode
		acc, k int64
	}{
		{OpIntAddOvf, math.MaxInt64 - 50, 1},
		{OpIntAddOvf, math.MinInt64 + 50, -1},
		{OpIntAddOvf, 0, 3},
		{OpIntSubOvf, math.MinInt64 + 30, 1},
		{OpIntSubOvf, 5, -7},
		{OpIntMulOvf, 1, 3},
		{OpIntMulOvf, -1, 7},
		{OpIntMulOvf, 0, math.MaxInt64},
		{OpIntNegOvf, math.MinInt64, 0},
		{OpIntNegOvf, 5, 0},
	}
	for n, c := range cases {
		o := x86Diff(t, x86OverflowLoop(30+n, c.code), x86Ints(0, c.acc, c.k))
		t.Logf("%s(%d, %d): %v", c.code.Name(), c.acc, c.k, o)
	}
}

// x86ArithLoop exercises the remaining int ops with operands in registers,
// constants and (under pressure) spill slots.
func x86ArithLoop(id int) *Trace {
	b := x86NewLoop(id, Int, Int, Int, Int)
	i, x, y, acc := b.inputs[0], b.inputs[1], b.inputs[2], b.inputs[3]
	c := b.op(OpIntLt, i, b.t.ConstInt(64))
	b.guard(OpGuardTrue, []Ref{i, x, y, acc}, c)
	pos := b.op(OpIntOr, b.op(OpIntAnd, y, b.t.ConstInt(1023)), b.t.ConstInt(1)) // > 0
	vals := []Ref{
		b.op(OpIntFloorDiv, x, pos),
		b.op(OpIntMod, x, pos),
		b.op(OpIntFloorDiv, x, b.t.ConstInt(7)),
		b.op(OpIntMod, x, b.t.ConstInt(7)),
		b.op(OpIntFloorDiv, x, b.t.ConstInt(8)),
		b.op(OpIntMod, x, b.t.ConstInt(8)),
		b.op(OpIntMod, x, b.t.ConstInt(1<<40)),
		b.op(OpIntRshift, x, b.op(OpIntAnd, i, b.t.ConstInt(127))),
		b.op(OpIntRshift, x, b.t.ConstInt(3)),
		b.op(OpIntRshift, x, b.t.ConstInt(200)),
		b.op(OpIntNeg, y),
		b.op(OpIntXor, x, y),
		b.op(OpIntSub, b.t.ConstInt(1<<40), x),
		b.op(OpIntSub, y, x),
		b.op(OpIntMul, x, b.t.ConstInt(1<<35)),
		b.op(OpIntMul, x, y),
		b.op(OpIntIsTrue, b.op(OpIntAnd, x, b.t.ConstInt(3))),
		b.op(OpBoolNot, b.op(OpIntGe, x, y)),
	}
	sum := acc
	for k, v := range vals {
		sum = b.op(OpIntXor, b.op(OpIntMul, sum, b.t.ConstInt(31)), v)
		if k%4 == 3 {
			b.guard(OpGuardFalse, []Ref{i, x, y, sum}, b.op(OpIntEq, sum, b.t.ConstInt(12345)))
		}
	}
	x1 := b.op(OpIntAdd, b.op(OpIntMul, x, b.t.ConstInt(6364136223846793005&0x7fffffff)), b.t.ConstInt(1442695))
	return b.jump(b.op(OpIntAdd, i, b.t.ConstInt(1)), x1, b.op(OpIntSub, y, b.t.ConstInt(17)), sum)
}

func TestX86IntOps(t *testing.T) {
	tr := x86ArithLoop(50)
	for _, in := range [][]int64{{0, 12345, 678, 0}, {0, -987654321, 3, 7}, {0, math.MinInt64, math.MaxInt64, 1}, {0, -1, -1, -1}} {
		x86Diff(t, tr, x86Ints(in...))
	}
}

// x86PressureLoop keeps more values live than there are registers, of both
// classes, across guards and the back-edge.
func x86PressureLoop(id, nInt, nFloat int) *Trace {
	types := []Type{Int}
	for range nInt {
		types = append(types, Int)
	}
	for range nFloat {
		types = append(types, Float)
	}
	b := x86NewLoop(id, types...)
	i := b.inputs[0]
	is, fs := b.inputs[1:1+nInt], b.inputs[1+nInt:]
	c := b.op(OpIntLt, i, b.t.ConstInt(40))
	b.guard(OpGuardTrue, b.inputs, c)
	var ni, nf []Ref
	for k := range is {
		ni = append(ni, b.op(OpIntAdd, is[k], is[(k+1)%len(is)]))
	}
	for k := range fs {
		nf = append(nf, b.op(OpFloatMul, b.op(OpFloatAdd, fs[k], fs[(k+3)%len(fs)]), b.t.ConstFloat(0.5)))
	}
	snapRefs := append(append([]Ref{i}, ni...), nf...)
	b.guard(OpGuardFalse, snapRefs, b.op(OpIntEq, ni[0], b.t.ConstInt(-1)))
	// Rotate the loop-carried values so the back-edge needs a real
	// parallel move with cycles.
	args := []Ref{b.op(OpIntAdd, i, b.t.ConstInt(1))}
	for k := range ni {
		args = append(args, ni[(k+1)%len(ni)])
	}
	for k := range nf {
		args = append(args, nf[(k+2)%len(nf)])
	}
	return b.jump(args...)
}

func TestX86RegisterPressure(t *testing.T) {
	for _, sz := range [][2]int{{3, 3}, {12, 2}, {4, 20}, {16, 18}} {
		tr := x86PressureLoop(60+sz[0], sz[0], sz[1])
		in := []uint64{0}
		for k := range sz[0] {
			in = append(in, uint64(k*k+1))
		}
		for k := range sz[1] {
			in = append(in, math.Float64bits(float64(k)*1.25))
		}
		x86Diff(t, tr, in)
	}
}

// TestX86SwapCycles: the jump swaps pairs of label args and rotates
// three (cycles in the parallel move), and passes constants.
func TestX86SwapCycles(t *testing.T) {
	b := x86NewLoop(70, Int, Int, Int, Float, Float, Int, Int, Float, Float, Float, Int)
	in := b.inputs
	c := b.op(OpIntLt, in[0], b.t.ConstInt(9))
	b.guard(OpGuardTrue, in, c)
	tr := b.jump(b.op(OpIntAdd, in[0], b.t.ConstInt(1)), in[2], in[1], in[4], in[3], in[6], in[5],
		in[8], in[9], in[7], b.t.ConstInt(1<<50))
	x86Diff(t, tr, []uint64{0, 1, 2, math.Float64bits(1.5), math.Float64bits(2.5), 3, 4,
		math.Float64bits(7), math.Float64bits(8), math.Float64bits(9), 5})
}

// x86ListLoop: while i < len(l): item = l[i] (int, guarded); l[i] = item*2 + s; s += item; i += 1
// and a float list read when fl is given.
func x86ListLoop(id int, l *runtime.Value) (*Trace, Ref) {
	b := x86NewLoop(id, Int, Int, Ptr)
	i, s, lst := b.inputs[0], b.inputs[1], b.inputs[2]
	all := []Ref{i, s, lst}
	b.guard(OpGuardClass, all, lst, b.t.ConstObj(unsafe.Pointer(runtime.ListType), runtime.ListType, "ConstClass(list)"))
	n := b.op(OpArrayLen, lst)
	b.guard(OpGuardTrue, all, b.op(OpIntLt, i, n))
	b.t.Emit(Op{Code: OpGuardArrayItemKind, Args: []Ref{lst, i}, Aux: ItemInt, Snap: b.snap(all...)})
	item := b.op(OpGetArrayItemI, lst, i)
	v := b.op(OpIntAdd, b.op(OpIntMul, item, b.t.ConstInt(2)), s)
	b.t.Emit(Op{Code: OpSetArrayItem, Args: []Ref{lst, i, v}})
	b.t.Emit(Op{Code: OpSetArrayItem, Args: []Ref{lst, b.t.ConstInt(0), b.op(OpIntGt, v, b.t.ConstInt(100))}})
	s1 := b.op(OpIntAdd, s, item)
	return b.jump(b.op(OpIntAdd, i, b.t.ConstInt(1)), s1, lst), lst
}

func x86ListOf(vs ...runtime.Value) runtime.Value { return runtime.NewList(vs) }

func x86ListBits(l runtime.Value) []string {
	var out []string
	for _, v := range runtime.ListItems(l) {
		out = append(out, fmt.Sprintf("%x/%x", v.Pointer(), v.Bits()))
	}
	return out
}

// x86DiffList runs the list loop on a fresh list from mk with each backend
// (the loop mutates it) and compares the exits and the final lists.
func x86DiffList(t *testing.T, tr *Trace, mk func() runtime.Value) x86Outcome {
	t.Helper()
	var outs [2]x86Outcome
	var finals [2]string
	for k, be := range []Backend{IRExec{}, x86NativeForTest(t)} {
		l := mk()
		c, err := be.Compile(tr, nil)
		if err != nil {
			t.Fatal(err)
		}
		p := uint64(uintptr(l.Pointer()))
		outs[k] = x86RunCode(c, []uint64{0, 0, p}, x86SlotsFor(tr), nil, map[uint64]*Trace{uint64(tr.ID): tr})
		for j, v := range outs[k].live {
			if v == p {
				outs[k].live[j] = 0xAAAA // the list, whichever copy
			}
		}
		finals[k] = fmt.Sprint(x86ListBits(l))
		c.Free()
	}
	if outs[0].String() != outs[1].String() || finals[0] != finals[1] {
		t.Fatalf("irexec: %v %s\nx86-64: %v %s", outs[0], finals[0], outs[1], finals[1])
	}
	return outs[1]
}

func TestX86Lists(t *testing.T) {
	tr, _ := x86ListLoop(80, nil)
	o := x86DiffList(t, tr, func() runtime.Value {
		var items []runtime.Value
		for k := range 20 {
			items = append(items, runtime.Int(int64(k*3-7)))
		}
		items[13] = runtime.Float(2.5) // the kind guard fails at 13
		return x86ListOf(items...)
	})
	if o.snap != 2 || o.live[0] != 13 {
		t.Fatalf("list loop ended as %v", o)
	}
	// A list shorter than the loop: the bounds guard fails.
	o = x86DiffList(t, tr, func() runtime.Value { return x86ListOf(runtime.Int(1), runtime.Int(2), runtime.Int(200)) })
	if o.snap != 1 || o.live[0] != 3 {
		t.Fatalf("short list loop ended as %v", o)
	}
	// Not a list: the class guard fails.
	x86DiffList(t, tr, func() runtime.Value { return runtime.NewDictValue() })
}

func TestX86GuardValueAndDictVersion(t *testing.T) {
	d := runtime.NewDict()
	b := x86NewLoop(90, Int, Int, Float)
	i, k, f := b.inputs[0], b.inputs[1], b.inputs[2]
	all := []Ref{i, k, f}
	dc := b.t.ConstObj(unsafe.Pointer(d), d, "ConstPtr(globals)")
	b.guard(OpGuardDictVersion, all, dc, b.t.ConstInt(int64(d.Writes())))
	b.guard(OpGuardValue, all, k, b.t.ConstInt(1<<40))
	b.guard(OpGuardValue, all, f, b.t.ConstFloat(0.5))
	b.guard(OpGuardTrue, all, b.op(OpIntLt, i, b.t.ConstInt(30)))
	tr := b.jump(b.op(OpIntAdd, i, b.t.ConstInt(1)), k, f)
	x86Diff(t, tr, []uint64{0, 1 << 40, math.Float64bits(0.5)})
	x86Diff(t, tr, []uint64{0, 1<<40 + 1, math.Float64bits(0.5)})
	x86Diff(t, tr, []uint64{0, 1 << 40, math.Float64bits(0.25)})
	d.SetStr("x", runtime.Int(1))
	o := x86Diff(t, tr, []uint64{0, 1 << 40, math.Float64bits(0.5)})
	if o.snap != 0 {
		t.Fatalf("dict version guard did not fail: %v", o)
	}
}

// x86BridgeFor builds a bridge from the guard owning snapshot snap of
// parent: its inputs are the snapshot's Live values; body runs and jumps
// to the parent's label with args.
func x86BridgeFor(id int, parent *Trace, snap int, body func(b *x86LoopBuilder, in []Ref) []Ref) *Trace {
	b := &x86LoopBuilder{t: &Trace{ID: id, Kind: BridgeTrace, Parent: parent, ParentSnap: snap}}
	for _, r := range parent.Snaps[snap].Live {
		b.inputs = append(b.inputs, b.t.Emit(Op{Code: OpInput, Type: parent.TypeOf(r)}))
	}
	b.t.NumInputs = len(b.inputs)
	args := body(b, b.inputs)
	b.t.Emit(Op{Code: OpJump, Args: args, Aux: 0, Snap: b.snap(args...)})
	return b.t
}

func TestX86Bridge(t *testing.T) {
	// Loop: while i < n: if i % 3 == 0 (guard_false) ...; s += i; i += 1.
	b := x86NewLoop(100, Int, Int, Int)
	i, n, s := b.inputs[0], b.inputs[1], b.inputs[2]
	all := []Ref{i, n, s}
	b.guard(OpGuardTrue, all, b.op(OpIntLt, i, n))
	m := b.op(OpIntMod, i, b.t.ConstInt(3))
	b.guard(OpGuardFalse, all, b.op(OpIntEq, m, b.t.ConstInt(0))) // snap 1
	s1 := b.op(OpIntAdd, s, i)
	loop := b.jump(b.op(OpIntAdd, i, b.t.ConstInt(1)), n, s1)
	// Bridge from snap 1: s += 1000; i += 1; back into the loop.
	br := x86BridgeFor(101, loop, 1, func(b *x86LoopBuilder, in []Ref) []Ref {
		b.guard(OpGuardTrue, in, b.op(OpIntLt, in[2], b.t.ConstInt(1<<20))) // fails eventually
		return []Ref{b.op(OpIntAdd, in[0], b.t.ConstInt(1)), in[1], b.op(OpIntAdd, in[2], b.t.ConstInt(1000))}
	})
	o := x86Diff(t, loop, x86Ints(0, 500, 0), br)
	if o.trace != 100 || o.snap != 0 {
		t.Fatalf("bridged loop ended as %v", o)
	}
	o = x86Diff(t, loop, x86Ints(0, 1<<30, 0), br) // the bridge's own guard fails
	if o.trace != 101 {
		t.Fatalf("bridge guard exit: %v", o)
	}
	// A bridge of a bridge, which also jumps to the loop.
	br2 := x86BridgeFor(102, br, 0, func(b *x86LoopBuilder, in []Ref) []Ref {
		return []Ref{b.op(OpIntAdd, in[0], b.t.ConstInt(1)), in[1], b.t.ConstInt(0)}
	})
	x86 := x86NativeForTest(t)
	lc, _ := x86.Compile(loop, nil)
	bc, _ := x86.Compile(br, lc)
	bc2, err := x86.Compile(br2, lc)
	if err != nil {
		t.Fatal(err)
	}
	lc.Link(1, bc)
	bc.Link(0, bc2)
	defer func() { lc.Free(); bc.Free(); bc2.Free() }()
	const limit = 5000
	var wi, ws int64
	for wi < limit {
		if wi%3 == 0 {
			if ws < 1<<20 {
				ws += 1000
			} else {
				ws = 0
			}
		} else {
			ws += wi
		}
		wi++
	}
	o = x86RunCode(lc, x86Ints(0, limit, 0), 3, nil, map[uint64]*Trace{100: loop})
	if o.exit != ExitGuard || o.trace != 100 || o.snap != 0 || int64(o.live[0]) != wi || int64(o.live[2]) != ws {
		t.Fatalf("bridge of a bridge: %v, want i=%d s=%d", o, wi, ws)
	}
	x86Diff(t, loop, x86Ints(0, limit, 0), br, br2)
}

// TestX86Preempt checks that a compiled loop yields to the collector: a
// long loop runs while another goroutine forces collections.
func TestX86Offsets(t *testing.T) {
	tr := handLoop()
	c, err := x86NativeForTest(t).Compile(tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Free()
	offs := c.Offsets()
	if len(offs) != len(tr.Ops) || c.Size() == 0 {
		t.Fatalf("offsets %v size %d", offs, c.Size())
	}
	for k := tr.NumInputs + 1; k < len(offs); k++ {
		if offs[k] < offs[k-1] {
			t.Fatalf("offsets not increasing: %v", offs)
		}
	}
	text := tr.FormatCode(c)
	if end := fmt.Sprintf("\n+%d: --end of the loop--", c.Size()); !strings.HasSuffix(text, end) {
		t.Errorf("log does not end with the code size %q:\n%s", end, text)
	}
	t.Logf("%s", text)
}

func TestX86RejectsUnknownOps(t *testing.T) {
	tr := handLoop()
	tr.Ops[7].Code = numOpcodes + 3 // beyond the IR
	if _, err := x86NativeForTest(t).Compile(tr, nil); err == nil {
		t.Fatal("compiled an unknown op")
	}
}

// x86RandomLoop generates a random well-formed loop over x86Ints and floats
// with guards that fail at data-dependent iterations.
func x86RandomLoop(id int, rng *rand.Rand) *Trace {
	nI, nF := 1+rng.IntN(6), rng.IntN(5)
	types := []Type{Int}
	for range nI {
		types = append(types, Int)
	}
	for range nF {
		types = append(types, Float)
	}
	b := x86NewLoopPreamble(id, types, func(b *x86LoopBuilder) {
		// A preamble whose values the body uses without their being label
		// arguments: they cross the label in registers or spill slots.
		for k := range rng.IntN(6) {
			in := b.inputs[1+rng.IntN(len(b.inputs)-1)]
			if b.t.TypeOf(in) == Float {
				b.pre = append(b.pre, b.op(OpFloatMul, in, b.t.ConstFloat(float64(k)+0.5)))
			} else {
				b.pre = append(b.pre, b.op(OpIntXor, in, b.t.ConstInt(int64(k*7919))))
			}
		}
	})
	i := b.inputs[0]
	ivals := append([]Ref{}, b.inputs[1:1+nI]...)
	fvals := append([]Ref{}, b.inputs[1+nI:]...)
	for _, p := range b.pre {
		if b.t.TypeOf(p) == Float {
			fvals = append(fvals, p)
		} else {
			ivals = append(ivals, p)
		}
	}
	snapAll := func() []Ref { return append([]Ref{i}, append(append([]Ref{}, ivals...), fvals...)...) }
	b.guard(OpGuardTrue, snapAll(), b.op(OpIntLt, i, b.t.ConstInt(int64(5+rng.IntN(300)))))
	pickI := func() Ref {
		if rng.IntN(5) == 0 {
			return b.t.ConstInt(rng.Int64N(2000) - 1000)
		}
		return ivals[rng.IntN(len(ivals))]
	}
	pickF := func() Ref {
		if len(fvals) == 0 || rng.IntN(5) == 0 {
			return b.t.ConstFloat(rng.Float64()*10 - 5)
		}
		return fvals[rng.IntN(len(fvals))]
	}
	for range 5 + rng.IntN(40) {
		switch rng.IntN(14) {
		case 0, 1:
			ivals = append(ivals, b.op([]Opcode{OpIntAdd, OpIntSub, OpIntMul, OpIntAnd, OpIntOr, OpIntXor}[rng.IntN(6)], pickI(), pickI()))
		case 2:
			pos := b.op(OpIntOr, b.op(OpIntAnd, pickI(), b.t.ConstInt(255)), b.t.ConstInt(1))
			if rng.IntN(2) == 0 {
				pos = b.t.ConstInt(int64(1 + rng.IntN(64)))
			}
			ivals = append(ivals, b.op([]Opcode{OpIntFloorDiv, OpIntMod}[rng.IntN(2)], pickI(), pos))
		case 3:
			ivals = append(ivals, b.op(OpIntRshift, pickI(), b.op(OpIntAnd, pickI(), b.t.ConstInt(127))))
		case 4:
			code := []Opcode{OpIntAddOvf, OpIntSubOvf, OpIntMulOvf}[rng.IntN(3)]
			r := b.op(code, pickI(), pickI())
			b.guard(OpGuardNoOverflow, snapAll())
			ivals = append(ivals, r)
		case 5:
			cmp := []Opcode{OpIntLt, OpIntLe, OpIntEq, OpIntNe, OpIntGt, OpIntGe}[rng.IntN(6)]
			c := b.op(cmp, pickI(), pickI())
			if rng.IntN(2) == 0 {
				ivals = append(ivals, c)
			} else if rng.IntN(4) == 0 {
				b.guard([]Opcode{OpGuardTrue, OpGuardFalse}[rng.IntN(2)], snapAll(), c)
			}
		case 6, 7:
			fvals = append(fvals, b.op([]Opcode{OpFloatAdd, OpFloatSub, OpFloatMul}[rng.IntN(3)], pickF(), pickF()))
		case 8:
			fvals = append(fvals, b.op([]Opcode{OpFloatNeg, OpFloatAbs}[rng.IntN(2)], pickF()))
		case 9:
			fvals = append(fvals, b.op(OpCastIntToFloat, pickI()))
		case 10:
			cmp := []Opcode{OpFloatLt, OpFloatLe, OpFloatEq, OpFloatNe, OpFloatGt, OpFloatGe}[rng.IntN(6)]
			c := b.op(cmp, pickF(), pickF())
			if rng.IntN(3) == 0 {
				b.guard([]Opcode{OpGuardTrue, OpGuardFalse}[rng.IntN(2)], snapAll(), c)
			} else {
				ivals = append(ivals, c)
			}
		case 11:
			fvals = append(fvals, b.t.Emit(Op{Code: OpCallF, Type: Float, Args: []Ref{pickF()}, Aux: int64(rng.IntN(len(MathFuncs())))}))
		case 12:
			fvals = append(fvals, b.op(OpFloatTrueDiv, pickF(), b.t.ConstFloat(float64(1+rng.IntN(9)))))
		case 13:
			if rng.IntN(2) == 0 {
				ivals = append(ivals, b.op(OpIntNeg, pickI()))
			} else {
				ivals = append(ivals, b.t.Emit(Op{Code: OpSameAs, Type: Int, Args: []Ref{pickI()}}))
			}
		}
	}
	args := []Ref{b.op(OpIntAdd, i, b.t.ConstInt(1))}
	for k := 0; k < nI; k++ {
		args = append(args, b.op(OpIntAnd, ivals[rng.IntN(len(ivals))], b.t.ConstInt(0xffffff))) // keep x86Ints tame
	}
	for k := 0; k < nF; k++ {
		f := fvals[rng.IntN(len(fvals))]
		// Keep floats finite so loops don't turn into NaN soup at once.
		args = append(args, b.op(OpFloatMul, f, b.t.ConstFloat(0.5)))
	}
	return b.jump(args...)
}

func TestX86RandomTraces(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 100
	}
	x86RandomTraces(t, n)
}

// TestX86RandomTracesYielding runs random traces taking the yield exit at
// every back-edge, re-entering through the label's entry point.
func TestX86RandomTracesYielding(t *testing.T) {
	x86YieldEveryIteration = true
	defer func() { x86YieldEveryIteration = false }()
	x86RandomTraces(t, 150)
	x86Diff(t, x86FloatLoop(), x86Fbits(0, 300, 0))
}

func x86RandomTraces(t *testing.T, n int) {
	for seed := range n {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		tr := x86RandomLoop(1000+seed, rng)
		if err := tr.Verify(); err != nil {
			t.Fatalf("seed %d: generator made a bad trace: %v", seed, err)
		}
		in := []uint64{0}
		for k := 1; k < tr.NumInputs; k++ {
			if tr.Ops[k].Type == Float {
				in = append(in, math.Float64bits(rng.Float64()*100-50))
			} else {
				in = append(in, uint64(rng.Int64N(1<<20)-1<<19))
			}
		}
		x86Diff(t, tr, in)
	}
}

// x86Trace100 is a loop trace of about 100 ops in the recorder's style:
// arithmetic, comparisons, overflow guards and a list read.
func x86Trace100() *Trace {
	b := x86NewLoop(500, Int, Int, Int, Float)
	i, n, s, f := b.inputs[0], b.inputs[1], b.inputs[2], b.inputs[3]
	all := b.inputs
	for len(b.t.Ops) < 100 {
		b.t.Emit(Op{Code: OpDebugMergePoint, Pos: "f;prog.py:1-3~#4 JGE"})
		b.guard(OpGuardTrue, all, b.op(OpIntLt, i, n))
		m := b.op(OpIntMod, b.op(OpIntMul, i, b.t.ConstInt(2)), b.t.ConstInt(7))
		s = b.op(OpIntAddOvf, s, m)
		b.guard(OpGuardNoOverflow, all)
		f = b.op(OpFloatAdd, b.op(OpFloatMul, f, b.t.ConstFloat(0.5)), b.op(OpCastIntToFloat, m))
		i = b.op(OpIntAdd, i, b.t.ConstInt(1))
	}
	return b.jump(i, n, s, f)
}

// BenchmarkX86Compile100 measures the backend's part of the pipeline from
// an optimised trace of ~100 ops to runnable code: register allocation,
// code generation, assembly, loading (go test -bench X86Compile ./jit).
func BenchmarkX86Compile100(b *testing.B) {
	be := x86NativeForTest(b)
	tr := x86Trace100()
	b.ReportMetric(float64(tr.CountOps()), "ops")
	cpu0 := x86ThreadCPU()
	for b.Loop() {
		c, err := be.Compile(tr, nil)
		if err != nil {
			b.Fatal(err)
		}
		c.Free()
	}
	// CPU time, next to the wall time: on a shared machine the wall
	// time includes waiting for a core.
	b.ReportMetric(float64(x86ThreadCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// x86ThreadCPU returns the process's user+system CPU time in ns.
func x86ThreadCPU() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func TestX86Trace100(t *testing.T) {
	x86Diff(t, x86Trace100(), []uint64{0, 1000, 0, math.Float64bits(1)})
}

// TestX86MagicDivision checks the constant-divisor sequence against Go's
// floor division for divisors and dividends around every edge.
func TestX86MagicDivision(t *testing.T) {
	divisors := []int64{3, 5, 6, 7, 9, 10, 11, 12, 25, 100, 641, 1000, 1<<20 + 1, 1<<31 - 1, 2147483647}
	xs := []int64{0, 1, -1, 2, -2, 6, -6, 7, -7, 8, -8, 13, -13, 1 << 40, -(1 << 40), math.MaxInt64, math.MinInt64, math.MinInt64 + 1, math.MaxInt64 - 1}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 40 {
		xs = append(xs, int64(rng.Uint64()))
	}
	for _, d := range divisors {
		for _, code := range []Opcode{OpIntMod, OpIntFloorDiv} {
			b := x86NewLoop(600, Int, Int, Int)
			k, x := b.inputs[0], b.inputs[1]
			b.guard(OpGuardTrue, b.inputs, b.op(OpIntLt, k, b.t.ConstInt(1)))
			r := b.op(code, x, b.t.ConstInt(d))
			tr := b.jump(b.op(OpIntAdd, k, b.t.ConstInt(1)), x, r)
			for _, xv := range xs {
				o := x86Diff(t, tr, x86Ints(0, xv, 0))
				want := xv % d
				q := xv / d
				if want < 0 {
					want += d
					q--
				}
				if code == OpIntFloorDiv {
					want = q
				}
				if int64(o.live[2]) != want {
					t.Fatalf("%s(%d, %d) = %d, want %d", code.Name(), xv, d, int64(o.live[2]), want)
				}
			}
		}
	}
}

// TestX86PerfMap checks that compiled traces are named in the perf map
// once it is open.
func TestX86PerfMap(t *testing.T) {
	pm := native.DefaultPerfMap()
	path := native.PerfMapPath(os.Getpid())
	if err := pm.Open(); err != nil {
		t.Skip(err)
	}
	defer os.Remove(path)
	c, err := x86NativeForTest(t).Compile(handLoop(), nil)
	pm.Close()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Free()
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "kiln::loop 0 (prog.py:3 'while i < n')") {
		t.Fatalf("perf map:\n%s", data)
	}
}

// TestX86YieldsToCollector runs a long compiled loop while another
// goroutine forces collections: Run serves the yield exits itself (the
// driver sees only the final guard exit) and every collection completes.
func TestX86YieldsToCollector(t *testing.T) {
	const n = 50_000_000
	code, err := x86NativeForTest(t).Compile(x86HandLoopIntOnly(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer code.Free()
	done := make(chan struct{})
	gcs := 0
	go func() {
		for {
			select {
			case <-done:
				return
			default:
			}
			goruntime.GC()
			gcs++
			time.Sleep(2 * time.Millisecond)
		}
	}()
	st := &State{Slots: make([]uint64, 3)}
	copy(st.Slots, x86Ints(0, n, 0))
	t0 := time.Now()
	kind := code.Run(st)
	close(done)
	if kind != ExitGuard || st.Slots[0] != n {
		t.Fatalf("exit %v at i=%d", kind, st.Slots[0])
	}
	t.Logf("%d iterations in %v with %d collections meanwhile", n, time.Since(t0), gcs)
}

// x86HandLoopIntOnly: while i < n: s += i; i += 1 (no overflow guard to
// fail in a long run).
func x86HandLoopIntOnly() *Trace {
	b := x86NewLoop(800, Int, Int, Int)
	i, n, s := b.inputs[0], b.inputs[1], b.inputs[2]
	b.guard(OpGuardTrue, b.inputs, b.op(OpIntLt, i, n))
	return b.jump(b.op(OpIntAdd, i, b.t.ConstInt(1)), n, b.op(OpIntXor, s, i))
}

// TestX86Programs runs the driver's test programs with the native backend
// (threshold 1, bridges after 20 failures) and compares their output with
// the interpreter's: traces recorded from real code, end to end.
func TestX86Programs(t *testing.T) {
	be := x86NativeForTest(t)
	for name, p := range jitPrograms {
		t.Run(name, func(t *testing.T) {
			want, _ := runPy(t, p.src, false)
			got, j := runPyWith(p.src, be)
			if got != want {
				t.Fatalf("native JIT output differs\n--- interpreted\n%s\n--- x86-64\n%s", want, got)
			}
			st := j.Stats()
			if st.Loops < p.loops || st.Bridges < p.bridges || (p.loops > 0 && st.Entries == 0) {
				t.Errorf("loops %d (want >= %d), bridges %d (want >= %d), entries %d", st.Loops, p.loops, st.Bridges, p.bridges, st.Entries)
			}
		})
	}
}

// TestX86FuzzLoops runs the differential fuzzer's programs (fuzz_test.go)
// on the native backend: interpreted and compiled outputs must match.
// KILN_X86_FUZZ_SECONDS=N keeps generating for N seconds.
func TestX86FuzzLoops(t *testing.T) {
	be := x86NativeForTest(t)
	seeds, deadline := fuzzSeeds(100, 20, "KILN_X86_FUZZ_SECONDS")
	run := func(src string, jit bool) string {
		var out bytes.Buffer
		opts := runtime.Options{Stdout: &out, Stderr: &out, Exit: func(int) {}}
		if jit {
			p := DefaultParams()
			p.Threshold, p.TraceEagerness = 1, 3
			j := New(p, nil)
			j.SetBackend(be)
			opts.JIT = j
		}
		vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}}, opts)
		return out.String()
	}
	for seed := int64(1); seed <= int64(seeds); seed++ {
		if !deadline.IsZero() && time.Now().After(deadline) {
			t.Logf("%d programs", seed-1)
			break
		}
		src := genProgram(seed)
		if want, got := run(src, false), run(src, true); want != got {
			t.Fatalf("seed %d: program:\n%s\n--- interpreted\n%s--- x86-64\n%s", seed, src, want, got)
		}
	}
}
