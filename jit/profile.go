package jit

// This file defines what the JIT tells the profiler about a compiled loop
// and its bridges (runtime.JITLoop): the table from a position in the loop
// to the inline stack there, read from the traces' debug_merge_points, and
// how much machine code each position has.
//
// Compiled code stores nothing as it runs: the profile word carries the
// loop id and position 0 from entry to exit (jit.go, enter). A tick in
// compiled code is therefore not placed by an observed position; the
// profiler spreads the loop's ticks over the positions in proportion to
// their machine code (Weights), so that a function inlined into the loop
// shows as an inlined frame with roughly its share of the loop's time.
// Storing the position at each inline boundary would make it exact, at the
// cost of a store in the loop: docs/profiler.md weighs the two.

import (
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// profMergeWeight is the weight of an op when the backend gives no code
// offsets (the reference executor): every op counts the same.
const profMergeWeight = 4

// profRegisterLoop tells the profiler about loop lp, compiled from opt
// (recorded as rec) into code: its header, and the positions of its body.
func profRegisterLoop(th *runtime.Thread, lp *loop, recCodes []*runtime.Code, opt *Trace, code Code) {
	l := &runtime.JITLoop{ID: uint32(lp.id), Code: lp.key.code, PC: max(lp.key.pc, 0), // a function trace's key pc is -1
		Positions: [][]runtime.ProfileFrame{nil}, Weights: []uint32{0}}
	tb := profNewTable(l, lp.key.code, profTraceCodes(recCodes, opt))
	tb.addTrace(opt, code, opt.Label()+1)
	th.Interp.RegisterJITLoop(l)
}

// profRegisterBridge adds the positions of a bridge of loop lp to the
// loop's table: the bridge's code runs under the loop's id.
func profRegisterBridge(th *runtime.Thread, lp *loop, recCodes []*runtime.Code, opt *Trace, code Code) {
	old := th.Interp.JITLoopInfo(uint32(lp.id))
	if old == nil {
		return
	}
	// A new JITLoop, not an update of the registered one: a sample being
	// recorded may be reading it.
	l := &runtime.JITLoop{ID: old.ID, Code: old.Code, PC: old.PC,
		Positions: append([][]runtime.ProfileFrame(nil), old.Positions...),
		Weights:   append([]uint32(nil), old.Weights...)}
	tb := profNewTable(l, lp.key.code, profTraceCodes(recCodes, opt))
	for _, fs := range old.Positions {
		for _, f := range fs {
			tb.known(f.Code)
		}
	}
	tb.addTrace(opt, code, opt.NumInputs)
	th.Interp.RegisterJITLoop(l)
}

// profTable builds a JITLoop's positions.
type profTable struct {
	l     *runtime.JITLoop
	codes map[string]*runtime.Code // by merge-point key, see profCodeKey
	index map[string]uint32        // position by its inline stack's lines
}

// profNewTable starts the table of l, knowing the code objects of the
// loop and codes (profTraceCodes: those of the traces' snapshots and
// constants): the merge points name code objects only by text.
func profNewTable(l *runtime.JITLoop, outer *runtime.Code, codes []*runtime.Code) *profTable {
	tb := &profTable{l: l, codes: map[string]*runtime.Code{}, index: map[string]uint32{}}
	tb.known(outer)
	for _, c := range codes {
		tb.known(c)
	}
	for i, fs := range l.Positions {
		tb.index[profStackKey(fs)] = uint32(i)
	}
	return tb
}

// profTraceCodes appends to codes the code objects of the frames in t's
// snapshots and of the functions t holds as constants. The install takes
// them from the recorded trace before compiling, so that the recording
// need not stay alive while the backend runs (docs/jit-memory.md).
func profTraceCodes(codes []*runtime.Code, t *Trace) []*runtime.Code {
	add := func(c *runtime.Code) {
		if c != nil && (len(codes) == 0 || codes[len(codes)-1] != c) && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	for i := range t.Snaps {
		for _, fr := range t.Snaps[i].Frames {
			add(fr.Code)
			if fr.Func != nil {
				add(fr.Func.Code)
			}
		}
	}
	for i := range t.Consts {
		switch o := t.Consts[i].Obj.(type) {
		case *runtime.Function:
			add(o.Code)
		case *runtime.Code:
			add(o)
		}
	}
	return codes
}

func (tb *profTable) known(c *runtime.Code) {
	if c != nil {
		tb.codes[profCodeKey(c)] = c
	}
}

// profCodeKey is how a debug_merge_point names a code object (location,
// record.go): "name;file:first-line".
func profCodeKey(c *runtime.Code) string {
	return c.Name + ";" + c.Filename + ":" + strconv.Itoa(int(c.FirstLine))
}

// profParseMergePoint splits a debug_merge_point location
// "name;file:first-line~#pc OPNAME" into the code's key and the pc.
func profParseMergePoint(pos string) (key string, pc int, ok bool) {
	k := strings.LastIndex(pos, "~#")
	if k < 0 {
		return "", 0, false
	}
	dash := strings.LastIndexByte(pos[:k], '-')
	if dash < 0 {
		return "", 0, false
	}
	rest := pos[k+2:]
	if sp := strings.IndexByte(rest, ' '); sp >= 0 {
		rest = rest[:sp]
	}
	pc, err := strconv.Atoi(rest)
	return pos[:dash], pc, err == nil
}

// profStackKey identifies an inline stack by its functions and lines.
func profStackKey(fs []runtime.ProfileFrame) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(strconv.FormatUint(uint64(uintptr(unsafe.Pointer(f.Code))), 36))
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(f.Line))
		b.WriteByte(';')
	}
	return b.String()
}

// addTrace adds the positions of the ops of t from index from on (a
// loop's body after its label, a bridge's ops after its inputs), each
// weighted by its bytes of machine code in code.
func (tb *profTable) addTrace(t *Trace, code Code, from int) {
	offsets := code.Offsets()
	// stack[d] is the frame at inline depth d as of the last merge point;
	// ops before the first merge point of the range belong to the one
	// before it, so the walk starts at the trace's beginning.
	var stack []runtime.ProfileFrame
	cur := -1 // position of the current stack, -1: none yet
	for i := 0; i < len(t.Ops); i++ {
		op := &t.Ops[i]
		if op.Code == OpDebugMergePoint {
			key, pc, ok := profParseMergePoint(op.Pos)
			c := tb.codes[key]
			depth := int(op.Aux)
			if !ok || c == nil || depth > len(stack) {
				continue
			}
			stack = append(stack[:depth], runtime.ProfileFrame{Code: c, Line: c.Line(pc)})
			cur = -1
			continue
		}
		if i < from || op.Code == OpNop || op.Code == OpLabel || op.Code == OpInput || len(stack) == 0 {
			continue
		}
		if cur < 0 {
			cur = int(tb.position(stack))
		}
		tb.l.Weights[cur] += profOpBytes(offsets, i)
	}
}

// position returns the position of an inline stack, adding it the first
// time.
func (tb *profTable) position(stack []runtime.ProfileFrame) uint32 {
	k := profStackKey(stack)
	if p, ok := tb.index[k]; ok {
		return p
	}
	p := uint32(len(tb.l.Positions))
	tb.l.Positions = append(tb.l.Positions, append([]runtime.ProfileFrame(nil), stack...))
	tb.l.Weights = append(tb.l.Weights, 0)
	tb.index[k] = p
	return p
}

// profOpBytes is the size of op i's machine code: the distance to the
// next op that has code, or profMergeWeight without offsets. The last
// op (the jump) and ops the backend placed nowhere count as one op.
func profOpBytes(offsets []int, i int) uint32 {
	if len(offsets) <= i || offsets[i] == 0 {
		return profMergeWeight
	}
	for j := i + 1; j < len(offsets); j++ {
		if offsets[j] > offsets[i] {
			return uint32(offsets[j] - offsets[i])
		}
	}
	return profMergeWeight
}
