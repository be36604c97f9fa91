package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/pprof/profile"
)

// profileTestdata holds the goldens of the profile commands. Their input
// is the fixed profile that sampleProfile builds; the goldens were
// checked by hand against its samples (and against go tool pprof -top
// for the flat and cumulative figures).
const profileTestdata = "../../testdata/profile"

// sampleProfile builds a small CPU profile such as kiln -X profile
// writes for prog.py, with every tier: interpreted Python frames, a
// builtin, a Python function called back by the builtin, compiled code
// of loop 1 (the loop of testdata/tracelog/events.jsonl) with g inlined,
// its tracing and backend time, and a collection.
func sampleProfile() *profile.Profile {
	m := &profile.Mapping{ID: 1, File: "python", HasFunctions: true, HasFilenames: true, HasLineNumbers: true, HasInlineFrames: true}
	p := &profile.Profile{
		SampleType:    []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		PeriodType:    &profile.ValueType{Type: "cpu", Unit: "nanoseconds"},
		Period:        10000000,
		TimeNanos:     time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC).UnixNano(),
		DurationNanos: 3e9,
		Mapping:       []*profile.Mapping{m},
		Comments:      []string{"kiln: loop 1 warmup_interp_ns=250000000"},
	}
	fn := func(name, file string, start int64) *profile.Function {
		f := &profile.Function{ID: uint64(len(p.Function) + 1), Name: name, Filename: file, StartLine: start}
		p.Function = append(p.Function, f)
		return f
	}
	module := fn("<module>", "prog.py", 1)
	mainFn := fn("main", "prog.py", 10)
	f := fn("f", "prog.py", 2)
	g := fn("g", "prog.py", 7)
	sorted := fn("<builtin sorted>", "", 0)
	key := fn("<lambda>", "prog.py", 12)
	jit := fn("<jit loop 1 prog.py:4>", "prog.py", 4)
	backend := fn("<jit-backend loop 1 prog.py:4>", "", 0)
	gc := fn("<gc>", "", 0)
	loc := func(lines ...profile.Line) *profile.Location {
		l := &profile.Location{ID: uint64(len(p.Location) + 1), Mapping: m, Line: lines}
		p.Location = append(p.Location, l)
		return l
	}
	line := func(f *profile.Function, n int64) profile.Line { return profile.Line{Function: f, Line: n} }
	modLoc := loc(line(module, 15))
	mainF := loc(line(mainFn, 11))
	mainSorted := loc(line(mainFn, 12))
	fLoop := loc(line(f, 5))
	fHeader := loc(line(f, 4))
	gLoc := loc(line(g, 8))
	sortedLoc := loc(line(sorted, 0))
	keyLoc := loc(line(key, 12))
	jitLoc := loc(line(jit, 4))
	inlinedG := loc(line(g, 8), line(f, 5)) // g inlined into f's loop at line 5
	jitF := loc(line(f, 5))
	backendLoc := loc(line(backend, 0))
	gcLoc := loc(line(gc, 0))
	add := func(n int64, labels map[string][]string, locs ...*profile.Location) {
		p.Sample = append(p.Sample, &profile.Sample{Location: locs, Value: []int64{n, n * p.Period}, Label: labels})
	}
	tier := func(t string, loop ...string) map[string][]string {
		l := map[string][]string{"tier": {t}}
		if len(loop) > 0 {
			l["loop"] = loop
		}
		return l
	}
	add(30, tier("interp"), fLoop, mainF, modLoc)
	add(10, tier("interp"), gLoc, fLoop, mainF, modLoc)
	add(8, tier("tracing", "1"), fHeader, mainF, modLoc)
	add(4, tier("jit-backend", "1"), backendLoc, fHeader, mainF, modLoc)
	add(90, tier("jit", "1"), inlinedG, jitLoc, fHeader, mainF, modLoc)
	add(30, tier("jit", "1"), jitF, jitLoc, fHeader, mainF, modLoc)
	add(50, tier("builtin"), sortedLoc, mainSorted, modLoc)
	add(20, tier("interp"), keyLoc, sortedLoc, mainSorted, modLoc)
	add(6, tier("gc"), gcLoc, modLoc)
	return p
}

// writeSampleProfile writes sampleProfile to a file in dir.
func writeSampleProfile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "cpu.pb.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := sampleProfile().Write(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestProfileGoldens runs top, folded and tiers on the sample profile.
func TestProfileGoldens(t *testing.T) {
	path := writeSampleProfile(t, t.TempDir())
	for _, tc := range []struct {
		args   []string
		golden string
	}{
		{[]string{"top", path}, "top.txt"},
		{[]string{"top", "--cum", "-n", "4", path}, "top-cum.txt"},
		{[]string{"folded", path}, "folded.txt"},
		{[]string{"tiers", path}, "tiers.txt"},
		{[]string{"tiers", "--log", filepath.Join(testdata, "events.jsonl"), path}, "tiers-log.txt"},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			status, stdout, stderr := kilnProf(tc.args...)
			if status != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr %q", status, stderr)
			}
			goldenPath := filepath.Join(profileTestdata, tc.golden)
			if *update {
				if err := os.WriteFile(goldenPath, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if stdout != string(want) {
				t.Errorf("output differs from %s (run go test -update if intended):\n%s", goldenPath, stdout)
			}
		})
	}
}

// TestProfileErrors checks the usage and input errors of the profile
// commands.
func TestProfileErrors(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk")
	os.WriteFile(junk, []byte("{\"kind\": 3\n"), 0o644) // neither a profile nor a trace log
	path := writeSampleProfile(t, dir)
	for _, tc := range []struct {
		args   []string
		status int
		want   string
	}{
		{[]string{"top"}, exitUsage, "kiln-prof top: want one PROFILE, got 0"},
		{[]string{"folded", "a", "b"}, exitUsage, "kiln-prof folded: want one PROFILE, got 2"},
		{[]string{"tiers", "--bogus", path}, exitUsage, "flag provided but not defined: -bogus"},
		{[]string{"top", filepath.Join(dir, "missing")}, exitError, "no such file or directory"},
		{[]string{"top", junk}, exitError, "kiln-prof top: " + junk},
		{[]string{"top", "--sample_index", "alloc_space", path}, exitError, `no sample type "alloc_space"`},
		{[]string{"tiers", "--log", junk, path}, exitError, "kiln-prof tiers: " + junk},
	} {
		status, _, stderr := kilnProf(tc.args...)
		if status != tc.status || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, status, stderr, tc.status, tc.want)
		}
	}
}

// TestNameJITFrames checks that --log names the JIT frames of the web
// view after their traces.
func TestNameJITFrames(t *testing.T) {
	traces, err := readLoopTraces(filepath.Join(testdata, "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	p := sampleProfile()
	nameJITFrames(p, traces)
	var names bytes.Buffer
	for _, f := range p.Function {
		names.WriteString(f.Name + "\n")
	}
	want := "<jit loop 1 prog.py:4> [f, compiled in 2.351ms, 201 guard failures]"
	if !strings.Contains(names.String(), want) {
		t.Errorf("functions:\n%s\nwant a line starting %q", names.String(), want)
	}
}
