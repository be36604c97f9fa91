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
// against the same loop calling a function that does nothing: the true
// share of straight's body. Only the straight phase is profiled.
func biasProg(lines int) string {
	var b strings.Builder
	b.WriteString("import sys, time, kilnprof\n\ndef straight(x):\n")
	for i := 0; i < lines; i++ {
		fmt.Fprintf(&b, "    x = x * 3 + %d\n    x = x %% 1000003\n", i)
	}
	b.WriteString(`    return x

def empty(x):
    return x

def drive(f, n):
    for i in range(n):
        f(i)

n = int(sys.argv[2])
t0 = time.perf_counter()
drive(empty, n)
t_empty = time.perf_counter() - t0
kilnprof.start(sys.argv[1], 1000)
t0 = time.perf_counter()
drive(straight, n)
t_straight = time.perf_counter() - t0
kilnprof.stop()
print((t_straight - t_empty) / t_straight)
`)
	return b.String()
}

// TestSafepointBias measures the bias of sampling at safe points only: a
// tick is charged to the next back-edge, call or return. At function
// level, straight() must still get its true share (within 10 points: its
// ticks wait for its return, which is in straight itself); at line level,
// every sample of straight falls on the line of its return. The figures
// are logged; docs/profiler.md reports them.
func TestSafepointBias(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "bias.py")
	if err := os.WriteFile(prog, []byte(biasProg(50)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "cpu.pb.gz")
	status, output := kiln(t, "--jit", "off", prog, out, "300000") // the interpreter's safe points
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
	if got < truth-0.10 || got > truth+0.10 {
		t.Errorf("straight() has %.1f%% of the samples, true share %.1f%%", 100*got, 100*truth)
	}
}
