package jit

// Tests of the per-compile scratch reuse (opt_scratch.go,
// regalloc_pool_amd64.go): optimising and compiling traces one after the
// other, in any order, gives what optimising each alone gives, and the
// linear live lists equal the reference computeLive's.

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm"
	"github.com/kilnpy/kiln/vm/runtime"
)

// scratchCorpus is the corpus program made for this feature.
const scratchCorpus = "../testdata/run/jit_compile2_pressure.py"

// scratchPrograms returns programs each recording one loop of the corpus
// program (its functions and one call), and benchLoop.
func scratchPrograms(t *testing.T) map[string]string {
	src, err := os.ReadFile(scratchCorpus)
	if err != nil {
		t.Fatal(err)
	}
	defs := string(src[:bytes.Index(src, []byte("\nfor k in range"))])
	return map[string]string{
		"pressure":    defs + "\nprint(pressure(300))\n",
		"items":       defs + "\nprint(items(400))\n",
		"type_change": defs + "\nprint(type_change(200))\n",
		"raises":      defs + "\nprint(raises(120))\n",
		"overflow":    defs + "\nprint(overflow(60))\n",
		"bench":       benchLoop,
	}
}

// scratchRecord returns the last loop src records.
func scratchRecord(t *testing.T, src string) *Trace {
	var out bytes.Buffer
	p := DefaultParams()
	p.Threshold = 1
	j := New(p, nil)
	j.SetBackend(IRExec{})
	j.keepRecorded = true
	vm.Run(vm.Program{Kind: vm.Command, Target: src, Args: []string{}}, runtime.Options{Stdout: &out, Stderr: &out, JIT: j})
	if j.lastRecorded == nil {
		t.Fatalf("nothing recorded: %s", out.String())
	}
	return j.lastRecorded
}

// TestOptimizeScratchReuse optimises several recorded loops alone, then
// interleaved over rounds (each Optimize taking the scratch the previous
// one gave back), and compares the printed traces; every snapshot's Live
// list must be the one computeLive makes from its slots.
func TestOptimizeScratchReuse(t *testing.T) {
	progs := scratchPrograms(t)
	names := make([]string, 0, len(progs))
	for name := range progs {
		names = append(names, name)
	}
	slices.Sort(names)
	recs := map[string]*Trace{}
	want := map[string]string{}
	for _, name := range names {
		recs[name] = scratchRecord(t, progs[name])
		for _, peel := range []bool{false, true} {
			opt := Optimize(recs[name], peel)
			want[name+peelName(peel)] = opt.String()
		}
	}
	for round := range 3 {
		for k := range names {
			name := names[(k+round)%len(names)]
			for _, peel := range []bool{round%2 == 0, round%2 != 0} {
				opt := Optimize(recs[name], peel)
				if got := opt.String(); got != want[name+peelName(peel)] {
					t.Fatalf("round %d %s%s: optimised trace differs\n--- alone\n%s\n--- after others\n%s", round, name, peelName(peel), want[name+peelName(peel)], got)
				}
				for i := range opt.Snaps {
					s := opt.Snaps[i]
					ref := Snapshot{Frames: s.Frames, ListIters: s.ListIters}
					ref.computeLive()
					if !slices.Equal(ref.Live, s.Live) {
						t.Fatalf("%s snapshot %d: Live %v, computeLive %v", name, i, s.Live, ref.Live)
					}
				}
			}
		}
	}
}

func peelName(peel bool) string {
	if peel {
		return " (peeled)"
	}
	return ""
}

// TestScratchProgramsNative is the native differential test of the
// feature's corpus program: compiled (every loop at threshold 1, one
// compile after the other reusing the scratch) and interpreted outputs
// match, and its loops do compile.
func TestScratchProgramsNative(t *testing.T) {
	be := x86NativeForTest(t)
	src, err := os.ReadFile(scratchCorpus)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := runPy(t, string(src), false)
	for range 2 {
		got, j := runPyWith(string(src), be)
		if got != want {
			t.Fatalf("native JIT output differs\n--- interpreted\n%s\n--- x86-64\n%s", want, got)
		}
		if st := j.Stats(); st.Loops < 4 || st.Entries == 0 {
			t.Errorf("loops %d (want >= 4), entries %d", st.Loops, st.Entries)
		}
	}
	if !strings.Contains(want, "integer division or modulo by zero") {
		t.Errorf("the exception did not happen:\n%s", want)
	}
}
