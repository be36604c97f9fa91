package jit

// Differential tests of the direct encoder (jit/internal/native's
// encode_amd64.go) on whole programs: the same traces assembled by it and
// by golang-asm must run to the interpreter's output.

import (
	"path/filepath"
	"testing"

	"github.com/kilnpy/kiln/jit/internal/native"
)

// TestDirectEncoderPrograms runs the corpus programs of this area
// (testdata/run/jit_compile_*.py: many instruction forms, long bodies,
// guards failing mid-run on a type change, an exception, an overflow, a
// shrinking list, None) and the driver's test programs three ways:
// interpreted, compiled with the direct encoder (every instruction also
// encoded by golang-asm and compared: CheckEncodings), and compiled with
// golang-asm alone. The outputs must be the same, loops must compile, and
// the direct encoder must never have needed golang-asm.
func TestDirectEncoderPrograms(t *testing.T) {
	be := x86NativeForTest(t)
	srcs := corpusPrograms(t, "jit_compile_*.py")
	if len(srcs) < 2 {
		t.Fatalf("found %d corpus programs", len(srcs))
	}
	for name, p := range jitPrograms {
		srcs[name] = p.src
	}
	defer func(check bool) { native.CheckEncodings, native.ForceGolangAsm = check, false }(native.CheckEncodings)
	for name, src := range srcs {
		t.Run(name, func(t *testing.T) {
			want, _ := runPy(t, src, false)
			native.CheckEncodings, native.ForceGolangAsm = true, false
			n := native.Fallbacks()
			direct, j := runPyWith(src, be)
			if native.Fallbacks() != n {
				t.Errorf("the direct encoder needed golang-asm %d times", native.Fallbacks()-n)
			}
			native.CheckEncodings, native.ForceGolangAsm = false, true
			golang, _ := runPyWith(src, be)
			native.ForceGolangAsm = false
			if direct != want || golang != want {
				t.Fatalf("outputs differ\n--- interpreted\n%s\n--- direct encoder\n%s\n--- golang-asm\n%s", want, direct, golang)
			}
			if filepath.Ext(name) == ".py" && j.Stats().Loops == 0 {
				t.Errorf("nothing compiled: %+v", j.Stats())
			}
		})
	}
}
