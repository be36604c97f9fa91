package native

import "testing"

// TestFillTrap checks that fillTrap writes INT3 over the whole slice and
// nothing past it, for lengths around its doublings.
func TestFillTrap(t *testing.T) {
	for n := 0; n <= 4200; n += 1 + n/7 {
		buf := make([]byte, n+1)
		fillTrap(buf[:n])
		for i, c := range buf[:n] {
			if c != 0xcc {
				t.Fatalf("length %d: byte %d is %#x", n, i, c)
			}
		}
		if buf[n] != 0 {
			t.Fatalf("length %d: wrote past the end", n)
		}
	}
}
