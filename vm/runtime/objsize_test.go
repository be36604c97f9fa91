package runtime

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// This file measures what the common objects cost on the Go heap, built
// the way the interpreter builds them, against CPython 3.12 (tracemalloc
// per object of the same kind, values shared so that only the container
// counts). Peak RSS is about 1.5 times the live heap (GOGC=50) plus the
// runtime, so these bytes are what the memory of a program comes down to.
// Run with -v to see the table; docs/performance.md quotes it, and
// testdata/cpython_sizes.py measures the CPython column.

// objectSizeCase is one kind of object: its CPython size and the most
// bytes Kiln may take for it, so that a layout change that makes objects
// bigger fails here rather than in a benchmark's RSS.
type objectSizeCase struct {
	name    string
	cpython float64
	limit   float64
	make    func(th *Thread, i int) Value
}

func objectSizeCases(t *testing.T, th *Thread) []objectSizeCase {
	shared := NewStr("shared")
	attrNames := make([]*Str, 5)
	for j := range attrNames {
		attrNames[j] = as[Str](NewStr(fmt.Sprintf("a%d", j)))
	}
	caches := make([]attrCache, len(attrNames))
	// A class per size: a class's split instances have one room, fixed
	// by the attributes its first instances held (instance_split.go).
	instance := func(k int) func(th *Thread, i int) Value {
		class := makeClass(t, th, fmt.Sprintf("C%d", k), nil, map[string]Value{})
		return func(th *Thread, i int) Value {
			o, err := Call(th, ValueOf(class), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			for j := 0; j < k; j++ {
				if err := cachedSetAttr(th, &caches[j], o, attrNames[j], None); err != nil {
					t.Fatal(err)
				}
			}
			return o
		}
	}
	slotted := makeClass(t, th, "S", nil, map[string]Value{"__slots__": NewTupleCopy([]Value{NewStr("kind"), NewStr("text")})})
	dictOf := func(n int) func(th *Thread, i int) Value {
		keys := make([]Value, n)
		for j := range keys {
			keys[j] = NewStr(string(rune('a' + j)))
		}
		return func(th *Thread, i int) Value {
			d := NewDict()
			for _, k := range keys {
				if err := d.Set(th, k, None); err != nil {
					t.Fatal(err)
				}
			}
			return ValueOf(d)
		}
	}
	sharedText := strings.Repeat("0123456789", 100)
	text := func(n int, prefix string) func(th *Thread, i int) Value {
		return func(th *Thread, i int) Value {
			return NewStr(fmt.Sprintf("%s%0*d", prefix, n-len([]rune(prefix)), i))
		}
	}
	return []objectSizeCase{
		{"str, 8 ASCII chars", 49, 48, text(8, "")},
		{"str, 32 ASCII chars", 73, 64, text(32, "")},
		{"str, 8 chars non-ASCII", 65, 48, text(8, "é")},
		{"str sharing its text", 41, 32, func(th *Thread, i int) Value { return NewStr(sharedText[i%len(sharedText):]) }},
		{"int < 2**62 (immediate)", 32, 0, func(th *Thread, i int) Value { return None }},
		{"float (immediate)", 24, 0, func(th *Thread, i int) Value { return None }},
		{"tuple of 2", 56, 64, func(th *Thread, i int) Value { return NewTuple2(shared, None) }},
		{"tuple of 3", 64, 80, func(th *Thread, i int) Value { return NewTupleCopy([]Value{shared, None, None}) }},
		{"list, empty", 56, 48, func(th *Thread, i int) Value { return NewList(nil) }},
		{"list of 3", 80, 96, func(th *Thread, i int) Value { return NewList([]Value{shared, None, None}) }},
		{"dict, empty", 64, 64, func(th *Thread, i int) Value { return ValueOf(NewDict()) }},
		{"dict of 1 str key", 184, 96, dictOf(1)},
		{"dict of 5 str keys", 183, 320, dictOf(5)},
		{"dict of 10 str keys", 272, 512, dictOf(10)},
		{"instance, 1 attribute", 104, 32, instance(1)},
		{"instance, 3 attributes", 104, 64, instance(3)},
		{"instance, 5 attributes", 104, 96, instance(5)},
		{"instance, 2 __slots__", 48, 48, func(th *Thread, i int) Value {
			o, err := Call(th, ValueOf(slotted), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := SetAttr(th, o, "text", shared); err != nil {
				t.Fatal(err)
			}
			return o
		}},
		{"bound method", 64, 48, func(th *Thread, i int) Value { return NewMethod(ValueOf(slotted), shared) }},
	}
}

// bytesPerObject returns the growth of the live heap per object over n
// objects made by mk and kept alive.
func bytesPerObject(th *Thread, n int, mk func(th *Thread, i int) Value) float64 {
	keep := make([]Value, n)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range keep {
		keep[i] = mk(th, i)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(n)
}

func TestObjectSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a few MB per case")
	}
	th := newTestThread()
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-26s %8s %8s\n", "object", "Kiln", "CPython")
	for _, c := range objectSizeCases(t, th) {
		got := bytesPerObject(th, 20000, c.make)
		fmt.Fprintf(&table, "%-26s %8.0f %8.0f\n", c.name, got, c.cpython)
		if got > c.limit+2 { // a few bytes of noise from the runtime itself
			t.Errorf("%s: %.0f bytes per object, want at most %.0f", c.name, got, c.limit)
		}
	}
	t.Log(table.String())
}

// Instances keep their slot values after the header, in arrays of several
// sizes: every slot of classes with 1 to 70 slots holds what was stored.
func TestSlottedInstanceValues(t *testing.T) {
	th := newTestThread()
	for _, n := range []int{1, 2, 3, 5, 7, 9, 20, 40, 64, 70} {
		names := make([]Value, n)
		for i := range names {
			names[i] = NewStr(fmt.Sprintf("s%d", i))
		}
		class := makeClass(t, th, fmt.Sprintf("S%d", n), nil, map[string]Value{"__slots__": NewTupleCopy(names)})
		o, err := Call(th, ValueOf(class), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := range names {
			if err := SetAttr(th, o, StrValue(names[i]), NewStr(fmt.Sprint(i))); err != nil {
				t.Fatal(err)
			}
		}
		runtime.GC() // the values must be reachable through the instance alone
		for i := range names {
			v, err := GetAttr(th, o, StrValue(names[i]))
			if err != nil || StrValue(v) != fmt.Sprint(i) {
				t.Fatalf("%d slots: slot %d = %v, %v", n, i, v, err)
			}
		}
	}
}
