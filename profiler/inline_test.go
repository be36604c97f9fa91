package profiler_test

// This file tests the inline frames of compiled code with Kiln's real JIT:
// a function the JIT inlined into a loop's trace is an inlined frame of
// the location of the loop's compiled code, under its <jit loop N> frame.

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/pprof/profile"
)

// TestJITInlinedFrames profiles testdata/inline.py, whose loop in outer
// (line 11, the call on line 12) calls inner (lines 5 to 7), compiled
// and inlined from the start (threshold=1).
func TestJITInlinedFrames(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cpu.pb.gz")
	status, output := kiln(t, "--jit", "threshold=1", "-X", "profile="+out, "-X", "profile-hz=1000", "testdata/inline.py", "50000000")
	if status != 0 {
		t.Fatalf("exit %d: %s", status, output)
	}
	p := readProfile(t, out)
	var inlined, jit int64
	var bad []string
	for _, s := range p.Sample {
		if s.Label["tier"][0] != "jit" {
			continue
		}
		jit += s.Value[0]
		lines := s.Location[0].Line
		if len(lines) < 2 || lines[0].Function.Name != "inner" {
			continue
		}
		// inner at one of its lines, inlined into outer at the call, in
		// the compiled code of outer's loop, above outer's own frame.
		ok := lines[0].Line >= 6 && lines[0].Line <= 7 &&
			lines[1].Function.Name == "outer" && lines[1].Line == 12 && len(lines) == 2 &&
			len(s.Location) >= 3 && strings.HasPrefix(s.Location[1].Line[0].Function.Name, "<jit loop ") &&
			strings.HasSuffix(s.Location[1].Line[0].Function.Name, " inline.py:11>") &&
			s.Location[2].Line[0].Function.Name == "outer"
		if !ok {
			bad = append(bad, describe(s))
			continue
		}
		inlined += s.Value[0]
	}
	t.Logf("%d jit samples, %d of them in inner inlined into outer", jit, inlined)
	if len(bad) > 0 {
		t.Errorf("samples with inner inlined, not as expected:\n%s", strings.Join(bad, "\n"))
	}
	if jit < 100 || inlined == 0 || inlined == jit {
		t.Errorf("%d jit samples, %d with inner inlined: want many, some in inner and some in outer's own code", jit, inlined)
	}

	// go tool pprof -traces shows inner (inline) above outer above the
	// loop's frame.
	traces, err := exec.Command("go", "tool", "pprof", "-traces", out).CombinedOutput()
	if err != nil {
		t.Fatalf("go tool pprof -traces: %v\n%s", err, traces)
	}
	if !regexpTrace(string(traces)) {
		t.Errorf("go tool pprof -traces has no trace inner (inline), outer, <jit loop N inline.py:11>, outer:\n%s", traces)
	}

	// kiln-prof folded: the same stack, root first.
	kilnProf := filepath.Join(t.TempDir(), "kiln-prof")
	if b, err := exec.Command("go", "build", "-o", kilnProf, "github.com/kilnpy/kiln/cmd/kiln-prof").CombinedOutput(); err != nil {
		t.Fatalf("building kiln-prof: %v\n%s", err, b)
	}
	folded, err := exec.Command(kilnProf, "folded", out).CombinedOutput()
	if err != nil {
		t.Fatalf("kiln-prof folded: %v\n%s", err, folded)
	}
	want := "outer (inline.py:9);<jit loop 1 inline.py:11>;outer (inline.py:9);inner (inline.py:5) "
	if !strings.Contains(string(folded), want) {
		t.Errorf("kiln-prof folded has no stack %q:\n%s", want, folded)
	}
}

// regexpTrace reports whether the -traces output has a trace of inner
// inlined in outer's compiled loop.
func regexpTrace(text string) bool {
	for _, tr := range strings.Split(text, "-----------+") {
		var frames []string
		for _, ln := range strings.Split(tr, "\n") {
			f := strings.Fields(ln)
			if len(f) == 0 || strings.HasSuffix(f[0], ":") {
				continue
			}
			if f[0][0] >= '0' && f[0][0] <= '9' { // the trace's time
				f = f[1:]
			}
			frames = append(frames, strings.Join(f, " "))
		}
		s := strings.Join(frames, "|")
		if strings.Contains(s, "inner (inline)|outer|<jit loop 1 inline.py:11>|outer|<module>") {
			return true
		}
	}
	return false
}

// describe is a sample's stack, innermost first, for messages.
func describe(s *profile.Sample) string {
	var parts []string
	for _, l := range s.Location {
		var ls []string
		for _, ln := range l.Line {
			ls = append(ls, ln.Function.Name+":"+strconv.FormatInt(ln.Line, 10))
		}
		parts = append(parts, "["+strings.Join(ls, " ")+"]")
	}
	return strings.Join(parts, " ")
}

// TestJITBridgeInlinedFrames profiles testdata/inline_bridge.py, whose
// loop runs g on one branch and h on the other: one is in the loop's
// trace, the other in a bridge, which registers its inline stacks with
// the loop's. Both must show as inlined into f at their calls.
func TestJITBridgeInlinedFrames(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cpu.pb.gz")
	status, output := kiln(t, "--jit", "threshold=1", "-X", "profile="+out, "-X", "profile-hz=1000", "testdata/inline_bridge.py", "30000000")
	if status != 0 {
		t.Fatalf("exit %d: %s", status, output)
	}
	p := readProfile(t, out)
	inlined := map[string]int64{}
	for _, s := range p.Sample {
		if s.Label["tier"][0] != "jit" {
			continue
		}
		lines := s.Location[0].Line
		if len(lines) == 2 && lines[1].Function.Name == "f" {
			want := map[string]int64{"g": 16, "h": 18}[lines[0].Function.Name]
			if lines[1].Line != want {
				t.Errorf("%s inlined into f at line %d, want %d", lines[0].Function.Name, lines[1].Line, want)
			}
			inlined[lines[0].Function.Name] += s.Value[0]
		}
	}
	t.Logf("samples of inlined functions: %v", inlined)
	if inlined["g"] == 0 || inlined["h"] == 0 {
		t.Errorf("inlined samples %v: want both g (line 16) and h (line 18)", inlined)
	}
}
