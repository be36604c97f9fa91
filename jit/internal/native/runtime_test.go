//go:build amd64 && linux

package native

import (
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"
)

// longRun reports whether the long versions of the runtime tests were asked
// for: KILN_JIT_LONG=1 go test -run 'GC|Pause' -v ./jit/internal/native
func longRun() bool { return os.Getenv("KILN_JIT_LONG") != "" }

// stackPreempt is the runtime's g.stackguard0 value for "preempt me"
// (runtime/stack.go: uintptrMask & -1314).
const stackPreempt = ^uintptr(1313)

// TestGLayout checks what EmitBackEdgeCheck assumes about g: R14 holds g
// in generated code, and 0/8/16(R14) are stack.lo, stack.hi and
// stackguard0, with stackguard0 a little above stack.lo (or the preempt
// sentinel) and SP inside [lo, hi).
func TestGLayout(t *testing.T) {
	a := NewAsm()
	for i := range 3 {
		a.Mov(Mem(R14, int32(8*i)), R(AX))
		a.Mov(R(AX), Mem(DI, int32(8*i)))
	}
	a.Mov(R(SP), Mem(DI, 24))
	a.MovImm(0, AX)
	a.Ret()
	c := load(t, a)
	for range 100 {
		var s testState
		Enter(c.Addr, unsafe.Pointer(&s))
		lo, hi, guard, sp := uintptr(s.a), uintptr(s.b), uintptr(s.c), uintptr(s.d)
		if !(lo < sp && sp < hi) {
			t.Fatalf("SP %#x outside g.stack [%#x, %#x): g layout changed", sp, lo, hi)
		}
		if guard != stackPreempt && !(lo < guard && guard < sp && guard-lo <= 4096) {
			t.Fatalf("g.stackguard0 %#x is not lo+StackGuard (lo %#x, sp %#x): g layout changed", guard, lo, sp)
		}
		if sp-StackBudget <= guard {
			t.Fatalf("generated code entered with %d bytes above stackguard0, want > %d", sp-guard, StackBudget)
		}
		runtime.Gosched()
	}
}

// yieldLoop assembles an endless counting loop with the back-edge check:
// exit 1 = yield, exit 2 = interrupt.
func yieldLoop(t testing.TB) *Code {
	a := NewAsm()
	yield, intr, loop := a.NewLabel("yield"), a.NewLabel("intr"), a.NewLabel("loop")
	a.Mov(Mem(DI, 0), R(CX))
	a.Bind(loop)
	a.I3(IMUL3Q, Imm(3), R(CX), R(DX)) // some work per iteration
	a.I(ADDQ, R(DX), R(AX))
	a.I1(INCQ, R(CX))
	EmitBackEdgeCheck(a, DI, offInterrupt, yield, intr)
	a.Jump(JMP, loop)
	a.Bind(yield)
	a.Mov(R(CX), Mem(DI, 0))
	a.MovImm(1, AX)
	a.Ret()
	a.Bind(intr)
	a.Mov(R(CX), Mem(DI, 0))
	a.MovImm(2, AX)
	a.Ret()
	return load(t, a)
}

// gcHammer calls runtime.GC every 5 ms for dur while work runs on the
// calling goroutine; stop tells work to return. It returns the worst and
// mean duration of the runtime.GC calls and their number.
func gcHammer(dur time.Duration, work func(stop *atomic.Bool)) (worst, mean time.Duration, gcs int) {
	var stop atomic.Bool
	var total time.Duration
	done := make(chan struct{})
	go func() {
		defer close(done)
		time.Sleep(10 * time.Millisecond)
		for start := time.Now(); time.Since(start) < dur; {
			t0 := time.Now()
			runtime.GC()
			d := time.Since(t0)
			gcs++
			total += d
			worst = max(worst, d)
			time.Sleep(5 * time.Millisecond)
		}
		stop.Store(true)
	}()
	work(&stop)
	<-done
	return worst, total / time.Duration(max(gcs, 1)), gcs
}

//go:noinline
func gcBaselineStep(x uint64) uint64 { return x*3 + 1 }

// TestGCPauseWhileCompiledLoopRuns runs a compiled loop while another
// goroutine calls runtime.GC: the loop must yield at its back-edge, so each
// collection completes about as fast as next to an ordinary Go loop
// (measured first, as the baseline: the machine may be shared) instead of
// waiting for the loop to end.
// Short: 300 ms each. Long (KILN_JIT_LONG=1): 10 s each.
func TestGCPauseWhileCompiledLoopRuns(t *testing.T) {
	dur := 300 * time.Millisecond
	if longRun() {
		dur = 10 * time.Second
	}
	bWorst, bMean, bGCs := gcHammer(dur, func(stop *atomic.Bool) {
		var x uint64
		for !stop.Load() {
			for range 1000 {
				x = gcBaselineStep(x)
			}
		}
	})
	t.Logf("%v plain Go loop: %d runtime.GC calls: worst %v, mean %v", dur, bGCs, bWorst, bMean)
	c := yieldLoop(t)
	s := &testState{}
	yields := 0
	worst, mean, gcs := gcHammer(dur, func(stop *atomic.Bool) {
		go func() {
			for !stop.Load() {
				time.Sleep(time.Millisecond)
			}
			atomic.StoreUint64(&s.interrupt, 1)
		}()
		for Enter(c.Addr, unsafe.Pointer(s)) != 2 {
			yields++
			Yield()
		}
	})
	t.Logf("%v compiled loop: %d iterations, %d yields, %d runtime.GC calls: worst %v, mean %v; longest stop-the-world pause %v",
		dur, s.a, yields, gcs, worst, mean, maxGCPause())
	if yields == 0 || gcs == 0 {
		t.Fatal("no yield exits: the back-edge check never fired")
	}
	// Without the check no collection could finish while the loop runs,
	// and the loop only stops once the collections are done: the test
	// would hang. The short run only logs its figures (a shared machine
	// makes them noisy); the long one compares them with the baseline.
	if !longRun() {
		return
	}
	bound, meanBound := 3*bWorst+50*time.Millisecond, 3*bMean+5*time.Millisecond
	if worst > bound || mean > meanBound {
		t.Errorf("runtime.GC took up to %v (mean %v) with a compiled loop running, want <= %v (mean %v)", worst, mean, bound, meanBound)
	}
}

// maxGCPause returns the upper bound of the highest non-empty bucket of the
// runtime's stop-the-world pause histogram (time to stop included).
func maxGCPause() time.Duration {
	sample := []metrics.Sample{{Name: "/sched/pauses/total/gc:seconds"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindFloat64Histogram {
		return -1
	}
	h := sample[0].Value.Float64Histogram()
	for i := len(h.Counts) - 1; i >= 0; i-- {
		if h.Counts[i] > 0 {
			return time.Duration(h.Buckets[i+1] * float64(time.Second))
		}
	}
	return 0
}

// payload is a heap object reachable only through a jitSlot.
type payload struct {
	id, magic uint64
	pad       [5]uint64
}

const payloadMagic = 0x9e3779b97f4a7c15

// jitSlot has runtime.Value's layout: a pointer word and a scalar word.
type jitSlot struct {
	p *payload
	n uint64
}

// swapState is the state block of the swap loop.
type swapState struct {
	items     unsafe.Pointer // &slots[0]; keeps the slice alive too
	mask      uint64         // len(slots)-1
	rng       uint64
	left      uint64 // swaps still to do
	interrupt uint64
	save      [2]uint64
}

// swapLoop assembles `left` random swaps slots[i], slots[j] = slots[j],
// slots[i], storing both pointer words through the inline write barrier,
// with the back-edge check (exit 1 = yield, 0 = done). XMM registers X1
// and X2 hold values live across the barrier to exercise its XMM saving.
func swapLoop(t testing.TB) *Code {
	const (
		oItems, oMask, oRng, oLeft, oInt, oSave = 0, 8, 16, 24, 32, 40
	)
	a := NewAsm()
	loop, yield, done := a.NewLabel("loop"), a.NewLabel("yield"), a.NewLabel("done")
	a.Mov(Mem(DI, oItems), R(R10))
	a.Mov(Mem(DI, oRng), R(R8))
	a.Mov(Mem(DI, oLeft), R(R9))
	a.I(CMPQ, R(R9), Imm(0))
	a.Jump(JEQ, done)
	a.Bind(loop)
	next := func(dst Reg) { // xorshift64 in R8, index = R8 & mask into dst
		a.Mov(R(R8), R(DX))
		a.I(SHLQ, Imm(13), R(DX))
		a.I(XORQ, R(DX), R(R8))
		a.Mov(R(R8), R(DX))
		a.I(SHRQ, Imm(7), R(DX))
		a.I(XORQ, R(DX), R(R8))
		a.Mov(R(R8), R(DX))
		a.I(SHLQ, Imm(17), R(DX))
		a.I(XORQ, R(DX), R(R8))
		a.Mov(R(R8), R(dst))
		a.I(ANDQ, Mem(DI, oMask), R(dst))
		a.I(SHLQ, Imm(4), R(dst)) // * sizeof(jitSlot)
		a.I(ADDQ, R(R10), R(dst))
	}
	next(BX)
	next(CX)
	a.Mov(Mem(BX, 0), R(AX))  // pa
	a.Mov(Mem(BX, 8), R(SI))  // na
	a.Mov(Mem(CX, 0), R(R12)) // pb
	a.Mov(Mem(CX, 8), R(R13)) // nb
	a.I(MOVQ, R(SI), R(X(1))) // live XMM values across the barrier
	a.I(MOVQ, R(R13), R(X(2)))
	liveX := []Reg{X(1), X(2)}
	EmitStorePointer(a, R12, Mem(BX, 0), DI, oSave, liveX)
	a.I(MOVQ, R(X(2)), R(R13))
	a.Mov(R(R13), Mem(BX, 8))
	EmitStorePointer(a, AX, Mem(CX, 0), DI, oSave, liveX)
	a.I(MOVQ, R(X(1)), R(SI))
	a.Mov(R(SI), Mem(CX, 8))
	a.I1(DECQ, R(R9))
	a.Jump(JEQ, done)
	EmitBackEdgeCheck(a, DI, oInt, yield, yield)
	a.Jump(JMP, loop)
	a.Bind(yield)
	a.Mov(R(R8), Mem(DI, oRng))
	a.Mov(R(R9), Mem(DI, oLeft))
	a.MovImm(1, AX)
	a.Ret()
	a.Bind(done)
	a.Mov(R(R8), Mem(DI, oRng))
	a.Mov(R(R9), Mem(DI, oLeft))
	a.MovImm(0, AX)
	a.Ret()
	return load(t, a)
}

// TestGCStressWriteBarrier is go-interpreter.md §2.2 on Value-sized slots:
// compiled code swaps object references between slots of a Go slice (as
// list items) under GOGC=1 while other goroutines allocate garbage filled
// with a poison pattern; afterwards every object must be intact and every
// id present once. Without the barrier this fails within ~10⁶ stores.
//
// Short: 2·10⁶ swaps. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run GCStress -v ./jit/internal/native
func TestGCStressWriteBarrier(t *testing.T) {
	const n = 1 << 14
	swaps, check := uint64(2_000_000), uint64(1<<19)
	if longRun() {
		swaps = 100_000_000
		check = 1 << 22
	}
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	c := swapLoop(t)
	slots := make([]jitSlot, n)
	for i := range slots {
		slots[i] = jitSlot{p: &payload{id: uint64(i), magic: uint64(i) * payloadMagic, pad: [5]uint64{^uint64(i)}}, n: uint64(i)}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var sink atomic.Pointer[[8]uint64]
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				for range 256 {
					g := &[8]uint64{}
					for k := range g {
						g[k] = 0xdeadbeefdeadbeef
					}
					sink.Store(g)
				}
			}
		}()
	}
	defer func() { close(stop); wg.Wait() }()

	var gcBefore, gcAfter runtime.MemStats
	runtime.ReadMemStats(&gcBefore)
	s := &swapState{items: unsafe.Pointer(&slots[0]), mask: n - 1, rng: rand.Uint64() | 1}
	for done := uint64(0); done < swaps; done += check {
		s.left = min(check, swaps-done)
		for Enter(c.Addr, unsafe.Pointer(s)) == 1 {
			Yield()
		}
		checkSlots(t, slots)
	}
	runtime.KeepAlive(s)
	runtime.ReadMemStats(&gcAfter)
	t.Logf("%d swaps (%d pointer stores), %d GC cycles", swaps, 2*swaps, gcAfter.NumGC-gcBefore.NumGC)
}

// checkSlots checks every payload and that the ids are a permutation with
// each slot's scalar word still matching its pointer word.
func checkSlots(t *testing.T, slots []jitSlot) {
	t.Helper()
	seen := make([]bool, len(slots))
	for i, s := range slots {
		p := s.p
		if p == nil || p.id >= uint64(len(slots)) || p.magic != p.id*payloadMagic || p.pad[0] != ^p.id || s.n != p.id {
			t.Fatalf("slot %d corrupted: %+v (n=%d)", i, p, s.n)
		}
		if seen[p.id] {
			t.Fatalf("id %d twice", p.id)
		}
		seen[p.id] = true
	}
}
