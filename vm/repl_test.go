package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// TestREPL feeds an interactive session: expression values are echoed,
// compound statements wait for a blank line, an error is printed and the
// session goes on, and end of input ends it with status 0.
func TestREPL(t *testing.T) {
	in := strings.Join([]string{
		"1 + 1",
		"x = [1, 2]",
		"for i in x:",
		"    print(i * 10)",
		"",
		"print(undefined)",
		"def f(",
		"  a): return a",
		"",
		"f(3)",
		"'done'",
	}, "\n") + "\n"
	var stdout, stderr bytes.Buffer
	th := runtime.NewInterpreter(runtime.Options{Stdin: strings.NewReader(in), Stdout: &stdout, Stderr: &stderr}).MainThread()
	if status := REPL(th, strings.NewReader(in)); status != 0 {
		t.Errorf("status %d, want 0", status)
	}
	th.FlushStdout()
	want := ">>> 2\n>>> >>> ... ... 10\n20\n>>> >>> ... ... >>> 3\n>>> 'done'\n>>> \n"
	if stdout.String() != want {
		t.Errorf("stdout = %q, want %q", stdout.String(), want)
	}
	if !strings.Contains(stderr.String(), "NameError: name 'undefined' is not defined\n") {
		t.Errorf("stderr lacks the NameError:\n%s", stderr.String())
	}

}
