package runtime

// Tests of the split-keys instance layout (instance_split.go): what an
// instance of a class of 1, 3 and 8 attributes costs on the Go heap, and
// that the layout holds, or makes the real dict, on each path.

import (
	"fmt"
	"testing"
)

// splitInstanceMaker returns a maker of instances of a new class that
// set k attributes in order through SETATTR's path.
func splitInstanceMaker(t *testing.T, th *Thread, k int) func(th *Thread, i int) Value {
	class := makeClass(t, th, fmt.Sprintf("C%d", k), nil, map[string]Value{})
	names := make([]*Str, k)
	for j := range names {
		names[j] = as[Str](NewStr(fmt.Sprintf("a%d", j)))
	}
	caches := make([]attrCache, k)
	return func(th *Thread, i int) Value {
		o, err := Call(th, ValueOf(class), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for j := range names {
			if err := cachedSetAttr(th, &caches[j], o, names[j], Int(int64(i))); err != nil {
				t.Fatal(err)
			}
		}
		return o
	}
}

// TestSplitInstanceSizes measures bytes per instance of classes of 1, 3
// and 8 attributes: the object's 16 bytes and 16 per value, in Go's size
// classes (CPython 3.12: 104
// for up to 30 values, the values array apart).
func TestSplitInstanceSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a few MB per case")
	}
	th := newTestThread()
	for _, c := range []struct{ attrs, want int }{{1, 32}, {3, 64}, {8, 144}} {
		mk := splitInstanceMaker(t, th, c.attrs)
		mk(th, 0) // the first instance teaches the class its size
		got := bytesPerObject(th, 20000, mk)
		t.Logf("instance, %d attributes: %.0f bytes", c.attrs, got)
		if got > float64(c.want)+2 {
			t.Errorf("%d attributes: %.0f bytes per instance, want at most %d", c.attrs, got, c.want)
		}
		if o := mk(th, 1); splitOf(o.header()) == nil {
			t.Errorf("%d attributes: the instance is not split", c.attrs)
		}
	}
}

// TestSplitMaterialise checks that the paths which need the real dict
// make it with every value, and the ones that need not keep the layout.
func TestSplitMaterialise(t *testing.T) {
	th := newTestThread()
	mk := splitInstanceMaker(t, th, 3)
	mk(th, 0)
	o := mk(th, 7)
	h := splitOf(o.header())
	if h == nil || h.count() != 3 || o.Type().split.room != 3 {
		t.Fatalf("not split with 3 values: %+v", h)
	}
	if err := SetAttr(th, o, "a1", Int(9)); err != nil || splitOf(o.header()) == nil {
		t.Fatalf("replacing a value made the dict (err %v)", err)
	}
	v, err := GetAttr(th, o, "a1")
	if err != nil || v.SmallInt() != 9 {
		t.Fatalf("a1 = %v, %v", v, err)
	}
	if err := SetAttr(th, o, "extra", None); err != nil || splitOf(o.header()) != nil {
		t.Fatalf("an attribute past the room kept the layout (err %v)", err)
	}
	d := o.header().Dict()
	if d.Len() != 4 {
		t.Fatalf("dict of %d entries, want 4", d.Len())
	}
	for j, want := range []int64{7, 9, 7} {
		if v, ok := d.GetStr(fmt.Sprintf("a%d", j)); !ok || v.SmallInt() != want {
			t.Errorf("a%d = %v, want %d", j, v, want)
		}
	}
	// Out of order: a new instance whose first attribute is not a0.
	p := mk(th, 1)
	p2, _ := Call(th, ValueOf(p.Type()), nil, nil)
	if err := SetAttr(th, p2, "a2", None); err != nil || splitOf(p2.header()) != nil {
		t.Fatalf("an attribute out of order kept the layout (err %v)", err)
	}
	if err := DelAttr(th, p, "a0"); err != nil || splitOf(p.header()) != nil {
		t.Fatalf("del kept the layout (err %v)", err)
	}
}

// TestSplitRoomFixed checks the class's room: fixed at the attributes the
// first instances held when the next one is made, every later instance a
// block of that room; an instance adding an attribute past it makes its
// dict, keeping every value, while the others stay split.
func TestSplitRoomFixed(t *testing.T) {
	th := newTestThread()
	mk := splitInstanceMaker(t, th, 2)
	first := mk(th, 1)
	if room := first.Type().split.room; room != 0 {
		t.Fatalf("room fixed at %d before a second instance", room)
	}
	second := mk(th, 2)
	sk := second.Type().split
	if sk.room != 2 {
		t.Fatalf("room %d after an instance of 2 attributes, want 2", sk.room)
	}
	if size, _ := splitInstanceSize(second.Type()); size != 48 {
		t.Errorf("instances of room 2: %d bytes, want 48", size)
	}
	for _, o := range []Value{first, second} {
		if err := SetAttr(th, o, "extra", Int(5)); err != nil {
			t.Fatal(err)
		}
		if splitOf(o.header()) != nil {
			t.Errorf("an instance holding a third attribute past the room of 2 is still split")
		}
		for _, name := range []string{"a0", "a1", "extra"} {
			if _, err := GetAttr(th, o, name); err != nil {
				t.Errorf("%s after making the dict: %v", name, err)
			}
		}
	}
	if len(sk.names) != 2 {
		t.Errorf("the class's names grew past its room: %d", len(sk.names))
	}
	if third := mk(th, 3); splitOf(third.header()) == nil {
		t.Errorf("a new instance of two attributes is not split")
	}
}
