package runtime

// This file defines weak references: the _weakref module (ref, proxy,
// getweakrefcount, getweakrefs) that vm/stdlib/weakref builds the weakref
// module on.
//
// Kiln has no reference counts, so a referent dies when Go's collector
// finds it unreachable, as under PyPy. A weak reference holds a Go
// weak.Pointer to the referent's header. The weak references to one object
// share a weakRecord, found by a map keyed by that weak pointer (two weak
// pointers made from one object are equal, and never equal to one made
// from a later object at the same address).
//
// After each Go collection the records are checked for referents gone,
// and the callbacks of their weak references run on the interpreter
// thread: the lifetime machinery's runFinalizers (finalize.go) calls
// runWeakCallbacks at the next safe point, and within gc.collect(), so
// that the callbacks of everything a gc.collect() found dead have run
// when it returns. A sentinel object, garbage from birth, tells when a
// collection happened: its Go finalizer flags the safe point and makes
// the next sentinel. No Python code ever runs on Go's finalizer
// goroutine. (A Go cleanup per referent would say which referent died,
// but Go keeps each span's cleanups and weak handles in one sorted list,
// and adding one per object made weakref.ref() ten times slower.)

import (
	"cmp"
	"fmt"
	goruntime "runtime"
	"slices"
	"sync"
	"unsafe"
	"weak"
)

// Weak reference types. ReferenceType is weakref.ref and may be
// subclassed (WeakMethod, KeyedRef); the proxies may not.
var (
	ReferenceType         = NewBuiltinType("ReferenceType", ObjectType, LayoutOther, FlagBaseType|FlagQualifiedName)
	ProxyType             = NewBuiltinType("ProxyType", ObjectType, LayoutOther, FlagQualifiedName|FlagUnhashable)
	CallableProxyType     = NewBuiltinType("CallableProxyType", ObjectType, LayoutOther, FlagQualifiedName|FlagUnhashable)
	errWeakReferentIsDead = func() error { return Errorf(ReferenceError, "weakly-referenced object no longer exists") }
)

// WeakRef is a weak reference or a weak proxy.
type WeakRef struct {
	Object
	target   weak.Pointer[Object]
	callback Value // zero once called, or if none
	hash     int64
	hashed   bool
}

// weakRecord holds the weak references to one object, in CPython's order:
// the plain ref and plain proxy shared by every ref(o) and proxy(o), then
// the refs with callbacks or of subclasses, newest first (the order of
// getweakrefs and of the callbacks).
type weakRecord struct {
	target weak.Pointer[Object]
	seq    int64 // creation order, for the order of callbacks across objects
	plain  weak.Pointer[WeakRef]
	proxy  weak.Pointer[WeakRef]
	others []weak.Pointer[WeakRef] // oldest first
}

// weakrefState is the interpreter's table of weakly referenced objects.
type weakrefState struct {
	mu      sync.Mutex
	records map[weak.Pointer[Object]]*weakRecord
	seq     int64
	// watching is set while a sentinel waits for the next collection.
	watching bool
	// scannedAt is the number of Go collections (GCCycles) when the
	// records were last checked.
	scannedAt uint64
}

// weakrefs returns the interpreter's table, made on first use.
func (interp *Interpreter) weakrefs() *weakrefState {
	s := &interp.weak
	s.mu.Lock()
	if s.records == nil {
		s.records = map[weak.Pointer[Object]]*weakRecord{}
	}
	s.mu.Unlock()
	return s
}

// weakrefAllowed reports, by name, whether CPython lets weak references
// point at the instances of a type written in Go (those with a
// tp_weaklistoffset).
func weakrefAllowed(name string) bool {
	switch name {
	case "set", "frozenset", "type", "function", "builtin_function_or_method",
		"method", "generator", "coroutine", "async_generator", "code",
		"module", "memoryview",
		"Pattern", "deque", "partial", "_lru_cache_wrapper", "OrderedDict",
		"Struct", "socket", "lock", "RLock",
		"StringIO", "BytesIO", "TextIOWrapper", "BufferedReader",
		"BufferedWriter", "BufferedRandom", "BufferedRWPair", "FileIO":
		return true
	}
	return false
}

// weakrefRefused reports whether t is one of the classes Kiln writes in
// Python that are C types without weak reference support in CPython
// (collections.defaultdict).
func weakrefRefused(t *Type) bool {
	return t.Name == "defaultdict" && t.Module == "collections"
}

// weakrefable reports whether weak references to instances of t may be
// made: a class gets a __weakref__ slot unless its __slots__ leave it out
// or its base has variable-size instances (int, tuple, bytes); builtin
// types allow them as CPython's do.
func weakrefable(t *Type) bool {
	for _, c := range t.MRO {
		if c.Flags&FlagHeapType == 0 {
			return weakrefAllowed(c.Name)
		}
		if weakrefRefused(c) {
			continue
		}
		slots, ok := c.Dict().GetStr("__slots__")
		if !ok {
			switch c.Layout {
			case LayoutInt, LayoutTuple, LayoutBytes:
				continue
			}
			return true
		}
		names := []Value{slots}
		if slots.IsImmediate() || slots.Type().Layout != LayoutStr {
			names, _ = ToSlice(nil, slots)
		}
		for _, n := range names {
			if !n.IsImmediate() && n.Type().Layout == LayoutStr && StrValue(n) == "__weakref__" {
				return true
			}
		}
	}
	return false
}

// weakTarget returns the weak pointer to v's header, or the TypeError for
// objects that cannot be weakly referenced.
func weakTarget(v Value) (weak.Pointer[Object], error) {
	if v.IsImmediate() || !weakrefable(v.Type()) {
		name := TypeName(v)
		if t := v.Type(); weakrefRefused(t) {
			name = t.Module + "." + t.Name // CPython's tp_name
		}
		return weak.Pointer[Object]{}, Errorf(TypeError, "cannot create weak reference to '%s' object", name)
	}
	return weak.Make((*Object)(v.p)), nil
}

// record returns the record of the object target points at, making it on
// first use, and makes sure a collection will be noticed. s.mu is held.
func (s *weakrefState) record(interp *Interpreter, target weak.Pointer[Object]) *weakRecord {
	if r := s.records[target]; r != nil {
		return r
	}
	s.seq++
	r := &weakRecord{target: target, seq: s.seq}
	s.records[target] = r
	if !s.watching {
		s.watching = true
		watchCollections(interp)
	}
	return r
}

// weakSentinel is an object nothing refers to: Go finalizes it at its
// next collection.
type weakSentinel struct{ interp *Interpreter }

// watchCollections makes the sentinel for the next collection.
func watchCollections(interp *Interpreter) {
	goruntime.SetFinalizer(&weakSentinel{interp}, weakCollectionHappened)
}

// weakCollectionHappened runs on Go's finalizer goroutine after a
// collection: it flags the safe point, and watches the next collection
// while weak references exist.
func weakCollectionHappened(x *weakSentinel) {
	s := &x.interp.weak
	s.mu.Lock()
	s.watching = len(s.records) > 0
	s.mu.Unlock()
	if s.watching {
		x.interp.Pending.Or(PendingFinalizer)
		watchCollections(x.interp)
	}
}

// liveRefs returns the weak references of r still alive, in CPython's
// order, dropping the dead ones from the record. s.mu is held.
func (r *weakRecord) liveRefs() []*WeakRef {
	var out []*WeakRef
	if w := r.plain.Value(); w != nil {
		out = append(out, w)
	}
	if w := r.proxy.Value(); w != nil {
		out = append(out, w)
	}
	kept := r.others[:0]
	for i := len(r.others) - 1; i >= 0; i-- {
		if w := r.others[i].Value(); w != nil {
			out = append(out, w)
		}
	}
	for _, p := range r.others {
		if p.Value() != nil {
			kept = append(kept, p)
		}
	}
	clear(r.others[len(kept):])
	r.others = kept
	return out
}

// newWeakRef makes a weak reference of type t (ReferenceType, a subclass,
// or a proxy type) to v, reusing the plain ref or proxy when CPython does.
func newWeakRef(th *Thread, t *Type, v, callback Value) (Value, error) {
	target, err := weakTarget(v)
	if err != nil {
		return Value{}, err
	}
	if callback.IsNone() {
		callback = Value{}
	}
	s := th.Interp.weakrefs()
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.record(th.Interp, target)
	plain := !callback.IsValid() && (t == ReferenceType || t == ProxyType || t == CallableProxyType)
	if plain {
		shared := &r.plain
		if t != ReferenceType {
			shared = &r.proxy
		}
		if w := shared.Value(); w != nil {
			return ValueOf(w), nil
		}
		w := &WeakRef{Object: NewObjectHeader(t), target: target}
		*shared = weak.Make(w)
		return ValueOf(w), nil
	}
	w := &WeakRef{Object: NewObjectHeader(t), target: target, callback: callback}
	r.liveRefs() // prune
	r.others = append(r.others, weak.Make(w))
	return ValueOf(w), nil
}

// referent returns the object w refers to, or false once it is dead.
func (w *WeakRef) referent() (Value, bool) {
	o := w.target.Value()
	if o == nil {
		return Value{}, false
	}
	return Value{p: unsafe.Pointer(o)}, true
}

// runWeakCallbacks calls, on the interpreter thread, the callbacks of the
// weak references whose referent died. runFinalizers calls it: at safe
// points with finalization work, and within gc.collect(). If Go collected
// since the last check, every record is checked. Records are handled
// in creation order; each record's callbacks newest first, as CPython
// calls them. It returns how many callbacks ran.
func (interp *Interpreter) runWeakCallbacks(th *Thread) int {
	s := &interp.weak
	s.mu.Lock()
	if len(s.records) == 0 {
		s.mu.Unlock()
		return 0
	}
	cycles := GCCycles()
	scan := cycles != s.scannedAt
	s.scannedAt = cycles
	var dead []*weakRecord
	if scan {
		for k, r := range s.records {
			if k.Value() == nil {
				dead = append(dead, r)
				delete(s.records, k)
			}
		}
	}
	slices.SortFunc(dead, func(a, b *weakRecord) int { return cmp.Compare(a.seq, b.seq) })
	var calls []*WeakRef
	for _, r := range dead {
		for _, w := range r.liveRefs() {
			if w.callback.IsValid() {
				calls = append(calls, w)
			}
		}
	}
	s.mu.Unlock()
	for _, w := range calls {
		cb := w.callback
		w.callback = Value{}
		if _, err := Call(th, cb, []Value{ValueOf(w)}, nil); err != nil {
			header := "Exception ignored in: "
			if r, rerr := Repr(th, cb); rerr == nil {
				header += r
			} else {
				header += "<object repr() failed>"
			}
			writeUnraisableAt(th, err, header)
		}
	}
	return len(calls)
}

// weakrefsOf returns the live weak references to v (getweakrefs).
func weakrefsOf(th *Thread, v Value) []*WeakRef {
	if v.IsImmediate() || !weakrefable(v.Type()) {
		return nil
	}
	s := th.Interp.weakrefs()
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.records[weak.Make((*Object)(v.p))]
	if r == nil {
		return nil
	}
	return r.liveRefs()
}

// asWeakRef returns v's WeakRef; v is a ref, a subclass instance or a proxy.
func asWeakRef(v Value) *WeakRef { return as[WeakRef](v) }

// isWeakProxy reports whether v is a weak proxy.
func isWeakProxy(v Value) bool {
	if v.IsImmediate() {
		return false
	}
	t := v.Type()
	return t == ProxyType || t == CallableProxyType
}

// unproxy returns the referent of a proxy, and other values unchanged.
func unproxy(v Value) (Value, error) {
	if !isWeakProxy(v) {
		return v, nil
	}
	o, ok := asWeakRef(v).referent()
	if !ok {
		return Value{}, errWeakReferentIsDead()
	}
	return o, nil
}

// weakDescribe is the "; to 'T' at 0x..." or "; dead" of the reprs.
func weakDescribe(th *Thread, w *WeakRef) string {
	o, ok := w.referent()
	if !ok {
		return "; dead"
	}
	if name, found, err := GetAttrOK(th, o, "__name__"); err == nil && found && !name.IsImmediate() && name.Type().Layout == LayoutStr {
		return fmt.Sprintf("; to '%s' at %#x (%s)", o.Type().Name, uintptr(o.p), StrValue(name))
	}
	return fmt.Sprintf("; to '%s' at %#x", o.Type().Name, uintptr(o.p))
}

func init() {
	t := ReferenceType
	t.Module = "weakref"
	t.New = func(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
		if t == ReferenceType && len(kwnames) > 0 {
			return Value{}, Errorf(TypeError, "ref() takes no keyword arguments")
		}
		pos := args[:len(args)-len(kwnames)]
		if len(pos) < 1 {
			return Value{}, Errorf(TypeError, "__new__ expected at least 1 argument, got %d", len(pos))
		}
		if len(pos) > 2 {
			return Value{}, Errorf(TypeError, "__new__ expected at most 2 arguments, got %d", len(pos))
		}
		cb := None
		if len(pos) == 2 {
			cb = pos[1]
		}
		return newWeakRef(th, t, pos[0], cb)
	}
	t.Init = func(th *Thread, self Value, args []Value, kwnames []string) error { return nil }
	t.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("weakref", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		if o, ok := asWeakRef(callee).referent(); ok {
			return o, nil
		}
		return None, nil
	}
	t.Hash = func(th *Thread, v Value) (int64, error) {
		w := asWeakRef(v)
		if w.hashed {
			return w.hash, nil
		}
		o, ok := w.referent()
		if !ok {
			return 0, Errorf(TypeError, "weak object has gone away")
		}
		h, err := Hash(th, o)
		if err != nil {
			return 0, err
		}
		w.hash, w.hashed = h, true
		return h, nil
	}
	t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		if (op != CmpEQ && op != CmpNE) || b.IsImmediate() || !(b.Type().IsSubtype(ReferenceType) || isWeakProxy(b)) {
			return NotImplemented, nil
		}
		oa, aliveA := asWeakRef(a).referent()
		ob, aliveB := asWeakRef(b).referent()
		if !aliveA || !aliveB {
			return Bool(Is(a, b) == (op == CmpEQ)), nil
		}
		return Compare(th, op, oa, ob)
	}
	t.Repr = func(th *Thread, v Value) (Value, error) {
		return NewStr(fmt.Sprintf("<weakref at %#x%s>", uintptr(v.p), weakDescribe(th, asWeakRef(v)))), nil
	}
	t.AddGetSet("__callback__", func(th *Thread, self Value) (Value, error) {
		if cb := asWeakRef(self).callback; cb.IsValid() {
			return cb, nil
		}
		return None, nil
	}, func(th *Thread, self, v Value) error { return Errorf(AttributeError, "readonly attribute") })
	t.AddClassMethod("__class_getitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__class_getitem__", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return NewGenericAlias(self, args[0]), nil
	})
	AddSlotMethods(t, nil, false, nil)

	for _, pt := range []*Type{ProxyType, CallableProxyType} {
		pt.Module = "weakref"
	}
	// The proxies forward every operator: the most methods of any type,
	// made only when _weakref is imported (type_deferred.go).
	proxySetup := DeferTypeSetup(func() {
		for _, pt := range []*Type{ProxyType, CallableProxyType} {
			initWeakProxyType(pt)
		}
		CallableProxyType.Call = func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error) {
			o, err := unproxy(callee)
			if err != nil {
				return Value{}, err
			}
			return Call(th, o, args, kwnames)
		}
	}, ProxyType, CallableProxyType)

	RegisterModule("_weakref", func(th *Thread, m *Module) error {
		proxySetup.Ensure()
		m.Set("ref", ValueOf(ReferenceType))
		m.Set("ReferenceType", ValueOf(ReferenceType))
		m.Set("ProxyType", ValueOf(ProxyType))
		m.Set("CallableProxyType", ValueOf(CallableProxyType))
		m.AddFunction("proxy", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("proxy", args, kwnames, 1, 2); err != nil {
				return Value{}, err
			}
			obj, cb := args[0], None
			if len(args) == 2 {
				cb = args[1]
			}
			pt := ProxyType
			if !obj.IsImmediate() && obj.Type().Call != nil {
				pt = CallableProxyType
			}
			return newWeakRef(th, pt, obj, cb)
		})
		m.AddFunction("getweakrefcount", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("getweakrefcount", args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			return Int(int64(len(weakrefsOf(th, args[0])))), nil
		})
		m.AddFunction("getweakrefs", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("getweakrefs", args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			refs := weakrefsOf(th, args[0])
			items := make([]Value, len(refs))
			for i, w := range refs {
				items[i] = ValueOf(w)
			}
			return NewList(items), nil
		})
		m.AddFunction("_remove_dead_weakref", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			var d, key Value
			if err := UnpackArgs("_remove_dead_weakref", args, kwnames, "dct", &d, "key", &key, "/", nil); err != nil {
				return Value{}, err
			}
			cur, err := GetItem(th, d, key)
			if err != nil {
				if IsInstanceOf(err, KeyError) {
					return None, nil
				}
				return Value{}, err
			}
			if !cur.IsImmediate() && cur.Type().IsSubtype(ReferenceType) {
				if _, alive := asWeakRef(cur).referent(); !alive {
					return None, DelItem(th, d, key)
				}
			}
			return None, nil
		})
		return nil
	})
}

// initWeakProxyType makes a proxy type forward every operation to the
// referent, raising ReferenceError once it is dead.
func initWeakProxyType(t *Type) {
	unary := func(f func(th *Thread, o Value) (Value, error)) func(th *Thread, v Value) (Value, error) {
		return func(th *Thread, v Value) (Value, error) {
			o, err := unproxy(v)
			if err != nil {
				return Value{}, err
			}
			return f(th, o)
		}
	}
	t.Repr = func(th *Thread, v Value) (Value, error) {
		w := asWeakRef(v)
		o, ok := w.referent()
		if !ok {
			return NewStr(fmt.Sprintf("<weakproxy at %#x; dead>", uintptr(v.p))), nil
		}
		return NewStr(fmt.Sprintf("<weakproxy at %#x; to '%s' at %#x>", uintptr(v.p), o.Type().Name, uintptr(o.p))), nil
	}
	t.Str = unary(StrOf)
	t.GetAttr = func(th *Thread, v Value, name *Str) (Value, error) {
		o, err := unproxy(v)
		if err != nil {
			return Value{}, err
		}
		return GetAttr(th, o, name.text())
	}
	t.SetAttr = func(th *Thread, v Value, name *Str, val Value) error {
		o, err := unproxy(v)
		if err != nil {
			return err
		}
		if !val.IsValid() {
			return DelAttr(th, o, name.text())
		}
		return SetAttr(th, o, name.text(), val)
	}
	t.Compare = func(th *Thread, op CompareOp, a, b Value) (Value, error) {
		oa, err := unproxy(a)
		if err != nil {
			return Value{}, err
		}
		ob, err := unproxy(b)
		if err != nil {
			return Value{}, err
		}
		return Compare(th, op, oa, ob)
	}
	t.Bool = func(th *Thread, v Value) (bool, error) {
		o, err := unproxy(v)
		if err != nil {
			return false, err
		}
		return Truth(th, o)
	}
	t.Len = func(th *Thread, v Value) (int, error) {
		o, err := unproxy(v)
		if err != nil {
			return 0, err
		}
		return Len(th, o)
	}
	t.GetItem = func(th *Thread, v, key Value) (Value, error) {
		o, err := unproxy(v)
		if err != nil {
			return Value{}, err
		}
		return GetItem(th, o, key)
	}
	t.SetItem = func(th *Thread, v, key, val Value) error {
		o, err := unproxy(v)
		if err != nil {
			return err
		}
		if !val.IsValid() {
			return DelItem(th, o, key)
		}
		return SetItem(th, o, key, val)
	}
	t.Contains = func(th *Thread, v, item Value) (bool, error) {
		o, err := unproxy(v)
		if err != nil {
			return false, err
		}
		return Contains(th, o, item)
	}
	t.Iter = unary(Iter)
	t.Next = func(th *Thread, v Value) (Value, bool, error) {
		o, err := unproxy(v)
		if err != nil {
			return Value{}, false, err
		}
		if o.Type().Next == nil {
			return Value{}, false, Errorf(TypeError, "Weakref proxy referenced a non-iterator '%.200s' object", TypeName(o))
		}
		return Next(th, o)
	}
	t.BinOp = func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
		oa, err := unproxy(a)
		if err != nil {
			return Value{}, err
		}
		ob, err := unproxy(b)
		if err != nil {
			return Value{}, err
		}
		return Binary(th, op, oa, ob)
	}
	t.InplaceOp = func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
		oa, err := unproxy(a)
		if err != nil {
			return Value{}, err
		}
		ob, err := unproxy(b)
		if err != nil {
			return Value{}, err
		}
		return Inplace(th, op, oa, ob)
	}
	t.Unary = func(th *Thread, op UnaryOp, v Value) (Value, error) {
		o, err := unproxy(v)
		if err != nil {
			return Value{}, err
		}
		return UnaryOperation(th, op, o)
	}
	t.Index = unary(Index)
	t.Hash = func(th *Thread, v Value) (int64, error) {
		return 0, Errorf(TypeError, "unhashable type: '%s'", TypeName(v))
	}
	ops := make([]BinaryOp, 0, NumBinaryOps)
	for op := OpAdd; op < NumBinaryOps; op++ {
		ops = append(ops, op)
	}
	AddSlotMethods(t, ops, true, ops)
	// The operations without a slot of their own call the referent's.
	forward := func(name string, f NativeFunc) {
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			all := append([]Value{self}, args...)
			for i, v := range all {
				o, err := unproxy(v)
				if err != nil {
					return Value{}, err
				}
				all[i] = o
			}
			return f(th, all, kwnames)
		})
	}
	forward("__pow__", builtinPow)
	forward("__rpow__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return Value{}, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		return Binary(th, OpPow, args[1], args[0])
	})
	forward("__divmod__", builtinDivmod)
	forward("__rdivmod__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return Value{}, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		return builtinDivmod(th, []Value{args[1], args[0]}, nil)
	})
	forward("__index__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return Index(th, args[0]) })
	forward("__bytes__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return Call(th, ValueOf(BytesType), args[:1], nil)
	})
	for _, name := range []string{"__reversed__", "__int__", "__float__"} {
		forward(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			m, err := GetAttr(th, args[0], name)
			if err != nil {
				return Value{}, err
			}
			return Call(th, m, args[1:], kwnames)
		})
	}
}
