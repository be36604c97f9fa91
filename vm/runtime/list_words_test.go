package runtime

import (
	"fmt"
	"runtime"
	"testing"
	"unsafe"
)

// This file tests the words storage of lists (list_words.go): when a list
// changes storage, that its items survive every change, and that the
// collector keeps the objects only a words list holds.

// listWordsForTest turns the words storage on for one test.
func listWordsForTest(t testing.TB) {
	on := listWordsOn
	listWordsOn = true
	t.Cleanup(func() { listWordsOn = on })
}

func TestListWordsStorage(t *testing.T) {
	listWordsForTest(t)
	v := NewList(nil)
	l := as[List](v)
	for i := 0; i < 3000; i++ {
		ListAppend(v, NewStr(fmt.Sprint("s", i)))
		if i < listWordsMin && l.words != nil {
			t.Fatalf("after %d appends: words", i+1)
		}
	}
	for _, fit := range []Value{None, False, Int(0), Float(0)} {
		ListAppend(v, fit)
	}
	if l.words == nil || l.Len() != 3004 || l.at(2999).Type() != StrType || StrValue(l.at(1234)) != "s1234" || l.at(3001) != False {
		t.Fatalf("words list: words %v, len %d", l.words != nil, l.Len())
	}
	ListAppend(v, Int(7)) // does not fit: back to Values
	if l.words != nil || len(l.items) != 3005 || l.items[3004] != Int(7) || StrValue(l.items[0]) != "s0" || l.items[3003] != Float(0) {
		t.Fatalf("after an int: words %v, len %d", l.words != nil, len(l.items))
	}
	ListTruncate(v, 3004)
	for i := 0; i < 2000; i++ { // the next growth changes it to words again
		ListAppend(v, None)
	}
	if l.words == nil || l.Len() != 5004 || StrValue(l.at(5)) != "s5" {
		t.Fatalf("regrown list: words %v, len %d", l.words != nil, l.Len())
	}
	if items := ListItems(v); l.words != nil || len(items) != 5004 || StrValue(items[2]) != "s2" {
		t.Fatal("ListItems did not change the list back")
	}
}

// TestListWordsJIT checks what the JIT's recorder and IR interpreter use
// (jitlist.go): reads leave a words list in words, a store of an object
// and an append with room stay in words, a store of an int changes the
// list back; the layout constants match the fields compiled code reads.
func TestListWordsJIT(t *testing.T) {
	listWordsForTest(t)
	v := NewList(nil)
	for i := 0; i < 2*listWordsMin; i++ {
		ListAppend(v, NewStr(fmt.Sprint("s", i)))
	}
	l := as[List](v)
	if !JITListIsWords(v) || JITListLen(v) != 2*listWordsMin || StrValue(JITListAt(v, 7)) != "s7" || !JITListIsWords(v) {
		t.Fatalf("reads: words %v, len %d", JITListIsWords(v), JITListLen(v))
	}
	if *(*uintptr)(unsafe.Add(unsafe.Pointer(l), JITListWordsOffset)) != uintptr(unsafe.Pointer(l.words)) ||
		*(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(l.words), JITListWordsSliceOffset)) != unsafe.Pointer(&l.words.p[0]) {
		t.Fatal("JITListWordsOffset or JITListWordsSliceOffset do not name l.words.p")
	}
	JITListSetAt(v, 3, None)
	if !JITListIsWords(v) || JITListAt(v, 3) != None {
		t.Fatal("storing None changed the list back")
	}
	for JITListWordsAppendRoom(v, unsafe.Pointer(as[Str](NewStr("x")))) {
	}
	if n := JITListLen(v); n != l.capacity() || StrValue(JITListAt(v, n-1)) != "x" {
		t.Fatalf("appends with room: len %d, cap %d", n, l.capacity())
	}
	JITListAppend(v, NewStr("y")) // the recorder's LISTAPPEND: grows in words
	if !JITListIsWords(v) || StrValue(JITListAt(v, JITListLen(v)-1)) != "y" {
		t.Fatal("LISTAPPEND past the capacity left the words storage")
	}
	JITListReverseWords(v, 0, 3)
	if StrValue(JITListAt(v, 0)) != "s2" || StrValue(JITListAt(v, 2)) != "s0" {
		t.Fatal("JITListReverseWords")
	}
	JITListSetAt(v, 5, Int(5))
	if JITListIsWords(v) || JITListAt(v, 5) != Int(5) || StrValue(JITListAt(v, 6)) != "s6" {
		t.Fatal("storing 5 did not change the list back")
	}
}

// TestListWordsGCStress keeps fresh objects only in words lists, collects
// while the lists change storage, and checks every item: run it with
// GODEBUG=gccheckmark=1,clobberfree=1 as well.
func TestListWordsGCStress(t *testing.T) {
	listWordsForTest(t)
	var lists []Value
	for round := 0; round < 6; round++ {
		v := NewList(nil)
		for i := 0; i < 5000; i++ {
			ListAppend(v, NewStr(fmt.Sprint(round, ":", i)))
			if i%1500 == 0 {
				runtime.GC()
			}
		}
		as[List](v).setAt(round, NewList([]Value{NewStr(fmt.Sprint("inner", round))}))
		lists = append(lists, v)
		runtime.GC()
	}
	for round, v := range lists {
		l := as[List](v)
		if l.words == nil {
			t.Fatalf("list %d is not in words", round)
		}
		for i := 0; i < l.Len(); i++ {
			want := fmt.Sprint(round, ":", i)
			if i == round {
				want = fmt.Sprint("inner", round)
				if got := StrValue(as[List](l.at(i)).items[0]); got != want {
					t.Fatalf("list %d item %d: %q", round, i, got)
				}
				continue
			}
			if got := StrValue(l.at(i)); got != want {
				t.Fatalf("list %d item %d: %q", round, i, got)
			}
		}
		if round%2 == 0 {
			ListAppend(v, Int(1)) // back to Values, then collect
		}
	}
	runtime.GC()
	for round, v := range lists {
		if got := StrValue(ListItems(v)[4999]); got != fmt.Sprint(round, ":4999") {
			t.Fatalf("list %d after the change back: %q", round, got)
		}
	}
}

// listWordsBench builds lists of n strs by append, with the words storage
// on or off, the figures of docs/memory-containers.md.
func listWordsBench(b *testing.B, words bool, body func(b *testing.B, v Value)) {
	on := listWordsOn
	listWordsOn = words
	defer func() { listWordsOn = on }()
	items := make([]Value, 200000)
	for i := range items {
		items[i] = NewStr(fmt.Sprint("item-", i))
	}
	v := NewList(nil)
	for _, x := range items {
		ListAppend(v, x)
	}
	b.ReportAllocs()
	b.ResetTimer()
	body(b, v)
}

func BenchmarkListWordsAppend(b *testing.B) {
	for _, words := range []bool{false, true} {
		b.Run(fmt.Sprint("words=", words), func(b *testing.B) {
			listWordsBench(b, words, func(b *testing.B, v Value) {
				x := ListItems(v)[:1000:1000]
				for i := 0; i < b.N; i++ {
					l := NewList(nil)
					for k := 0; k < 100; k++ {
						for _, s := range x {
							ListAppend(l, s)
						}
					}
				}
			})
		})
	}
}

func BenchmarkListWordsIndex(b *testing.B) {
	for _, words := range []bool{false, true} {
		b.Run(fmt.Sprint("words=", words), func(b *testing.B) {
			listWordsBench(b, words, func(b *testing.B, v Value) {
				l := as[List](v)
				n := 0
				for i := 0; i < b.N; i++ {
					n += len(as[Str](l.at(i % l.Len())).text())
				}
				_ = n
			})
		})
	}
}

func BenchmarkListWordsJoin(b *testing.B) {
	for _, words := range []bool{false, true} {
		b.Run(fmt.Sprint("words=", words), func(b *testing.B) {
			listWordsBench(b, words, func(b *testing.B, v Value) {
				for i := 0; i < b.N; i++ {
					if _, err := strJoin(nil, "", v); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// TestListWordsSortInPlace checks that list.sort() without a key sorts a
// words list's words where they are: the list keeps its storage, the
// items come out in order, and the sort does not copy the list to Values.
func TestListWordsSortInPlace(t *testing.T) {
	listWordsForTest(t)
	th := NewInterpreter(Options{}).MainThread()
	const n = 4000
	fill := func() Value {
		v := NewList(nil)
		for i := 0; i < n; i++ {
			ListAppend(v, NewStr(fmt.Sprintf("s%05d", (i*7919)%n)))
		}
		return v
	}
	v := fill()
	l := as[List](v)
	words := l.words
	if words == nil {
		t.Fatal("the list is not in words")
	}
	if _, err := listSort(th, v, nil, nil); err != nil {
		t.Fatal(err)
	}
	if l.words != words || l.items != nil {
		t.Fatalf("after sort: words %p (was %p), %d Values", l.words, words, len(l.items))
	}
	for i := 0; i < n; i++ {
		if got, want := StrValue(l.at(i)), fmt.Sprintf("s%05d", i); got != want {
			t.Fatalf("item %d = %q, want %q", i, got, want)
		}
	}
	// The merges' scratch (at most n/2 words) is all a sort of shuffled
	// items allocates, besides the sort's own few small objects; copying
	// to Values would take 16 bytes an item.
	v = fill()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := listSort(th, v, nil, nil); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > n/2*8+1024 {
		t.Errorf("the sort allocated %d bytes, want at most %d", got, n/2*8+1024)
	}
}
