package jit

// This file defines the recording of lists in either storage
// (vm/runtime/list_words.go): a generic list keeps 16-byte Values in
// l.items, a words list (a long list whose items all have a zero n word)
// keeps 8-byte p words in l.words.p. As PyPy's list strategies, a trace is
// specialised on the storage the recording saw: before it reads or writes
// a list, the recorder guards the storage word (getfield_gc_i of l.words,
// guard_false of its truth for a generic list, guard_true for a words
// list) and then emits the list ops with ListWords in Aux for a words
// list: arraylen_gc reads len(l.words.p), getarrayitem_gc_r loads an
// 8-byte word, guard_arrayitem_kind compares it with an immediate's tag
// (an int or float item of a words list is 0 or 0.0: its n word is zero),
// setarrayitem_gc and list_append store an object's 8-byte word. A list in
// the other storage fails the guard; a bridge from it covers that storage.
//
// The guard is emitted at every access; the optimiser keeps one until a
// residual call (opt_fold.go forgets heap fields and guards on them
// there): only Go code changes a list's storage, never compiled code, so
// no compiled op between two accesses can invalidate it.
//
// Stores that do not fit. A store or append of an int, float or bool into
// a words list changes the list back in the runtime (setAt, pushSlow). The
// trace does not do that: the recording aborts on it ("exit before the
// store"), the interpreter runs the instruction and changes the list back
// once, and the next recording, or the bridge of the failed storage guard,
// sees a generic list. Compiled code never needs a call into Go for it,
// and a words trace stays free of the O(n) conversion: its stores are of
// objects only (refs; the value's type is guarded before the store), whose
// n word is zero by construction.
//
// GC invariants. The words are unsafe.Pointer: a store into them (an item
// assignment or an append) goes through the inline write barrier exactly
// as the p word of a generic item does, and a trace that stores a ref
// into a list item keeps its exits' refs in State.Refs (Trace.StoresRefs):
// the item it overwrote may be the last heap reference to an object the
// trace still holds. Reads keep refs the list holds, as for generic lists.

import (
	"github.com/kilnpy/kiln/vm/runtime"
)

// ListWords in the Aux of arraylen_gc, getarrayitem_gc_r,
// guard_arrayitem_kind, setarrayitem_gc and list_append says the list is
// in the words storage (guarded before).
const ListWords = 1 << 8

// listWordsDescr names the storage word in logs.
const listWordsDescr = "list.words"

// listStorage guards the storage of the list l (concrete lv) as the
// recording sees it and returns the Aux flag of the list ops that follow:
// ListWords for a words list, 0 for a generic one.
func (r *recorder) listStorage(l Ref, lv runtime.Value) int64 {
	words := runtime.JITListIsWords(lv)
	w := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{l}, Aux: int64(runtime.JITListWordsOffset), Descr: listWordsDescr})
	r.branch(r.emit(OpIntIsTrue, Bool, w), words)
	if words {
		return ListWords
	}
	return 0
}

// seqStorage is listStorage for a list, 0 (no guard) for a tuple.
func (r *recorder) seqStorage(seq Ref, sv runtime.Value) int64 {
	if sv.Type() != runtime.ListType {
		return 0
	}
	return r.listStorage(seq, sv)
}

// arrayLen emits the length of the list or tuple seq in storage aux.
func (r *recorder) arrayLen(seq Ref, aux int64) Ref {
	return r.t.Emit(Op{Code: OpArrayLen, Type: Int, Args: []Ref{seq}, Aux: aux})
}

// seqLen and seqAt read a list (in either storage, leaving it as it is) or
// a tuple at recording.
func seqLen(v runtime.Value) int {
	if v.Type() == runtime.ListType {
		return runtime.JITListLen(v)
	}
	return len(runtime.TupleItems(v))
}

func seqAt(v runtime.Value, i int) runtime.Value {
	if v.Type() == runtime.ListType {
		return runtime.JITListAt(v, i)
	}
	return runtime.TupleItems(v)[i]
}

// isList reports whether v is an exact list.
func isList(v runtime.Value) bool { return v.IsValid() && v.Type() == runtime.ListType }

// readWordsItem is readItem for a words list: an int or float item is 0
// or 0.0 (its n word is zero) once its tag is guarded, an object is its
// word guarded on its class.
func (r *recorder) readWordsItem(seq, idx Ref, v runtime.Value) (Ref, error) {
	switch kindOf(v) {
	case Int:
		r.t.Emit(Op{Code: OpGuardArrayItemKind, Args: []Ref{seq, idx}, Aux: ItemInt | ListWords, Snap: int32(r.snapshot())})
		return r.t.ConstInt(0), nil
	case Float:
		r.t.Emit(Op{Code: OpGuardArrayItemKind, Args: []Ref{seq, idx}, Aux: ItemFloat | ListWords, Snap: int32(r.snapshot())})
		return r.t.ConstFloat(0), nil
	case Ptr:
		x := r.t.Emit(Op{Code: OpGetArrayItemR, Type: Ptr, Args: []Ref{seq, idx}, Aux: ListWords})
		r.guard(OpGuardClass, x, r.classConst(v.Type()))
		return x, nil
	}
	return NoRef, abortf("unsupported", "item of type %s", v.Type().Name)
}

// wordsStoreFits reports whether a value of IR type typ may be stored
// into a list in storage aux by compiled code: a words list takes objects
// only (see "Stores that do not fit").
func wordsStoreFits(aux int64, typ Type) error {
	if aux&ListWords != 0 && typ != Ptr {
		return abortf("unsupported", "storing a %s in a words list", typ)
	}
	return nil
}
