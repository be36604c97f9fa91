package stdlib_test

// This file checks that two interpreters in one process share no
// Python-visible state of the standard library: the classes that
// collections.py makes (OrderedDict, defaultdict) are each interpreter's
// own, and so is re's pattern cache (a pattern's warnings are given again
// by the other interpreter, re.purge purges only its own).

import (
	"bytes"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
	_ "github.com/kilnpy/kiln/vm/stdlib"
)

// isolationVM is one interpreter and the globals its snippets run in.
type isolationVM struct {
	th      *runtime.Thread
	globals *runtime.Dict
	out     bytes.Buffer
}

func newIsolationVM(t *testing.T) *isolationVM {
	vm := &isolationVM{}
	interp := runtime.NewInterpreter(runtime.Options{Stdout: &vm.out, Stderr: &vm.out})
	vm.th = interp.MainThread()
	vm.globals = runtime.NewDict()
	builtins, ok := interp.Modules.GetStr("builtins")
	if !ok {
		t.Fatal("no builtins module")
	}
	vm.globals.SetStr("__builtins__", builtins)
	vm.globals.SetStr("__name__", runtime.NewStr("__main__"))
	return vm
}

// run runs src and returns the str in its global result.
func (vm *isolationVM) run(t *testing.T, src string) string {
	t.Helper()
	if _, err := runtime.ExecSource(vm.th, "<isolation>", []byte(src), "exec", vm.globals, nil); err != nil {
		t.Fatalf("%s\n%s", src, runtime.FormatException(vm.th, runtime.AsException(err)))
	}
	v, ok := vm.globals.GetStr("result")
	if !ok {
		t.Fatalf("%s: no result", src)
	}
	return runtime.StrValue(v)
}

const isolationSetup = `
import collections, re, warnings
def od_mutation():
    d = collections.OrderedDict(a=1, b=2)
    it = iter(d)
    next(it)
    d.move_to_end('a')
    try:
        next(it)
    except RuntimeError as e:
        return str(e)
    return 'not detected'
def dd_factory():
    d = collections.defaultdict(list)
    d['k'].append(1)
    return repr(d)
def pattern_warnings():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        re.compile('[[a]')
    return len(caught)
result = ''
`

func TestInterpretersShareNoStdlibState(t *testing.T) {
	a, b := newIsolationVM(t), newIsolationVM(t)
	a.run(t, isolationSetup)
	b.run(t, isolationSetup)

	if got := a.run(t, "collections.OrderedDict.marker = 'A'; collections.defaultdict.marker = 'A'; result = 'ok'"); got != "ok" {
		t.Fatal(got)
	}
	if got := b.run(t, "result = repr((hasattr(collections.OrderedDict, 'marker'), hasattr(collections.defaultdict, 'marker')))"); got != "(False, False)" {
		t.Errorf("b sees a's class attributes: %s", got)
	}
	for _, vm := range []*isolationVM{a, b, a} {
		if got := vm.run(t, "result = od_mutation()"); got != "OrderedDict mutated during iteration" {
			t.Errorf("OrderedDict mutation: %q", got)
		}
		if got := vm.run(t, "result = dd_factory()"); got != "defaultdict(<class 'list'>, {'k': [1]})" {
			t.Errorf("defaultdict: %q", got)
		}
	}
	// The first compile in each interpreter warns: neither finds the
	// other's pattern in its cache.
	for _, vm := range []*isolationVM{a, b} {
		if got := vm.run(t, "result = str(pattern_warnings())"); got != "1" {
			t.Errorf("FutureWarning count %s, want 1", got)
		}
	}
	if got := a.run(t, "result = str(pattern_warnings())"); got != "0" {
		t.Errorf("second compile in a: %s warnings, want 0 (cached)", got)
	}
	b.run(t, "re.purge(); result = ''")
	if got := a.run(t, "result = str(pattern_warnings())"); got != "0" {
		t.Errorf("b's re.purge emptied a's cache: %s warnings", got)
	}
}
