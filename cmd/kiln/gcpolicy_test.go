package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"testing"
	"time"
)

// TestGCPolicyPercent checks the policy function: gcPercent up to the
// knee, then a percentage falling as 1/sqrt(live) to the floor, with a
// headroom (live*percent/100) that never shrinks as the heap grows.
func TestGCPolicyPercent(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 50}, {1 * mib, 50}, {16 * mib, 50}, {16*mib + 1, 49},
		{25 * mib, 40}, {32 * mib, 35}, {50 * mib, 28}, {64 * mib, 25},
		{100 * mib, 20}, {200 * mib, 20}, {1 << 40, 20},
	} {
		if got := gcPolicyPercent(c.live); got != c.want {
			t.Errorf("gcPolicyPercent(%d MiB) = %d, want %d", c.live/mib, got, c.want)
		}
	}
	prevPercent, prevHeadroom := gcPercent, uint64(0)
	for live := uint64(0); live < 256*mib; live += mib / 4 {
		p := gcPolicyPercent(live)
		headroom := live * uint64(p) / 100
		if p > prevPercent || headroom+live/100 < prevHeadroom { // percent is whole: 1 percent of slack
			t.Fatalf("at %d bytes: percent %d (was %d), headroom %d (was %d)", live, p, prevPercent, headroom, prevHeadroom)
		}
		prevPercent, prevHeadroom = p, headroom
	}
}

// TestGCPolicyGoalPercent checks the goal of a cycle whose live heap rose
// over the cycle before's: within gcPolicyJitter, the goal of the lower
// one (never below the floor); past it, or on a fall, the live heap's own
// percentage.
func TestGCPolicyGoalPercent(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live, prev uint64
		want       int
	}{
		{14 * mib, 0, 50},                     // the first cycle
		{14 * mib, 16 * mib, 50},              // a fall: its own
		{14 * mib, 14 * mib, 50},              // steady
		{16 * mib, 14 * mib, 31},              // floating garbage: 14*1.5 = 21 = 16*1.31
		{15 * mib, 14 * mib, 40},              // 21 = 15*1.4
		{12*mib + 12*mib/5 + 1, 12 * mib, 50}, // growth past 1/5: its own
		{100 * mib, 90 * mib, gcPolicyFloor},  // 90*1.2 = 108 = 100*1.08: the floor
		{40 * mib, 34 * mib, gcPolicyFloor},   // 34 MiB's 34 percent: 45.6 = 40*1.14
	} {
		if got := gcPolicyGoalPercent(c.live, c.prev); got != c.want {
			t.Errorf("gcPolicyGoalPercent(%d, %d MiB) = %d, want %d", c.live/mib, c.prev/mib, got, c.want)
		}
	}
}

// TestGCPolicyOverrunPercent checks the percentage of a cycle whose mark
// overran its goal: string_build's `6->18->17 MB, 6 MB goal` (4 MB live
// before) gets the floor instead of 50 percent's 26-MB goal; growth within
// half the headroom past the goal, a fall, and the first cycle (no goal
// yet) keep the percentage they had.
func TestGCPolicyOverrunPercent(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live, prev, prevGoal uint64
		percent, want        int
	}{
		{17 * mib, 4 * mib, 6 * mib, 50, gcPolicyFloor}, // string_build's overrun
		{12 * mib, 7 * mib, 9 * mib, 50, gcPolicyFloor}, // 12 > 9 + 1
		{10 * mib, 7 * mib, 9 * mib, 50, 50},            // within half the headroom
		{9 * mib, 7 * mib, 9 * mib, 50, 50},             // at the goal
		{5 * mib, 7 * mib, 9 * mib, 50, 50},             // a fall
		{3 * mib, 0, 0, 50, 50},                         // the first cycle
		{3 * mib, 1 * mib, 2 * mib, 50, gcPolicyFloor},  // a small heap's overrun
		{40 * mib, 10 * mib, 15 * mib, 10, 10},          // never raised
	} {
		if got := gcPolicyOverrunPercent(c.live, c.prev, c.prevGoal, c.percent); got != c.want {
			t.Errorf("gcPolicyOverrunPercent(%d, %d, %d MiB, %d) = %d, want %d", c.live/mib, c.prev/mib, c.prevGoal/mib, c.percent, got, c.want)
		}
	}
	if g := gcPolicyHeapGoal(1*mib, 50); g != 2*mib {
		t.Errorf("gcPolicyHeapGoal(1 MiB, 50) = %d, want Go's minimum 2 MiB", g)
	}
	if g := gcPolicyHeapGoal(10*mib, 50); g != 15*mib {
		t.Errorf("gcPolicyHeapGoal(10 MiB, 50) = %d, want 15 MiB", g)
	}
}

// TestGCPolicyHook checks that the hook runs after a collection and sets
// the percentage for the live heap it finds.
func TestGCPolicyHook(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	p := startGCPolicy()
	defer p.stop()
	// Past the floor, so that the test's own few live megabytes on top
	// do not change the percentage.
	live := make([]byte, 128<<20)
	want := int32(gcPolicyPercent(128 << 20))
	deadline := time.Now().Add(10 * time.Second)
	for p.percent.Load() != want && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	runtime.KeepAlive(live)
	if got := p.percent.Load(); got != want {
		t.Fatalf("percent after a collection with 128 MiB live: %d, want %d", got, want)
	}
	if got := debug.SetGCPercent(int(want)); got != int(want) {
		t.Fatalf("Go's GOGC is %d, want %d", got, want)
	}
}

// TestGCPolicyOneProc checks that the policy takes a program to one P
// after a cycle that finds a small live heap, gives back the machine's Ps
// once a cycle finds more than gcPolicyOneProcHeap live and takes it
// back to one P below gcPolicyOneProcAgain, and leaves
// GOMAXPROCS alone when the environment sets it.
func TestGCPolicyOneProc(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	if procs < 2 {
		t.Skip("one CPU: nothing to switch")
	}
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	collectUntil := func(done func() bool) {
		deadline := time.Now().Add(10 * time.Second)
		for !done() && time.Now().Before(deadline) {
			runtime.GC()
			time.Sleep(time.Millisecond)
		}
	}

	t.Setenv("GOMAXPROCS", "") // restored at the end; unset for the policy
	os.Unsetenv("GOMAXPROCS")
	p := startGCPolicy()
	collectUntil(func() bool { return !p.mayOneProc.Load() })
	if got := runtime.GOMAXPROCS(0); got != 1 {
		p.stop()
		t.Fatalf("GOMAXPROCS after a cycle with a small heap: %d, want 1", got)
	}
	grown := make([]byte, 2*gcPolicyOneProcHeap)
	collectUntil(func() bool { return !p.oneProc.Load() })
	if got := runtime.GOMAXPROCS(0); got != procs {
		p.stop()
		t.Fatalf("GOMAXPROCS after a cycle with %d MiB live: %d, want %d", len(grown)>>20, got, procs)
	}
	// The heap shrinks again: back to one P.
	runtime.KeepAlive(grown)
	grown = nil
	collectUntil(func() bool { return p.oneProc.Load() })
	if got := runtime.GOMAXPROCS(0); got != 1 {
		p.stop()
		t.Fatalf("GOMAXPROCS after the heap fell below %d MiB: %d, want 1", gcPolicyOneProcAgain>>20, got)
	}
	p.stop()
	if got := runtime.GOMAXPROCS(0); got != procs {
		t.Fatalf("GOMAXPROCS after stop: %d, want %d", got, procs)
	}

	os.Setenv("GOMAXPROCS", strconv.Itoa(procs))
	p = startGCPolicy()
	defer p.stop()
	for range 3 {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := runtime.GOMAXPROCS(0); got != procs {
		t.Fatalf("GOMAXPROCS=%d in the environment: the policy set %d", procs, got)
	}
}

// TestGCPolicySmallHeapPercent checks the floor under a small heap's
// goal: the goal (live times 1+percent/100, or Go's minimum of 4 MB times
// percent/100, whichever is higher) is at least gcPolicyMinGoal, with a
// percentage of at most 100, for a heap that was at least
// gcPolicyMinGoalLive in the cycle before too, or had a goal of
// gcPolicyShrunkGoal before; larger heaps keep their
// own.
func TestGCPolicySmallHeapPercent(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live, prev uint64
		percent    int
		want       int
	}{
		{0, 0, 50, 50},                   // no cycle yet
		{mib / 2, mib / 2, 50, 50},       // too small for the floor
		{3 * mib / 2, 2 * mib, 50, 100},  // Go's minimum at 100 is the floor
		{2 * mib, 2 * mib, 50, 100},      // 2 MB doubled: 4 MB
		{2*mib + mib/2, 2 * mib, 50, 60}, // 2.5 MB * 1.6 = 4 MB
		{3 * mib, 2 * mib, 50, 50},       // 4.5 MB already
		{8 * mib, 2 * mib, 50, 50},       // a larger heap keeps its own
		{2 * mib, 2 * mib, 120, 120},     // never lowered
		{3 * mib, 3 * mib, 20, 33},       // a low percentage is raised too
		{2 * mib, 0, 50, 50},             // the first cycle: no floor
		{2 * mib, mib, 50, 50},           // a rise that one cycle saw: no floor
		{3 * mib / 2, 3 * mib / 2, 50, 100},
	} {
		got := gcPolicySmallHeapPercent(c.live, c.prev, 0, c.percent)
		if got != c.want {
			t.Errorf("gcPolicySmallHeapPercent(%.1f MiB, %.1f MiB, %d) = %d, want %d", float64(c.live)/mib, float64(c.prev)/mib, c.percent, got, c.want)
		}
		if min(c.live, c.prev) < gcPolicyMinGoalLive {
			continue
		}
		goal := max(c.live+c.live*uint64(got)/100, 4*mib*uint64(got)/100)
		if goal+c.live/100 < gcPolicyMinGoal {
			t.Errorf("live %.1f MiB, percent %d: goal %.2f MiB, under the floor", float64(c.live)/mib, got, float64(goal)/mib)
		}
	}

	// A heap that had a goal of gcPolicyShrunkGoal or more keeps the
	// floor when it shrinks, however small.
	for _, c := range []struct {
		live, prev, peakGoal uint64
		percent, want        int
	}{
		{mib / 2, mib / 2, 16 * mib, 50, 100},
		{0, 0, 16 * mib, 50, 100},
		{mib / 2, 0, gcPolicyShrunkGoal, 50, 100},
		{mib / 2, mib / 2, gcPolicyShrunkGoal - 1, 50, 50}, // never that large: as before
		{3 * mib, 3 * mib, 16 * mib, 50, 50},               // 4.5 MB already
	} {
		if got := gcPolicySmallHeapPercent(c.live, c.prev, c.peakGoal, c.percent); got != c.want {
			t.Errorf("gcPolicySmallHeapPercent(%.1f MiB, %.1f MiB, peak goal %.1f MiB, %d) = %d, want %d",
				float64(c.live)/mib, float64(c.prev)/mib, float64(c.peakGoal)/mib, c.percent, got, c.want)
		}
	}
}
