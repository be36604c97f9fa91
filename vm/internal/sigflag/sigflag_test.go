package sigflag

import (
	"os"
	"os/exec"
	"os/signal"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// waitFor polls w until it holds want, for up to a second: a signal sent
// to the process may be delivered on any of its threads.
func waitFor(t *testing.T, w *atomic.Uint32, want uint32) {
	t.Helper()
	for deadline := time.Now().Add(time.Second); w.Load() != want; {
		if time.Now().After(deadline) {
			t.Fatalf("word = %#x, want %#x", w.Load(), want)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestCatchAndRelease(t *testing.T) {
	var w atomic.Uint32
	if !Catch(&w, 1, 6) {
		t.Skip("no flag handler on this platform")
	}
	released := false
	defer func() {
		if !released {
			Release(&w)
		}
	}()
	pid := syscall.Getpid()
	syscall.Kill(pid, syscall.SIGINT)
	waitFor(t, &w, 1)
	syscall.Kill(pid, syscall.SIGTERM)
	waitFor(t, &w, 7)

	// A second Catch sends the signals to its word, until its Release.
	var w2 atomic.Uint32
	if !Catch(&w2, 16, 32) {
		t.Fatal("second Catch failed")
	}
	syscall.Kill(pid, syscall.SIGTERM)
	waitFor(t, &w2, 32)
	if w.Load() != 7 {
		t.Errorf("first word changed after the second Catch: %#x", w.Load())
	}
	Release(&w2)
	w.Store(0)
	syscall.Kill(pid, syscall.SIGINT)
	waitFor(t, &w, 1)

	// Notify SIGTERM, then Uncatch it: os/signal gets it, the handler
	// still gets SIGINT.
	term := make(chan os.Signal, 1)
	signal.Notify(term, syscall.SIGTERM)
	defer signal.Stop(term)
	Uncatch(int(syscall.SIGTERM))
	w.Store(0)
	syscall.Kill(pid, syscall.SIGTERM)
	select {
	case <-term:
	case <-time.After(time.Second):
		t.Fatal("no SIGTERM through os/signal after Uncatch")
	}
	syscall.Kill(pid, syscall.SIGINT)
	waitFor(t, &w, 1)

	// Notify, then the last Release: the runtime's handler is back and
	// delivers.
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT)
	defer signal.Stop(ch)
	Release(&w)
	released = true
	syscall.Kill(pid, syscall.SIGINT)
	select {
	case <-ch:
	case <-time.After(time.Second):
		t.Fatal("no SIGINT through os/signal after Release")
	}
	if w2.Load() != 32 {
		t.Errorf("word set after Release: %#x", w2.Load())
	}
	// Every handler that ran has counted itself out: Release waits for
	// the count to be 0.
	if n := atomic.LoadInt32(&inHandler); n != 0 {
		t.Errorf("inHandler = %d after the handlers ran", n)
	}
}

// TestIgnoredStaysIgnored: a signal the process ignores is not caught, as
// CPython leaves an ignored SIGINT alone. It runs in a child process:
// os/signal cannot undo signal.Ignore (Reset leaves the signal ignored).
func TestIgnoredStaysIgnored(t *testing.T) {
	if os.Getenv("SIGFLAG_IGNORED_CHILD") == "1" {
		ignoredChild(t)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestIgnoredStaysIgnored$", "-test.count=1")
	cmd.Env = append(os.Environ(), "SIGFLAG_IGNORED_CHILD=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}

func ignoredChild(t *testing.T) {
	signal.Ignore(syscall.SIGINT)
	var w atomic.Uint32
	if !Catch(&w, 1, 6) {
		t.Skip("no flag handler on this platform")
	}
	defer Release(&w)
	syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	waitFor(t, &w, 6)
	time.Sleep(10 * time.Millisecond)
	if w.Load() != 6 {
		t.Errorf("word = %#x: the ignored SIGINT was caught", w.Load())
	}
}
