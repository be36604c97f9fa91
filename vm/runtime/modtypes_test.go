package runtime

import "testing"

func TestTypesModuleTypesAndVars(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	types, err := ImportModule(th, "types")
	if err != nil {
		t.Fatal(err)
	}
	// Builtin types that share a name with a stand-in resolve to the real one.
	for name, want := range map[string]*Type{"CodeType": CodeType, "FunctionType": FunctionType, "GeneratorType": GeneratorType} {
		if got := attr(t, th, types, name); got.p != ValueOf(want).p {
			t.Errorf("types.%s = %v, want %s", name, got, want.Name)
		}
	}
	// vars(SimpleNamespace(a=1)) is its attribute dict.
	ns, err := Call(th, ValueOf(SimpleNamespaceType), []Value{Int(1)}, []string{"a"})
	if err != nil {
		t.Fatal(err)
	}
	d := attr(t, th, ns, "__dict__")
	if v, ok := as[Dict](d).GetStr("a"); !ok || !Is(v, Int(1)) {
		t.Errorf("SimpleNamespace(a=1).__dict__ lacks a=1")
	}
}
