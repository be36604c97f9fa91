package profiler_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kilnpy/kiln/profiler"
	"github.com/kilnpy/kiln/vm/runtime"
	"golang.org/x/sys/unix"
)

// fakeJIT stands in for the JIT (branch jit-core) to test the profiler's
// side of the contract in vm/runtime/profiling.go: on the first hot
// report it "traces" and "compiles" the loop, then every report "runs
// compiled code" inside the inlined function inner, each phase a busy
// wait under the tier the JIT publishes.
type fakeJIT struct {
	inner *runtime.Code
	hot   int // hot reports so far
	runs  int
}

// The fake hears of its loop every runtime.HotLoopThreshold back-edges
// and of no function.
func (j *fakeJIT) HotThreshold() int      { return 32 * runtime.HotLoopThreshold }
func (j *fakeJIT) FunctionThreshold() int { return 0 }
func (j *fakeJIT) FunctionHot(th *runtime.Thread, f *runtime.Frame) (int, error) {
	return 0, nil
}
func (j *fakeJIT) Shutdown() {}

// spin busy-waits until the process has used d more CPU time: samples
// count CPU time, and on a loaded machine wall time is not CPU time.
func spin(d time.Duration) {
	cpu := func() time.Duration {
		var ts unix.Timespec
		unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts)
		return time.Duration(ts.Nano())
	}
	for end := cpu() + d; cpu() < end; {
	}
}

func (j *fakeJIT) LoopHot(th *runtime.Thread, f *runtime.Frame, pc int) (int, error) {
	// Interpret the loop for a while first, as a real JIT's threshold
	// does: that is the loop's warm-up.
	// Hot reports come every few dozen iterations: spin to make the
	// interpreted warm-up long enough to be sampled.
	if j.hot++; j.hot < 200 {
		spin(500 * time.Microsecond)
		return pc, nil
	}
	if j.runs == 0 {
		prev := th.SetProfileTier(runtime.TierTracing, 7, 0)
		spin(100 * time.Millisecond)
		th.SetProfileTier(runtime.TierJITBackend, 7, 0)
		spin(100 * time.Millisecond)
		th.RestoreProfileTier(prev)
		th.Interp.RegisterJITLoop(&runtime.JITLoop{ID: 7, Code: f.Code, PC: pc,
			Positions: [][]runtime.ProfileFrame{{}, {{Code: f.Code, Line: 7}, {Code: j.inner, Line: j.inner.Line(0)}}}})
	}
	if j.runs < 40 {
		prev := th.SetProfileTier(runtime.TierJIT, 7, 0)
		th.SetJITPosition(1)
		spin(5 * time.Millisecond)
		th.RestoreProfileTier(prev)
	}
	j.runs++
	return pc, nil
}

const jitProg = `def inner(x):
    return x + 1

def outer(n):
    s = 0
    for i in range(n):
        s = inner(s)
    return s

outer(400000)
`

// TestJITTier checks what the profile makes of the words the JIT
// publishes: compiled code as a frame <jit loop 7 jitprog.py:6> above the
// function of the loop, and above it the position's location: inner at
// line 2 inlined into outer at line 7;
// tracing and backend time labelled with the loop.
func TestJITTier(t *testing.T) {
	interp := runtime.NewInterpreter(runtime.Options{})
	th := interp.MainThread()
	globals := runtime.NewDict()
	if _, err := runtime.ExecSource(th, "jitprog.py", []byte("def inner(x):\n    return x + 1\n"), "exec", globals, nil); err != nil {
		t.Fatal(err)
	}
	innerFn, _ := globals.GetStr("inner")
	j := &fakeJIT{inner: (*runtime.Function)(innerFn.Pointer()).Code}
	interp.SetJITHook(j)
	out := filepath.Join(t.TempDir(), "jit.pb.gz")
	p, err := profiler.StartCPU(th, out, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := runtime.ExecSource(th, "jitprog.py", []byte(jitProg), "exec", runtime.NewDict(), nil); err != nil {
		t.Fatal(err)
	}
	if err := p.Stop(); err != nil {
		t.Fatal(err)
	}
	prof := readProfile(t, out)
	var jit, tracing, backend, other int64
	for _, s := range prof.Sample {
		tier, loop := s.Label["tier"][0], strings.Join(s.Label["loop"], "")
		switch tier {
		case "jit":
			lines := s.Location[0].Line
			if loop != "7" || len(lines) != 2 || lines[0].Function.Name != "inner" || lines[0].Line != 2 ||
				lines[1].Function.Name != "outer" || lines[1].Line != 7 || len(s.Location) < 3 ||
				s.Location[1].Line[0].Function.Name != "<jit loop 7 jitprog.py:6>" || s.Location[1].Line[0].Function.Filename != "jitprog.py" ||
				s.Location[2].Line[0].Function.Name != "outer" {
				t.Errorf("jit sample: loop %q, %v", loop, s.Location)
			}
			jit += s.Value[0]
		case "tracing":
			if loop != "7" || leaf(s) != "outer" {
				t.Errorf("tracing sample: loop %q, leaf %s", loop, leaf(s))
			}
			tracing += s.Value[0]
		case "jit-backend":
			if loop != "7" || leaf(s) != "<jit-backend loop 7 jitprog.py:6>" {
				t.Errorf("backend sample: loop %q, leaf %s", loop, leaf(s))
			}
			backend += s.Value[0]
		default:
			other += s.Value[0]
		}
	}
	t.Logf("samples: jit %d, tracing %d, backend %d, other %d; comments %q", jit, tracing, backend, other, prof.Comments)
	var warmup int64
	if len(prof.Comments) != 1 || !strings.HasPrefix(prof.Comments[0], profiler.WarmupCommentPrefix+"7 warmup_interp_ns=") {
		t.Errorf("comments %q: want the warm-up of loop 7", prof.Comments)
	} else if _, err := fmt.Sscanf(prof.Comments[0], profiler.WarmupCommentPrefix+"7 warmup_interp_ns=%d", &warmup); err != nil || warmup <= 0 {
		t.Errorf("loop 7 warm-up %d (%v): want the time outer was interpreted before the JIT took it", warmup, err)
	}
	// 200ms compiled, 100ms each tracing and backend, at 1000 Hz. The
	// sampler wakes every few milliseconds and credits the periods that
	// passed to what runs when it wakes, so the phases' edges blur, and
	// more so on a loaded machine, where its wake-ups come late.
	if jit < 100 || tracing < 30 || backend < 30 {
		t.Errorf("jit %d, tracing %d, backend %d samples: want about 200, 100, 100", jit, tracing, backend)
	}
}
