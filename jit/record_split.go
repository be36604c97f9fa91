package jit

// This file records the attributes of split instances
// (vm/runtime/instance_split.go): an object of a Python class whose dict
// word is null and whose values sit in its own block, right after the
// object, in the order of the class's shared names. The name at a
// position of a class's names never changes (they are only appended), and
// every position of the names is inside every instance's block, so a
// trace proves where name is with a guard on the exact class, one on the
// dict word being null (the instance has not made its real dict) and one
// on the value's p word being set (values are set in the names' order);
// the value is then read or written with the interior-field ops of dict
// entries, on an array inside the object (InlineInteriorDescr at
// runtime.JITSplitValuesOffset). Methods need no guard on the instance's
// keys beyond one: the value at the position of the method's name among
// the class's names (or their number when the name is not there, within
// the class's room) is unset, so none shadows it.
//
// The words of an attribute's Value, a dict entry's or a split value's,
// are reached through valueWords, so that reads, kind guards and stores
// are written once for both layouts.

import (
	"github.com/kilnpy/kiln/vm/runtime"
)

// valueWords locates the p and n words of one attribute's Value for
// compiled code: element idx of the array whose data pointer is at a
// fixed offset of base.
type valueWords struct {
	base, idx      Ref
	p, n           int64 // InteriorDescrs
	pDescr, nDescr string
}

// entryWords are the value words of entry idx of the dict d.
func (r *recorder) entryWords(d Ref, idx int) valueWords {
	return valueWords{base: d, idx: r.t.ConstInt(int64(idx)),
		p: entryField(runtime.JITDictEntryValueOffset), n: entryField(runtime.JITDictEntryValueOffset + 8),
		pDescr: "dict.entry.value.p", nDescr: "dict.entry.value.n"}
}

// splitField returns the interior descr of word field of a split
// instance's value.
func splitField(field uintptr) int64 {
	return InlineInteriorDescr(runtime.JITSplitValuesOffset, runtime.JITSplitValueSize, field)
}

// splitWords are the words of value idx of the split instance x.
func (r *recorder) splitWords(x Ref, idx int) valueWords {
	return valueWords{base: x, idx: r.t.ConstInt(int64(idx)), p: splitField(0), n: splitField(8),
		pDescr: "split.value.p", nDescr: "split.value.n"}
}

func (r *recorder) wordsGet(w valueWords, code Opcode, typ Type, nWord bool) Ref {
	aux, descr := w.p, w.pDescr
	if nWord {
		aux, descr = w.n, w.nDescr
	}
	return r.t.Emit(Op{Code: code, Type: typ, Args: []Ref{w.base, w.idx}, Aux: aux, Descr: descr})
}

func (r *recorder) wordsSet(w valueWords, val Ref, nWord bool) {
	aux, descr := w.p, w.pDescr
	if nWord {
		aux, descr = w.n, w.nDescr
	}
	r.t.Emit(Op{Code: OpSetInterior, Args: []Ref{w.base, w.idx, val}, Aux: aux, Descr: descr, Snap: -1})
}

// guardWordsKind guards that the Value holds an immediate of kind (Int,
// Float or Bool).
func (r *recorder) guardWordsKind(w valueWords, kind Type) {
	r.guard(OpGuardValue, r.wordsGet(w, OpGetInteriorI, Int, false), r.t.ConstInt(entryTag(kind)))
}

// guardWordsConst guards that the Value's p word is v's (None's).
func (r *recorder) guardWordsConst(w valueWords, v runtime.Value) {
	r.guard(OpGuardValue, r.wordsGet(w, OpGetInteriorI, Int, false), r.constOf(v))
}

// readWordsScalar reads the int or float of kind after a guard on its kind.
func (r *recorder) readWordsScalar(w valueWords, kind Type) Ref {
	r.guardWordsKind(w, kind)
	code := OpGetInteriorI
	if kind == Float {
		code = OpGetInteriorF
	}
	return r.wordsGet(w, code, kind, true)
}

// readWordsImmediate reads the bool or None v: a bool's n word after a
// guard on its kind, None as a constant after a guard on the p word.
func (r *recorder) readWordsImmediate(w valueWords, v runtime.Value) Ref {
	if v.IsNone() {
		r.guardWordsConst(w, v)
		return r.constOf(v)
	}
	r.guardWordsKind(w, Bool)
	return r.emit(OpIntNe, Bool, r.wordsGet(w, OpGetInteriorI, Int, true), r.t.ConstInt(0))
}

// readWords reads the value v (of any kind) specialised on it: scalars
// unboxed, bool and None as readWordsImmediate, an object after a guard
// on its class.
func (r *recorder) readWords(w valueWords, v runtime.Value) Ref {
	switch kind := kindOf(v); {
	case kind == Int || kind == Float:
		return r.readWordsScalar(w, kind)
	case kind == Bool || v.IsNone():
		return r.readWordsImmediate(w, v)
	}
	ref := r.wordsGet(w, OpGetInteriorR, Ptr, false)
	r.guard(OpGuardClass, ref, r.classConst(v.Type()))
	return ref
}

// storeWordsScalar stores the int, float or bool val over a value of the
// same kind (guarded): only the n word changes, so no write barrier.
func (r *recorder) storeWordsScalar(w valueWords, val Ref) {
	r.guardWordsKind(w, r.t.TypeOf(val))
	r.wordsSet(w, val, true)
}

// storeWordsRef stores the object (or None) val: its p word through the
// write barrier, then the n word, 0 for every object and None, so that
// the store is right over a value of any kind.
func (r *recorder) storeWordsRef(w valueWords, val Ref) {
	r.wordsSet(w, val, false)
	r.wordsSet(w, r.t.ConstInt(0), true)
}

// guardSplit guards that x is an instance of xv's class (and the type
// epoch, guardInstance) that has no dict, so split.
func (r *recorder) guardSplit(x Ref, xv runtime.Value) {
	d := r.guardInstance(x, xv)
	r.guard(OpGuardFalse, r.emit(OpIntNe, Bool, d, r.t.ConstInt(0)))
}

// freshSplit reports whether x is a split instance the trace allocated
// with no residual call since: its class, its null dict word and its
// values are what the trace wrote, and no class attribute can have
// appeared (the allocation guarded the type epoch), so its attributes
// need no guard.
func (r *recorder) freshSplit(x Ref) bool {
	fo := r.fresh[x]
	return fo != nil && fo.site.split && fo.residuals == r.residuals
}

// guardSplitAt guards that the split instance x (xv) has a value at
// position idx (one of its class's names), unless freshSplit(x).
func (r *recorder) guardSplitAt(x Ref, xv runtime.Value, idx int) {
	if r.freshSplit(x) {
		return
	}
	r.guardSplit(x, xv)
	p := r.wordsGet(r.splitWords(x, idx), OpGetInteriorI, Int, false)
	r.guard(OpGuardTrue, r.emit(OpIntNe, Bool, p, r.t.ConstInt(0)))
}

// splitIndex returns the position of name among names, or -1.
func splitIndex(names []runtime.Value, name string) int {
	for i, k := range names {
		if s, ok := runtime.JITStrValue(k); ok && s == name {
			return i
		}
	}
	return -1
}

// getSplitAttr records R[a] = x.name for a split instance xv (done false
// if xv is not split).
func (r *recorder) getSplitAttr(fr *recFrame, a int, x Ref, xv runtime.Value, name string) (bool, error) {
	names, values, ok := runtime.JITSplitInstance(xv)
	if !ok {
		return false, nil
	}
	idx := splitIndex(names[:len(values)], name)
	if idx < 0 {
		return true, abortf("unsupported", "attribute %s of %s", name, xv.Type().Name)
	}
	r.guardSplitAt(x, xv, idx)
	v := values[idx]
	r.set(fr, a, r.readWords(r.splitWords(x, idx), v), v)
	return true, nil
}

// splitNoShadow guards, for a split instance xv, that none of its values
// is name (done false if xv is not split).
func (r *recorder) splitNoShadow(x Ref, xv runtime.Value, name string) (bool, error) {
	names, values, ok := runtime.JITSplitInstance(xv)
	if !ok {
		return false, nil
	}
	k := splitIndex(names, name)
	if k < 0 {
		k = len(names)
	}
	if len(values) > k {
		return true, abortf("unsupported", "method %s shadowed by an attribute", name)
	}
	if r.freshSplit(x) {
		return true, nil
	}
	r.guardSplit(x, xv)
	if k >= runtime.JITSplitRoom(xv.Type(), k) && k == len(names) {
		return true, nil // the class has no room for the name: no value can shadow it
	}
	p := r.wordsGet(r.splitWords(x, k), OpGetInteriorI, Int, false)
	r.guard(OpGuardFalse, r.emit(OpIntNe, Bool, p, r.t.ConstInt(0)))
	return true, nil
}

// setSplitAttr records x.name = val over a value the split instance xv
// has, as setAttr does over a dict entry (done false if xv is not split).
func (r *recorder) setSplitAttr(x Ref, xv runtime.Value, val Ref, vv runtime.Value, name string) (bool, error) {
	names, values, ok := runtime.JITSplitInstance(xv)
	if !ok {
		return false, nil
	}
	idx := splitIndex(names[:len(values)], name)
	kind := r.t.TypeOf(val)
	if idx < 0 || kindOf(values[idx]) != kind {
		return true, abortf("unsupported", "SETATTR %s on %s: new or changing kind", name, xv.Type().Name)
	}
	old := values[idx]
	r.guardSplitAt(x, xv, idx)
	w := r.splitWords(x, idx)
	switch {
	case kind != Ptr:
		r.storeWordsScalar(w, val)
	case vv.IsNone() && old.IsNone():
		r.guardWordsConst(w, old)
	default:
		r.storeWordsRef(w, val)
	}
	return true, runtime.SetAttr(r.th, xv, name, vv)
}

// setFreshSplitAttr records x.name = val for x a split instance the trace
// allocated (fo) that has no value of that name (done false otherwise):
// the value after the last is written, its p word last, which sets it.
// The pool's objects have no value set and room for the site's names,
// and the inlined __init__ adds them in order with no residual call
// between.
func (r *recorder) setFreshSplitAttr(fo *freshObj, x Ref, xv runtime.Value, val Ref, vv runtime.Value, name string) (bool, error) {
	names, values, ok := runtime.JITSplitInstance(xv)
	if !ok {
		return true, abortf("unsupported", "SETATTR %s on a new %s that made its dict", name, xv.Type().Name)
	}
	if splitIndex(names[:len(values)], name) >= 0 {
		return false, nil // a store over an attribute it has: setAttr
	}
	idx := len(values)
	if done, err := r.freshSetAttrName(fo, xv, vv, name, idx); !done || err != nil {
		return done, err
	}
	names, values, ok = runtime.JITSplitInstance(xv)
	if !ok || len(values) != idx+1 || splitIndex(names[idx:idx+1], name) != 0 {
		return true, abortf("unsupported", "SETATTR %s on a new %s did not add its next value", name, xv.Type().Name)
	}
	fo.site.keys = append(fo.site.keys, names[idx])
	r.storeFreshWords(r.splitWords(x, idx), val, vv)
	return true, nil
}

// freshSetAttrName runs x.name = vv on the recording's new object xv, the
// attribute to be its idx'th (done false: not an allocation site's store,
// the general SETATTR applies).
func (r *recorder) freshSetAttrName(fo *freshObj, xv, vv runtime.Value, name string, idx int) (bool, error) {
	if idx != len(fo.site.keys) || idx >= 8 {
		return true, abortf("unsupported", "SETATTR %s on a new %s with %d attributes", name, xv.Type().Name, idx)
	}
	code := r.top().code
	ni := runtime.JITNameIndex(code, name)
	if ni < 0 {
		return false, nil
	}
	return true, r.th.JITSetAttrName(xv, code, ni, vv)
}

// storeFreshWords writes val (vv at recording) into the value words w of
// a new object's next attribute, whose words are zero: an int, float or
// bool as its n word, then its tag; None as its p word (a static
// descriptor, no heap pointer: a scalar store over a zero word); an
// object's p word through the write barrier, dropping no reference
// (freshEntryDescr: the trace need not keep its exits' refs for it).
func (r *recorder) storeFreshWords(w valueWords, val Ref, vv runtime.Value) {
	switch kind := r.t.TypeOf(val); {
	case kind != Ptr:
		r.wordsSet(w, val, true)
		r.wordsSet(w, r.t.ConstInt(entryTag(kind)), false)
	case vv.IsNone():
		r.wordsSet(w, r.t.ConstInt(int64(uintptr(vv.Pointer()))), false)
	default:
		r.t.Emit(Op{Code: OpSetInterior, Args: []Ref{w.base, w.idx, val}, Aux: w.p, Descr: freshEntryDescr, Snap: -1})
	}
}
