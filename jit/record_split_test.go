package jit

// This file tests compiled loops over split-keys instances
// (record_split.go): the corpus programs testdata/run/jit_split_*.py run
// interpreted, on the reference executor and on the x86 backend with the
// same output, their loops compiled with the split ops (reads, stores,
// fresh values of pool instances) and their guards failing where the
// programs change an instance's layout or a value's kind. The GC stress
// test of split instances made and rewired by compiled code is in
// split_gc_amd64_test.go.

import (
	"fmt"
	"testing"
)

// splitOps counts, over every trace j compiled, the reads and stores of
// split values, the fresh values written into pool instances and the
// tests of a split value's p word against 0 (whether the instance has
// the value) that its guards use.
type splitOps struct{ reads, stores, fresh, present int }

func countSplitOps(j *JIT) splitOps {
	var n splitOps
	for _, tr := range j.traces {
		for i := range tr.Ops {
			op := &tr.Ops[i]
			split := op.Aux == splitField(0) || op.Aux == splitField(8)
			switch {
			case op.Code == OpSetInterior && split:
				if b := op.Args[0]; !b.IsConst() && tr.Ops[b].Code == OpNewInstance {
					n.fresh++
				} else {
					n.stores++
				}
			case (op.Code == OpGetInteriorI || op.Code == OpGetInteriorF || op.Code == OpGetInteriorR) && split:
				n.reads++
			case op.Code == OpIntNe && !op.Args[0].IsConst() && op.Args[1].IsConst() && tr.Const(op.Args[1]).Bits == 0:
				if a := &tr.Ops[op.Args[0]]; a.Code == OpGetInteriorI && a.Aux == splitField(0) {
					n.present++
				}
			}
		}
	}
	return n
}

func TestSplitLoops(t *testing.T) {
	for file, check := range map[string]func(splitOps) bool{
		"jit_split_attrs.py": func(n splitOps) bool { return n.reads > 0 && n.stores > 0 && n.present > 0 },
		"jit_split_alloc.py": func(n splitOps) bool { return n.reads > 0 && n.fresh > 0 },
	} {
		checkCorpusLoops(t, file, 4, true, func(j *JIT) string {
			if n := countSplitOps(j); !check(n) {
				return fmt.Sprintf("split ops %+v", n)
			}
			return ""
		})
	}
}
