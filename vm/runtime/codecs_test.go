package runtime

import "testing"

// The codecs raise Unicode errors whose attributes are set, as if the
// exception had been constructed from Python.
func TestCodecErrorAttributes(t *testing.T) {
	_, err := Encode("\u00e4", "ascii", "strict")
	e, ok := err.(*Exception)
	if !ok || e.Type() != UnicodeEncodeError {
		t.Fatalf("Encode: err = %v, want UnicodeEncodeError", err)
	}
	if got := StrValue(e.field("encoding")); got != "ascii" {
		t.Errorf("encoding = %q, want ascii", got)
	}
	if got := StrValue(e.field("reason")); got != "ordinal not in range(128)" {
		t.Errorf("reason = %q", got)
	}
	if s, en := e.field("start"), e.field("end"); s.SmallInt() != 0 || en.SmallInt() != 1 {
		t.Errorf("start, end = %v, %v; want 0, 1", s, en)
	}

	_, err = Decode([]byte{0xc3}, "utf-8", "strict")
	e, ok = err.(*Exception)
	if !ok || e.Type() != UnicodeDecodeError {
		t.Fatalf("Decode: err = %v, want UnicodeDecodeError", err)
	}
	if got := StrValue(e.field("reason")); got != "unexpected end of data" {
		t.Errorf("reason = %q", got)
	}
	if got := BytesValue(e.field("object")); string(got) != "\xc3" {
		t.Errorf("object = %q", got)
	}
}
