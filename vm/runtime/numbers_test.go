package runtime

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"
)

// The tests of int, float, complex, str, bytes, slice and format: each line
// of testdata/numbers_cpython.txt is a Python expression and the result
// CPython 3.12 gives it (testdata/gen_numbers_cpython.py regenerates it).

// Dict and list lookup by key and the reprs of containers belong to
// another part of the runtime; where they are missing in this worktree,
// minimal versions stand in. Test files initialise after the package's own
// files, so these only fill slots nobody else set.
func init() {
	if DictType.GetItem == nil {
		DictType.GetItem = func(th *Thread, v, key Value) (Value, error) {
			r, ok, err := as[Dict](v).Get(th, key)
			if err == nil && !ok {
				return Value{}, NewException(KeyError, key)
			}
			return r, err
		}
	}
	if ListType.GetItem == nil {
		ListType.GetItem = func(th *Thread, v, key Value) (Value, error) {
			items := ListItems(v)
			i, err := numSeqIndex(th, key, len(items), "list index out of range")
			if err != nil {
				return Value{}, err
			}
			return items[i], nil
		}
	}
	for _, t := range []*Type{ListType, TupleType, DictType} {
		if t.Repr == nil {
			t.Repr = func(th *Thread, v Value) (Value, error) {
				s, err := testRepr(th, v)
				return NewStr(s), err
			}
		}
	}
}

// numTestThread returns the main thread of a fresh interpreter.
func numTestThread() *Thread {
	return NewInterpreter(Options{}).MainThread()
}

func TestAgainstCPython(t *testing.T) {
	th := numTestThread()
	f, err := os.Open("testdata/numbers_cpython.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, failed := 0, 0
	for sc.Scan() {
		expr, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		n++
		got, err := evalPy(th, expr)
		if err != nil {
			t.Errorf("%s: evaluator: %v", expr, err)
			failed++
			continue
		}
		if got != want {
			t.Errorf("%s\n   got %s\n  want %s", expr, got, want)
			failed++
		}
	}
	t.Logf("%d expressions, %d failed", n, failed)
}

// TestFloatReprRoundTrip checks FloatRepr on values where the shortest
// representation is tricky, against the property that it round-trips and
// that CPython's notation thresholds hold.
func TestFloatReprRoundTrip(t *testing.T) {
	cases := map[float64]string{
		1e16: "1e+16", 1e-5: "1e-05", 1e-4: "0.0001", 123456789012345678: "1.2345678901234568e+17",
		0.1: "0.1", 5e-324: "5e-324", math.MaxFloat64: "1.7976931348623157e+308",
		9999999999999998: "9999999999999998.0", 0.30000000000000004: "0.30000000000000004",
	}
	for f, want := range cases {
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%v) = %s, want %s", f, got, want)
		}
	}
	for _, f := range []float64{1.1, 2.2e-300, 3.3e300, 1 / 3.0, math.Pi, math.SmallestNonzeroFloat64 * 3} {
		if g, ok := ParseFloat(FloatRepr(f)); !ok || g != f {
			t.Errorf("FloatRepr(%v) = %s does not round-trip", f, FloatRepr(f))
		}
	}
}

// TestSubclassInstances checks that the slots accept instances of int,
// float and str subclasses (heap objects with the base's layout).
func TestSubclassInstances(t *testing.T) {
	th := numTestThread()
	sub := func(name string, base *Type) *Type {
		s := &Type{Name: name, Qualname: name, Module: "__main__", Base: base, Bases: []*Type{base}, Layout: base.Layout, Flags: FlagHeapType | FlagBaseType | FlagHasDict}
		s.Object = Object{typ: TypeType, dict: NewDict()}
		s.MRO = append([]*Type{s}, base.MRO...)
		s.inheritSlots(base)
		return s
	}
	myInt, myFloat, myStr := sub("MyInt", IntType), sub("MyFloat", FloatType), sub("MyStr", StrType)
	i, err := Call(th, ValueOf(myInt), []Value{NewStr("42")}, nil)
	if err != nil || i.Type() != myInt {
		t.Fatalf("MyInt('42') = %v, %v", i, err)
	}
	r, err := Binary(th, OpAdd, i, Int(1))
	if err != nil || r != Int(43) {
		t.Errorf("MyInt(42) + 1 = %v, %v", r, err)
	}
	if h, _ := Hash(th, i); h != 42 {
		t.Errorf("hash(MyInt(42)) = %d", h)
	}
	fv, err := Call(th, ValueOf(myFloat), []Value{Float(2.5)}, nil)
	if err != nil || fv.Type() != myFloat {
		t.Fatalf("MyFloat(2.5) = %v, %v", fv, err)
	}
	if r, err := Binary(th, OpMul, fv, i); err != nil || r != Float(105) {
		t.Errorf("MyFloat(2.5) * MyInt(42) = %v, %v", r, err)
	}
	if s, _ := Repr(th, fv); s != "2.5" {
		t.Errorf("repr(MyFloat(2.5)) = %s", s)
	}
	sv, err := Call(th, ValueOf(myStr), []Value{Int(7)}, nil)
	if err != nil || sv.Type() != myStr || StrValue(sv) != "7" {
		t.Fatalf("MyStr(7) = %v, %v", sv, err)
	}
	if r, err := Binary(th, OpAdd, sv, NewStr("x")); err != nil || StrValue(r) != "7x" || r.Type() != StrType {
		t.Errorf("MyStr('7') + 'x' = %v, %v", r, err)
	}
	if eq, err := Equal(th, sv, NewStr("7")); err != nil || !eq {
		t.Errorf("MyStr('7') == '7': %v, %v", eq, err)
	}
	if s, err := Format(th, i, "05d"); err != nil || s != "00042" {
		t.Errorf("format(MyInt(42), '05d') = %q, %v", s, err)
	}
}

// TestGoHelpers covers the exported helpers other parts of the runtime
// call directly.
func TestGoHelpers(t *testing.T) {
	th := numTestThread()
	if v, err := IntFromString(" 0x_ff ", 0); err != nil || v != Int(255) {
		t.Errorf("IntFromString = %v, %v", v, err)
	}
	if f, ok := NumberToFloat(th, True); !ok || f != 1 {
		t.Errorf("NumberToFloat(True) = %v, %v", f, ok)
	}
	if _, ok := NumberToFloat(th, NewStr("1")); ok {
		t.Errorf("NumberToFloat('1') should fail")
	}
	big, _ := IntFromString("1"+strings.Repeat("0", 400), 10)
	if _, ok := NumberToFloat(th, big); ok {
		t.Errorf("NumberToFloat(10**400) should fail")
	}
	if s, err := Format(th, NewStr("x"), ">3"); err != nil || s != "  x" {
		t.Errorf("Format = %q, %v", s, err)
	}
	obj, _ := ObjectType.New(th, ObjectType, nil, nil)
	if _, err := Format(th, obj, "x"); err == nil || !strings.Contains(err.Error(), "unsupported format string passed to object.__format__") {
		t.Errorf("Format(object(), 'x') = %v", err)
	}
	sl := as[Slice](NewSlice(Int(-1), None, Int(-2)))
	if start, stop, step, n, err := sl.Indices(th, 10); err != nil || start != 9 || stop != -1 || step != -2 || n != 5 {
		t.Errorf("slice(-1, None, -2).Indices(10) = %d %d %d %d %v", start, stop, step, n, err)
	}
}

// TestByteArrayMutation covers the statements bytearray supports (item and
// slice assignment, deletion, +=, *= and the mutating methods), which the
// expression table cannot express.
func TestByteArrayMutation(t *testing.T) {
	th := numTestThread()
	ba, err := Call(th, ValueOf(ByteArrayType), []Value{NewBytes([]byte("hello"))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	check := func(step, want string) {
		t.Helper()
		if got := bytesRepr(ba); got != want {
			t.Fatalf("after %s: %s, want %s", step, got, want)
		}
	}
	mustNil := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	mustNil(SetItem(th, ba, Int(0), Int('j')))
	check("ba[0] = ord('j')", "bytearray(b'jello')")
	mustNil(SetItem(th, ba, NewSlice(Int(1), Int(3), None), NewBytes([]byte("EEE"))))
	check("ba[1:3] = b'EEE'", "bytearray(b'jEEElo')")
	mustNil(DelItem(th, ba, Int(-1)))
	check("del ba[-1]", "bytearray(b'jEEEl')")
	mustNil(DelItem(th, ba, NewSlice(None, None, Int(2))))
	check("del ba[::2]", "bytearray(b'EE')")
	mustNil(SetItem(th, ba, NewSlice(None, None, Int(-1)), NewBytes([]byte("ab"))))
	check("ba[::-1] = b'ab'", "bytearray(b'ba')")
	if err := SetItem(th, ba, NewSlice(None, None, Int(2)), NewBytes([]byte("xyz"))); err == nil || err.Error() != "ValueError: attempt to assign bytes of size 3 to extended slice of size 1" {
		t.Errorf("extended slice size mismatch: %v", err)
	}
	if err := SetItem(th, ba, Int(0), Int(256)); err == nil || err.Error() != "ValueError: byte must be in range(0, 256)" {
		t.Errorf("ba[0] = 256: %v", err)
	}
	r, err := Inplace(th, OpAdd, ba, NewBytes([]byte("cd")))
	mustNil(err)
	if !Is(r, ba) {
		t.Errorf("+= returned a new object")
	}
	check("ba += b'cd'", "bytearray(b'bacd')")
	_, err = Inplace(th, OpMul, ba, Int(2))
	mustNil(err)
	check("ba *= 2", "bytearray(b'bacdbacd')")
	for _, step := range []struct {
		method string
		args   []Value
		want   string
	}{
		{"append", []Value{Int('!')}, "bytearray(b'bacdbacd!')"},
		{"insert", []Value{Int(0), Int('>')}, "bytearray(b'>bacdbacd!')"},
		{"insert", []Value{Int(-100), Int('<')}, "bytearray(b'<>bacdbacd!')"},
		{"remove", []Value{Int('a')}, "bytearray(b'<>bcdbacd!')"},
		{"pop", nil, "bytearray(b'<>bcdbacd')"},
		{"pop", []Value{Int(0)}, "bytearray(b'>bcdbacd')"},
		{"extend", []Value{NewList([]Value{Int('x'), Int('y')})}, "bytearray(b'>bcdbacdxy')"},
		{"reverse", nil, "bytearray(b'yxdcabdcb>')"},
		{"clear", nil, "bytearray(b'')"},
	} {
		if _, err := CallMethod(th, ba, step.method, step.args...); err != nil {
			t.Fatalf("%s: %v", step.method, err)
		}
		check(step.method, step.want)
	}
	if _, err := CallMethod(th, ba, "pop"); err == nil || err.Error() != "IndexError: pop from empty bytearray" {
		t.Errorf("pop from empty: %v", err)
	}
	if _, err := CallMethod(th, ba, "remove", Int(1)); err == nil || err.Error() != "ValueError: value not found in bytearray" {
		t.Errorf("remove missing: %v", err)
	}
}

// TestStrIterator checks iteration by code point and the iterator types.
func TestStrIterator(t *testing.T) {
	th := numTestThread()
	for _, c := range []struct{ s, typ string }{{"abc", "str_ascii_iterator"}, {"héé😀", "str_iterator"}} {
		it, err := Iter(th, NewStr(c.s))
		if err != nil {
			t.Fatal(err)
		}
		if TypeName(it) != c.typ {
			t.Errorf("iter(%q) is a %s, want %s", c.s, TypeName(it), c.typ)
		}
		var got []string
		for {
			v, ok, err := Next(th, it)
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				break
			}
			got = append(got, StrValue(v))
		}
		if strings.Join(got, "|") != strings.Join(strings.Split(c.s, ""), "|") {
			t.Errorf("iter(%q) gave %q", c.s, got)
		}
	}
}

// Imaginary literals must compile to complex constants, not floats.
func TestImaginaryConstIsComplex(t *testing.T) {
	v := constToValue(complex(0, 3))
	if v.Type() != ComplexType || ComplexValue(v) != complex(0, 3) {
		t.Fatalf("constToValue(3j) = %v of type %s, want complex 3j", v, v.Type().Name)
	}
}

// Repeating a str or bytes by an instance of a Python class that does not
// take part fails with CPython's sequence error on either side.
func TestSequenceRepeatByClassInstance(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	v := ValueOf(&Object{typ: ctSubclass("V", ObjectType)})
	const want = "TypeError: can't multiply sequence by non-int of type 'V'"
	for _, seq := range []Value{NewStr("x"), NewBytes([]byte("x"))} {
		for _, args := range [][2]Value{{seq, v}, {v, seq}} {
			_, err := Binary(th, OpMul, args[0], args[1])
			if err == nil || err.Error() != want {
				t.Errorf("%v * %v: err = %v, want %s", TypeName(args[0]), TypeName(args[1]), err, want)
			}
		}
	}
}
