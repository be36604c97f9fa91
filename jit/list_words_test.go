package jit

// The differential tests of lists in the words storage
// (record_list_words.go): the list corpus programs run interpreted and
// compiled on every backend, with the words storage off and with it on
// from 4 items (so that short lists take it too), and the outputs must
// agree. The jit_list_words_* programs must compile words ops and fail
// guards (their lists change storage in the middle of loops).

import (
	"fmt"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// countWordsOps counts the ops of j's traces on words lists.
func countWordsOps(j *JIT) int {
	n := 0
	for _, tr := range j.traces {
		for i := range tr.Ops {
			switch op := &tr.Ops[i]; op.Code {
			case OpArrayLen, OpGetArrayItemR, OpGuardArrayItemKind, OpSetArrayItem, OpListAppend:
				if op.Aux&ListWords != 0 {
					n++
				}
			}
		}
	}
	return n
}

func TestListWordsPrograms(t *testing.T) {
	for _, min := range []int{1 << 30, 1024, 4} {
		t.Run(fmt.Sprint("min", min), func(t *testing.T) {
			defer runtime.ListWordsForTest(min < 1<<30, min)()
			for _, file := range []string{"jit_list_words_loops.py", "jit_list_words_deopt.py", "jit_list_words_zeros.py"} {
				checkCorpusLoops(t, file, 3, true, func(j *JIT) string {
					if n := countWordsOps(j); (n > 0) != (min < 1<<30) {
						return fmt.Sprintf("%d ops on words lists", n)
					}
					return ""
				})
			}
			for _, file := range []string{"jit_lists.py", "jit_lists_forin.py", "jit_lists_copy.py",
				"jit_lists_errors.py", "jit_lists_reverse.py", "jit_list_strategy_loops.py"} {
				checkCorpusLoops(t, file, 1, false, func(*JIT) string { return "" })
			}
		})
	}
}
