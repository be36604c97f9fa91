package runtime

import (
	"sync"
	"unsafe"
)

// asciiChars holds the one-character strs of the ASCII code points (the
// first half of latin1Strs) as Values, so that indexing an ASCII str
// allocates nothing and loads its result in one step.
var asciiChars = func() (t [128]Value) {
	for i := range t {
		t[i] = ValueOf(&latin1Strs[i])
	}
	return t
}()

// strIAdd implements x += y for two exact strs of which x is not short,
// the loop `acc += piece` that CPython makes linear by resizing acc in
// place when nothing else refers to it. Kiln has no reference counts, so
// the frame remembers the buffer behind the last str it built this way:
// when x is that str (it ends where the buffer's bytes end), y is appended
// into the buffer's spare capacity, which no existing str can see, and the
// result is a new str over the longer prefix. Any other x is copied into a
// new buffer with room to grow.
func (f *Frame) strIAdd(x, y Value) (Value, bool) {
	if x.p == nil || y.p == nil || x.Type() != StrType || y.Type() != StrType {
		return Value{}, false
	}
	xs, ys := as[Str](x), as[Str](y)
	n := len(xs.text())
	if n < strIAddMin || len(ys.text()) == 0 {
		return Value{}, false
	}
	buf := f.catBuf
	if xs != f.catStr || len(buf) != n {
		buf = nil
	}
	if cap(buf)-n < len(ys.text()) {
		nb := make([]byte, n, 2*(n+len(ys.text())))
		copy(nb, xs.text())
		buf = nb
	}
	buf = append(buf, ys.text()...)
	r := newStr(unsafe.String(&buf[0], len(buf)))
	f.catStr, f.catBuf = r, buf
	return ValueOf(r), true
}

// strIAddMin is the length from which strIAdd builds in a growable buffer.
const strIAddMin = 64

// sliceCache remembers the slice objects one SLICE instruction built
// and from what. Slice objects are immutable, so when the instruction runs
// again with the same small-int or None bounds (perm[:k + 1] in a loop),
// the same object is used again instead of a new one, as CPython keeps a
// cached slice object for reuse. A few bound triples are kept per
// instruction, picked by a hash of the bounds.
type sliceCache [sliceCacheWays]sliceCacheEntry

const sliceCacheWays = 8

type sliceCacheEntry struct {
	start, stop, step Value
	slice             Value
}

// sliceImmediate reports whether v is a bound a cached slice can be
// compared on: an int or None, which compare by their bits.
func sliceImmediate(v Value) bool { return v.p == pInt || v.p == pNone }

// cachedSlice implements SLICE at instruction pc with the code's cache.
func cachedSlice(th *Thread, f *Frame, pc int, start, stop, step Value) (Value, error) {
	if !sliceImmediate(start) || !sliceImmediate(stop) || !sliceImmediate(step) {
		return NewSlice(start, stop, step), nil
	}
	code := f.Code
	if code.sliceCache == nil {
		code.sliceCache = make([]*sliceCache, len(code.Insns))
	}
	c := code.sliceCache[pc]
	if c == nil {
		c = &sliceCache{}
		code.sliceCache[pc] = c
	}
	e := &c[(start.n^stop.n*31^step.n*7)%sliceCacheWays]
	if e.slice.p != nil && e.start == start && e.stop == stop && e.step == step {
		return e.slice, nil
	}
	v := NewSlice(start, stop, step)
	*e = sliceCacheEntry{start, stop, step, v}
	return v, nil
}

// names interns the ASCII names of code objects (internName), so that
// every code object refers to an attribute name by the same str object:
// instance dicts, whose keys are the names of the code that set them, can
// then be probed by identity (see genericGetAttrWith). The str objects are
// shared by every interpreter in the process, so their lazily computed
// fields (length, hash) are computed here, and non-ASCII names, whose code
// points str methods would cache, are not interned.
var names struct {
	sync.Mutex
	m map[string]*Str
}

func internName(n string) *Str {
	for i := 0; i < len(n); i++ {
		if n[i] >= 0x80 {
			return newStr(n)
		}
	}
	names.Lock()
	defer names.Unlock()
	if s, ok := names.m[n]; ok {
		return s
	}
	if names.m == nil {
		names.m = make(map[string]*Str)
	}
	s := newStr(n)
	s.runeCount()
	s.hashValue()
	names.m[n] = s
	return s
}

// slotInitPC identifies slotInit among Init slots (Go cannot compare
// funcs). It is set by init, not by its declaration: slotInit reaches
// newInstance, which reads it, and that would be an initialization cycle.
var slotInitPC uintptr

func init() {
	// What reflect.ValueOf(f).Pointer() gives for a func (the code
	// address in its funcval), read without reflect, whose code would be
	// pages more for every start to touch.
	slotInit, objectNew := slotInit, objectNew
	slotInitPC = **(**uintptr)(unsafe.Pointer(&slotInit))
	objectNewPC = **(**uintptr)(unsafe.Pointer(&objectNew))
}

// objectNewPC identifies objectNew among New slots, as slotInitPC.
var objectNewPC uintptr

// slotPC is what reflect.ValueOf(fn).Pointer() returns for a func value
// fn (the code address in its funcval, 0 for nil), read directly: reflect
// took 34 instructions a call where every C(args) asks twice.
func slotPC[F any](fn F) uintptr {
	fv := *(**uintptr)(unsafe.Pointer(&fn))
	if fv == nil {
		return 0
	}
	return *fv
}

// newInstance implements C(args) for a class C made by a class statement
// whose metaclass is type and whose __init__ is a Python function taking
// exactly self and the arguments: what typeCall and slotInit do, without
// making a bound method of __init__. ok is false if the call does not
// have that shape (nothing has been done then).
func (th *Thread) newInstance(t *Type, args []Value) (v Value, ok bool, err error) {
	if t.Flags&FlagHeapType == 0 || t.New == nil || t.Init == nil {
		return Value{}, false, nil
	}
	fn, ok := simpleInit(t, len(args))
	if !ok || slotPC(t.Init) != slotInitPC {
		return Value{}, false, nil
	}
	if slotPC(t.New) == objectNewPC {
		// object.__new__ accepts the arguments: t has a Python __init__
		// and nothing but object defines __new__ (its slot would be
		// another). Nothing runs Python code before __init__.
		obj, err := objectAlloc(th, t)
		if err != nil {
			return Value{}, true, err
		}
		return th.callInit(fn, obj, args)
	}
	obj, err := t.New(th, t, args, nil)
	if err != nil {
		return Value{}, true, err
	}
	if obj.Type() != t {
		// __new__ returned something else: typeCall's general rules.
		if !obj.Type().IsSubtype(t) {
			return obj, true, nil
		}
		return obj, true, t.Init(th, obj, args, nil)
	}
	if fn, ok = simpleInit(t, len(args)); !ok { // __new__ may have changed it
		return obj, true, t.Init(th, obj, args, nil)
	}
	return th.callInit(fn, obj, args)
}

// callInit runs the __init__ fn of the new instance obj for newInstance.
func (th *Thread) callInit(fn *Function, obj Value, args []Value) (Value, bool, error) {
	r, err := th.callSimpleSelf(fn, obj, args)
	if err != nil {
		return Value{}, true, err
	}
	if !r.IsNone() {
		return Value{}, true, Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, true, nil
}

// simpleInit returns t's __init__ if it is a Python function that takes
// self and n positional arguments and nothing else.
func simpleInit(t *Type, n int) (*Function, bool) {
	init := t.Lookup("__init__")
	if init.p == nil || init.Type() != FunctionType {
		return nil, false
	}
	fn := as[Function](init)
	return fn, isSimple(fn, n+1)
}

// strLookup finds the exact str key k in d for the interpreter's dict
// fast paths: the index slot and entry position of k, or the first free
// slot and -1 (the slot is -1 in a dict with no index). ok is false if the probe met an entry with the same hash
// whose key is not an exact str (its __eq__ could claim equality and run
// Python code); the caller then takes the general path.
func (d *Dict) strLookup(k *Str) (slot, pos int, ok bool) {
	h := k.hashValue()
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.k.p == unsafe.Pointer(k) {
				return -1, i, true
			}
			if e.hasHeapKey(h) {
				if e.k.Type() != StrType {
					return -1, -1, false
				}
				if as[Str](e.k).text() == k.text() {
					return -1, i, true
				}
			}
		}
		return -1, -1, true
	}
	slots := d.index.slots
	pr := newDictProbe(h, len(slots))
	j := pr.slot
	free := -1
	for {
		switch ix := slots[j]; {
		case ix == indexEmpty:
			if free < 0 {
				free = int(j)
			}
			return free, -1, true
		case ix == indexDeleted:
			if free < 0 {
				free = int(j)
			}
		default:
			if e := &d.entries[ix]; e.hasHeapKey(h) {
				if e.k.p == unsafe.Pointer(k) {
					return int(j), int(ix), true
				}
				if e.k.Type() != StrType {
					return -1, -1, false
				}
				if as[Str](e.k).text() == k.text() {
					return int(j), int(ix), true
				}
			}
		}
		j = pr.next()
	}
}

// listSetSliceSameLen implements l[i:j] = v for an exact list v of the
// same length as the slice, step 1, and int or None bounds (nothing can
// run Python code): the items are copied in place, which Go's copy does
// correctly when v is l itself. ok is false for anything else.
func listSetSliceSameLen(th *Thread, l *List, sl *Slice, v Value) bool {
	if v.p == nil || v.Type() != ListType {
		return false
	}
	start, step, n, ok := immediateSliceIndices(sl, l.Len())
	if !ok || step != 1 {
		return false
	}
	src := as[List](v).vals()
	if len(src) != n {
		return false
	}
	copy(l.vals()[start:start+n], src)
	return true
}
