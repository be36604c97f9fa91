package jit

// This file defines how the IR interpreter (irexec.go) runs the list ops
// in either storage (record_list_words.go): the generic ops read l.items
// (a tuple's items alike), the ops with ListWords in Aux the words. An op
// of one storage meeting a list of the other is a bug of the recorder (a
// missing storage guard): the interpreter panics rather than change the
// list back as ListItems would.

import (
	"fmt"
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// execCheckStorage panics unless the list or tuple at p is in the
// storage op's Aux says.
func execCheckStorage(op *Op, p unsafe.Pointer) runtime.Value {
	v := runtime.ValueFromRef(p)
	words := v.Type() == runtime.ListType && runtime.JITListIsWords(v)
	if words != (op.Aux&ListWords != 0) {
		panic(fmt.Sprintf("irexec: %s (aux %#x) on a list whose words storage is %v", op.Code.Name(), op.Aux, words))
	}
	return v
}

// execItems returns the items of a generic list or a tuple.
func execItems(op *Op, p unsafe.Pointer) []runtime.Value {
	return runtime.ListItems(execCheckStorage(op, p))
}

// execLen is arraylen_gc.
func execLen(op *Op, p unsafe.Pointer) int {
	v := execCheckStorage(op, p)
	if op.Aux&ListWords != 0 {
		return runtime.JITListLen(v)
	}
	return len(runtime.ListItems(v))
}

// execItem returns item i as a Value (a word as its p).
func execItem(op *Op, p unsafe.Pointer, i int64) runtime.Value {
	v := execCheckStorage(op, p)
	if op.Aux&ListWords != 0 {
		return runtime.JITListAt(v, int(i))
	}
	return runtime.ListItems(v)[i]
}

// execSetItem is setarrayitem_gc: an object stored as its p word (n zero),
// an int, float or bool boxed.
func execSetItem(t *Trace, op *Op, ap func(int) unsafe.Pointer, a func(int) uint64, i int64) {
	v := execCheckStorage(op, ap(0))
	var x runtime.Value
	if typ := t.TypeOf(op.Args[2]); typ == Ptr {
		x = runtime.ValueFromRef(ap(2))
	} else {
		x = runtime.ValueFromBits(typ.kindByte(), a(2))
	}
	if op.Aux&ListWords != 0 {
		runtime.JITListSetAt(v, int(i), x)
		return
	}
	runtime.ListItems(v)[i] = x
}
