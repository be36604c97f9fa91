package jit

// This file tests instance attributes holding bools, None and objects in
// compiled loops (record_obj.go's getAttr and setAttr) on the corpus
// programs testdata/run/jit_attr_*.py: each runs interpreted, on the
// reference executor and on the x86 backend with the same output, its
// loops compiled with the ops the attributes need.

import (
	"fmt"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// attrOps counts, over every trace j compiled, the attribute stores by
// the kind of value stored and the None reads (a guard_value of an
// entry's p word against None).
type attrOps struct{ boolStores, refStores, noneGuards, boolReads int }

func countAttrOps(j *JIT) attrOps {
	var n attrOps
	for _, tr := range j.traces {
		for i := range tr.Ops {
			op := &tr.Ops[i]
			switch op.Code {
			case OpSetInterior:
				switch tr.TypeOf(op.Args[2]) {
				case Bool:
					n.boolStores++
				case Ptr:
					n.refStores++
				}
			case OpGuardValue:
				if c := op.Args[1]; c.IsConst() && tr.Const(c).Type == Ptr && tr.Const(c).Ptr == runtime.None.Pointer() {
					n.noneGuards++
				}
			case OpIntNe:
				if a := op.Args[0]; !a.IsConst() && tr.Ops[a].Code == OpGetInteriorI && (tr.Ops[a].Descr == "dict.entry.value.n" || tr.Ops[a].Descr == "split.value.n") {
					n.boolReads++
				}
			}
		}
	}
	return n
}

func TestAttrLoops(t *testing.T) {
	for file, check := range map[string]func(attrOps) bool{
		"jit_attr_immediates.py": func(n attrOps) bool { return n.boolStores > 0 && n.boolReads > 0 && n.noneGuards > 0 },
		"jit_attr_objects.py":    func(n attrOps) bool { return n.refStores > 0 },
	} {
		checkCorpusLoops(t, file, 5, true, func(j *JIT) string {
			if n := countAttrOps(j); !check(n) {
				return fmt.Sprintf("attribute ops %+v", n)
			}
			return ""
		})
	}
}
