package runtime

// asciiChars holds the one-character str objects for the ASCII code
// points, shared (as CPython shares its one-character latin-1 strings) so
// that indexing an ASCII str allocates nothing. Their hash and length are
// computed here, once, so that they are never written afterwards: the
// objects are shared by every interpreter in the process.
var asciiChars = func() (t [128]Value) {
	for i := range t {
		s := newStr(string(rune(i)))
		s.runeCount()
		s.hashValue()
		t[i] = ValueOf(s)
	}
	return t
}()
