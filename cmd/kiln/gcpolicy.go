package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"sync/atomic"

	"github.com/kilnpy/kiln/profiler"
	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines kiln's collector policy: the GOGC that the Go
// collector runs with, recomputed from the live heap after every cycle.
//
// A fixed GOGC lets the heap grow to (1 + GOGC/100) times what the last
// cycle found live, and that headroom is most of the peak RSS above
// CPython's on the programs with a large live heap (CPython frees by
// reference count at once). A lower GOGC costs CPU in proportion to
// 1/GOGC on every heap, though, and on small heaps the headroom is a
// megabyte or two that the CPU would be wasted on. So the percentage falls
// as the live heap grows: small programs keep gcPercent, and a large heap
// gets a headroom that grows only as the square root of its size
// (docs/performance.md, "The collector's headroom", has the figures).
// A cycle whose mark overran its goal, counting what the program
// allocated meanwhile as live, gets a small percentage instead, so that
// its inflated figure does not set the heap's size (gcPolicyOverrunPercent).
//
// A program whose first collection finds a small live heap is also taken
// to one P (GOMAXPROCS 1) until its live heap passes gcPolicyOneProcHeap,
// and back to one P when it falls below gcPolicyOneProcAgain, unless a
// CPU profile is being recorded (its sampler goroutine needs a P
// of its own; profiler.Sampling). Not before the first collection: a
// switch at start costs a short program (`-c pass`) 0.3 MB of RSS. Python code
// runs on one goroutine, and the second P only gives the collector an
// idle mark worker, whose work on a small heap is mostly the fixed cost of
// each cycle (waking a thread, stealing, handing the marking back) and
// counts as the program's CPU time. A large heap gets the machine's Ps
// back, since there marking in parallel ends each cycle sooner and lets
// less garbage float into the next (docs/performance.md, "One P for small
// heaps").
//
// The policy changes only when Go collects, never what a Python program
// sees: gc.collect(), gc.disable() and the timing of finalizers ("some
// time after the object became unreachable") are untouched.

// gcPolicyKnee is the live heap up to which kiln keeps gcPercent.
const gcPolicyKnee = 16 << 20

// gcPolicyFloor is the lowest percentage the policy sets: below it the
// collector's CPU would grow faster than the memory it saves.
const gcPolicyFloor = 20

// gcPolicyPercent is the GOGC for a heap of live bytes at the end of a
// cycle: gcPercent up to gcPolicyKnee, then gcPercent*sqrt(knee/live),
// so that the headroom (live*percent/100) grows as sqrt(live) rather than
// in proportion to it, down to gcPolicyFloor.
func gcPolicyPercent(live uint64) int {
	if live <= gcPolicyKnee {
		return gcPercent
	}
	p := int(gcPercent * math.Sqrt(float64(gcPolicyKnee)/float64(live)))
	return max(p, gcPolicyFloor)
}

// gcPolicyJitter is the largest rise of the live heap over the cycle
// before, as a fraction 1/gcPolicyJitter of it, that gcPolicyGoalPercent
// takes for floating garbage rather than growth.
const gcPolicyJitter = 5

// gcPolicyGoalPercent is the GOGC for a cycle that found live bytes live
// when the cycle before found prev: the percentage of the lower of the
// two, applied to the lower of the two, when live rose by at most
// 1/gcPolicyJitter; otherwise gcPolicyPercent(live).
//
// The live heap a cycle reports includes what the program allocated while
// the cycle was marking (Go allocates black), garbage the cycle could not
// free; on a steady live heap it comes and goes from cycle to cycle (14.5
// to 17 MB on dataclasses_records' 14.5 MB of records), and the highest
// goal of the run, 1.5 times the highest of those, is the heap's size,
// which Go keeps until the end. Computing the goal from the lower of the
// last two cycles takes that highest goal out, at the cost of a headroom
// smaller by the difference on the cycles that follow a high one. A heap
// that grows faster than the threshold keeps its own percentage, so that
// building a large structure does not collect more often.
func gcPolicyGoalPercent(live, prev uint64) int {
	if live <= prev || live-prev > prev/gcPolicyJitter {
		return gcPolicyPercent(live)
	}
	goal := prev + prev*uint64(gcPolicyPercent(prev))/100
	return max(int((goal-live)*100/live), gcPolicyFloor)
}

// gcPolicyOverrunPercent is the GOGC for a cycle that found live bytes
// live when the cycle before found prev and set a heap goal of prevGoal
// (0 before the first cycle), given percent, the policy's percentage
// otherwise. A live heap past the goal by more than half the headroom
// (prevGoal-prev) means the mark overran: it ran while the program
// allocated past the goal, and Go counts what is allocated during a mark
// as live. On this 2-vCPU guest a mark can take hundreds of
// milliseconds when the host does not run the mark worker's thread, and
// string_build's heap went from 6 to 18 MB while one marked (`6->18->17
// MB, 6 MB goal` in gctrace, a 418-ms mark): 17 MB "live" set a goal of
// 26 MB, the next cycle found 14, and the run peaked at 32.7 MiB against
// 24 in the others and CPython's 26.5 (docs/performance.md,
// "string_build's tail: a mark that overran"). Such a cycle gets
// gcPolicyFloor, so the next one comes after a fifth of the figure and
// measures the heap again; a heap that really grew that much gets its
// own percentage back from that next cycle, one cycle later.
func gcPolicyOverrunPercent(live, prev, prevGoal uint64, percent int) int {
	if prevGoal <= prev || live <= prevGoal+(prevGoal-prev)/2 {
		return percent
	}
	return min(percent, gcPolicyFloor)
}

// gcPolicyHeapGoal is the heap goal Go derives from live bytes and a GOGC
// of percent: the headroom, or its minimum heap (4 MB times percent/100)
// if that is higher.
func gcPolicyHeapGoal(live uint64, percent int) uint64 {
	return max(live+live*uint64(percent)/100, gcPolicyMinGoal*uint64(percent)/100)
}

// gcPolicyMinGoal is the heap goal the policy keeps for a small live
// heap: Go's own minimum at its default GOGC. At gcPercent alone a heap of
// 1 to 2.5 MB live gets a goal of 2 to 4 MB, reached after every megabyte
// or so allocated, and on one P the collector then marks nearly all the
// time: every pointer the interpreter stores meanwhile goes through the
// write barrier (collections_heapq's Dijkstra: 270 M instructions of
// collector work on 460 M of its own, docs/collections-heapq.md).
const gcPolicyMinGoal = 4 << 20

// gcPolicyMinGoalLive is the smallest live heap that gets the floor of
// gcPolicyMinGoal. Below it a program's garbage is collected at Go's
// minimum goal for gcPercent (2 MB), as before the floor: with the floor,
// fannkuch's and generators' peaks (under 1 MB live, collected every 2 to
// 3 MB) rose 2 MiB, past CPython's (`bench/run --cpu --kiln-args "--jit
// off"`: 11 MiB against 9), which issue 3's targets do not allow. For the
// same reason the first cycle still comes at gcPercent's minimum.
const gcPolicyMinGoalLive = 3 << 19 // 1.5 MiB

// gcPolicySmallHeapPercent raises percent, the GOGC for live bytes, so
// that a live heap of gcPolicyMinGoalLive or more gets a goal of at least
// gcPolicyMinGoal. It goes no higher than 100, whose own minimum (Go's,
// 4 MB times GOGC/100) is that goal: a higher GOGC would raise the
// minimum with it.
//
// The heap must have been that large for two cycles: prev is what the
// cycle before found (0 before the first). A single cycle's figure rises
// with what was allocated while it marked, and on one P a long mark takes
// in a lot: random_draws' 0.8 MB live went to 1.5 MiB in the cycle that
// ran while its 800-KB list of choices was made, the floor doubled the
// next goal, and the run peaked at 10.6 to 10.8 MiB instead of 9.2 to 9.7
// (docs/performance.md, "random_draws' peak").
//
// A heap that has already had a goal of gcPolicyShrunkGoal or more gets
// the floor whatever it holds now (peakGoal is the highest goal the
// policy set): its pages were in use then, so a goal under that peak
// raises no peak RSS, and without it a program that drops its data and
// reads on collects every megabyte (file_lines' lines after make_file's 9
// MB: 31 cycles over a heap of under 1 MB).
func gcPolicySmallHeapPercent(live, prev, peakGoal uint64, percent int) int {
	small := min(live, prev) < gcPolicyMinGoalLive && peakGoal < gcPolicyShrunkGoal
	if small || live+live*uint64(percent)/100 >= gcPolicyMinGoal {
		return percent
	}
	if live == 0 {
		return max(percent, 100)
	}
	return max(percent, min(int((gcPolicyMinGoal-live)*100/live), 100))
}

// gcPolicyShrunkGoal is the highest goal past which a heap keeps the
// floor of gcPolicyMinGoal when it shrinks: twice the floor, so that the
// floor's heap, fragmented, still fits in the pages the peak used.
const gcPolicyShrunkGoal = 2 * gcPolicyMinGoal

// gcPolicyOneProcHeap is the live heap past which a program that started
// with one P gets the machine's: the small benchmarks (fannkuch, nbody,
// richards under the JIT) keep 1 to 3 MB live, the allocation-heavy ones
// 8 MB and more.
const gcPolicyOneProcHeap = 4 << 20

// gcPolicyOneProcAgain is the live heap below which a program that the
// policy may put on one P, and that a larger heap gave the machine's Ps,
// returns to one: file_lines builds 9 MB of lines, drops them and then
// reads its file with under 1 MB live, where the second P only ran the
// idle mark worker of a cycle every megabyte (its loops 0.15 to 0.09 s
// of CPU). Half of gcPolicyOneProcHeap, so that a heap near that size
// does not switch at every cycle (each switch stops the world).
const gcPolicyOneProcAgain = gcPolicyOneProcHeap / 2

// gcPolicy is the state of the policy's hook: the percentage last set,
// and whether it has been stopped (by a test: kiln runs it until it
// exits). The hook allocates only its next sentinel.
type gcPolicy struct {
	prevLive uint64 // the live heap the cycle before found (update's own)
	prevGoal uint64 // the heap goal set after the cycle before (update's own)
	peakGoal uint64 // the highest goal update set (update's own)
	percent  atomic.Int32
	stopped  atomic.Bool
	oneProc  atomic.Bool // running with one P until the heap grows
	// mayOneProc: the first cycle's hook may take the program to one P.
	mayOneProc atomic.Bool
	// choosesProcs: the policy sets the Ps (GOMAXPROCS is not in the
	// environment), so a heap that shrinks back may return to one.
	choosesProcs bool
}

// collectionSentinel is an object allocated only to be found unreachable
// by the next collection, whose finalizer is a hook run after it. It holds
// a pointer so that Go's tiny allocator does not pack it with other
// objects, which would delay its finalizer until they die too.
type collectionSentinel struct{ _ *int }

// afterEachCollection calls f on Go's finalizer goroutine after each
// collection from the next on, as long as f returns true.
func afterEachCollection(f func() bool) {
	runtime.SetFinalizer(&collectionSentinel{}, func(*collectionSentinel) {
		if f() {
			afterEachCollection(f)
		}
	})
}

// startGCPolicy sets gcPercent and has the policy adjust it after every
// collection. main calls it only when the environment does not set GOGC,
// which then applies as given. Unless the environment sets GOMAXPROCS
// (which then applies as given too), the first cycle's hook takes the
// program to one P if the heap is small, until it passes
// gcPolicyOneProcHeap.
func startGCPolicy() *gcPolicy {
	p := &gcPolicy{}
	p.percent.Store(gcPercent)
	debug.SetGCPercent(gcPercent)
	if _, set := os.LookupEnv("GOMAXPROCS"); !set && runtime.GOMAXPROCS(0) > 1 {
		p.mayOneProc.Store(true)
		p.choosesProcs = true
	}
	p.arm()
	return p
}

// stop ends the policy after the next cycle, leaving the percentage as it
// is and giving back the machine's Ps.
func (p *gcPolicy) stop() {
	p.stopped.Store(true)
	p.allProcs()
}

// allProcs gives the program the machine's Ps (Go's default GOMAXPROCS,
// which also resumes Go's own updates of it) if it runs with one.
func (p *gcPolicy) allProcs() {
	if p.oneProc.CompareAndSwap(true, false) {
		runtime.SetDefaultGOMAXPROCS()
	}
}

// arm has the policy run after every cycle until it is stopped.
func (p *gcPolicy) arm() {
	afterEachCollection(func() bool {
		if p.stopped.Load() {
			return false
		}
		p.update()
		return true
	})
}

// update sets the percentage for the live heap the last cycle found.
func (p *gcPolicy) update() {
	live, ok := rt.GCLiveHeap()
	if !ok {
		return
	}
	if live > gcPolicyOneProcHeap || profiler.Sampling() {
		p.allProcs()
	} else if p.mayOneProc.Load() || p.choosesProcs && live <= gcPolicyOneProcAgain && !p.oneProc.Load() {
		p.oneProc.Store(true)
		runtime.GOMAXPROCS(1)
	}
	p.mayOneProc.Store(false)
	percent := gcPolicyGoalPercent(live, p.prevLive)
	percent = gcPolicyOverrunPercent(live, p.prevLive, p.prevGoal, percent)
	percent = gcPolicySmallHeapPercent(live, p.prevLive, p.peakGoal, percent)
	p.prevLive = live
	p.prevGoal = gcPolicyHeapGoal(live, percent)
	p.peakGoal = max(p.peakGoal, p.prevGoal)
	if int32(percent) != p.percent.Load() {
		p.percent.Store(int32(percent))
		debug.SetGCPercent(percent)
	}
}
