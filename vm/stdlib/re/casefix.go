package re

import (
	"sort"
	"sync"
	"unicode"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file computes sre's table of extra case equivalences (CPython's
// re/_casefix.py, _EXTRA_CASES), which the re.DEBUG listing needs to
// show how an ignore-case literal or class compiles. sre lowercases both
// sides of a comparison with the simple mapping (the first character of
// str.lower()); the table adds, for each lowercase, the other lowercases
// with the same full uppercase (U+0131 dotless i and 'i', both 'I').

var (
	casefixOnce   sync.Once
	casefixGroups map[rune][]rune // each lowercase with others, sorted
)

// casefixTable returns the table as a new dict of int to tuple of ints.
func casefixTable(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_casefix_table", args, kw, 0, 0); err != nil {
		return rt.Value{}, err
	}
	casefixOnce.Do(computeCasefix)
	d := rt.NewDict()
	for lo, others := range casefixGroups {
		items := make([]rt.Value, len(others))
		for i, o := range others {
			items[i] = rt.Int(int64(o))
		}
		if err := d.Set(th, rt.Int(int64(lo)), rt.NewTuple(items)); err != nil {
			return rt.Value{}, err
		}
	}
	return rt.ValueOf(d), nil
}

func computeCasefix() {
	byUpper := map[string][]rune{}
	seen := map[rune]bool{}
	for c := rune(0); c <= 0x10ffff; c++ {
		// Only cased letters and characters with other case forms can
		// share an uppercase (scanning these few thousand instead of all
		// 1,114,112 code points takes the table from seconds to
		// milliseconds).
		if !unicode.IsLower(c) && !unicode.IsUpper(c) && !unicode.IsTitle(c) && unicode.SimpleFold(c) == c {
			continue
		}
		lower := []rune(rt.StrLower(string(c)))[0]
		if seen[lower] {
			continue
		}
		seen[lower] = true
		up := rt.StrUpper(string(lower))
		byUpper[up] = append(byUpper[up], lower)
	}
	casefixGroups = map[rune][]rune{}
	for _, group := range byUpper {
		if len(group) < 2 {
			continue
		}
		sort.Slice(group, func(i, j int) bool { return group[i] < group[j] })
		for _, c := range group {
			var others []rune
			for _, o := range group {
				if o != c {
					others = append(others, o)
				}
			}
			casefixGroups[c] = others
		}
	}
}
