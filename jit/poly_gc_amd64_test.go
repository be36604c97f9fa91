package jit

// The GC stress test of polymorphic dispatch: a scheduler loop recorded
// on a task class that stores no ref, whose bridges for the other classes
// swap and replace objects held only by instance attributes (so the loop
// is compiled again keeping its exits' refs for them: polyMode), under GOGC=1 while other
// goroutines allocate, with every back-edge yielding in half the rounds.
// The program checks every payload afterwards and the output is compared
// with the interpreter's.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run PolyGCStress -v ./jit

import (
	"testing"
)

const polyGCProgram = `
class Payload:
    def __init__(self, v):
        self.v = v
        self.magic = v * 5 + 3

class Task:
    def __init__(self, slot):
        self.slot = slot
        self.link = None

class Counter(Task):
    def step(self, box, i):
        self.slot += 1
        return self.link

class Swapper(Task):
    def step(self, box, i):
        t = box.a
        box.a = box.b
        box.b = t
        return self.link

class Renewer(Task):
    def step(self, box, i):
        old = box.c
        box.c = Payload(old.v + 1)
        return self.link

class Box:
    pass

def run(n):
    box = Box()
    box.a = Payload(1)
    box.b = Payload(2)
    box.c = Payload(0)
    tasks = [Counter(0), Swapper(0), Counter(0), Renewer(0), Swapper(0)]
    for k in range(len(tasks)):
        tasks[k].link = tasks[(k + 1) % len(tasks)]
    t = tasks[0]
    i = 0
    while i < n:
        t = t.step(box, i)
        i += 1
    bad = 0
    for p in (box.a, box.b, box.c):
        if p.magic != p.v * 5 + 3:
            bad += 1
    return bad, box.a.v, box.b.v, box.c.v, tasks[0].slot

for r in range(ROUNDS):
    print(run(STEPS))
`

func TestPolyGCStress(t *testing.T) {
	params := []gcParam{{"ROUNDS", 3, 30}, {"STEPS", 50000, 1000000}}
	run := func(src string) (string, *JIT) { return runPyParams(src, nativeBackend, polyParams()) }
	nativeGCStress(t, polyGCProgram, params, run, func(yield bool, j *JIT) {
		// The loop is recorded on Counter, which stores no ref: the
		// Swapper's bridge is refused once, the loop goes to polyMode
		// (invalidated) and the bridges compile on its new code.
		if st := j.Stats(); st.Bridges < 2 || st.Invalidated == 0 {
			t.Fatalf("yield=%v: the ref-storing bridges did not compile: %+v", yield, st)
		}
	})
}
