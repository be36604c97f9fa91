package runtime

import "unsafe"

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

// strIAdd implements x += y for two exact strs of which x is not short,
// the loop `acc += piece` that CPython makes linear by resizing acc in
// place when nothing else refers to it. Kiln has no reference counts, so
// the frame remembers the buffer behind the last str it built this way:
// when x is that str (it ends where the buffer's bytes end), y is appended
// into the buffer's spare capacity, which no existing str can see, and the
// result is a new str over the longer prefix. Any other x is copied into a
// new buffer with room to grow.
func (f *Frame) strIAdd(x, y Value) (Value, bool) {
	if x.p == nil || y.p == nil || x.Type() != StrType || y.Type() != StrType {
		return Value{}, false
	}
	xs, ys := as[Str](x), as[Str](y)
	n := len(xs.s)
	if n < strIAddMin || len(ys.s) == 0 {
		return Value{}, false
	}
	buf := f.catBuf
	if xs != f.catStr || len(buf) != n {
		buf = nil
	}
	if cap(buf)-n < len(ys.s) {
		nb := make([]byte, n, 2*(n+len(ys.s)))
		copy(nb, xs.s)
		buf = nb
	}
	buf = append(buf, ys.s...)
	r := newStr(unsafe.String(&buf[0], len(buf)))
	f.catStr, f.catBuf = r, buf
	return ValueOf(r), true
}

// strIAddMin is the length from which strIAdd builds in a growable buffer.
const strIAddMin = 64
