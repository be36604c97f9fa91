package runtime

import "testing"

// TestImaginaryLiteralIsComplex checks that compiled imaginary literals
// become complex numbers, not the float fallback of an unwired hook.
func TestImaginaryLiteralIsComplex(t *testing.T) {
	v := constToValue(complex128(2i))
	if v.Type() != ComplexType {
		t.Fatalf("2j is a %s, want complex", TypeName(v))
	}
	if s, err := Repr(newTestThread(), v); err != nil || s != "2j" {
		t.Errorf("repr(2j) = %q, %v", s, err)
	}
}
