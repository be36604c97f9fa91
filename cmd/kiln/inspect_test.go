package main

// This file tests -i (and PYTHONINSPECT) with a -c command, which the
// corpus cannot express (its programs are files: repl_inspect_*.py there
// cover scripts). The expected outputs were checked against CPython 3.12
// run the same way (stdin a pipe, so the prompts go to stderr).

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestInspectCommand(t *testing.T) {
	bin, isKiln := kilnBinary(t)
	if !isKiln {
		t.Skip("KILN_TEST_BINARY is not kiln")
	}
	cases := []struct {
		name, stdin string
		env         []string
		args        []string
		stdout      string
		stderr      string
		status      int
	}{
		{name: "globals", args: []string{"-i", "-c", "x = 5"}, stdin: "x\nx + 1\n",
			stdout: "5\n6\n", stderr: ">>> >>> >>> \n"},
		{name: "exception", args: []string{"-i", "-c", "x = 5; 1/0"}, stdin: "x\n",
			stdout: "5\n", stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n"},
		{name: "sysexit", args: []string{"-i", "-c", "x = 5; raise SystemExit(3)"}, stdin: "x\n",
			stdout: "5\n", stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: 3\n>>> >>> \n"},
		{name: "repl exit status", args: []string{"-i", "-c", "x = 5"}, stdin: "x\nraise SystemExit(4)\n",
			stdout: "5\n", stderr: ">>> >>> ", status: 4},
		{name: "flags", args: []string{"-i", "-c", "pass"}, stdin: "import sys; sys.flags.interactive, sys.flags.inspect\n",
			stdout: "(1, 1)\n", stderr: ">>> >>> \n"},
		{name: "no program", args: []string{"-i", "-q"}, stdin: "1 + 1\n",
			stdout: "2\n", stderr: ">>> >>> \n"},
		// PYTHONINSPECT alone needs a terminal for the REPL, but its
		// SystemExit is printed rather than ending the process silently.
		{name: "PYTHONINSPECT pipe", args: []string{"-c", "x = 7"}, env: []string{"PYTHONINSPECT=1"}, stdin: "x\n"},
		{name: "PYTHONINSPECT sysexit", args: []string{"-c", "raise SystemExit(3)"}, env: []string{"PYTHONINSPECT=1"},
			stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: 3\n", status: 1},
		{name: "PYTHONINSPECT ignored by -E", args: []string{"-E", "-c", "raise SystemExit(3)"}, env: []string{"PYTHONINSPECT=1"}, status: 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(bin, c.args...)
			cmd.Env = append(os.Environ(), c.env...)
			cmd.Stdin = strings.NewReader(c.stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			status := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				status = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if status != c.status || stdout.String() != c.stdout || stderr.String() != c.stderr {
				t.Errorf("status %d, stdout %q, stderr %q; want %d, %q, %q", status, stdout.String(), stderr.String(), c.status, c.stdout, c.stderr)
			}
		})
	}
}
