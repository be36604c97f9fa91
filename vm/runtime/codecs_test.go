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

// Lone surrogates, held in WTF-8, count as one code point each and reach
// the codecs as themselves rather than as three invalid bytes.
func TestStrLoneSurrogates(t *testing.T) {
	s := "a" + encodeCodePoint(0xdc80) + "b"
	if n := countRunes(s); n != 3 {
		t.Errorf("countRunes = %d, want 3", n)
	}
	rs := decodeRunes(s)
	if len(rs) != 3 || rs[1] != 0xdc80 {
		t.Errorf("decodeRunes = %U", rs)
	}
	if runesToStr(rs) != s {
		t.Errorf("runesToStr(decodeRunes(s)) = %q, want %q", runesToStr(rs), s)
	}
	if got := strRepr(s); got != `'a\udc80b'` {
		t.Errorf("repr = %s", got)
	}
	for _, c := range []struct{ enc, errors, want string }{
		{"utf-8", "replace", "a?b"},
		{"utf-8", "surrogateescape", "a\x80b"},
		{"utf-8", "surrogatepass", "a\xed\xb2\x80b"},
		{"ascii", "backslashreplace", `a\udc80b`},
		{"utf-16-le", "surrogatepass", "a\x00\x80\xdcb\x00"},
		{"utf-32-be", "replace", "\x00\x00\x00a\x00\x00\x00?\x00\x00\x00b"},
	} {
		b, err := Encode(s, c.enc, c.errors)
		if err != nil || string(b) != c.want {
			t.Errorf("Encode(%s, %s) = %q, %v; want %q", c.enc, c.errors, b, err, c.want)
		}
	}
	_, err := Encode(s, "utf-8", "strict")
	if e, ok := err.(*Exception); !ok || StrValue(e.field("reason")) != "surrogates not allowed" || e.field("start").SmallInt() != 1 {
		t.Errorf("Encode strict: err = %v", err)
	}
	_, err = Encode(s, "utf-16", "strict")
	if e, ok := err.(*Exception); !ok || StrValue(e.field("encoding")) != "utf-16" || StrValue(e.field("reason")) != "surrogates not allowed" {
		t.Errorf("Encode utf-16 strict: err = %v", err)
	}
	d, err := Decode([]byte("a\xffb"), "utf-8", "surrogateescape")
	if err != nil || d != "a"+encodeCodePoint(0xdcff)+"b" {
		t.Errorf("Decode surrogateescape = %q, %v", d, err)
	}
}
