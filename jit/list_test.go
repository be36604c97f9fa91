package jit

// Tests of list slices in compiled code (record_list.go): programs whose
// output with the JIT, on the reference executor and on the native
// backend, must be the interpreter's, and whose loops must have compiled
// their slice assignment to list_reverse; the deoptimisation paths (a
// bound leaving the compiled regime, a list turning into a tuple, an
// index error) run in the same programs.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// countListReverse counts the list_reverse ops of j's traces.
func countListReverse(j *JIT) int {
	return countKeptOps(j, func(c Opcode) bool { return c == OpListReverse })
}

var listPrograms = map[string]string{
	"flips": `
def flips(perm, rounds):
    total = 0
    for r in range(rounds):
        p = perm[:]
        k = p[0]
        while k:
            p[:k + 1] = p[k::-1]
            total += 1
            k = p[0]
        perm[r % len(perm)], perm[0] = perm[0], perm[r % len(perm)]
    return total, perm
print(flips([3, 1, 4, 0, 2, 6, 5], 3000))
`,
	"ranges": `
def f(a, rounds):
    t = 0
    for r in range(rounds):
        i = r % 3 + 1
        j = i + r % 4
        a[i:j] = a[j - 1:i - 1:-1]
        a[-i:] = a[:-i - 1:-1]
        t += a[i] * (r % 5)
    return t, a
print(f(list(range(9)), 4000))
print(f([x * 0.5 for x in range(9)], 4000))
`,
	"objects": `
def f(a, rounds):
    for r in range(rounds):
        k = r % len(a)
        a[:k + 1] = a[k::-1]
    return a
print(f(["x", (1,), None, [2], 3.5, "y", {"k": 1}], 5003))
`,
	"regimes": `
def f(a, ks):
    out = 0
    for k in ks:
        a[:k + 1] = a[k::-1]
        out += a[0]
    return out, a
print(f(list(range(6)), [2, 3, 1, 4] * 1000 + [9, 40, -2, -1, -6, 0, 3, 2**63 - 1, 5]))
`,
	"tuple": `
def f(rounds):
    a = list(range(5))
    k = 3
    for r in range(rounds):
        if r == 2000:
            a = tuple(a)
        try:
            a[:k + 1] = a[k::-1]
        except TypeError as e:
            return r, str(e), a
        k = (k + 1) % 4
print(f(3000))
`,
	"index_error": `
import traceback
def f(a, ks):
    t = 0
    for k in ks:
        a[:k + 1] = a[k::-1]
        t += a[k]
    return t
try:
    f(list(range(6)), [1, 2, 3, 4, 5] * 600 + [7])
except IndexError:
    print(traceback.format_exc())
`,
}

func TestListSlicePrograms(t *testing.T) {
	checkListPrograms(t, listPrograms, func(j *JIT) bool { return countListReverse(j) > 0 })
}

// checkListPrograms compares each program's output on the reference
// executor and on the native backend with the interpreter's; compiled
// says whether the native run compiled what the program is for. (The
// reference executor has no residual calls: loops with a list copy do not
// compile there.)
func checkListPrograms(t *testing.T, progs map[string]string, compiled func(*JIT) bool) {
	checkPrograms(t, progs, func(name, backend string, j *JIT) bool { return backend != "x86" || compiled(j) })
}

// checkPrograms compares each program's output on the reference executor
// and on the native backend with the interpreter's; compiled says whether
// a run compiled what the program is for.
func checkPrograms(t *testing.T, progs map[string]string, compiled func(name, backend string, j *JIT) bool) {
	backends := testBackends()
	for name, src := range progs {
		want, _ := runPy(t, src, false)
		for bn, be := range backends {
			got, j := runPyWith(src, be)
			if got != want {
				t.Errorf("%s on %s: got\n%s\nwant\n%s", name, bn, got, want)
				continue
			}
			if !compiled(name, bn, j) {
				t.Errorf("%s on %s: the feature did not compile", name, bn)
			}
		}
	}
}

// TestListReverseX86 runs list_reverse alone on the native backend against
// the reference executor, over ranges of every parity and position, on a
// list mixing heap objects and immediates.
func TestListReverseX86(t *testing.T) {
	be := x86NativeForTest(t)
	// while cnt > 0: list_reverse(l, lo, hi); cnt -= 1
	lb := x86NewLoop(710, Int, Int, Ptr, Int)
	lo, hi, l, cnt := lb.inputs[0], lb.inputs[1], lb.inputs[2], lb.inputs[3]
	lb.guard(OpGuardTrue, lb.inputs, lb.op(OpIntGt, cnt, lb.t.ConstInt(0)))
	lb.t.Emit(Op{Code: OpListReverse, Args: []Ref{l, lo, hi}})
	tr := lb.jump(lo, hi, l, lb.op(OpIntSub, cnt, lb.t.ConstInt(1)))
	native, err := be.Compile(tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer native.Free()
	ref, err := IRExec{}.Compile(tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n <= 9; n++ {
		for lo := 0; lo <= n; lo++ {
			for hi := lo; hi <= n; hi++ {
				for _, times := range []int{1, 2, 3} {
					want := listReverseRun(ref, n, lo, hi, times)
					got := listReverseRun(native, n, lo, hi, times)
					if got != want {
						t.Fatalf("n=%d [%d:%d] %d times: native %s, irexec %s", n, lo, hi, times, got, want)
					}
				}
			}
		}
	}
}

// listReverseRun runs code (listReverse's loop) on a fresh list of n items
// and returns the list's repr.
func listReverseRun(code Code, n, lo, hi, times int) string {
	items := make([]runtime.Value, n)
	for i := range items {
		if i%2 == 0 {
			items[i] = runtime.NewStr(fmt.Sprint("s", i))
		} else {
			items[i] = runtime.Int(int64(i))
		}
	}
	l := runtime.NewList(items)
	st := &State{Slots: []uint64{uint64(lo), uint64(hi), uint64(uintptr(l.Pointer())), uint64(times)}}
	code.Run(st)
	parts := make([]string, 0, n)
	for _, v := range runtime.ListItems(l) {
		if v.IsSmallInt() {
			parts = append(parts, fmt.Sprint(v.SmallInt()))
		} else {
			parts = append(parts, runtime.StrValue(v))
		}
	}
	return strings.Join(parts, ",")
}

// TestListIterPrograms runs the corpus program of inner for loops over
// lists (virtual iterators, record_list_iter.go: the list changing under
// the loop, an exception inside it, items of another kind, a list turning
// into a tuple) on both backends.
func TestListIterPrograms(t *testing.T) {
	src, err := os.ReadFile("../testdata/run/jit_lists_forin.py")
	if err != nil {
		t.Fatal(err)
	}
	checkListPrograms(t, map[string]string{"forin": string(src)}, func(j *JIT) bool { return countIterSnaps(j) > 0 })
}

// countIterSnaps counts the snapshots of j's traces with a virtual list
// iterator.
func countIterSnaps(j *JIT) int {
	n := 0
	for _, tr := range j.traces {
		for i := range tr.Snaps {
			if len(tr.Snaps[i].ListIters) > 0 {
				n++
			}
		}
	}
	return n
}

// checkCorpusLoops runs the corpus program file interpreted and on every
// backend: the outputs must agree, at least minLoops loops must compile
// and be entered, a guard must fail if failures (the program's
// deoptimisation), and check, given each run's JIT, returns what is wrong
// with its code or "".
func checkCorpusLoops(t *testing.T, file string, minLoops int, failures bool, check func(*JIT) string) {
	backends := testBackends()
	t.Run(file, func(t *testing.T) {
		src, err := os.ReadFile(filepath.Join("..", "testdata", "run", file))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := runPy(t, string(src), false)
		for bname, be := range backends {
			got, j := runPyWith(string(src), be)
			if got != want {
				t.Fatalf("%s: output differs\n--- interpreted\n%s\n--- jit\n%s", bname, want, got)
			}
			st := j.Stats()
			if st.Loops < int64(minLoops) || st.Entries == 0 {
				t.Errorf("%s: loops %d (want >= %d), entries %d", bname, st.Loops, minLoops, st.Entries)
			}
			if failures && st.GuardFailures == 0 {
				t.Errorf("%s: no guard failed; stats %+v", bname, st)
			}
			if msg := check(j); msg != "" {
				t.Errorf("%s: %s", bname, msg)
			}
		}
	})
}

// testBackends are the backends the program tests compare with the
// interpreter: the reference executor and, on x86-64, the native backend.
func testBackends() map[string]Backend {
	backends := map[string]Backend{"irexec": IRExec{}}
	if nativeBackend != nil {
		backends["x86"] = nativeBackend
	}
	return backends
}
