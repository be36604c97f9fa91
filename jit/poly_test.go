package jit

// Tests of polymorphic dispatch (poly.go, poly_global.go, poly_free.go):
// a loop calling a method on objects of several classes gets one bridge
// per class and keeps running compiled, its guard failures bounded; a
// megamorphic site stops growing bridges; globals rebound by a module
// loop do not fail the guards of code reading other globals; and the
// corpus programs jit_poly_*.py give the interpreter's output on every
// backend.

import (
	"strings"
	"testing"
)

// polyParams compiles loops at once, bridges after 20 failures and
// leaves functions to the interpreter (the dispatch is inlined in the
// loop).
func polyParams() Params {
	p := DefaultParams()
	p.Threshold = 1
	p.TraceEagerness = 20
	p.FunctionThreshold = 1 << 30
	return p
}

// polyDispatch4 is a scheduler-like loop over a ring of tasks of four
// classes, the receiver changing class at every iteration: each class's
// method is a different function, reads attributes of its own instance
// layout and returns the next task.
const polyDispatch4 = `
class Task:
    def __init__(self, ident):
        self.ident = ident
        self.link = None
        self.count = 0

class Device(Task):
    def run(self):
        self.count += 1
        return self.link

class Handler(Task):
    def __init__(self, ident):
        Task.__init__(self, ident)
        self.queue = 0
    def run(self):
        self.queue += 2
        return self.link

class Idle(Task):
    def run(self):
        self.count += 3
        return self.link

class Work(Task):
    def __init__(self, ident):
        self.extra = 7
        Task.__init__(self, ident)
    def run(self):
        self.count += self.extra
        return self.link

def schedule(t, n):
    i = 0
    while i < n:
        t = t.run()
        i += 1
    return t

tasks = [Device(0), Handler(1), Idle(2), Work(3), Device(4), Work(5)]
for k in range(len(tasks)):
    tasks[k].link = tasks[(k + 1) % len(tasks)]
schedule(tasks[0], N)
print([getattr(t, "queue", t.count) for t in tasks])
`

// TestPolyDispatchBridgesPerClass: the four-class dispatch loop runs
// compiled for every class, through bridges, with its guard failures
// bounded (fewer than 100 per class, far fewer than its iterations) and
// no retrace.
func TestPolyDispatchBridgesPerClass(t *testing.T) {
	src := strings.Replace(polyDispatch4, "N)", "60000)", 1)
	for be, st := range checkSameParams(t, src, polyParams()) {
		if st.Loops == 0 || st.Bridges < 3 {
			t.Errorf("%s: want the loop and a bridge per other class: %+v", be, st)
		}
		if st.GuardFailures >= 4*100 {
			t.Errorf("%s: %d guard failures for 60000 iterations over 4 classes", be, st.GuardFailures)
		}
		if st.Invalidated != 0 {
			t.Errorf("%s: loop invalidated %d times", be, st.Invalidated)
		}
	}
}

// TestPolyMegamorphicSiteStopsBridging: a loop over 12 classes gets
// bridges for the first polyMaxClasses classes at the call site and no
// more; the others leave to the interpreter, the loop is neither thrown
// away nor blacklisted, and the output is the interpreter's.
func TestPolyMegamorphicSiteStopsBridging(t *testing.T) {
	src := `
classes = []
for c in range(12):
    ns = {}
    exec("def get(self):\n    return self.v + %d\n" % c, ns)
    classes.append(type("C%d" % c, (), {"get": ns["get"], "__init__": lambda self, v: setattr(self, "v", v)}))
objs = [classes[i % 12](i) for i in range(12)]
def total(objs, n):
    s = 0
    i = 0
    while i < n:
        s += objs[i % 12].get()
        i += 1
    return s
print(total(objs, 24000))
`
	for be, st := range checkSameParams(t, src, polyParams()) {
		if st.Bridges < polyMaxClasses-1 || st.Bridges > 2*polyMaxClasses {
			t.Errorf("%s: %d bridges, want about one per class up to %d", be, st.Bridges, polyMaxClasses)
		}
		if st.Invalidated != 0 {
			t.Errorf("%s: loop invalidated %d times", be, st.Invalidated)
		}
	}
}

// TestPolyGlobalsRebound: a module loop rebinding a global does not make
// a compiled function reading other globals fail its guards (they guard
// their own entries), so it compiles once and is never thrown away.
func TestPolyGlobalsRebound(t *testing.T) {
	src := `
K = 3
LIMIT = 1000
def work(n):
    s = 0
    for i in range(n):
        if i < LIMIT:
            s += K
    return s
total = 0
for r in range(200):
    total += work(50)
print(total)
`
	for be, st := range checkSameParams(t, src, polyParams()) {
		if st.Invalidated != 0 || st.GuardFailures > 250 {
			t.Errorf("%s: guards fail on the rebound global: %+v", be, st)
		}
	}
}

// TestPolyCorpusPrograms runs testdata/run/jit_poly_*.py on every
// backend against the interpreter: class swaps, methods added after
// compilation, exceptions, overflows and type changes inside polymorphic
// calls deoptimise to the same output.
func TestPolyCorpusPrograms(t *testing.T) {
	progs := corpusPrograms(t, "jit_poly_*.py")
	if len(progs) < 3 {
		t.Fatalf("found %d programs", len(progs))
	}
	for name, src := range progs {
		t.Run(name, func(t *testing.T) {
			for be, st := range checkSameParams(t, src, polyParams()) {
				if st.Loops == 0 || st.Bridges == 0 {
					t.Errorf("%s: nothing compiled or bridged: %+v", be, st)
				}
			}
		})
	}
}
