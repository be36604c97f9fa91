// TestLifetime runs the object-lifetime programs of testdata/lifetime
// (forgotten files, generators closed by the collector, __del__, the exit
// sequence, EMFILE recovery) under the flags CPython cannot be the oracle
// for: -X track-resources, and -W error or -W default, whose output
// depends on when the collector finds an object. The expected outputs are
// Kiln's own, checked by hand against the PyPy and CPython reference
// outputs as testdata/lifetime/README.md explains.
//
// # Layout
//
// For a program x.py, each x.<variant>.golden (the corpus's golden format)
// is one run; the variant names the flags:
//
//	plain         (none)
//	track         -X track-resources
//	track-Werror  -X track-resources -W error
//	Werror        -W error
//	Wdefault      -W default
//
// x.after lists files the program must have left, one per line, as
// "name<TAB>content" with the content Go-quoted; it is checked after every
// run of x. x.ulimit holds a descriptor limit (ulimit -n) for the runs,
// which then also run without Go's own collections (GOGC=off).
//
// Each run happens in a fresh directory holding a copy of x.py. Addresses
// (0x...) in the output read 0xADDR, socket descriptors fd=FD, and the
// directory's path is removed.
// KILN_LIFETIME_WRITE=1 writes the goldens from the current output instead
// of comparing (then check every change against the README's rules).
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const lifetimeDir = "../../testdata/lifetime"

// lifetimeVariants maps a golden's variant name to kiln's flags.
var lifetimeVariants = map[string][]string{
	"plain":        nil,
	"track":        {"-X", "track-resources"},
	"track-Werror": {"-X", "track-resources", "-W", "error"},
	"Werror":       {"-W", "error"},
	"Wdefault":     {"-W", "default"},
}

var hexAddress = regexp.MustCompile(`0x[0-9a-f]+`)

// socketFD matches a socket's descriptor number in its repr. Which number
// a socket gets depends on the descriptors the Go runtime has opened by
// then (its poller opens two the first time a pollable file is used,
// which may be before or after the program's first socket).
var socketFD = regexp.MustCompile(`<socket\.socket fd=[0-9]+`)

func TestLifetime(t *testing.T) {
	dir, err := filepath.Abs(lifetimeDir)
	if err != nil {
		t.Fatal(err)
	}
	goldens, err := filepath.Glob(filepath.Join(dir, "*.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no goldens in %s (%v)", dir, err)
	}
	sort.Strings(goldens)
	bin, _ := kilnBinary(t)
	for _, path := range goldens {
		prog, variant, ok := strings.Cut(strings.TrimSuffix(filepath.Base(path), ".golden"), ".")
		flags, known := lifetimeVariants[variant]
		if !ok || !known {
			t.Errorf("%s: name it <program>.<variant>.golden with a known variant", filepath.Base(path))
			continue
		}
		t.Run(prog+"/"+variant, func(t *testing.T) {
			t.Parallel()
			runLifetimeCase(t, bin, dir, prog, flags, path)
		})
	}
}

// runLifetimeCase runs one program with flags in a scratch directory and
// checks its output against the golden at path and its files against
// x.after.
func runLifetimeCase(t *testing.T, bin, dir, prog string, flags []string, path string) {
	work := t.TempDir()
	src, err := os.ReadFile(filepath.Join(dir, prog+".py"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, prog+".py"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	args := append(append([]string{}, flags...), prog+".py")
	name, argv := bin, args
	env := append(cleanEnv(), runEnv...)
	if limit, err := os.ReadFile(filepath.Join(dir, prog+".ulimit")); err == nil {
		// The output says where each EMFILE's collection ran, so only
		// those may close files: a collection Go starts on its own (and
		// the finalizer goroutine's timing after it) would move the next
		// EMFILE, and the lines reported, from one run to the next.
		env = append(env, "GOGC=off")
		// ulimit -n sets the soft and hard limits, so that Go's start-up
		// cannot raise the soft one again.
		inheritOnlyStdio.Do(closeInheritedOnExec)
		name = "/bin/sh"
		argv = append([]string{"-c", `ulimit -n "$0" && exec "$@"`, strings.TrimSpace(string(limit)), bin}, args...)
	}
	ctx, cancel := context.WithTimeout(context.Background(), programTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, argv...)
	cmd.Dir = work
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	clean := func(s string) string {
		s = hexAddress.ReplaceAllString(relPaths(s, work), "0xADDR")
		return socketFD.ReplaceAllString(s, "<socket.socket fd=FD")
	}
	got := golden{stdout: clean(stdout.String()), stderr: clean(stderr.String())}
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("timed out after %v", programTimeout)
	case errors.As(runErr, &exitErr):
		got.exitCode = exitErr.ExitCode()
	case runErr != nil:
		t.Fatal(runErr)
	}
	if os.Getenv("KILN_LIFETIME_WRITE") == "1" {
		if err := os.WriteFile(path, formatGolden(got), 0o644); err != nil {
			t.Fatal(err)
		}
	} else {
		want, err := readGolden(path)
		if err != nil {
			t.Fatal(err)
		}
		if problem := compare(want, got); problem != "" {
			t.Errorf("kiln %s: %s", strings.Join(args, " "), problem)
		}
	}
	checkAfter(t, filepath.Join(dir, prog+".after"), work)
}

var inheritOnlyStdio sync.Once

// closeInheritedOnExec marks the descriptors above 2 that the test
// process inherited without close-on-exec (a CI runner's pipes) so that
// its children do not inherit them: under a descriptor limit, each would
// take a place and move the point where open() meets EMFILE. Go opens
// its own descriptors close-on-exec already.
func closeInheritedOnExec() {
	entries, _ := os.ReadDir("/proc/self/fd")
	for _, e := range entries {
		if fd, err := strconv.Atoi(e.Name()); err == nil && fd > 2 {
			syscall.CloseOnExec(fd)
		}
	}
}

// checkAfter checks the files listed in an .after file (if any) in work.
func checkAfter(t *testing.T, list, work string) {
	data, err := os.ReadFile(list)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		file, quoted, ok := strings.Cut(line, "\t")
		want, err := strconv.Unquote(quoted)
		if !ok || err != nil {
			t.Fatalf("%s: bad line %q: want name<TAB>\"content\"", list, line)
		}
		got, err := os.ReadFile(filepath.Join(work, file))
		if err != nil {
			t.Errorf("after the run: %v", err)
		} else if string(got) != want {
			t.Errorf("after the run, %s holds %q, want %q", file, got, want)
		}
	}
}

// formatGolden is the inverse of readGolden.
func formatGolden(g golden) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "-- exitcode --\n%d\n", g.exitCode)
	for _, sec := range []struct{ name, text string }{{"stdout", g.stdout}, {"stderr", g.stderr}} {
		if sec.text != "" && !strings.HasSuffix(sec.text, "\n") {
			fmt.Fprintf(&b, "-- %s%s --\n%s\n", sec.name, noFinalNewline, sec.text)
		} else {
			fmt.Fprintf(&b, "-- %s --\n%s", sec.name, sec.text)
		}
	}
	return []byte(b.String())
}

// TestSignalToSelf checks that a SIGINT a program sends itself raises
// KeyboardInterrupt at the next safe point, at its start and later, as
// CPython raises it before the next instruction: through os/signal's
// goroutine it came only once the program's goroutine was preempted, up
// to 10 ms on, and a short loop ran to its end first.
func TestSignalToSelf(t *testing.T) {
	bin, _ := kilnBinary(t)
	for _, wait := range []string{"0", "0.2"} {
		prog := "import os, time\ntime.sleep(" + wait + ")\nos.kill(os.getpid(), 2)\n" +
			"for i in range(100000): pass\nprint('not reached')\n"
		cmd := exec.Command(bin, "-c", prog)
		cmd.Env = append(cleanEnv(), runEnv...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) || exitErr.ExitCode() != 130 || stdout.Len() != 0 ||
			!strings.HasSuffix(stderr.String(), "KeyboardInterrupt\n") {
			t.Errorf("after sleep(%s): %v, stdout %q, stderr %q; want status 130 and a KeyboardInterrupt traceback", wait, err, stdout.String(), stderr.String())
		}
	}
}

// TestLifetimeSignals checks the exit sequence on SIGINT and SIGTERM:
// finally blocks and atexit handlers run and the written data of a file
// never closed is on disk, with the exit status a shell expects. A run's
// first lateNotify (vm/vm.go) has the flag handler of vm/internal/sigflag
// catch the signals, and os/signal the rest: "late" signals after it.
// A SIGTERM that finds the program blocked ends the process after the
// grace period, with the file's data still on disk but no Python code run.
func TestLifetimeSignals(t *testing.T) {
	bin, _ := kilnBinary(t)
	// The loops: a plain one, and the rotated `while x is not None:`,
	// whose back-edge is a JNONE (once not a safe point: Ctrl-C never
	// reached it).
	const plainLoop = "while True: pass"
	const noneLoop = "t = open\n    while t is not None: t = t if t else None"
	const blocked = "import time\n    time.sleep(60)"
	const ran = "finally\natexit handler\n"
	for _, tc := range []struct {
		sig    syscall.Signal
		status int
		loop   string
		late   bool
		stdout string
	}{
		{syscall.SIGINT, 130, plainLoop, false, ran},
		{syscall.SIGTERM, 143, plainLoop, false, ran},
		{syscall.SIGINT, 130, noneLoop, false, ran},
		{syscall.SIGINT, 130, plainLoop, true, ran},
		{syscall.SIGTERM, 143, plainLoop, true, ran},
		{syscall.SIGTERM, 143, blocked, false, ""},
		{syscall.SIGTERM, 143, blocked, true, ""},
	} {
		name := tc.sig.String()
		switch tc.loop {
		case noneLoop:
			name += "/is-not-None"
		case blocked:
			name += "/blocked"
		}
		if tc.late {
			name += "/late"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			work := t.TempDir()
			wait := ""
			if tc.late {
				wait = "import time\ntime.sleep(0.2)\n"
			}
			prog := "import atexit\natexit.register(print, 'atexit handler')\n" +
				"f = open('out.txt', 'w')\nf.write('stuff')\n" + wait + "print('ready', flush=True)\n" +
				"try:\n    " + tc.loop + "\nfinally:\n    print('finally')\n"
			if err := os.WriteFile(filepath.Join(work, "sig.py"), []byte(prog), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bin, "sig.py")
			cmd.Dir = work
			cmd.Env = append(cleanEnv(), runEnv...)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			ready := make([]byte, len("ready\n"))
			if _, err := io.ReadFull(out, ready); err != nil {
				t.Fatal(err)
			}
			if tc.loop == blocked {
				// Let it reach the sleep: a signal before it is seen at
				// the next safe point, as with the loops.
				time.Sleep(200 * time.Millisecond)
			}
			cmd.Process.Signal(tc.sig)
			// A loop that never reaches a safe point would ignore the
			// signal: kill it, and the status says so.
			stop := time.AfterFunc(10*time.Second, func() { cmd.Process.Kill() })
			defer stop.Stop()
			rest, _ := io.ReadAll(out)
			err = cmd.Wait()
			var exitErr *exec.ExitError
			status := 0
			if errors.As(err, &exitErr) {
				status = exitErr.ExitCode()
				if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					status = 128 + int(ws.Signal()) // re-raised, as CPython does
				}
			}
			if status != tc.status || string(rest) != tc.stdout {
				t.Errorf("status %d, stdout %q; want %d and %q", status, rest, tc.status, tc.stdout)
			}
			if data, err := os.ReadFile(filepath.Join(work, "out.txt")); err != nil || string(data) != "stuff" {
				t.Errorf("out.txt holds %q (%v), want %q", data, err, "stuff")
			}
		})
	}
}
