package profiler_test

// This file tests allocation profiles of every kind of object: counts and
// bytes of lists, strs and dicts, exact when every object is sampled and
// estimated within a tolerance at the default rate.

import (
	"math"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/pprof/profile"
)

// allocTotals sums the objects and bytes of each type allocated under
// the function fn.
func allocTotals(p *profile.Profile, fn string) (objects, bytes map[string]int64) {
	objects, bytes = map[string]int64{}, map[string]int64{}
	for _, s := range p.Sample {
		if !hasFrame(s, fn) {
			continue
		}
		typ := s.Label["type"][0]
		objects[typ] += s.Value[0]
		bytes[typ] += s.Value[1]
	}
	return objects, bytes
}

// TestAllocKinds runs testdata/alloc_kinds.py with every object sampled
// (-X profile-alloc-rate=1), where the counts must be exact, then at one
// sample per 16 KiB, where the estimates of counts and bytes must be
// within 20% of the exact ones. That gives about 900, 900 and 500 samples
// of the three kinds: a standard error of 3 to 5%, so 20% is four
// standard errors or more. (The default rate, 128 KiB, would need a
// program eight times longer for the same precision.)
func TestAllocKinds(t *testing.T) {
	kinds := []struct{ fn, typ string }{{"make_lists", "list"}, {"make_strs", "str"}, {"make_dicts", "dict"}}
	want := map[string]int64{"list": 200000, "str": 300000, "dict": 100000}
	run := func(rate int) *profile.Profile {
		out := filepath.Join(t.TempDir(), "alloc.pb.gz")
		args := []string{"-X", "profile-alloc=" + out}
		args = append(args, "-X", "profile-alloc-rate="+strconv.Itoa(rate))
		if status, output := kiln(t, append(args, "testdata/alloc_kinds.py")...); status != 0 {
			t.Fatalf("exit %d: %s", status, output)
		}
		return readProfile(t, out)
	}
	exact := run(1)
	exactBytes := map[string]int64{}
	for _, k := range kinds {
		objects, bytes := allocTotals(exact, k.fn)
		// The list each function returns is one list more.
		n := objects[k.typ]
		if k.typ == "list" {
			n--
		}
		if n != want[k.typ] {
			t.Errorf("rate 1: %s made %d %s objects, want %d (all: %v)", k.fn, n, k.typ, want[k.typ], objects)
		}
		exactBytes[k.typ] = bytes[k.typ]
	}
	est := run(16 << 10)
	if est.Period != 16<<10 {
		t.Errorf("rate %d, want 16 KiB", est.Period)
	}
	for _, k := range kinds {
		objects, bytes := allocTotals(est, k.fn)
		dn := float64(objects[k.typ])/float64(want[k.typ]) - 1
		db := float64(bytes[k.typ])/float64(exactBytes[k.typ]) - 1
		t.Logf("%s: %d objects, %d bytes estimated (%+.1f%%, %+.1f%%) for %d, %d", k.typ, objects[k.typ], bytes[k.typ], 100*dn, 100*db, want[k.typ], exactBytes[k.typ])
		if math.Abs(dn) > 0.2 || math.Abs(db) > 0.2 {
			t.Errorf("%s: estimates off by %+.1f%% (objects) and %+.1f%% (bytes); want within 20%%", k.typ, 100*dn, 100*db)
		}
	}
}
