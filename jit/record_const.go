package jit

// This file defines the recording of x ** y beyond sqrt (record_obj.go's
// sqrtPow): a power of two constants is folded to its value (10**7 in a
// loop body), and an int or float raised to a small constant int power is
// unrolled into multiplications (int ones with overflow guards, so a
// result too big for an int leaves for the interpreter). A left shift of
// two constants (`1 << 60`) is folded the same way, and one by a count
// guarded constant is an overflow-checked multiplication.

import (
	"github.com/kilnpy/kiln/vm/runtime"
)

// maxUnrolledPow is the largest constant exponent unrolled into
// multiplications.
const maxUnrolledPow = 4

// recordPow records R[a] = R[b] ** R[c] when it is a power of constants
// or a small constant power; handled reports false to leave it to
// sqrtPow.
func (r *recorder) recordPow(fr *recFrame, a, b, c int) (handled bool, err error) {
	x, xv, y, yv, err := r.getPair(fr, b, c)
	if err != nil {
		return true, err
	}
	tx, ty := r.t.TypeOf(x), r.t.TypeOf(y)
	if tx != Int && tx != Float || ty != Int || !y.IsConst() {
		return false, nil
	}
	v, perr := runtime.Binary(r.th, runtime.OpPow, xv, yv)
	if perr != nil {
		return true, abortf("unsupported", "** raises")
	}
	if x.IsConst() {
		if !v.IsSmallInt() && !v.IsFloat() {
			return true, abortf("unsupported", "** gives %s", v.Type().Name)
		}
		r.set(fr, a, r.constOf(v), v)
		return true, nil
	}
	n := yv.SmallInt()
	if n < 1 || n > maxUnrolledPow || tx == Int && !v.IsSmallInt() {
		return false, nil
	}
	res := x
	for k := int64(1); k < n; k++ {
		if tx == Float {
			res = r.emit(OpFloatMul, Float, res, x)
			continue
		}
		res = r.emit(OpIntMulOvf, Int, res, x)
		r.guard(OpGuardNoOverflow)
	}
	r.set(fr, a, res, v)
	return true, nil
}

// recordJumpNone records JNONE on an object: a constant decides it at
// once; otherwise a guard on the value's identity (None) or on its exact
// class (which is not NoneType) proves the branch. It reports whether
// the jump is taken: jumpIfNone says which way JNONE jumps.
func (r *recorder) recordJumpNone(x Ref, xv runtime.Value, jumpIfNone bool) bool {
	isNone := xv.Type() == runtime.NoneType
	if !x.IsConst() {
		if isNone {
			r.guard(OpGuardValue, x, r.constOf(xv))
		} else {
			r.guard(OpGuardClass, x, r.classConst(xv.Type()))
		}
	}
	return isNone == jumpIfNone
}

// loadNameImmediate records LOADNAME in module code of a bool or None
// (readEntryImmediate); idx is the name's entry in the globals.
func (r *recorder) loadNameImmediate(fr *recFrame, a int, name string, idx int, v runtime.Value) error {
	if !v.IsBool() && v.Type() != runtime.NoneType {
		return abortf("unsupported", "LOADNAME %s of %s", name, v.Type().Name)
	}
	r.set(fr, a, r.readEntryImmediate(r.nameGuardKeys(fr), idx, v), v)
	return nil
}

// guardEntryNone guards that entry idx of the dict d holds None (v).
func (r *recorder) guardEntryNone(d Ref, idx int, v runtime.Value) {
	p := r.t.Emit(Op{Code: OpGetInteriorI, Type: Int, Args: []Ref{d, r.t.ConstInt(int64(idx))}, Aux: entryField(runtime.JITDictEntryValueOffset), Descr: "dict.entry.value.p"})
	r.guard(OpGuardValue, p, r.constOf(v))
}

// storeNameImmediate records STORENAME in module code of a bool over a
// bool (the n word, as ints) or of None over None (a guard that the entry
// still holds None: the store changes nothing). handled is false for
// other stores.
func (r *recorder) storeNameImmediate(fr *recFrame, val Ref, vv, old runtime.Value, idx int) bool {
	switch {
	case vv.IsBool() && old.IsBool():
		r.storeEntryScalar(r.nameGuardKeys(fr), idx, val)
	case vv.Type() == runtime.NoneType && old.Type() == runtime.NoneType:
		r.guardEntryNone(r.nameGuardKeys(fr), idx, old)
	default:
		return false
	}
	return true
}

// recordIs records R[a] = R[b] is R[c] (negated for "is not") as the
// interpreter's Is: values of different IR kinds are never identical;
// two ints or two bools are when their words are equal (int_eq); an
// object compared with a constant is after a guard on its identity, and
// is not after a guard on its class when that differs from the
// constant's. Floats and two unknown objects abort.
func (r *recorder) recordIs(fr *recFrame, a, b, c int, negate bool) error {
	x, xv, y, yv, err := r.getPair(fr, b, c)
	if err != nil {
		return err
	}
	same := runtime.Is(xv, yv)
	result := runtime.Bool(same != negate)
	tx, ty := r.t.TypeOf(x), r.t.TypeOf(y)
	switch {
	case x.IsConst() && y.IsConst() || tx != ty:
		r.set(fr, a, r.t.ConstBool(same != negate), result)
	case tx == Int || tx == Bool:
		code := OpIntEq
		if negate {
			code = OpIntNe
		}
		r.set(fr, a, r.emit(code, Bool, x, y), result)
	case tx == Ptr && (x.IsConst() || y.IsConst()):
		if x.IsConst() {
			x, xv, y, yv = y, yv, x, xv
		}
		switch {
		case same:
			r.guard(OpGuardValue, x, y)
		case xv.Type() != yv.Type():
			r.guard(OpGuardClass, x, r.classConst(xv.Type()))
		default:
			return abortf("unsupported", "is between two %s objects", xv.Type().Name)
		}
		r.set(fr, a, r.t.ConstBool(same != negate), result)
	default:
		return abortf("unsupported", "is between %s and %s", xv.Type().Name, yv.Type().Name)
	}
	return nil
}

// recordShift records R[a] = R[b] << R[c] for ints: of two constants,
// the value as a constant; by a count 0 to 62 (guarded constant), a
// multiplication by 1<<count with an overflow guard (a result too big for
// an int leaves for the interpreter). Other shifts abort.
func (r *recorder) recordShift(fr *recFrame, a, b, c int) error {
	x, xv, y, yv, err := r.getPair(fr, b, c)
	if err != nil {
		return err
	}
	if r.t.TypeOf(x) != Int || r.t.TypeOf(y) != Int {
		return abortf("unsupported", "<< of %s and %s", xv.Type().Name, yv.Type().Name)
	}
	v, serr := runtime.Binary(r.th, runtime.OpLShift, xv, yv)
	if serr != nil || !v.IsSmallInt() {
		return abortf("unsupported", "<< gives no int")
	}
	if x.IsConst() {
		r.set(fr, a, r.constOf(v), v)
		return nil
	}
	n := yv.SmallInt()
	if n < 0 || n > 62 {
		return abortf("unsupported", "<< by %d", n)
	}
	if !y.IsConst() { // a count that varies leaves for the interpreter
		r.guard(OpGuardValue, y, r.t.ConstInt(n))
	}
	ref := r.emit(OpIntMulOvf, Int, x, r.t.ConstInt(int64(1)<<n))
	r.guard(OpGuardNoOverflow)
	r.set(fr, a, ref, v)
	return nil
}
