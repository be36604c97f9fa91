package runtime

import "testing"

// TestSpecialCaseTables checks that the case tables are sorted by code
// point without repeats, as specialCaseOf's binary search needs, and that
// a lookup finds the first, the last and a middle entry and misses a code
// point between two.
func TestSpecialCaseTables(t *testing.T) {
	tables := map[string][]specialCase{
		"strSpecialLower": strSpecialLower, "strSpecialUpper": strSpecialUpper,
		"strSpecialTitle": strSpecialTitle, "strCaseFold": strCaseFold,
	}
	for name, table := range tables {
		for i := 1; i < len(table); i++ {
			if table[i-1].r >= table[i].r {
				t.Fatalf("%s: U+%04X before U+%04X", name, table[i-1].r, table[i].r)
			}
		}
		for _, i := range []int{0, len(table) / 2, len(table) - 1} {
			if s, ok := specialCaseOf(table, table[i].r); !ok || s != table[i].s {
				t.Errorf("%s: specialCaseOf(U+%04X) = %q, %v; want %q", name, table[i].r, s, ok, table[i].s)
			}
			if i > 0 && table[i-1].r+1 < table[i].r {
				if s, ok := specialCaseOf(table, table[i].r-1); ok {
					t.Errorf("%s: specialCaseOf(U+%04X) = %q, not in the table", name, table[i].r-1, s)
				}
			}
		}
	}
	for _, c := range []struct {
		got  func(string) string
		in   string
		want string
	}{
		{StrUpper, "straße", "STRASSE"},
		{strCasefold, "Straße", "strasse"},
		{strCasefold, "ﬁ", "fi"},
		{StrLower, "İ", "i̇"},
	} {
		if got := c.got(c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
