package jit

// This file tests the ops on objects on the x86 backend against the
// reference executor: iterating lists and tuples and reading objects out
// of them (getfield_gc_r, getarrayitem_gc_r, guard_class on an item) and
// instance dict entries (getinteriorfield_gc_*, setinteriorfield_gc).

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// x86SeqIterLoop: for x in it: s += x[0] (x a list of ints, guarded), as
// the recorder emits it, with the iterator's list read through its fields.
func x86SeqIterLoop(id int, iterType *runtime.Type) *Trace {
	b := x86NewLoop(id, Int, Ptr)
	s, it := b.inputs[0], b.inputs[1]
	all := []Ref{s, it}
	class := func(typ *runtime.Type) Ref {
		return b.t.ConstObj(unsafe.Pointer(typ), typ, "ConstClass("+typ.Name+")")
	}
	b.guard(OpGuardClass, all, it, class(iterType))
	fn := b.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{it}, Aux: int64(runtime.JITSeqIterItemsOffset), Descr: "seqiter.items"})
	b.guard(OpGuardTrue, all, b.op(OpIntNe, fn, b.t.ConstInt(0)))
	i := b.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{it}, Aux: int64(runtime.JITSeqIterIndexOffset), Descr: "seqiter.i"})
	seq := b.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{it}, Aux: int64(runtime.JITSeqIterSeqOffset), Descr: "seqiter.seq"})
	b.guard(OpGuardTrue, all, b.op(OpIntLt, i, b.op(OpArrayLen, seq)))
	x := b.op(OpGetArrayItemR, seq, i)
	b.guard(OpGuardClass, append(all, x), x, class(runtime.ListType))
	b.guard(OpGuardTrue, append(all, x), b.op(OpIntGt, b.op(OpArrayLen, x), b.t.ConstInt(0)))
	b.t.Emit(Op{Code: OpGuardArrayItemKind, Args: []Ref{x, b.t.ConstInt(0)}, Aux: ItemInt, Snap: b.snap(append(all, x)...)})
	v := b.op(OpGetArrayItemI, x, b.t.ConstInt(0))
	b.t.Emit(Op{Code: OpSetFieldI, Args: []Ref{it, b.op(OpIntAdd, i, b.t.ConstInt(1))}, Aux: int64(runtime.JITSeqIterIndexOffset), Descr: "seqiter.i"})
	return b.jump(b.op(OpIntAdd, s, v), it)
}

// TestX86SeqIter runs the loop to each of its exits (the end of the list,
// an item of another class, an immediate item, an empty inner list) on a
// fresh iterator per backend and compares exits, live values (objects by
// position in the list) and how far the iterator got.
func TestX86SeqIter(t *testing.T) {
	one := func(n int64) runtime.Value { return runtime.NewList([]runtime.Value{runtime.Int(n)}) }
	cases := map[string]func() runtime.Value{
		"end":       func() runtime.Value { return runtime.NewList([]runtime.Value{one(1), one(2), one(3)}) },
		"immediate": func() runtime.Value { return runtime.NewList([]runtime.Value{one(1), runtime.Int(7), one(3)}) },
		"class":     func() runtime.Value { return runtime.NewList([]runtime.Value{one(1), runtime.NewTuple(nil)}) },
		"empty":     func() runtime.Value { return runtime.NewList([]runtime.Value{one(1), runtime.NewList(nil)}) },
		"float": func() runtime.Value {
			return runtime.NewList([]runtime.Value{one(1), runtime.NewList([]runtime.Value{runtime.Float(2)})})
		},
		"tuple": func() runtime.Value { return runtime.NewTuple([]runtime.Value{one(5), one(6)}) },
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			var got [2]string
			for k, be := range []Backend{IRExec{}, x86NativeForTest(t)} {
				seq := mk()
				it, err := runtime.Iter(nil, seq)
				if err != nil {
					t.Fatal(err)
				}
				opt := x86SeqIterLoop(90, it.Type())
				c, err := be.Compile(opt, nil)
				if err != nil {
					t.Fatalf("%s: %v", be.Name(), err)
				}
				o := x86RunCode(c, []uint64{0, uint64(uintptr(it.Pointer()))}, 8, nil, map[uint64]*Trace{90: opt})
				c.Free()
				_, idx, _ := runtime.JITSeqIterState(it)
				got[k] = fmt.Sprintf("%v; at %d; %s", o.exit, idx, x86NameObjects(o.live, seq, it))
			}
			t.Log(got[1])
			if got[0] != got[1] {
				t.Errorf("irexec: %s\nx86:    %s", got[0], got[1])
			}
		})
	}
}

// x86NameObjects replaces addresses of the iterator and of seq's items in
// live by their names, so that two runs on different objects compare.
func x86NameObjects(live []uint64, seq, it runtime.Value) string {
	var items []runtime.Value
	if seq.Type() == runtime.ListType {
		items = runtime.ListItems(seq)
	} else {
		items = runtime.TupleItems(seq)
	}
	out := ""
	for _, w := range live {
		name := fmt.Sprintf("%x", w)
		if w == uint64(uintptr(it.Pointer())) {
			name = "it"
		}
		for j, v := range items {
			if w == uint64(uintptr(v.Pointer())) && !v.IsSmallInt() && !v.IsFloat() {
				name = fmt.Sprintf("item%d", j)
			}
		}
		out += name + " "
	}
	return out
}

// x86AttrLoop: s += obj.<entry idx> while i < n, reading the instance dict
// of obj as the recorder does (class, dict not null, length, key, value
// tag, value), with the index of the entry a trace value when varIdx.
func x86AttrLoop(id int, cls *runtime.Type, key runtime.Value, idx int64, varIdx bool) *Trace {
	b := x86NewLoop(id, Int, Float, Ptr)
	i, s, obj := b.inputs[0], b.inputs[1], b.inputs[2]
	all := []Ref{i, s, obj}
	b.guard(OpGuardTrue, all, b.op(OpIntLt, i, b.t.ConstInt(50)))
	b.guard(OpGuardClass, all, obj, b.t.ConstObj(unsafe.Pointer(cls), cls, "ConstClass("+cls.Name+")"))
	d := b.t.Emit(Op{Code: OpGetFieldR, Type: Ptr, Args: []Ref{obj}, Aux: int64(runtime.JITObjectDictOffset)})
	b.guard(OpGuardTrue, all, b.op(OpIntNe, d, b.t.ConstInt(0)))
	n := b.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{d}, Aux: int64(runtime.JITDictEntriesOffset) + 8})
	k := b.t.ConstInt(idx)
	if varIdx {
		k = b.op(OpIntAnd, i, b.t.ConstInt(0)) // 0 at run time, unknown to the backend
		k = b.op(OpIntAdd, k, b.t.ConstInt(idx))
	}
	b.guard(OpGuardTrue, all, b.op(OpIntLt, k, n))
	kw := b.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{d, k}, Aux: entryField(runtime.JITDictEntryKeyOffset)})
	b.guard(OpGuardValue, all, kw, b.t.ConstObj(key.Pointer(), nil, "ConstPtr(key)"))
	p := b.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{d, k}, Aux: entryField(runtime.JITDictEntryValueOffset)})
	b.guard(OpGuardValue, all, p, b.t.ConstInt(int64(FloatTag)))
	v := b.t.Emit(Op{Code: OpGetInteriorF, Type: Float, Args: []Ref{d, k}, Aux: entryField(runtime.JITDictEntryValueOffset + 8)})
	r := b.t.Emit(Op{Code: OpGetInteriorR, Type: Ptr, Args: []Ref{d, k}, Aux: entryField(runtime.JITDictEntryKeyOffset)})
	b.guard(OpGuardClass, all, r, b.t.ConstObj(unsafe.Pointer(runtime.StrType), runtime.StrType, "ConstClass(str)"))
	return b.jump(b.op(OpIntAdd, i, b.t.ConstInt(1)), b.op(OpFloatAdd, s, v), obj)
}

// TestX86InstanceAttr compares the backends on attribute reads from an
// instance dict: found, a value of another kind, a key at another
// position, an index past the entries, an object without a dict.
func TestX86InstanceAttr(t *testing.T) {
	interp := runtime.NewInterpreter(runtime.Options{})
	g := runtime.NewDict()
	src := "class C:\n    pass\nc = C()\nc.a = 1.5\nc.b = 2\nc.c = 0.25\nc.__dict__\n" // the dict layout: split instances have their own test
	if _, err := runtime.ExecSource(interp.MainThread(), "attrs.py", []byte(src), "exec", g, nil); err != nil {
		t.Fatal(err)
	}
	obj, _ := g.GetStr("c")
	cls := obj.Type()
	d := runtime.JITInstanceDict(obj)
	keys, _ := runtime.JITDictEntries(d)
	bare := runtime.NewList(nil)
	for _, c := range []struct {
		name   string
		obj    runtime.Value
		idx    int64
		varIdx bool
	}{
		{"float", obj, 0, false}, {"float at a variable index", obj, 2, true},
		{"int", obj, 1, false}, {"past the end", obj, 5, true}, {"no dict", bare, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tr := x86AttrLoop(91, cls, keys[min(c.idx, 2)], c.idx, c.varIdx)
			if c.obj.Type() != cls {
				tr = x86AttrLoop(91, c.obj.Type(), keys[0], c.idx, c.varIdx)
			}
			t.Log(x86Diff(t, tr, []uint64{0, 0, uint64(uintptr(c.obj.Pointer()))}))
		})
	}
}

// TestX86SetInterior compares the backends on stores into an instance
// dict entry (c.a += 1.5 and c.b += 1 for 40 iterations, the entries at a
// constant and at a variable index) on a fresh object per backend.
func TestX86SetInterior(t *testing.T) {
	var finals [2]string
	for k, be := range []Backend{IRExec{}, x86NativeForTest(t)} {
		interp := runtime.NewInterpreter(runtime.Options{})
		g := runtime.NewDict()
		src := "class C:\n    pass\nc = C()\nc.a = 1.5\nc.b = 2\nc.__dict__\n" // the dict layout
		if _, err := runtime.ExecSource(interp.MainThread(), "attrs.py", []byte(src), "exec", g, nil); err != nil {
			t.Fatal(err)
		}
		obj, _ := g.GetStr("c")
		b := x86NewLoop(92, Int, Ptr)
		i, d := b.inputs[0], b.inputs[1]
		b.guard(OpGuardTrue, []Ref{i, d}, b.op(OpIntLt, i, b.t.ConstInt(40)))
		va := b.t.Emit(Op{Code: OpGetInteriorF, Type: Float, Args: []Ref{d, b.t.ConstInt(0)}, Aux: entryField(runtime.JITDictEntryValueOffset + 8)})
		b.t.Emit(Op{Code: OpSetInterior, Args: []Ref{d, b.t.ConstInt(0), b.op(OpFloatAdd, va, b.t.ConstFloat(1.5))}, Aux: entryField(runtime.JITDictEntryValueOffset + 8)})
		one := b.op(OpIntAdd, b.op(OpIntAnd, i, b.t.ConstInt(0)), b.t.ConstInt(1)) // 1, not a constant
		vb := b.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{d, one}, Aux: entryField(runtime.JITDictEntryValueOffset + 8)})
		b.t.Emit(Op{Code: OpSetInterior, Args: []Ref{d, one, b.op(OpIntAdd, vb, b.t.ConstInt(1))}, Aux: entryField(runtime.JITDictEntryValueOffset + 8)})
		b.t.Emit(Op{Code: OpSetInterior, Args: []Ref{d, b.t.ConstInt(1), b.t.ConstInt(7)}, Aux: entryField(runtime.JITDictEntryValueOffset + 8)})
		b.t.Emit(Op{Code: OpSetInterior, Args: []Ref{d, one, b.op(OpIntAdd, vb, b.t.ConstInt(1))}, Aux: entryField(runtime.JITDictEntryValueOffset + 8)})
		tr := b.jump(b.op(OpIntAdd, i, b.t.ConstInt(1)), d)
		c, err := be.Compile(tr, nil)
		if err != nil {
			t.Fatal(err)
		}
		dict := runtime.JITInstanceDict(obj)
		o := x86RunCode(c, []uint64{0, uint64(uintptr(unsafe.Pointer(dict)))}, 4, nil, map[uint64]*Trace{92: tr})
		_, vals := runtime.JITDictEntries(dict)
		finals[k] = fmt.Sprintf("%v %v %v", o.exit, vals[0].AsFloat(), vals[1].SmallInt())
	}
	if finals[0] != finals[1] || finals[0] != "guard 61.5 42" {
		t.Errorf("irexec %s, x86 %s, want guard 61.5 42", finals[0], finals[1])
	}
}
