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
