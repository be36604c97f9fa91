package runtime

import "testing"

// TestPendingTerminate checks how the safe point reads the bits a signal
// handler sets (vm/internal/sigflag): SIGINT's PendingSignal raises
// KeyboardInterrupt, SIGTERM's PendingSignal|PendingTerminate the
// SystemExit(143) of RequestTermination, and a SIGTERM that comes after
// the safe point read the word for a SIGINT is not lost with the bits it
// clears.
func TestPendingTerminate(t *testing.T) {
	raised := func(th *Thread) string {
		err := th.runPending()
		if err == nil {
			return ""
		}
		return AsException(err).Type().Name
	}

	th := newTestThread()
	th.Interp.Pending.Or(PendingSignal)
	if got := raised(th); got != "KeyboardInterrupt" || th.Interp.Terminated() {
		t.Errorf("SIGINT: raised %q, Terminated %v; want KeyboardInterrupt, false", got, th.Interp.Terminated())
	}

	th = newTestThread()
	th.Interp.Pending.Or(PendingSignal | PendingTerminate)
	if !th.Interp.Terminated() {
		t.Error("Terminated() = false with PendingTerminate set")
	}
	if got := raised(th); got != "SystemExit" || !th.Interp.Terminated() {
		t.Errorf("SIGTERM: raised %q, Terminated %v; want SystemExit, true", got, th.Interp.Terminated())
	}

	// The handler's SIGTERM lands between the safe point's read (a
	// SIGINT's bit alone) and its clearing of the bits.
	th = newTestThread()
	th.Interp.Pending.Or(PendingSignal)
	p := th.Interp.Pending.Load()
	th.Interp.Pending.Or(PendingSignal | PendingTerminate)
	if PendingHandler == nil {
		t.Skip("no PendingHandler")
	}
	err := PendingHandler(th, p)
	if err == nil || AsException(err).Type().Name != "SystemExit" || !th.Interp.Terminated() {
		t.Errorf("SIGTERM after the read: %v, Terminated %v; want SystemExit, true", err, th.Interp.Terminated())
	}
}
