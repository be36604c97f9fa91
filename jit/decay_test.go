package jit

import (
	goruntime "runtime"
	"testing"
)

// TestDecayAtCollections checks that the counts of loops not yet compiled
// shrink by 1 - decay/1000 per collection, and compiled loops keep theirs.
func TestDecayAtCollections(t *testing.T) {
	j := New(DefaultParams(), nil)
	cold := &loop{count: 1000}
	hot := &loop{count: 1000, code: &irCode{}}
	j.loops[loopKey{nil, 1}] = cold
	j.loops[loopKey{nil, 2}] = hot
	j.decayCounters(100) // the first call only notes the collector's count
	if cold.count != 1000 {
		t.Fatalf("decayed before any collection: %d", cold.count)
	}
	goruntime.GC()
	goruntime.GC()
	j.decayCounters(100)
	// At least the two forced collections: 1000 * 0.9^2 = 810 at most.
	if cold.count > 810 || cold.count == 0 || hot.count != 1000 {
		t.Fatalf("after two collections: cold %d hot %d", cold.count, hot.count)
	}
	goruntime.GC()
	j.decayCounters(1000) // the maximum forgets everything
	if cold.count != 0 {
		t.Fatalf("decay 1000 left %d", cold.count)
	}
}
