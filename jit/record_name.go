package jit

// This file records LOADNAME and STORENAME in module code, whose names
// live in the module's globals dict (the frame has no locals mapping, or
// it is that dict). A trace guards once that the dict's key set is
// unchanged (Dict.version: no key added or removed, so every name stays at
// the entry index where the recording found it), then reads a name from
// its entry: an int or a float after a guard on the entry's kind, another
// object as a constant after a guard on its identity. STORENAME of an int
// or a float over a value of the same kind writes the entry's n word and
// advances the dict's write counter, as an instance attribute store does
// (record_obj.go). The key-set guard, not the write counter, protects the
// reads, because the loop's own stores advance the write counter on every
// iteration. Anything else (a new name, a change of kind, a class body's
// locals) aborts the recording.

import (
	"unsafe"

	"github.com/kilnpy/kiln/vm/runtime"
)

// nameModuleFrame reports whether f's names are its globals: module code.
func nameModuleFrame(f *runtime.Frame) bool {
	p := f.Locals.Pointer()
	return p == nil || p == unsafe.Pointer(f.Globals)
}

// nameGuardKeys guards, once per trace, that the globals dict of fr has
// the key set it had when recording started: nothing in a trace adds or
// removes keys, so one guard covers every later entry read.
func (r *recorder) nameGuardKeys(fr *recFrame) Ref {
	d := r.t.ConstObj(ptrOf(fr.globals), fr.globals, "ConstPtr(globals)")
	if !r.nameKeysGuarded {
		v := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{d}, Aux: int64(runtime.JITDictVersionOffset), Descr: "dict.version"})
		r.guard(OpGuardValue, v, r.t.ConstInt(int64(runtime.JITDictKeyVersion(fr.globals))))
		r.nameKeysGuarded = true
	}
	return d
}

// nameEntry returns the index of the live entry of name in d, or -1.
func nameEntry(d *runtime.Dict, name string) (int, runtime.Value) {
	keys, values := runtime.JITDictEntries(d)
	for i, k := range keys {
		if s, ok := runtime.JITStrValue(k); ok && s == name && values[i].IsValid() {
			return i, values[i]
		}
	}
	return -1, runtime.Value{}
}

// loadName records R[a] = name in module code.
func (r *recorder) loadName(fr *recFrame, a int, name string) error {
	if !fr.moduleNames {
		return abortf("unsupported", "LOADNAME outside module code")
	}
	idx, v := nameEntry(fr.globals, name)
	if idx < 0 {
		r.nameGuardKeys(fr)
		return r.loadBuiltinName(fr, a, name)
	}
	kind := kindOf(v)
	if kind == Bool || (kind == Ptr && v.IsImmediate()) {
		return r.loadNameImmediate(fr, a, name, idx, v)
	}
	d := r.nameGuardKeys(fr)
	if kind == Ptr {
		p := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{d, r.t.ConstInt(int64(idx))}, Aux: entryField(runtime.JITDictEntryValueOffset), Descr: "dict.entry.value.p"})
		r.guard(OpGuardValue, p, r.constOf(v))
		r.set(fr, a, r.constOf(v), v)
		return nil
	}
	r.set(fr, a, r.readEntryScalar(d, idx, kind), v)
	return nil
}

// loadBuiltinName records a name that the globals lack (their key set is
// guarded already): a builtin, constant while the builtins dict is
// unchanged.
func (r *recorder) loadBuiltinName(fr *recFrame, a int, name string) error {
	v, ok := fr.builtins.GetStr(name)
	if !ok {
		return abortf("unsupported", "name %s is not defined", name)
	}
	r.guardDict(fr.builtins)
	r.set(fr, a, r.constOf(v), v)
	return nil
}

// storeName records name = R[a] in module code for an int or a float
// replacing a value of the same kind.
func (r *recorder) storeName(fr *recFrame, a int, name string) error {
	if !fr.moduleNames {
		return abortf("unsupported", "STORENAME outside module code")
	}
	val, vv, err := r.get(fr, a)
	if err != nil {
		return err
	}
	kind := r.t.TypeOf(val)
	idx, old := nameEntry(fr.globals, name)
	if idx >= 0 && r.storeNameImmediate(fr, val, vv, old, idx) {
		fr.globals.SetStr(name, vv)
		return nil
	}
	if (kind != Int && kind != Float) || idx < 0 || kindOf(old) != kind {
		return abortf("unsupported", "STORENAME %s: new name or changing kind", name)
	}
	r.storeEntryScalar(r.nameGuardKeys(fr), idx, val)
	fr.globals.SetStr(name, vv)
	return nil
}
