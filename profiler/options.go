package profiler

// This file reads the -X options that start profiles with the program
// (profile, profile-hz, profile-alloc, profile-alloc-rate) and starts them when an
// interpreter with those options is created.

import (
	"fmt"
	"os"
	"strconv"

	"github.com/kilnpy/kiln/vm/runtime"
)

// Options are the profiles asked for on the command line.
type Options struct {
	CPUPath   string // -X profile=FILE
	Hz        int    // -X profile-hz=N
	AllocPath string // -X profile-alloc=FILE
	AllocRate int    // -X profile-alloc-rate=BYTES
}

// ParseOptions reads the profiler's -X options (sys._xoptions) and checks
// them, so that the command line can reject a mistake before running.
func ParseOptions(x map[string]string) (Options, error) {
	o := Options{Hz: DefaultHz, AllocRate: DefaultAllocRate}
	if v, ok := x["profile"]; ok {
		if v == "" || v == "True" {
			return o, fmt.Errorf("-X profile needs a file name: -X profile=FILE")
		}
		o.CPUPath = v
	}
	if v, ok := x["profile-hz"]; ok {
		hz, err := strconv.Atoi(v)
		if err != nil || hz < 1 || hz > MaxHz {
			return o, fmt.Errorf("-X profile-hz=%s: want a rate in Hz from 1 to %d", v, MaxHz)
		}
		o.Hz = hz
	}
	if v, ok := x["profile-alloc"]; ok {
		if v == "" || v == "True" {
			return o, fmt.Errorf("-X profile-alloc needs a file name: -X profile-alloc=FILE")
		}
		o.AllocPath = v
	}
	if v, ok := x["profile-alloc-rate"]; ok {
		rate, err := strconv.Atoi(v)
		if err != nil || rate < 1 {
			return o, fmt.Errorf("-X profile-alloc-rate=%s: want the mean bytes between samples, 1 or more (1: every object)", v)
		}
		o.AllocRate = rate
	}
	return o, nil
}

func init() {
	runtime.OnNewInterpreter(startFromOptions)
}

// startFromOptions starts the profiles that the interpreter's -X options
// ask for on its main thread. The command line has checked the options;
// an embedder that did not gets the error on stderr.
func startFromOptions(interp *runtime.Interpreter) {
	o, err := ParseOptions(interp.Options.XOptions)
	if err == nil && o.CPUPath != "" {
		_, err = StartCPU(interp.MainThread(), o.CPUPath, o.Hz)
	}
	if err == nil && o.AllocPath != "" {
		_, err = StartAlloc(interp.MainThread(), o.AllocPath, o.AllocRate)
	}
	if err != nil {
		w := interp.Options.Stderr
		if w == nil {
			w = os.Stderr
		}
		fmt.Fprintf(w, "kiln: profile: %v\n", err)
	}
}
