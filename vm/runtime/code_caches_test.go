package runtime

import "testing"

// TestNameCachesOnFirstRun checks that a function's per-name caches are
// made when it first runs, not when its module is loaded.
func TestNameCachesOnFirstRun(t *testing.T) {
	th := newTestThread()
	globals := NewDict()
	src := `
def called(o):
    return o.real + len([])

def never(o):
    return o.imag + abs(o)

r = called(3)
`
	if _, err := ExecSource(th, "<test>", []byte(src), "exec", globals, nil); err != nil {
		t.Fatal(err)
	}
	code := func(name string) *Code {
		f, ok := globals.GetStr(name)
		if !ok {
			t.Fatalf("%s not defined", name)
		}
		return as[Function](f).Code
	}
	if c := code("called"); c.attrCaches == nil || c.globalCaches == nil || len(c.attrCaches) != len(c.Names) {
		t.Errorf("called ran: caches %d, %d for %d names", len(c.attrCaches), len(c.globalCaches), len(c.Names))
	}
	if c := code("never"); c.attrCaches != nil || c.globalCaches != nil {
		t.Errorf("never ran, yet has caches for %d names", len(c.attrCaches))
	}
	if r, _ := globals.GetStr("r"); !r.IsSmallInt() || r.SmallInt() != 3 {
		t.Errorf("r = %v", r)
	}
}
