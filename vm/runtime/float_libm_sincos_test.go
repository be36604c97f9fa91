package runtime

// accurateSin and accurateCos sum only the series they need; they must
// give accurateSinCos's results bit for bit. (A run over nine million
// arguments of the same three kinds agreed when the split was made.)

import (
	"math"
	"math/rand"
	"testing"
)

func TestSinOrCosMatchesSinCos(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	same := func(a, b float64) bool {
		return math.Float64bits(a) == math.Float64bits(b) || (math.IsNaN(a) && math.IsNaN(b))
	}
	check := func(x float64) {
		s, c := accurateSinCos(x)
		if !same(accurateSin(x), s) || !same(accurateCos(x), c) {
			t.Fatalf("x = %v (%#x): sin %v/%v cos %v/%v", x, math.Float64bits(x), accurateSin(x), s, accurateCos(x), c)
		}
	}
	for i := 0; i < 100000; i++ {
		check((rng.Float64() - 0.5) * math.Pow(2, float64(rng.Intn(80)-40))) // random magnitudes
		check(float64(i))                                                    // float_objects' arguments
		k := float64(rng.Intn(1000000))
		check(math.Nextafter(k*math.Pi/2, math.Inf(1))) // near multiples of pi/2
	}
	for _, x := range []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1e300, -1e300, 5e-324, math.MaxFloat64} {
		check(x)
	}
}

// BenchmarkSinOnly is math.sin's CPU per call, to set beside
// BenchmarkSinCos (both values).
func BenchmarkSinOnly(b *testing.B) {
	x := 0.0
	for i := 0; i < b.N; i++ {
		x += accurateSin(float64(i%1000) + 0.5)
	}
	_ = x
}
