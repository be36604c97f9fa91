package jit

// This file defines the recording of str reads on ASCII text: s[i], ord,
// len, comparisons with a one-character str, `c in "+-*/"` and the
// character classes (c.isdigit() ...), the loops of scanners and checksums
// (`while j < n and src[j].isdigit()`, `ord(text[i])`), which were residual
// calls (GETITEM, CALL, EQ, IN: about 50 ns each) and now compile to a few
// instructions.
//
// A str keeps its text as UTF-8 with a meta word holding the length in
// bytes and an ASCII flag (runtime/jitstr.go); for an ASCII str, byte and
// code point indexes coincide. So s[i] is: a guard on s's exact class, a
// guard on the ASCII flag, the bounds guards against the length, the byte
// (strgetitem) and the shared one-character str of that byte (str_char: an
// address in the runtime's table of latin1 strs, no allocation). The
// recorder remembers which byte a str_char came from (strChars), so that
// ord(c), c == "x" and c.isdigit() use the byte itself; a one-character
// str from elsewhere (an input, an attribute) gets its byte after a guard
// that it is a one-character ASCII str. A str that is not ASCII, or not
// scanned yet, fails the flag's guard and the interpreter does the
// indexing (which scans it), as it does for an index out of range.

import (
	"math/bits"
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
)

// strCharShift is log2 of the stride of the runtime's table of
// one-character strs, which str_char multiplies by; -1 if it is not a
// power of two (then nothing here is recorded).
var strCharShift = func() int {
	if n := uint64(runtime.JITStrSize); n&(n-1) == 0 {
		return bits.TrailingZeros64(n)
	}
	return -1
}()

// strASCII returns the text of v when v is an exact str whose text is
// ASCII (scanning it if need be), ok false otherwise.
func strASCII(v runtime.Value) (string, bool) {
	if strCharShift < 0 {
		return "", false
	}
	return runtime.JITStrASCIIText(v)
}

// strMeta guards that the str s (exactly a str, class guarded here unless
// s is a constant) is ASCII and returns its length in code points.
func (r *recorder) strMeta(s Ref) Ref {
	if !s.IsConst() {
		r.guard(OpGuardClass, s, r.classConst(runtime.StrType))
	}
	meta := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{s}, Aux: int64(runtime.JITStrMetaOffset), Descr: "str.meta"})
	r.guard(OpGuardTrue, r.emit(OpIntIsTrue, Bool, r.emit(OpIntAnd, Int, meta, r.t.ConstInt(int64(runtime.JITStrASCII)))))
	return r.emit(OpIntAnd, Int, meta, r.t.ConstInt(int64(runtime.JITStrLenMask)))
}

// strByte returns the byte of x, a one-character ASCII str: the byte its
// str_char came from, a constant, or read after guards that x is a
// one-character ASCII str. ok is false (nothing emitted) when the
// recording did not see such a str.
func (r *recorder) strByte(x Ref, xv runtime.Value) (Ref, byte, bool) {
	text, ok := strASCII(xv)
	if !ok || len(text) != 1 {
		return NoRef, 0, false
	}
	if b, ok := r.strChars[x]; ok {
		return b, text[0], true
	}
	if x.IsConst() {
		return r.t.ConstInt(int64(text[0])), text[0], true
	}
	r.guard(OpGuardClass, x, r.classConst(runtime.StrType))
	meta := r.t.Emit(Op{Code: OpGetFieldI, Type: Int, Args: []Ref{x}, Aux: int64(runtime.JITStrMetaOffset), Descr: "str.meta"})
	flags := r.emit(OpIntAnd, Int, meta, r.t.ConstInt(int64(runtime.JITStrASCII|runtime.JITStrLenMask)))
	r.guard(OpGuardTrue, r.emit(OpIntEq, Bool, flags, r.t.ConstInt(int64(runtime.JITStrASCII|1))))
	return r.strGetItem(x, r.t.ConstInt(0)), text[0], true
}

// strGetItem emits the byte i of str s's text.
func (r *recorder) strGetItem(s, i Ref) Ref {
	return r.t.Emit(Op{Code: OpStrGetItem, Type: Int, Args: []Ref{s, i}, Aux: int64(runtime.JITStrTextOffset), Descr: "str.text"})
}

// strChar emits the shared one-character str of byte b and remembers b.
func (r *recorder) strChar(b Ref) Ref {
	c := r.t.Emit(Op{Code: OpStrChar, Type: Ptr, Args: []Ref{b}, Aux: int64(uintptr(runtime.JITLatin1Base())), Descr: "latin1"})
	if r.strChars == nil {
		r.strChars = map[Ref]Ref{}
	}
	r.strChars[c] = b
	return c
}

// strIndex records R[a] = R[b][R[c]] for an ASCII str b and an int c.
// handled is false (nothing emitted) for anything else.
func (r *recorder) strIndex(fr *recFrame, a, b, c int) (bool, error) {
	if _, sv, _ := r.peek(fr, b); !isStr(sv) {
		return false, nil
	}
	s, sv, err := r.get(fr, b)
	if err != nil {
		return true, err
	}
	iref, iv, err := r.get(fr, c)
	if err != nil {
		return true, err
	}
	text, ok := strASCII(sv)
	if !ok || r.t.TypeOf(iref) != Int {
		return false, nil
	}
	x, n := iv.SmallInt(), int64(len(text))
	if x < -n || x >= n {
		return true, abortf("unsupported", "string index out of range")
	}
	length := r.strMeta(s)
	idx := iref
	if x >= 0 {
		r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, iref, r.t.ConstInt(0)))
		r.guard(OpGuardTrue, r.emit(OpIntLt, Bool, iref, length))
	} else {
		r.guard(OpGuardTrue, r.emit(OpIntLt, Bool, iref, r.t.ConstInt(0)))
		idx = r.emit(OpIntAdd, Int, iref, length)
		r.guard(OpGuardTrue, r.emit(OpIntGe, Bool, idx, r.t.ConstInt(0)))
		x += n
	}
	r.set(fr, a, r.strChar(r.strGetItem(s, idx)), runtime.JITCharStr(text[x]))
	return true, nil
}

// peek returns a register's concrete value without reading it into the
// trace (no input, no guard): to choose a recording before committing.
func (r *recorder) peek(fr *recFrame, reg int) (Ref, runtime.Value, bool) {
	if reg >= fr.code.KBase {
		return NoRef, fr.code.KVals[reg-fr.code.KBase], true
	}
	return fr.refs[reg], fr.regs[reg], fr.regs[reg].IsValid()
}

// isStr reports whether v is an exact str.
func isStr(v runtime.Value) bool {
	return v.IsValid() && !v.IsImmediate() && v.Type() == runtime.StrType
}

// strClasses are the character classes of str methods on one ASCII
// character, as byte ranges: a slice the linker lays out, where a map
// literal would be built at every start.
var strClasses = []struct {
	name   string
	ranges [][2]byte
}{
	{"isdigit", [][2]byte{{'0', '9'}}},
	{"isdecimal", [][2]byte{{'0', '9'}}},
	{"isnumeric", [][2]byte{{'0', '9'}}},
	{"isalpha", [][2]byte{{'a', 'z'}, {'A', 'Z'}}},
	{"isalnum", [][2]byte{{'a', 'z'}, {'A', 'Z'}, {'0', '9'}}},
	{"islower", [][2]byte{{'a', 'z'}}},
	{"isupper", [][2]byte{{'A', 'Z'}}},
	{"isspace", [][2]byte{{'\t', '\r'}, {0x1c, ' '}}},
}

// strClass returns the byte ranges of the character class name, or nil.
func strClass(name string) [][2]byte {
	for _, c := range strClasses {
		if c.name == name {
			return c.ranges
		}
	}
	return nil
}

// strCall records a call of ord or len on a str, or of a character class
// method (isdigit, ...) on a one-character ASCII str. handled is false
// (nothing emitted) for other calls.
func (r *recorder) strCall(fr *recFrame, a int, fref Ref, fv runtime.Value, args []Ref, vals []runtime.Value, next int) (bool, error) {
	if len(args) != 1 || !isStr(vals[0]) {
		return false, nil
	}
	var out Ref
	var res runtime.Value
	if mod, name, ok := runtime.JITBuiltinName(fv); ok && mod == "builtins" {
		switch name {
		case "ord":
			b, c, ok := r.strByte(args[0], vals[0])
			if !ok {
				return false, nil
			}
			out, res = b, runtime.Int(int64(c))
		case "len":
			text, ok := strASCII(vals[0])
			if !ok {
				return false, nil
			}
			out, res = r.strMeta(args[0]), runtime.Int(int64(len(text)))
		default:
			return false, nil
		}
	} else {
		name, ok := strMethodName(fv)
		if !ok {
			return false, nil
		}
		b, c, ok := r.strByte(args[0], vals[0])
		if !ok {
			return false, nil
		}
		out, res = r.strInRanges(b, c, strClass(name))
	}
	if !fref.IsConst() {
		r.guard(OpGuardValue, fref, r.constOf(fv))
	}
	r.set(fr, a, out, res)
	fr.pc = next
	return true, nil
}

// strMethodName returns the name of the str method fv if it is one of
// strClasses.
func strMethodName(fv runtime.Value) (string, bool) {
	if !fv.IsValid() || fv.IsImmediate() || fv.Type() != runtime.MethodDescriptorType {
		return "", false
	}
	for _, c := range strClasses {
		if m, ok := runtime.JITBuiltinMethod(runtime.StrType, c.name); ok && m.Pointer() == fv.Pointer() {
			return c.name, true
		}
	}
	return "", false
}

// strInRanges emits whether the byte b (c while recording) lies in one of
// ranges: a bool.
func (r *recorder) strInRanges(b Ref, c byte, ranges [][2]byte) (Ref, runtime.Value) {
	var acc Ref = NoRef
	in := false
	for _, rg := range ranges {
		// lo <= b <= hi as one unsigned compare: b - lo <= hi - lo.
		t := r.emit(OpIntLe, Bool, r.emit(OpIntAnd, Int, r.emit(OpIntSub, Int, b, r.t.ConstInt(int64(rg[0]))), r.t.ConstInt(0xff)), r.t.ConstInt(int64(rg[1]-rg[0])))
		in = in || c >= rg[0] && c <= rg[1]
		acc = r.strOr(acc, t)
	}
	return acc, runtime.Bool(in)
}

// strOr is acc or t for bools (acc NoRef: t).
func (r *recorder) strOr(acc, t Ref) Ref {
	if acc == NoRef {
		return t
	}
	return r.emit(OpIntIsTrue, Bool, r.emit(OpIntOr, Int, acc, t))
}

// strCompare records x == y or x != y (op EQ or NE) between two exact
// strs of one ASCII character as a compare of their bytes. handled is
// false (nothing emitted) otherwise.
func (r *recorder) strCompare(op runtime.CompareOp, x, y Ref, xv, yv runtime.Value) (Ref, bool, bool) {
	if op != runtime.CmpEQ && op != runtime.CmpNE {
		return NoRef, false, false
	}
	tx, okx := strASCII(xv)
	ty, oky := strASCII(yv)
	if !okx || !oky || len(tx) != 1 || len(ty) != 1 {
		return NoRef, false, false
	}
	bx, _, _ := r.strByte(x, xv)
	by, _, _ := r.strByte(y, yv)
	if op == runtime.CmpEQ {
		return r.emit(OpIntEq, Bool, bx, by), tx == ty, true
	}
	return r.emit(OpIntNe, Bool, bx, by), tx != ty, true
}

// strContains records R[a] = R[b] in R[c] (not in, for NOTIN) for a
// one-character ASCII str b and a constant ASCII str c: the byte compared
// with each of c's. handled is false (nothing emitted) otherwise.
func (r *recorder) strContains(fr *recFrame, a, b, c int, not bool) (bool, error) {
	_, xv, okx := r.peek(fr, b)
	_, cv, okc := r.peek(fr, c)
	if !okx || !okc || !isStr(xv) || c < fr.code.KBase {
		return false, nil
	}
	set, ok := strASCII(cv)
	if !ok || len(set) > 16 {
		return false, nil
	}
	x, xv, err := r.get(fr, b)
	if err != nil {
		return true, err
	}
	bx, ch, ok := r.strByte(x, xv)
	if !ok {
		return false, nil
	}
	if _, _, err := r.get(fr, c); err != nil {
		return true, err
	}
	var acc Ref = NoRef
	seen := map[byte]bool{}
	for i := 0; i < len(set); i++ {
		if !seen[set[i]] {
			seen[set[i]] = true
			acc = r.strOr(acc, r.emit(OpIntEq, Bool, bx, r.t.ConstInt(int64(set[i]))))
		}
	}
	in := strings.IndexByte(set, ch) >= 0
	if acc == NoRef { // "" contains no character
		acc = r.t.ConstBool(false)
	}
	if not {
		acc, in = r.emit(OpBoolNot, Bool, acc), !in
	}
	r.set(fr, a, acc, runtime.Bool(in))
	return true, nil
}
