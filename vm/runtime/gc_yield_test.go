package runtime

import (
	goruntime "runtime"
	"runtime/debug"
	"sync/atomic"
	"testing"

	"github.com/kilnpy/kiln/vm/syntax"
)

// yieldSentinel is an object made only for a collection to find
// unreachable; it holds a pointer so that the tiny allocator does not
// pack it with other objects.
type yieldSentinel struct{ _ *int }

// TestYieldAfterCollection checks that a Python loop on one P lets Go's
// finalizer goroutine run after the collections it causes
// (yieldAfterCollection): a chain of finalizers, each arming the next, must
// keep up with the collections of a loop that allocates. Without the yield
// it ran only when Go preempted the interpreter, once in several
// collections.
func TestYieldAfterCollection(t *testing.T) {
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(1))
	// A small goal (Go's minimum is 4 MB times GOGC/100), so that the loop
	// makes a few dozen collections.
	defer debug.SetGCPercent(debug.SetGCPercent(20))
	mod, err := syntax.Parse("alloc.py", []byte("for i in range(300000):\n    x = [i]\n"), syntax.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	code := compileMod(t, mod)
	th := NewInterpreter(Options{}).MainThread()
	goruntime.GC()

	var hooks atomic.Int64
	var stop atomic.Bool
	var arm func()
	arm = func() {
		goruntime.SetFinalizer(&yieldSentinel{}, func(*yieldSentinel) {
			if !stop.Load() {
				hooks.Add(1)
				arm()
			}
		})
	}
	arm()
	start := GCCycles()
	g := NewDict()
	g.SetStr("__name__", NewStr("__main__"))
	_, err = RunModule(th, code, g)
	cycles, ran := GCCycles()-start, hooks.Load()
	stop.Store(true)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d collections, %d hooks", cycles, ran)
	if cycles < 10 {
		t.Skipf("only %d collections", cycles)
	}
	if ran < int64(cycles)*3/4 {
		t.Errorf("%d collections ran the finalizer goroutine %d times", cycles, ran)
	}
}
