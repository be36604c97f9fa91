// The conformance corpus: TestPrograms runs every Python program in
// testdata/run/*.py through the kiln binary and compares its exit code,
// standard output and standard error byte for byte with the output CPython
// 3.12 produced for the same program, recorded in a golden file.
//
// # Corpus layout
//
// Only files matching testdata/run/*.py (top level) are test programs. Each
// program x.py comes with:
//
//   - x.golden (required): CPython's exit code, stdout and stderr;
//   - x.stdin (optional): fed to the program as standard input (else empty);
//   - x.args (optional): extra command-line arguments, one per line;
//   - x.flags (optional): interpreter flags (-W error, -X dev), one per
//     line, given before the script name (after kiln's own --jit flags).
//
// Helper modules and packages the programs import live in subdirectories of
// testdata/run (for example testdata/run/pkg_demo/); they are found through
// sys.path[0], the script's directory, never through PYTHONPATH.
//
// Goldens are never written by this test: they come only from CPython, via
// testdata/regen.sh.
//
// # Golden format
//
// A golden file has three sections, always in this order, each introduced by
// a header line:
//
//	-- exitcode --
//	0
//	-- stdout --
//	...exact stdout bytes...
//	-- stderr --
//	...exact stderr bytes...
//
// A section's content is everything between its header line and the next
// header line (or the end of the file). When the content is non-empty and does
// not end in a newline, the header reads "-- stdout (no final newline) --" (or
// the same for stderr) and one newline, which is not part of the content, is
// appended so that the file stays line-oriented. Program output must not
// contain a line that looks like a section header.
//
// CPython makes the script's __file__ absolute, so its tracebacks name
// "/abs/path/testdata/run/x.py". Both regen.sh and this test remove the
// absolute path of testdata/run (plus the separator) from the output, so
// goldens say File "x.py" and do not depend on the checkout's location.
//
// # Running
//
//	go test ./cmd/kiln -run TestPrograms
//
// builds kiln once and runs every program twice, as parallel subtests named
// interp/<name> (plain "kiln prog.py") and jit/<name> ("kiln --jit threshold=1
// prog.py"), each with cwd = testdata/run, the bare file name as the script
// argument, a 20 s timeout and the environment of testdata/regen.sh.
//
// # Known failures
//
// testdata/run/XFAIL lists programs that are expected to fail, one per line
// ('#' starts a comment). A bare name ("tb_simple") covers both modes; a name
// prefixed by a mode ("jit/tb_simple") covers only that mode. A listed
// program that fails is skipped with a note; a listed program that passes
// fails the test ("now passes: remove from XFAIL"), so the list only shrinks.
//
// # Environment variables
//
//   - KILN_TESTRUN_ALL=1 ignores XFAIL: every mismatch is a failure (to count
//     how many programs pass).
//   - KILN_TEST_BINARY=/path/to/binary runs that binary instead of building
//     kiln (a relative path is relative to cmd/kiln; a bare name is looked up
//     in PATH). If its base name does not contain "kiln" (for example CPython
//     itself, to check that the runner and the goldens agree) the jit mode is
//     skipped, since only kiln understands --jit.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	corpusDir      = "../../testdata/run"
	programTimeout = 20 * time.Second
	noFinalNewline = " (no final newline)"
)

// runEnv is the environment regen.sh gives CPython; kiln gets the same.
var runEnv = []string{
	"PYTHONHASHSEED=0",
	"PYTHONDONTWRITEBYTECODE=1",
	"PYTHONIOENCODING=utf-8",
	"LC_ALL=C.UTF-8",
}

// golden is the recorded outcome of one program.
type golden struct {
	exitCode int
	stdout   string
	stderr   string
}

// runMode is one way of running the corpus.
type runMode struct {
	name  string   // subtest group name
	flags []string // extra kiln flags before the script name
}

var runModes = []runMode{
	{name: "interp"},
	{name: "jit", flags: []string{"--jit", "threshold=1"}},
}

func TestPrograms(t *testing.T) {
	dir, err := filepath.Abs(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	progs, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Fatalf("no programs in %s", dir)
	}
	sort.Strings(progs)

	xfail, err := readXFAIL(filepath.Join(dir, "XFAIL"))
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("KILN_TESTRUN_ALL") == "1" {
		xfail = nil
	}
	for entry := range xfail {
		name := entry
		for _, mode := range runModes {
			name = strings.TrimPrefix(name, mode.name+"/")
		}
		if _, err := os.Stat(filepath.Join(dir, name+".py")); err != nil {
			t.Errorf("XFAIL lists %q, but there is no program %s.py", entry, name)
		}
	}

	bin, isKiln := kilnBinary(t)
	t.Cleanup(func() { removeLeftovers(t, dir) })

	for _, mode := range runModes {
		if mode.flags != nil && !isKiln {
			t.Logf("%s: skipped, KILN_TEST_BINARY is not kiln", mode.name)
			continue
		}
		// The modes run one after the other: a program's two runs would
		// otherwise race on the scratch files it creates in its cwd.
		t.Run(mode.name, func(t *testing.T) {
			for _, prog := range progs {
				name := strings.TrimSuffix(filepath.Base(prog), ".py")
				expectFail := xfail[name] || xfail[mode.name+"/"+name]
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					runProgram(t, bin, mode, dir, name, expectFail)
				})
			}
		})
		removeLeftovers(t, dir)
	}
}

// TestCorpusLayout checks that every program has a golden and that every
// golden, .stdin, .args and .flags file belongs to a program.
func TestCorpusLayout(t *testing.T) {
	dir, err := filepath.Abs(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	exists := func(name string) bool {
		_, err := os.Stat(filepath.Join(dir, name))
		return err == nil
	}
	for _, e := range entries {
		name := e.Name()
		ext := filepath.Ext(name)
		stem := strings.TrimSuffix(name, ext)
		switch ext {
		case ".py":
			if !exists(stem + ".golden") {
				t.Errorf("%s has no golden: run testdata/regen.sh %s", name, name)
			}
		case ".golden", ".stdin", ".args", ".flags":
			if !exists(stem + ".py") {
				t.Errorf("%s belongs to no program (%s.py is missing)", name, stem)
			}
			if ext == ".golden" {
				if _, err := readGolden(filepath.Join(dir, name)); err != nil {
					t.Error(err)
				}
			}
		}
	}
}

// kilnBinary returns the binary under test and whether it is kiln (and so
// understands kiln-only flags such as --jit).
func kilnBinary(t *testing.T) (string, bool) {
	t.Helper()
	if bin := os.Getenv("KILN_TEST_BINARY"); bin != "" {
		// Programs run in testdata/run, so resolve the binary first. A
		// relative path is relative to the package directory (cmd/kiln).
		path, err := exec.LookPath(bin)
		if err == nil {
			path, err = filepath.Abs(path)
		}
		if err != nil {
			t.Fatalf("KILN_TEST_BINARY: %v", err)
		}
		return path, strings.Contains(filepath.Base(path), "kiln")
	}
	bin := filepath.Join(t.TempDir(), "kiln")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/kilnpy/kiln/cmd/kiln")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building kiln: %v\n%s", err, out)
	}
	return bin, true
}

func runProgram(t *testing.T, bin string, mode runMode, dir, name string, expectFail bool) {
	want, err := readGolden(filepath.Join(dir, name+".golden"))
	if err != nil {
		t.Fatal(err)
	}
	flags, err := readArgs(filepath.Join(dir, name+".flags"))
	if err != nil {
		t.Fatal(err)
	}
	args := append(append(append([]string{}, mode.flags...), flags...), name+".py")
	extra, err := readArgs(filepath.Join(dir, name+".args"))
	if err != nil {
		t.Fatal(err)
	}
	args = append(args, extra...)

	ctx, cancel := context.WithTimeout(context.Background(), programTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(cleanEnv(), runEnv...)
	cmd.WaitDelay = 2 * time.Second
	if in, err := os.ReadFile(filepath.Join(dir, name+".stdin")); err == nil {
		cmd.Stdin = bytes.NewReader(in)
	} else if !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr

	runErr := cmd.Run()
	got := golden{exitCode: 0, stdout: relPaths(stdout.String(), dir), stderr: relPaths(stderr.String(), dir)}
	var problem string
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() != nil:
		problem = fmt.Sprintf("timed out after %v (killed)", programTimeout)
	case errors.As(runErr, &exitErr):
		got.exitCode = exitErr.ExitCode()
	case runErr != nil:
		t.Fatalf("running %s: %v", bin, runErr)
	}
	if problem == "" {
		problem = compare(want, got)
	}

	switch {
	case problem == "" && expectFail:
		t.Errorf("now passes: remove from XFAIL")
	case problem == "":
	case expectFail:
		t.Skipf("expected failure (XFAIL): %s", summary(problem))
	default:
		t.Errorf("kiln %s: %s", strings.Join(args, " "), problem)
	}
}

// relPaths removes the corpus directory's absolute path (with its trailing
// slash) from s, as regen.sh does: tracebacks then name "x.py" rather than
// "/abs/path/testdata/run/x.py", wherever the checkout lives.
func relPaths(s, dir string) string {
	s = strings.ReplaceAll(s, dir+string(filepath.Separator), "")
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		s = strings.ReplaceAll(s, real+string(filepath.Separator), "")
	}
	return s
}

// compare describes how got differs from want, or returns "" if it doesn't.
func compare(want, got golden) string {
	var b strings.Builder
	if want.exitCode != got.exitCode {
		fmt.Fprintf(&b, "exit code %d, want %d\n", got.exitCode, want.exitCode)
	}
	if want.stdout != got.stdout {
		b.WriteString("stdout differs:\n")
		b.WriteString(diff(want.stdout, got.stdout))
	}
	if want.stderr != got.stderr {
		b.WriteString("stderr differs:\n")
		b.WriteString(diff(want.stderr, got.stderr))
	}
	return b.String()
}

// diff shows where want and got differ, in the style of a unified diff hunk
// ("-" want, "+" got): the lines between their common prefix and common
// suffix (at most maxLines of each), with a few lines of context around.
func diff(want, got string) string {
	const context, maxLines = 3, 12
	wl, gl := splitLines(want), splitLines(got)
	pre := 0
	for pre < len(wl) && pre < len(gl) && wl[pre] == gl[pre] {
		pre++
	}
	suf := 0
	for suf < len(wl)-pre && suf < len(gl)-pre && wl[len(wl)-1-suf] == gl[len(gl)-1-suf] {
		suf++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "@@ first difference at line %d (want %d lines, got %d lines) @@\n", pre+1, len(wl), len(gl))
	for _, l := range wl[max(0, pre-context):pre] {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	writeLines(&b, "- ", wl[pre:len(wl)-suf], maxLines)
	writeLines(&b, "+ ", gl[pre:len(gl)-suf], maxLines)
	for _, l := range wl[len(wl)-suf : min(len(wl), len(wl)-suf+context)] {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	return b.String()
}

// writeLines writes up to limit lines with the given prefix, noting how many
// more there were.
func writeLines(b *strings.Builder, prefix string, lines []string, limit int) {
	for i, l := range lines {
		if i == limit {
			fmt.Fprintf(b, "%s... (%d more lines)\n", prefix, len(lines)-limit)
			break
		}
		fmt.Fprintf(b, "%s%s\n", prefix, l)
	}
}

// splitLines splits s into lines, quoting a final line that lacks its
// newline so that a missing newline shows up in a diff.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		if trimmed, ok := strings.CutSuffix(l, "\n"); ok {
			lines[i] = trimmed
		} else {
			lines[i] = strconv.Quote(l) + " (no final newline)"
		}
	}
	return lines
}

// summary condenses a compare result to one line: its headings without the
// diff lines.
func summary(problem string) string {
	var parts []string
	for _, l := range strings.Split(strings.TrimSpace(problem), "\n") {
		if !strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "+ ") {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}

// readGolden parses a golden file (see the package comment for the format).
// Sections are recognized by their header lines, in their fixed order.
func readGolden(path string) (golden, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return golden{}, err
	}
	names := []string{"exitcode", "stdout", "stderr"}
	bodies := make([]strings.Builder, len(names))
	trimmed := make([]bool, len(names))
	cur := -1
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if next := cur + 1; next < len(names) {
			switch line {
			case "-- " + names[next] + " --\n":
				cur = next
				continue
			case "-- " + names[next] + noFinalNewline + " --\n":
				cur, trimmed[next] = next, true
				continue
			}
		}
		if cur < 0 {
			if line == "" {
				continue
			}
			return golden{}, fmt.Errorf("%s: want %q as the first line", path, "-- exitcode --")
		}
		bodies[cur].WriteString(line)
	}
	if cur != len(names)-1 {
		return golden{}, fmt.Errorf("%s: missing section header %q", path, "-- "+names[cur+1]+" --")
	}
	text := make([]string, len(names))
	for i := range names {
		text[i] = bodies[i].String()
		if trimmed[i] {
			t, ok := strings.CutSuffix(text[i], "\n")
			if !ok {
				return golden{}, fmt.Errorf("%s: section %s lacks its closing newline", path, names[i])
			}
			text[i] = t
		}
	}
	code, err := strconv.Atoi(strings.TrimSpace(text[0]))
	if err != nil {
		return golden{}, fmt.Errorf("%s: bad exit code: %v", path, err)
	}
	return golden{exitCode: code, stdout: text[1], stderr: text[2]}, nil
}

// readArgs reads a .args file: one argument per line. A missing file means
// no arguments.
func readArgs(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n"), nil
}

// readXFAIL reads the known-failures list; a missing file is an empty list.
func readXFAIL(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	set := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			set[strings.TrimSuffix(line, ".py")] = true
		}
	}
	return set, sc.Err()
}

// cleanEnv is the test's environment without variables that change how a
// Python behaves.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANG") {
			env = append(env, kv)
		}
	}
	return env
}

// removeLeftovers deletes scratch files (_kiln_test_*) that programs were
// meant to remove themselves but left behind, e.g. after failing.
func removeLeftovers(t *testing.T, dir string) {
	left, _ := filepath.Glob(filepath.Join(dir, "_kiln_test_*"))
	for _, p := range left {
		if err := os.RemoveAll(p); err != nil {
			t.Errorf("removing leftover %s: %v", p, err)
		}
	}
	// A CPython run through KILN_TEST_BINARY must not leave bytecode caches.
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "__pycache__" {
			os.RemoveAll(p)
			return filepath.SkipDir
		}
		return nil
	})
}
