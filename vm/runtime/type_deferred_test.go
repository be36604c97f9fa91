package runtime

import "testing"

// The deferred type of TestDeferTypeSetup: its set-up is registered by
// package initialisation, as DeferTypeSetup requires.
var (
	deferredTestType  = NewBuiltinType("deferred_test", ObjectType, LayoutOther, FlagHasDict)
	deferredTestSetup = DeferTypeSetup(func() {
		deferredTestType.Init = func(th *Thread, self Value, args []Value, kwnames []string) error { return nil }
		deferredTestType.AddMethod("probe", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			return Int(42), nil
		})
	}, deferredTestType)
)

// TestDeferTypeSetup checks that a deferred type is left empty by
// NewInterpreter and completed by Ensure as finishBuiltinTypes completes
// the others (its slots exposed, object's inherited), without moving
// typeEpoch, and only once.
func TestDeferTypeSetup(t *testing.T) {
	NewInterpreter(Options{})
	if deferredTestType.Lookup("probe").p != nil || deferredTestType.Init != nil {
		t.Fatal("the set-up ran before Ensure")
	}
	if deferredTestType.typ != TypeType {
		t.Fatal("finishBuiltinTypes did not make the deferred type a type")
	}
	epoch := typeEpoch.Load()
	deferredTestSetup.Ensure()
	deferredTestSetup.Ensure()
	if typeEpoch.Load() != epoch {
		t.Errorf("Ensure moved typeEpoch from %d to %d", epoch, typeEpoch.Load())
	}
	for _, name := range []string{"probe", "__init__", "__dict__", "__repr__"} {
		if deferredTestType.Lookup(name).p == nil {
			t.Errorf("%s missing after Ensure", name)
		}
	}
	if _, own := deferredTestType.Dict().GetStr("__init__"); !own {
		t.Error("Ensure did not expose the Init slot as __init__")
	}
	if deferredTestType.Repr == nil {
		t.Error("Ensure did not inherit object's slots")
	}
	if deferredTestType.Dict().version&dictTypeFlag == 0 {
		t.Error("the dict is no longer marked as a type's")
	}
}
