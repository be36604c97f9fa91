package random

import (
	"crypto/sha512"
	"math/rand/v2"
	"testing"
)

// TestSHA512 compares sha512Sum with crypto/sha512 on every length around
// the block and padding boundaries and on random data.
func TestSHA512(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	data := make([]byte, 1000)
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	for n := 0; n <= len(data); n++ {
		if got, want := sha512Sum(data[:n]), sha512.Sum512(data[:n]); got != want {
			t.Fatalf("length %d: %x, want %x", n, got, want)
		}
	}
}
