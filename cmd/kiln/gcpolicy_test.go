package main

import (
	"runtime"
	"runtime/debug"
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
		{0, 50}, {1 * mib, 50}, {8 * mib, 50}, {8*mib + 1, 49},
		{16 * mib, 35}, {25 * mib, 28}, {32 * mib, 25}, {50 * mib, 20},
		{200 * mib, 20}, {1 << 40, 20},
	} {
		if got := gcPolicyPercent(c.live, 0); got != c.want {
			t.Errorf("gcPolicyPercent(%d MiB) = %d, want %d", c.live/mib, got, c.want)
		}
	}
	prevPercent, prevHeadroom := gcPercent, uint64(0)
	for live := uint64(0); live < 256*mib; live += mib / 4 {
		p := gcPolicyPercent(live, 0)
		headroom := live * uint64(p) / 100
		if p > prevPercent || headroom+live/100 < prevHeadroom { // percent is whole: 1 percent of slack
			t.Fatalf("at %d bytes: percent %d (was %d), headroom %d (was %d)", live, p, prevPercent, headroom, prevHeadroom)
		}
		prevPercent, prevHeadroom = p, headroom
	}
}

// TestGCPolicyHighWater checks that a heap that has shrunk may grow back
// to the highest goal set before, by at most gcPercent, and that a heap
// at or above that goal gets the percentage of its size alone.
func TestGCPolicyHighWater(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		live, highWater uint64
		want            int
	}{
		{40 * mib, 50 * mib, 25}, // 22 by size, 25 to reach 50 MiB
		{32 * mib, 40 * mib, 25}, // 25 either way
		{20 * mib, 50 * mib, 50}, // 150 percent would reach it: capped
		{4 * mib, 50 * mib, 50},  // small heaps keep gcPercent
		{64 * mib, 50 * mib, 20}, // above the mark: by size
		{40 * mib, 0, 22},        // no mark yet
		{0, 50 * mib, gcPercent}, // nothing live
	} {
		if got := gcPolicyPercent(c.live, c.highWater); got != c.want {
			t.Errorf("gcPolicyPercent(%d MiB, %d MiB) = %d, want %d", c.live/mib, c.highWater/mib, got, c.want)
		}
	}
	if got := gcPolicyGoal(40*mib, 25); got != 50*mib {
		t.Errorf("gcPolicyGoal(40 MiB, 25) = %d, want %d", got, 50*mib)
	}
}

// TestGCPolicyHook checks that the hook runs after a collection and sets
// the percentage for the live heap it finds.
func TestGCPolicyHook(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	p := startGCPolicy()
	defer p.stop()
	live := make([]byte, 64<<20)
	want := int32(gcPolicyPercent(64<<20, 0))
	deadline := time.Now().Add(10 * time.Second)
	for p.percent.Load() != want && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	runtime.KeepAlive(live)
	if got := p.percent.Load(); got != want {
		t.Fatalf("percent after a collection with 64 MiB live: %d, want %d", got, want)
	}
	if got := debug.SetGCPercent(int(want)); got != int(want) {
		t.Fatalf("Go's GOGC is %d, want %d", got, want)
	}
}
