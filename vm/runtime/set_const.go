package runtime

// This file builds the frozenset constants the compiler makes of set
// displays of constants (vm/compile/set_display.go).

import "github.com/kilnpy/kiln/vm/compile"

// frozenSetConst is the value of a frozenset constant, built as CPython
// builds it: a frozenset of the items in source order, which the
// compiler's constant merging then rebuilds from its own iteration order.
// The items are constants, whose hashing and comparison run no Python
// code, hence no thread.
func frozenSetConst(k compile.FrozenSet) Value {
	items := make([]Value, len(k))
	for i, x := range k {
		items[i] = constToValue(x)
	}
	first, err := NewFrozenSet(nil, items)
	if err != nil {
		panic("kiln: an unhashable constant in a frozenset: " + err.Error())
	}
	merged, err := NewFrozenSet(nil, SetItems(first))
	if err != nil {
		panic("kiln: an unhashable constant in a frozenset: " + err.Error())
	}
	return merged
}
