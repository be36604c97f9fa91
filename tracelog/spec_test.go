package tracelog

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestOpenText(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		spec       string // FILE is replaced by a path in dir
		wants      []Kind
		framesOnly bool
	}{
		{"jit-summary:FILE", []Kind{KindJITSummary}, false},
		{"gc-collect,jit-backend-counts:FILE", []Kind{KindGCStart, KindGCEnd, KindJITCounts}, false},
		{"kiln+resource-close:FILE", []Kind{KindRunStart, KindRunExit, KindResourceClose}, false},
		{":FILE", Kinds(), false},
		{"FILE", Kinds(), true},
		{"+FILE", Kinds(), true},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			path := filepath.Join(dir, "log%d")
			l, err := OpenText(strings.Replace(tc.spec, "FILE", path, 1))
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range Kinds() {
				if l.Wants(k) != contains(tc.wants, k) {
					t.Errorf("Wants(%s) = %v", k, l.Wants(k))
				}
			}
			if l.framesOnly != tc.framesOnly || l.format != Text {
				t.Errorf("framesOnly = %v, format = %v", l.framesOnly, l.format)
			}
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
			// %d became the pid, and Close closed the file.
			if _, err := os.Stat(strings.Replace(path, "%d", strconv.Itoa(os.Getpid()), 1)); err != nil {
				t.Error(err)
			}
			if err := l.closer.(*os.File).Close(); err == nil {
				t.Error("Close left the file open")
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "such", "dir")
	for _, open := range []func() (*Log, error){
		func() (*Log, error) { return Open("") },
		func() (*Log, error) { return Open(missing) },
		func() (*Log, error) { return OpenText("jit:") },
		func() (*Log, error) { return OpenText("jit:" + missing) },
	} {
		if l, err := open(); err == nil {
			l.Close()
			t.Errorf("opened %v, want an error", l)
		}
	}
}

func TestOpenStderr(t *testing.T) {
	for _, open := range []func() (*Log, error){
		func() (*Log, error) { return Open("-") },
		func() (*Log, error) { return OpenText("jit-summary:-") },
	} {
		l, err := open()
		if err != nil {
			t.Fatal(err)
		}
		if l.out != os.Stderr || l.closer != nil {
			t.Errorf("out = %v, closer = %v; want stderr, not to be closed", l.out, l.closer)
		}
		l.Close()
	}
}

func TestFromEnv(t *testing.T) {
	dir := t.TempDir()
	env := func(vars ...string) func(string) string {
		return func(name string) string {
			for i := 0; i < len(vars); i += 2 {
				if vars[i] == name {
					return vars[i+1]
				}
			}
			return ""
		}
	}
	if l, err := FromEnv(env()); l != nil || err != nil {
		t.Errorf("FromEnv with neither variable = %v, %v; want nil, nil", l, err)
	}
	l, err := FromEnv(env("PYPYLOG", "jit-summary:"+filepath.Join(dir, "p")))
	if err != nil || !l.Wants(KindJITSummary) || l.Wants(KindGCEnd) {
		t.Errorf("PYPYLOG: %v, %v", l, err)
	}
	l.Close()
	l, err = FromEnv(env("PYPYLOG", "jit-summary:"+filepath.Join(dir, "p"), "KILNLOG", "gc:"+filepath.Join(dir, "k")))
	if err != nil || !l.Wants(KindGCEnd) || l.Wants(KindJITSummary) {
		t.Errorf("KILNLOG does not take precedence: %v, %v", l, err)
	}
	l.Close()
	if _, err := FromEnv(env("KILNLOG", "gc:")); err == nil || !strings.HasPrefix(err.Error(), "KILNLOG: ") {
		t.Errorf("FromEnv error %v does not name the variable", err)
	}
}

func TestOpenJSONL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.jsonl")
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	l.RunExit(0, ExitNormal)
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rd, err := NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	if rd.Format() != JSONL || rd.Header().Version != Version || rd.Header().Program == "" {
		t.Errorf("format %v, header %+v", rd.Format(), rd.Header())
	}
	if e, err := rd.Next(); err != nil || e.Kind() != KindRunExit {
		t.Errorf("Next() = %v, %v; want the run.exit event", e, err)
	}
}
