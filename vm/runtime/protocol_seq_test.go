package runtime

import (
	"math"
	"testing"
)

// TestSequenceFallback checks the errors of + and * between a builtin
// sequence and an instance of a Python class that has no reflected method:
// CPython reports them in the sequence's words, once every number method
// has declined.
func TestSequenceFallback(t *testing.T) {
	th := newTestThread()
	n := mustCall(t, th, ValueOf(makeClass(t, th, "N", nil, nil)))
	for _, c := range []struct {
		op      BinaryOp
		a, b    Value
		inplace bool
		want    string
	}{
		{OpAdd, NewStr("x"), n, false, `TypeError: can only concatenate str (not "N") to str`},
		{OpAdd, NewList(nil), n, false, `TypeError: can only concatenate list (not "N") to list`},
		{OpAdd, NewBytes([]byte("a")), n, false, "TypeError: can't concat N to bytes"},
		{OpMul, NewStr("x"), n, false, "TypeError: can't multiply sequence by non-int of type 'N'"},
		{OpMul, n, NewStr("x"), false, "TypeError: can't multiply sequence by non-int of type 'N'"},
		{OpMul, NewStr("x"), n, true, "TypeError: can't multiply sequence by non-int of type 'N'"},
		{OpAdd, n, NewStr("x"), false, "TypeError: unsupported operand type(s) for +: 'N' and 'str'"},
	} {
		var err error
		if c.inplace {
			_, err = Inplace(th, c.op, c.a, c.b)
		} else {
			_, err = Binary(th, c.op, c.a, c.b)
		}
		wantErr(t, err, c.want)
	}
}

// TestInplaceSequenceDefersToReflected checks that list += x calls
// x.__radd__ before extending, as CPython's sq_inplace_concat comes after
// the number methods of both operands.
func TestInplaceSequenceDefersToReflected(t *testing.T) {
	th := newTestThread()
	r := makeClass(t, th, "R", nil, map[string]Value{
		"__radd__": pyFunc("__radd__", func(th *Thread, args []Value, kw []string) (Value, error) {
			return NewStr("radd"), nil
		}),
	})
	got, err := Inplace(th, OpAdd, NewList([]Value{Int(1)}), mustCall(t, th, ValueOf(r)))
	if err != nil || got.Type() != StrType || StrValue(got) != "radd" {
		t.Errorf("[1] += R() = %v, %v; want 'radd'", got, err)
	}
}

// TestEqualIdentityShortcut checks that containers treat an object as
// equal to itself, even a NaN, as CPython's PyObject_RichCompareBool does.
func TestEqualIdentityShortcut(t *testing.T) {
	th := newTestThread()
	nan := Float(math.NaN())
	if eq, err := Equal(th, nan, nan); err != nil || !eq {
		t.Errorf("Equal(nan, nan) = %v, %v", eq, err)
	}
	if ok, err := Contains(th, NewList([]Value{nan}), nan); err != nil || !ok {
		t.Errorf("nan in [nan] = %v, %v", ok, err)
	}
	r, err := Compare(th, CmpEQ, nan, nan)
	if err != nil || !Is(r, False) {
		t.Errorf("nan == nan = %v, %v; want False", r, err)
	}
}

// TestDelItemWording checks CPython 3.12's two messages for del x[k] on an
// object that does not support it.
func TestDelItemWording(t *testing.T) {
	th := newTestThread()
	tup := NewTuple([]Value{Int(1)})
	wantErr(t, DelItem(th, tup, Int(0)), "TypeError: 'tuple' object doesn't support item deletion")
	wantErr(t, DelItem(th, tup, NewStr("a")), "TypeError: 'tuple' object does not support item deletion")
	wantErr(t, DelItem(th, Int(1), Int(0)), "TypeError: 'int' object does not support item deletion")
	c := mustCall(t, th, ValueOf(makeClass(t, th, "C", nil, nil)))
	wantErr(t, DelItem(th, c, Int(0)), "TypeError: 'C' object doesn't support item deletion")
}
