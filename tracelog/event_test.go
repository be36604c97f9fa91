package tracelog

import "testing"

// TestKindTables checks the tables that kindTables builds at its first
// call: every kind is found by its name and by its category.
func TestKindTables(t *testing.T) {
	byName, byCategory := kindTables()
	if len(byName) != len(Kinds()) {
		t.Errorf("%d kinds by name, %d kinds", len(byName), len(Kinds()))
	}
	for _, k := range Kinds() {
		if byName[k.String()] != k {
			t.Errorf("by name %q: %v, want %v", k.String(), byName[k.String()], k)
		}
		if c := byCategory[k.Category()]; c.Category() != k.Category() {
			t.Errorf("by category %q: %v", k.Category(), c)
		}
	}
}
