package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/tracelog")

const testdata = "../../testdata/tracelog"

// kilnProf runs the command in-process and returns its exit status
// and outputs.
func kilnProf(args ...string) (status int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	status = run(args, &out, &errOut)
	return status, out.String(), errOut.String()
}

// TestLogGolden summarises the sample log in both formats, as text and
// as JSON, and compares with the goldens: the two formats must give
// the same summary.
func TestLogGolden(t *testing.T) {
	for _, tc := range []struct {
		flags  []string
		golden string
	}{
		{nil, "events.summary.txt"},
		{[]string{"--json"}, "events.summary.json"},
	} {
		for _, input := range []string{"events.jsonl", "events.log"} {
			t.Run(tc.golden+"/"+input, func(t *testing.T) {
				path := filepath.Join(testdata, input)
				status, stdout, stderr := kilnProf(append(append([]string{"log"}, tc.flags...), path)...)
				if status != exitOK || stderr != "" {
					t.Fatalf("exit %d, stderr %q", status, stderr)
				}
				// The goldens name the file as FILE, so both inputs share them.
				got := []byte(strings.ReplaceAll(stdout, path, "FILE"))
				goldenPath := filepath.Join(testdata, tc.golden)
				if *update {
					if err := os.WriteFile(goldenPath, got, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(goldenPath)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("output differs from %s (run go test -update if intended):\n%s", goldenPath, got)
				}
			})
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		status int
		out    string // substring of stdout, or of stderr if status != 0
	}{
		{nil, exitUsage, "usage: kiln-prof <command>"},
		{[]string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{[]string{"log"}, exitUsage, "want one FILE, got 0"},
		{[]string{"log", "a", "b"}, exitUsage, "want one FILE, got 2"},
		{[]string{"log", "--bogus", "a"}, exitUsage, "flag provided but not defined: -bogus"},
		{[]string{"help", "nope"}, exitUsage, `unknown command "nope"`},
		{[]string{"help", "log", "log"}, exitUsage, "usage: kiln-prof <command>"},
		{[]string{"help"}, exitOK, "log    summarise a trace log"},
		{[]string{"help", "log"}, exitOK, "usage: kiln-prof log [--json] FILE"},
		{[]string{"log", "-h"}, exitOK, "--json  print the same summary as JSON"},
	} {
		status, stdout, stderr := kilnProf(tc.args...)
		out := stdout
		if tc.status != exitOK {
			out = stderr
			if stdout != "" {
				t.Errorf("%q: wrote %q to stdout on a usage error", tc.args, stdout)
			}
		}
		if status != tc.status || !strings.Contains(out, tc.out) {
			t.Errorf("%q: exit %d, output %q; want exit %d and %q", tc.args, status, out, tc.status, tc.out)
		}
	}
}

func TestLogBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	missing := filepath.Join(dir, "missing.jsonl")
	malformed := write("bad.jsonl", `{"tracelog":1,"program":"kiln"}`+"\n"+`{"kind":"gc.end","seq":"x"}`+"\n")
	for _, tc := range []struct{ path, msg string }{
		{missing, "missing.jsonl: no such file"},
		{malformed, `bad.jsonl: line 2: gc.end: malformed tracelog: field "seq"`},
	} {
		status, stdout, stderr := kilnProf("log", tc.path)
		if status != exitError || stdout != "" || !strings.Contains(stderr, tc.msg) {
			t.Errorf("log %s: exit %d, stdout %q, stderr %q; want exit 1 and %q", tc.path, status, stdout, stderr, tc.msg)
		}
	}
}

// TestLogTruncated: a log cut by SIGKILL still summarises, and says so.
func TestLogTruncated(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(testdata, "events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "cut.jsonl")
	if err := os.WriteFile(path, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	status, stdout, stderr := kilnProf("log", path)
	if status != exitOK || !strings.Contains(stdout, "no exit: the log is truncated") {
		t.Errorf("exit %d, stdout %q, stderr %q", status, stdout, stderr)
	}
}
