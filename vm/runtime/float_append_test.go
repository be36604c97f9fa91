package runtime

import (
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// reprOracle is repr(f) from Go's own fixed and exponent forms, which
// differ from Python's only in the fixed form's missing ".0".
func reprOracle(f float64) string {
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func TestAppendFloatRepr(t *testing.T) {
	cases := map[float64]string{
		0: "0.0", math.Copysign(0, -1): "-0.0", 1: "1.0", -2.5: "-2.5", 100: "100.0",
		1e16: "1e+16", 9999999999999998: "9999999999999998.0", 1e-4: "0.0001", 1e-5: "1e-05",
		0.1: "0.1", 1.0 / 3: "0.3333333333333333", 123456789.125: "123456789.125",
		1.7976931348623157e308: "1.7976931348623157e+308", 5e-324: "5e-324", -1.5e-7: "-1.5e-07",
		math.NaN(): "nan", math.Inf(1): "inf", math.Inf(-1): "-inf", 1e22: "1e+22", 1.5e100: "1.5e+100",
	}
	for f, want := range cases {
		if got := string(AppendFloatRepr([]byte("x"), f)); got != "x"+want {
			t.Errorf("AppendFloatRepr(%g) = %q, want %q", f, got, "x"+want)
		}
		if got := FloatRepr(f); got != want {
			t.Errorf("FloatRepr(%g) = %q, want %q", f, got, want)
		}
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		var f float64
		switch i % 3 {
		case 0:
			f = math.Float64frombits(r.Uint64())
		case 1:
			f = r.NormFloat64() * math.Pow(10, float64(r.Intn(44)-22))
		default:
			f = float64(r.Int63n(1<<53)) / float64(int64(1)<<r.Intn(60))
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		if got, want := string(AppendFloatRepr(nil, f)), reprOracle(f); got != want {
			t.Fatalf("AppendFloatRepr(%b) = %q, want %q", f, got, want)
		}
	}
}

func TestAppendFloatReprAllocs(t *testing.T) {
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf = AppendFloatRepr(buf[:0], 1234.5678e-3) }); n != 0 {
		t.Errorf("AppendFloatRepr allocates %v times", n)
	}
}
