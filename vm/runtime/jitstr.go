package runtime

// This file defines what the JIT needs to read strs in compiled code
// (jit/record_str.go): the layout of a Str (its text pointer and its meta
// word, whose low 32 bits are the text's length in bytes and whose
// strASCII bit says every code point is ASCII, so that byte and code point
// indexes coincide) and the shared strs of one code point below U+0100
// (latin1Strs), which s[i] of an ASCII str returns: a compiled s[i] is a
// byte load and an address computation, with no allocation.

import "unsafe"

// Layout of a Str for compiled code.
const (
	JITStrTextOffset = unsafe.Offsetof(Str{}.p)    // *byte: the text
	JITStrMetaOffset = unsafe.Offsetof(Str{}.meta) // length | flags | hash
	JITStrLenMask    = strLenMask                  // meta's text length in bytes
	JITStrASCII      = strASCII                    // meta's flag: every code point is ASCII (set by a scan)
	JITStrSize       = unsafe.Sizeof(Str{})        // the stride of the latin1Strs table
)

// JITLatin1Base is the address of the str of code point 0 in the table of
// shared one-code-point strs; the str of code point c < 256 is at
// JITLatin1Base + c*JITStrSize. The table lives as long as the process.
func JITLatin1Base() unsafe.Pointer { return unsafe.Pointer(&latin1Strs[0]) }

// JITStrASCIIText reports whether v is an exact str whose text is ASCII,
// scanning it if that is not known yet (the scan sets the flag compiled
// code tests), and returns its text.
func JITStrASCIIText(v Value) (string, bool) {
	if !v.IsValid() || v.IsImmediate() || v.Type() != StrType {
		return "", false
	}
	s := as[Str](v)
	if !s.isASCII() {
		return "", false
	}
	return s.text(), true
}

// JITCharStr returns the shared str of the byte c (an ASCII code point
// when it comes from an ASCII str), as compiled code computes it.
func JITCharStr(c byte) Value { return ValueOf(&latin1Strs[c]) }
