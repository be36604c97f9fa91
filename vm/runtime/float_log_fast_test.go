package runtime

// accurateLog's first try must give ddLog's results bit for bit where it
// keeps them.

import (
	"math"
	"math/rand"
	"testing"
)

func TestLogFastTryMatchesDDLog(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	kept := 0
	check := func(x float64) {
		if !(x > 0) {
			return // accurateLog answers these before trying
		}
		if d := logFastTry(x); roundsAsFull(d, logFastError) {
			kept++
			if want := ddLog(x).hi; math.Float64bits(d.hi) != math.Float64bits(want) {
				t.Fatalf("x = %v (%#x): fast %v, full %v", x, math.Float64bits(x), d.hi, want)
			}
		}
	}
	n := 300000
	if testing.Short() {
		n = 30000
	}
	for i := 0; i < n; i++ {
		check(rng.Float64())                                             // random.gauss's arguments
		check(rng.Float64() * math.Pow(2, float64(rng.Intn(2100)-1075))) // every exponent, subnormals too
		check(math.Nextafter(1, 0) + (rng.Float64()-0.5)*0x1p-20)        // near 1
		check(float64(i + 2))                                            // integers
	}
	if kept < n*4*99/100 {
		t.Fatalf("first try kept only %d of %d", kept, n*4)
	}
}

// BenchmarkLog is math.log's CPU per call.
func BenchmarkLog(b *testing.B) {
	x := 0.0
	for i := 0; i < b.N; i++ {
		x += accurateLog(float64(i%1000)*0.001 + 0.0005)
	}
	_ = x
}
