package warnings

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// newInterp returns an interpreter whose stderr is captured.
func newInterp(opts runtime.Options) (*runtime.Interpreter, *bytes.Buffer) {
	var out bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &out
	return runtime.NewInterpreter(opts), &out
}

// TestWarnExplicitTrailer checks the entry point the finalizers of
// unclosed resources use: the filters apply (ResourceWarning is ignored
// by default), the location is the one given, and the trailer follows the
// warning.
func TestWarnExplicitTrailer(t *testing.T) {
	prog := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(prog, []byte("import os\n\nf = open('x')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w := runtime.ExplicitWarning{
		Category: runtime.ResourceWarning,
		Message:  "unclosed file <x>",
		Filename: prog, Lineno: 3, Module: "__main__",
		Trailer:        "Created at (most recent call last):\n  File \"prog.py\", line 3, in <module>\n",
		OmitSourceLine: true,
	}
	interp, out := newInterp(runtime.Options{})
	if err := runtime.WarnExplicit(interp.MainThread(), w); err != nil || out.Len() != 0 {
		t.Fatalf("default filters: err %v, output %q; want ignored", err, out)
	}

	interp, out = newInterp(runtime.Options{XOptions: map[string]string{"track-resources": ""}})
	if err := runtime.WarnExplicit(interp.MainThread(), w); err != nil {
		t.Fatal(err)
	}
	interp.FlushStdStreams()
	want := prog + ":3: ResourceWarning: unclosed file <x>\n" + w.Trailer
	if out.String() != want {
		t.Errorf("track-resources: got %q, want %q", out, want)
	}

	// Without OmitSourceLine, the source line follows the first line.
	w.OmitSourceLine = false
	out.Reset()
	if err := runtime.WarnExplicit(interp.MainThread(), w); err != nil {
		t.Fatal(err)
	}
	want = prog + ":3: ResourceWarning: unclosed file <x>\n  f = open('x')\n" + w.Trailer
	if out.String() != want {
		t.Errorf("with the source line: got %q, want %q", out, want)
	}

	interp, out = newInterp(runtime.Options{XOptions: map[string]string{"track-resources": ""}, WarnOptions: []string{"error"}})
	err := runtime.WarnExplicit(interp.MainThread(), w)
	if !runtime.IsInstanceOf(err, runtime.ResourceWarning) {
		t.Errorf("-W error: got %v, want a ResourceWarning exception", err)
	}
}

// TestWarnOptions checks sys.warnoptions: -X dev, then PYTHONWARNINGS
// (split on commas, empty entries dropped, ignored under -E), then -W.
func TestWarnOptions(t *testing.T) {
	env := func(k string) string {
		if k == "PYTHONWARNINGS" {
			return "error,, ignore ,"
		}
		return ""
	}
	interp, _ := newInterp(runtime.Options{Getenv: env, WarnOptions: []string{"always"}, XOptions: map[string]string{"dev": ""}})
	got := interp.WarnOptions()
	want := []string{"default", "error", " ignore ", "always"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	interp, _ = newInterp(runtime.Options{Getenv: env, IgnoreEnvironment: true})
	if got := interp.WarnOptions(); len(got) != 0 {
		t.Errorf("-E: got %q, want none", got)
	}
}
