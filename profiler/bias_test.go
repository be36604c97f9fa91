package profiler_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/pprof/profile"
)

// biasProg calls straight(), a function of straight-line code (no loop,
// no call: its only safe point is its return), and measures its own time
// against the same loop calling empty(), which has the same body but
// returns before it: the true share of straight's body. empty's frame is
// as large as straight's, so that the two calls cost the same to set up
// and tear down (with "def empty(x): return x" the truth was 4 points too
// high: clearing the larger frame is part of the call). Both are timed in
// CPU time, as the profile samples it: on a loaded machine wall time
// also counts the time the process waited for a core. Only the straight
// phase is profiled.
func biasProg(lines int) string {
	var body strings.Builder
	for i := 0; i < lines; i++ {
		fmt.Fprintf(&body, "    x = x * 3 + %d\n    x = x %% 1000003\n", i)
	}
	var b strings.Builder
	b.WriteString("import sys, time, kilnprof\n\ndef straight(x):\n")
	b.WriteString(body.String())
	b.WriteString("    return x\n\ndef empty(x):\n    if x >= 0:\n        return x\n")
	b.WriteString(body.String())
	b.WriteString(`    return x

def drive(f, n):
    for i in range(n):
        f(i)

n = int(sys.argv[2])
t0 = time.process_time()
drive(empty, n)
t_empty = time.process_time() - t0
kilnprof.start(sys.argv[1], 1000)
t0 = time.process_time()
drive(straight, n)
t_straight = time.process_time() - t0
kilnprof.stop()
print((t_straight - t_empty) / t_straight)
`)
	return b.String()
}

// TestSafepointBias measures the bias of sampling at safe points only: a
// tick is charged to the next back-edge, call or return. At function
// level, straight() must still get its true share: its ticks wait for
// its return, which is in straight itself. The bound is 12 points above:
// under heavy load (a load average of 6 to 10 on 2 cores) the profile
// gave straight 5 to 9 points more than its CPU-time share, in runs where
// the sampler slept on a Go ticker and on a nanosleep of its own alike.
// It is 30 points below: on this PVM guest, idle, straight gets 53 to 83
// percent against a true 86 (drive() the rest), with binaries of
// yesterday's main and today's alike, while under load it is within 4
// points; why is open (docs/profiler.md). A broken safe point (ticks lost
// at a return) gives straight almost nothing. At line level, every
// sample of straight falls on the line of its return. The figures are
// logged; docs/profiler.md reports them.
func TestSafepointBias(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "bias.py")
	if err := os.WriteFile(prog, []byte(biasProg(50)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "cpu.pb.gz")
	// The interpreter's safe points, and no collection: one that falls in
	// the profiled phase but not in the measurement of empty() would be
	// time outside straight that the truth does not count.
	status, output := kilnEnv(t, []string{"GOGC=off"}, "--jit", "off", prog, out, "600000")
	if status != 0 {
		t.Fatalf("exit %d: %s", status, output)
	}
	var truth float64
	if _, err := fmt.Sscan(output, &truth); err != nil {
		t.Fatalf("output %q: %v", output, err)
	}
	p := readProfile(t, out)
	inStraight, total := share(p, 0, func(s *profile.Sample) bool { return leaf(s) == "straight" })
	lines := map[int64]int64{}
	for _, s := range p.Sample {
		if leaf(s) == "straight" {
			lines[s.Location[0].Line[0].Line] += s.Value[0]
		}
	}
	got := float64(inStraight) / float64(total)
	t.Logf("straight(): true share %.1f%%, profile %.1f%% of %d samples; lines sampled: %v", 100*truth, 100*got, total, lines)
	if got < truth-0.30 || got > truth+0.12 {
		t.Errorf("straight() has %.1f%% of the samples, true share %.1f%%", 100*got, 100*truth)
	}
}
