package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/tracelog"
	"github.com/kilnpy/kiln/vm/runtime"
)

// runTracked runs code under -X track-resources with a trace log, and
// returns the events and what the program wrote to stderr.
func runTracked(t *testing.T, code string) ([]tracelog.Event, string) {
	t.Helper()
	var logBuf, stdout, stderr bytes.Buffer
	log := tracelog.New(&logBuf, tracelog.Options{Program: "kiln-test"})
	Run(Program{Kind: Command, Target: code}, runtime.Options{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, TraceLog: log,
		XOptions: map[string]string{"track-resources": ""},
		Exit:     func(int) { t.Fatal("os._exit was called") },
	})
	events, err := tracelog.ReadAll(&logBuf)
	if err != nil {
		t.Fatalf("reading the log back: %v", err)
	}
	return events, stderr.String()
}

// TestResourceEvents checks the resource events of a tracked run: a file
// leaked in a helper and a generator dropped while suspended (leaks found
// by gc.collect(), with their allocation stacks), a file closed by with
// (open, close), and a file still open at exit (leak by exit).
func TestResourceEvents(t *testing.T) {
	dir := t.TempDir()
	code := strings.ReplaceAll(`import gc
def leak():
    open("DIR/a.txt", "w").write("a")
def gen():
    try:
        yield 1
    finally:
        pass
leak()
with open("DIR/b.txt", "w") as f:
    f.write("b")
g = gen()
next(g)
del g
gc.collect()
kept = open("DIR/c.txt", "w")
`, "DIR", dir)
	events, stderr := runTracked(t, code)
	opened := map[int64]*tracelog.ResourceOpen{}
	var got []string
	for _, e := range events {
		switch e := e.(type) {
		case *tracelog.ResourceOpen:
			opened[e.ID] = e
			got = append(got, "open "+string(e.Resource))
			if len(e.Stack) == 0 || e.Stack[0].Pos != e.Pos {
				t.Errorf("open %d: stack %v does not start at %v", e.ID, e.Stack, e.Pos)
			}
		case *tracelog.ResourceClose:
			got = append(got, "close "+string(opened[e.ID].Resource))
		case *tracelog.ResourceLeak:
			got = append(got, "leak "+string(e.Resource)+" "+string(e.DetectedBy))
			o := opened[e.ID]
			if o == nil || len(e.Stack) != len(o.Stack) || e.Stack[0] != o.Stack[0] {
				t.Errorf("leak %d: stack %v, want the allocation stack of its open", e.ID, e.Stack)
			}
		}
	}
	want := []string{"open file", "open file", "close file", "open generator", "leak file gc", "leak generator gc", "open file", "leak file exit"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("resource events:\n got %s\nwant %s", strings.Join(got, ", "), strings.Join(want, ", "))
	}
	if first := opened[1]; first == nil || len(first.Stack) != 2 || first.Stack[0].Func != "leak" || first.Stack[0].Line != 3 || first.Stack[1].Line != 9 {
		t.Errorf("first open's stack: %+v, want leak line 3 called from line 9", first)
	}
	for _, w := range []string{`<string>:3: ResourceWarning: unclosed file`, `<string>:16: ResourceWarning: unclosed file`, "unclosed generator", "Created at (most recent call last):"} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
}
