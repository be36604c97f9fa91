package runtime

// This file defines the fast path of int(s) for the usual text: a few
// plain decimal digits. The general parser (intFromText) trims spaces,
// reads prefixes and underscores, goes through math/big and builds the
// quoted text of its error message before it knows whether it needs
// one: 650 ns for int("12345"), against 260 in CPython.

// strSmallDecimal parses s as int(s, base) when s is an optional sign
// and 1 to 18 ASCII decimal digits, and base is 10 (or 0, where a leading
// zero is only valid alone). ok is false for anything else, which the
// general parser then handles, errors included.
func strSmallDecimal(s string, base int) (v Value, ok bool) {
	if base != 10 && base != 0 {
		return Value{}, false
	}
	t := s
	if len(t) > 0 && (t[0] == '-' || t[0] == '+') {
		t = t[1:]
	}
	if len(t) == 0 || len(t) > 18 || (base == 0 && t[0] == '0' && len(t) > 1) {
		return Value{}, false
	}
	var n int64
	for i := 0; i < len(t); i++ {
		d := t[i] - '0'
		if d > 9 {
			return Value{}, false
		}
		n = n*10 + int64(d)
	}
	if s[0] == '-' {
		n = -n
	}
	return Int(n), true
}
