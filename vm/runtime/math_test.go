package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// mathDecode turns the encoding of math_cases_test.go (a kind letter and
// a payload) into a value.
func mathDecode(t *testing.T, s string) Value {
	t.Helper()
	payload := s[1:]
	switch s[0] {
	case 'I':
		b, ok := new(big.Int).SetString(payload, 10)
		if !ok {
			t.Fatalf("bad int %q", s)
		}
		return MakeInt(b)
	case 'B':
		return Bool(payload == "1")
	case 'F':
		f, err := strconv.ParseFloat(payload, 64)
		if err != nil {
			t.Fatalf("bad float %q", s)
		}
		return Float(f)
	case 'S':
		return NewStr(payload)
	case 'T', 'L':
		var items []Value
		if payload != "" {
			for _, p := range strings.Split(payload, ";") {
				items = append(items, mathDecode(t, p))
			}
		}
		if s[0] == 'T' {
			return NewTuple(items)
		}
		return NewList(items)
	}
	t.Fatalf("bad encoding %q", s)
	return Value{}
}

// mathSame compares a result with the expected value exactly (floats bit
// for bit, NaN equal to NaN).
func mathSame(got, want Value) bool {
	switch {
	case want.IsFloat():
		if !got.IsFloat() {
			return false
		}
		g, w := got.AsFloat(), want.AsFloat()
		return math.Float64bits(g) == math.Float64bits(w) || (math.IsNaN(g) && math.IsNaN(w))
	case want.IsBool():
		return got.IsBool() && got.n == want.n
	case want.IsSmallInt() || want.Type().Layout == LayoutInt:
		return (got.IsSmallInt() || (got.Type().Layout == LayoutInt && !got.IsBool())) && BigIntValue(got).Cmp(BigIntValue(want)) == 0
	case want.Type().Layout == LayoutTuple:
		if got.Type().Layout != LayoutTuple || len(TupleItems(got)) != len(TupleItems(want)) {
			return false
		}
		for i, w := range TupleItems(want) {
			if !mathSame(TupleItems(got)[i], w) {
				return false
			}
		}
		return true
	}
	return false
}

func TestMathAgainstCPython(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	m, err := ImportModule(th, "math")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range mathCases {
		args := make([]Value, len(c.args))
		for i, a := range c.args {
			args[i] = mathDecode(t, a)
		}
		got, err := Call(th, attr(t, th, m, c.fn), args, nil)
		if strings.HasPrefix(c.want, "E") {
			if err == nil {
				t.Errorf("%s%v = %v, want %s", c.fn, c.args, got, c.want[1:])
			} else if err.Error() != c.want[1:] {
				t.Errorf("%s%v raised %v, want %s", c.fn, c.args, err, c.want[1:])
			}
			continue
		}
		if err != nil {
			t.Errorf("%s%v raised %v, want %s", c.fn, c.args, err, c.want)
			continue
		}
		want := mathDecode(t, c.want)
		if !mathSame(got, want) {
			t.Errorf("%s%v = %v, want %s", c.fn, c.args, got, c.want)
		}
	}
	if !attr(t, th, m, "tau").IsFloat() || attr(t, th, m, "pi").AsFloat() != math.Pi {
		t.Error("constants")
	}
}
