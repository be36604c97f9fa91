// Package ucd is the Unicode Character Database as Kiln needs it: character
// names and their inverse (with name aliases, named sequences and the
// algorithmic names of ideographs and Hangul syllables) and the property
// tables of CPython's unicodedata module, all of Unicode 15.0.0, the
// version CPython 3.12 uses.
//
// It depends on nothing else of Kiln's, so that the parser (\N{...} in
// string literals), the re module and the unicodedata module share one
// table. Nothing is computed at start-up: the property tables are static
// data and the name index is built on the first lookup by name.
package ucd

import "sort"

//go:generate python3.12 gen_tables.py /usr/share/perl/5.36.0/unicore

// ucdRun gives the value (an index into a name table, or the value itself)
// of the code points lo..hi.
type ucdRun struct {
	lo, hi rune
	v      uint8
}

// ucdNumeric is the numeric properties of one code point.
type ucdNumeric struct {
	r              rune
	decimal, digit int8
	numeric        float64
}

// ucdDecomposition is the decomposition field of one code point.
type ucdDecomposition struct {
	r rune
	d string
}

// findRun returns the run holding r, if any.
func findRun(runs []ucdRun, r rune) (ucdRun, bool) {
	i := sort.Search(len(runs), func(i int) bool { return runs[i].hi >= r })
	if i < len(runs) && runs[i].lo <= r {
		return runs[i], true
	}
	return ucdRun{}, false
}

// runName returns the name of r's value in runs, or dflt if r is in none.
func runName(runs []ucdRun, names []string, r rune, dflt string) string {
	if run, ok := findRun(runs, r); ok {
		return names[run.v]
	}
	return dflt
}

// Category returns the General_Category of r ("Lu", "Cn", ...).
func Category(r rune) string { return runName(categoryRuns, categoryNames, r, "Cn") }

// Bidirectional returns the Bidi_Class of r, "" for unassigned code points
// (as CPython does).
func Bidirectional(r rune) string { return runName(bidiRuns, bidiNames, r, "") }

// EastAsianWidth returns the East_Asian_Width of r.
func EastAsianWidth(r rune) string { return runName(eawRuns, eawNames, r, "N") }

// Combining returns the Canonical_Combining_Class of r.
func Combining(r rune) int {
	if run, ok := findRun(combiningRuns, r); ok {
		return int(run.v)
	}
	return 0
}

// Mirrored reports whether r has Bidi_Mirrored=Y.
func Mirrored(r rune) bool {
	_, ok := findRun(mirroredRuns, r)
	return ok
}

// Numeric returns r's numeric properties: the decimal digit value and the
// digit value (-1 if none) and the numeric value; ok is false when r has
// no numeric value.
func Numeric(r rune) (decimal, digit int, numeric float64, ok bool) {
	i := sort.Search(len(numerics), func(i int) bool { return numerics[i].r >= r })
	if i < len(numerics) && numerics[i].r == r {
		n := numerics[i]
		return int(n.decimal), int(n.digit), n.numeric, true
	}
	return -1, -1, 0, false
}

// Decomposition returns r's decomposition mapping as UnicodeData.txt
// writes it ("<compat> 0020 0308"), or "".
func Decomposition(r rune) string {
	i := sort.Search(len(decompositions), func(i int) bool { return decompositions[i].r >= r })
	if i < len(decompositions) && decompositions[i].r == r {
		return decompositions[i].d
	}
	return ""
}
