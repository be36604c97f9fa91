package runtime

import "testing"

// TestNextCarriesGeneratorReturnValue checks that next() on a finished
// generator raises the StopIteration that carries its return value.
func TestNextCarriesGeneratorReturnValue(t *testing.T) {
	th := newTestThread()
	globals := NewDict()
	globals.SetStr("__builtins__", ValueOf(th.Interp.Builtins))
	src := "def g():\n    yield 1\n    return 'result'\nit = g()\nnext(it)\ntry:\n    next(it)\nexcept StopIteration as e:\n    got = e.value\n"
	if _, err := ExecSource(th, "<test>", []byte(src), "exec", globals, nil); err != nil {
		t.Fatal(err)
	}
	if got, ok := globals.GetStr("got"); !ok || got.Type() != StrType || StrValue(got) != "result" {
		t.Errorf("StopIteration.value = %v, want 'result'", got)
	}
}
