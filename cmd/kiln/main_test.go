package main

import (
	"os"
	goruntime "runtime"
	"testing"

	"github.com/kilnpy/kiln/cmd/kiln/internal/boot"
)

// TestMain gives the tests the machine's Ps: boot's init took the test
// binary, like kiln, to one P, and the tests run kiln's command in
// parallel goroutines without the collector policy that would give them
// back.
func TestMain(m *testing.M) {
	if boot.OneProc() {
		goruntime.SetDefaultGOMAXPROCS()
	}
	os.Exit(m.Run())
}
