package runtime

import "testing"

// A for loop over a generator it made allocates nothing once the pool
// holds a generator of that size: the exhausted one is reused. Frame
// objects made inside such generators (which clear the mark) keep
// showing their own generator's locals.
func TestGeneratorLoopRecycles(t *testing.T) {
	th := newTestThread()
	globals := NewDict()
	src := `
import sys

def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1

def loop(n):
    t = 0
    for x in gen(n):
        t += x
    return t

frames = []

def spy(tag):
    frames.append(sys._getframe())
    yield tag

def spied():
    for v in spy("a"):
        pass
    for v in spy("b"):
        pass
    return [f.f_locals["tag"] for f in frames]
`
	if _, err := ExecSource(th, "<test>", []byte(src), "exec", globals, nil); err != nil {
		t.Fatal(err)
	}
	loop, _ := globals.GetStr("loop")
	arg := []Value{Int(5)}
	var got Value
	allocs := testing.AllocsPerRun(100, func() {
		v, err := Call(th, loop, arg, nil)
		if err != nil {
			t.Fatal(err)
		}
		got = v
	})
	if !got.IsSmallInt() || got.n != 10 {
		t.Errorf("loop(5) = %v, want 10", got)
	}
	if allocs != 0 && regsViewPad == 0 { // race builds allocate registers apart, unpooled
		t.Errorf("loop(5) allocates %v times per call, want 0", allocs)
	}
	spied, _ := globals.GetStr("spied")
	v, err := Call(th, spied, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Repr(th, v)
	if err != nil {
		t.Fatal(err)
	}
	if s := r; s != "['a', 'b']" {
		t.Errorf("spied() = %s, want ['a', 'b']", s)
	}
}
