package runtime

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file defines the slots of the str type (repr, hash, comparison,
// concatenation and repetition, indexing and slicing by code point,
// iteration, `in`) and the str() constructor. The methods of str are in
// str_methods.go, str.format in str_format.go and printf-style formatting
// in str_percent.go.

// A str holds its text as UTF-8, except that lone surrogates, which
// Python strs may hold but UTF-8 cannot encode, take the three-byte form
// UTF-8 would give them (WTF-8; see encodeCodePoint). Go's UTF-8 decoding
// reads such a surrogate as three invalid bytes, so code point level
// operations go through decodeRune, runeCount and runesToStr instead.

// decodeRune decodes the code point at the start of s, a lone surrogate
// included, and returns it and its length in bytes.
func decodeRune(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 && len(s) >= 3 && s[0] == 0xed && s[1]&0xe0 == 0xa0 && s[2]&0xc0 == 0x80 {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return r, size
}

// countRunes returns the number of code points of s, lone surrogates
// counting one each.
func countRunes(s string) int {
	if utf8.ValidString(s) {
		return utf8.RuneCountInString(s)
	}
	n := 0
	for i := 0; i < len(s); n++ {
		_, size := decodeRune(s[i:])
		i += size
	}
	return n
}

// decodeRunes returns the code points of s, lone surrogates included.
func decodeRunes(s string) []rune {
	if utf8.ValidString(s) {
		return []rune(s)
	}
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		rs = append(rs, r)
		i += size
	}
	return rs
}

// runesToStr encodes code points as a str holds them, the inverse of
// decodeRunes; string(rs) would turn surrogates into U+FFFD.
func runesToStr(rs []rune) string {
	var sb strings.Builder
	for _, r := range rs {
		if r >= 0xd800 && r <= 0xdfff {
			sb.WriteString(encodeCodePoint(r))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// scan finds out on first need whether the text is ASCII and returns
// the flag that says so.
func (s *Str) scan() uint64 {
	if f := s.meta & (strASCII | strWide); f != 0 {
		return f
	}
	f := uint64(strWide)
	if isASCIIString(s.text()) {
		f = strASCII
	}
	s.meta |= f
	return f
}

// runeCount returns the number of code points, cached.
func (s *Str) runeCount() int {
	if s.scan() == strASCII {
		return int(s.meta & strLenMask)
	}
	return strWideCount(s)
}

// knownRuneCount returns the number of code points if it is cached, so that
// a caller that needs it only sometimes need not scan the text.
func (s *Str) knownRuneCount() (int, bool) {
	switch s.meta & (strASCII | strWide) {
	case strASCII:
		return int(s.meta & strLenMask), true
	case strWide:
		return strWideKnownCount(s)
	}
	return 0, false
}

// isASCII reports whether every code point is ASCII, so that byte and
// code point indexes coincide.
func (s *Str) isASCII() bool { return s.scan() == strASCII }

// StrIsASCII reports whether the text of v (a str or subclass instance)
// is ASCII, scanning it only the first time: the answer is cached in the
// str, so re's many calls on one subject do not scan it each time.
func StrIsASCII(v Value) bool { return as[Str](v).isASCII() }

// at returns the code point at index i (0 <= i < runeCount).
func (s *Str) at(i int) rune {
	if s.isASCII() {
		return rune(s.text()[i])
	}
	r, _ := decodeRune(s.text()[strWideByteOffset(s, i):])
	return r
}

// substr returns the code points [i, j) as a string.
func (s *Str) substr(i, j int) string {
	return s.text()[s.byteOffset(i):s.byteOffset(j)]
}

// byteOffset converts a code point index (0 <= i <= runeCount) into a
// byte offset in s.s.
func (s *Str) byteOffset(i int) int {
	if s.isASCII() || i == 0 {
		return i
	}
	if i >= s.runeCount() {
		return len(s.text())
	}
	return strWideByteOffset(s, i)
}

// cpIndex converts a byte offset in s.s into a code point index.
func (s *Str) cpIndex(off int) int {
	if s.isASCII() {
		return off
	}
	return countRunes(s.text()[:off])
}

// latin1Strs are the strs of one code point below U+0100, shared as CPython
// shares them: indexing and iterating text make many, and each would
// otherwise be an object of its own. Their hash and code point cache are
// filled in here, so they are never written after: the interpreters of the
// process, which may run at once, share them. Their texts are slices of
// one string, not 256 strings. The table is on the heap, as the strs Kiln
// makes are: str_wide.go's weak pointers can only be made to heap objects.
var latin1Strs = func() *[256]Str {
	t := new([256]Str)
	// The UTF-8 of each code point, and what scan would find, written
	// out: one byte below U+0080, two from there.
	text := make([]byte, 0, 128+2*128)
	for c := range t {
		if c < utf8.RuneSelf {
			text = append(text, byte(c))
		} else {
			text = append(text, 0xC0|byte(c>>6), 0x80|byte(c&0x3F))
		}
	}
	all := string(text)
	for c := range t {
		s := &t[c]
		s.typ = StrType
		if c < utf8.RuneSelf {
			s.setText(all[:1])
			all = all[1:]
			s.meta |= strASCII
		} else {
			s.setText(all[:2])
			all = all[2:]
			s.meta |= strWide
		}
		s.setHash(latin1Hash(byte(c)))
	}
	return t
}()

// charStr returns the str of the code point c.
func charStr(c rune) Value {
	if uint32(c) < uint32(len(latin1Strs)) {
		return ValueOf(&latin1Strs[c])
	}
	return NewStr(encodeCodePoint(c))
}

// strOf returns the *Str of a str value (or str subclass instance).
func strOf(v Value) *Str { return as[Str](v) }

// isStr reports whether v is a str or an instance of a str subclass.
func isStr(v Value) bool { return v.Type().Layout == LayoutStr }

// newStrOfType returns s as an instance of t (str or a subclass).
func newStrOfType(t *Type, s string) Value {
	if t == StrType {
		return NewStr(s)
	}
	o := newStr(s)
	o.typ = t
	if t.Flags&FlagHasDict != 0 {
		o.dict = NewDict()
	}
	return ValueOf(o)
}

// strRepr returns the repr of a str as CPython writes it: in single quotes
// unless the text contains ' and no ", with \\, the quote, \t, \n, \r and
// non-printable characters escaped (\xhh, \uhhhh, \Uhhhhhhhh).
func strRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(s) + 2)
	sb.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			writeHexEscape(&sb, 'x', uint32(r), 2)
		case r < 0x7f || strIsPrintable(r):
			sb.WriteRune(r)
		default:
			writeCodePointEscape(&sb, r)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// writeHexEscape writes \<kind> followed by n lower-case hex digits of v.
func writeHexEscape(sb *strings.Builder, kind byte, v uint32, n int) {
	const hexDigits = "0123456789abcdef"
	sb.WriteByte('\\')
	sb.WriteByte(kind)
	for i := n - 1; i >= 0; i-- {
		sb.WriteByte(hexDigits[(v>>(4*uint(i)))&0xf])
	}
}

// writeCodePointEscape writes r as \xhh, \uhhhh or \Uhhhhhhhh, the
// shortest escape that holds it.
func writeCodePointEscape(sb *strings.Builder, r rune) {
	switch {
	case r < 0x100:
		writeHexEscape(sb, 'x', uint32(r), 2)
	case r < 0x10000:
		writeHexEscape(sb, 'u', uint32(r), 4)
	default:
		writeHexEscape(sb, 'U', uint32(r), 8)
	}
}

// strIsPrintable is Python's notion of a printable character: anything
// but the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (except space).
// Go's unicode.IsPrint draws the same line.
func strIsPrintable(r rune) bool { return r == ' ' || unicode.IsPrint(r) }

// asciiEscape escapes the non-ASCII characters of a repr, as ascii()
// does.
func asciiEscape(r string) string {
	var sb strings.Builder
	for i := 0; i < len(r); {
		c, size := decodeRune(r[i:])
		i += size
		if c < 0x80 {
			sb.WriteRune(c)
		} else {
			writeCodePointEscape(&sb, c)
		}
	}
	return sb.String()
}

// ASCII returns ascii(v): repr(v) with non-ASCII characters escaped.
func ASCII(th *Thread, v Value) (string, error) {
	r, err := Repr(th, v)
	if err != nil {
		return "", err
	}
	return asciiEscape(r), nil
}

func strCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	if !isStr(a) || !isStr(b) {
		return NotImplemented, nil
	}
	x, y := StrValue(a), StrValue(b)
	switch op {
	case CmpEQ:
		// == compares the lengths before any byte, which a three-way
		// comparison cannot: `tok in ("+", "-")`.
		return Bool(x == y), nil
	case CmpNE:
		return Bool(x != y), nil
	}
	return Bool(compareResult(op, strings.Compare(x, y))), nil
}

// strBinOp implements str + str, str * n, n * str and str % args. The
// slot is called with the operands in their original order, whichever of
// them is the str.
func strBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd:
		if !isStr(a) {
			return NotImplemented, nil
		}
		if !isStr(b) {
			if numIsHeapType(b) {
				return NotImplemented, nil
			}
			return Value{}, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeName(b))
		}
		return ValueOf(strConcatObjs(th, strOf(a), strOf(b))), nil
	case OpMul:
		seq, count := a, b
		if !isStr(seq) {
			seq, count = b, a
		}
		n, ok, err := numRepeatCount(th, count, isStr(a))
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return numRepeatByClass(th, seq, count)
		}
		s := StrValue(seq)
		if n <= 0 || s == "" {
			return NewStr(""), nil
		}
		// CPython's bound counts code points; the byte length, never
		// smaller, spares counting them for every repetition.
		if int64(len(s)) > math.MaxInt64/n && int64(strOf(seq).runeCount()) > math.MaxInt64/n {
			return Value{}, Errorf(OverflowError, "repeated string is too long")
		}
		if err := checkGrowth(maxStrBytes, 0, n, int64(len(s))); err != nil {
			return Value{}, err
		}
		return NewStr(strings.Repeat(s, int(n))), nil
	case OpMod:
		if !isStr(a) {
			return NotImplemented, nil
		}
		return strPercentFormat(th, StrValue(a), b)
	}
	return NotImplemented, nil
}

// maxSeqBytes bounds the size of a bytes or bytearray made longer by
// repetition, padding or bytes(n).
const maxSeqBytes = 1 << 40

// checkGrowth returns the MemoryError of a result of base bytes and count
// more units of unit bytes that would not fit in limit bytes: CPython's
// allocation fails for such sizes, where Go's make or strings.Repeat would
// crash the process or get it killed.
func checkGrowth(limit, base, count, unit int64) error {
	if count > 0 && unit > 0 && count > (limit-base)/unit {
		return NewException(MemoryError)
	}
	return nil
}

// maxStrBytes is the longest text a str holds (its length has 32 bits in
// Str.meta): a longer repetition or replace is a MemoryError, as CPython's
// is when the memory is not there.
const maxStrBytes = strLenMask

// numIsHeapType reports whether v's type is a class written in Python,
// whose reflected method deserves a chance before a builtin type gives up.
func numIsHeapType(v Value) bool { return v.Type().Flags&FlagHeapType != 0 }

// numRepeatCount reads the count of a sequence repetition: an int or an
// object with __index__. A non-integer raises CPython's "can't multiply
// sequence" error, except that ok is false when the count is an instance
// of a class written in Python that has not yet had its turn (seqFirst:
// the sequence is the left operand), since its __rmul__ may still apply.
// As the right operand the sequence is tried last, as CPython's
// sequence_repeat fallback is.
func numRepeatCount(th *Thread, count Value, seqFirst bool) (int64, bool, error) {
	if count.Type().Index == nil && !count.IsSmallInt() {
		if seqFirst && numIsHeapType(count) {
			return 0, false, nil
		}
		return 0, false, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(count))
	}
	i, err := Index(th, count)
	if err != nil {
		return 0, false, err
	}
	n, ok := intSmall(i)
	if !ok {
		return 0, false, Errorf(OverflowError, "cannot fit '%s' into an index-sized integer", TypeName(count))
	}
	return n, true, nil
}

// numRepeatByClass finishes seq * count for a count numRepeatCount
// deferred: the reflected method of count's class decides, and if it
// declines, the repetition fails as CPython's sequence_repeat fallback
// does, rather than with the generic unsupported-operand error.
func numRepeatByClass(th *Thread, seq, count Value) (Value, error) {
	if slot := count.Type().BinOp; slot != nil {
		r, err := slot(th, OpMul, seq, count)
		if err != nil || !Is(r, NotImplemented) {
			return r, err
		}
	}
	return Value{}, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(count))
}

// strGetItem is s[i] and s[i:j:k], by code point.
func strGetItem(th *Thread, v, key Value) (Value, error) {
	s := strOf(v)
	if key.Type() == SliceType {
		start, _, step, n, err := as[Slice](key).Indices(th, s.runeCount())
		if err != nil {
			return Value{}, err
		}
		if step == 1 {
			return strSubstr(th, s, start, n), nil
		}
		out := make([]rune, n)
		for k := 0; k < n; k++ {
			out[k] = s.at(start + k*step)
		}
		return NewStr(runesToStr(out)), nil
	}
	if key.Type().Index == nil {
		return Value{}, Errorf(TypeError, "string indices must be integers, not '%s'", TypeName(key))
	}
	i, err := numSeqIndex(th, key, s.runeCount(), "string index out of range")
	if err != nil {
		return Value{}, err
	}
	return charStr(s.at(i)), nil
}

// strSubstr is s[start:start+n], by code point.
func strSubstr(th *Thread, s *Str, start, n int) Value {
	t := s.substr(start, start+n)
	if t != "" && len(t) <= strShortMax {
		return ValueOf(strShort(th, t, "", s.knownASCII()))
	}
	return NewStr(t)
}

// numSeqIndex converts an index of a sequence of length n, counting
// negative indexes from the end, and raises IndexError(msg) if it is out
// of range.
func numSeqIndex(th *Thread, key Value, n int, msg string) (int, error) {
	iv, err := Index(th, key)
	if err != nil {
		return 0, err
	}
	i, ok := intSmall(iv)
	if !ok {
		return 0, Errorf(IndexError, "cannot fit '%s' into an index-sized integer", TypeName(key))
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, Errorf(IndexError, "%s", msg)
	}
	return int(i), nil
}

// strInStrTuple reports whether s is one of items, if every item up to
// the first equal one is an exact str (whose == runs no Python code);
// ok is false otherwise.
func strInStrTuple(s *Str, items []Value) (found, ok bool) {
	for _, x := range items {
		if x.p == ValueOf(s).p {
			return true, true
		}
		if x.Type() != StrType {
			return false, false
		}
		if as[Str](x).text() == s.text() {
			return true, true
		}
	}
	return false, true
}

func strContains(th *Thread, v, item Value) (bool, error) {
	if !isStr(item) {
		return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", TypeName(item))
	}
	return strings.Contains(StrValue(v), StrValue(item)), nil
}

// strIter iterates the code points of a str.
type strIter struct {
	Object
	s   string
	off int
}

var (
	strIterType      = NewBuiltinType("str_iterator", ObjectType, LayoutOther, 0)
	strASCIIIterType = NewBuiltinType("str_ascii_iterator", ObjectType, LayoutOther, 0)
)

func strIterNext(th *Thread, v Value) (Value, bool, error) {
	it := as[strIter](v)
	if it.off >= len(it.s) {
		return Value{}, false, nil
	}
	r, size := decodeRune(it.s[it.off:])
	c := it.s[it.off : it.off+size]
	it.off += size
	switch {
	case r < 0x100:
		return charStr(r), true, nil
	case r == utf8.RuneError && size == 1:
		c = string(r)
	}
	return NewStr(c), true, nil
}

// strNew is str.__new__: str(object=”), str(object=b”, encoding, errors).
func strNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	if t == StrType && len(args) == 1 && len(kwnames) == 0 {
		// str(x): the str x's __str__ made is the result when it is an
		// exact str, as CPython returns it; going through ToString and a
		// new object would allocate it twice.
		if v := args[0]; v.IsSmallInt() {
			return ValueOf(strOfInt64(v.SmallInt())), nil
		}
		r, err := StrOf(th, args[0])
		if err != nil || r.Type() == StrType {
			return r, err
		}
		return NewStr(StrValue(r)), nil
	}
	var obj, encoding, errors Value
	if err := UnpackArgs("str", args, kwnames, "object?", &obj, "encoding?", &encoding, "errors?", &errors); err != nil {
		return Value{}, err
	}
	var s string
	switch {
	case !obj.IsValid():
	case !encoding.IsValid() && !errors.IsValid():
		r, err := ToString(th, obj)
		if err != nil {
			return Value{}, err
		}
		if t == StrType && obj.Type() == StrType {
			return obj, nil
		}
		s = r
	default:
		enc, errs, err := codecArgs("str", encoding, errors)
		if err != nil {
			return Value{}, err
		}
		if isStr(obj) {
			return Value{}, Errorf(TypeError, "decoding str is not supported")
		}
		data, ok := bytesLike(obj)
		if !ok {
			return Value{}, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(obj))
		}
		if s, err = Decode(data, enc, errs); err != nil {
			return Value{}, err
		}
	}
	return newStrOfType(t, s), nil
}

func init() {
	t := StrType
	t.New = strNew
	t.Repr = func(th *Thread, v Value) (Value, error) { return NewStr(strRepr(StrValue(v))), nil }
	t.Str = func(th *Thread, v Value) (Value, error) {
		if v.Type() == StrType {
			return v, nil
		}
		return NewStr(StrValue(v)), nil
	}
	t.Hash = func(th *Thread, v Value) (int64, error) { return strOf(v).hashValue(), nil }
	t.Compare = strCompare
	t.Bool = func(th *Thread, v Value) (bool, error) { return StrValue(v) != "", nil }
	t.Len = func(th *Thread, v Value) (int, error) { return strOf(v).runeCount(), nil }
	t.BinOp = strBinOp
	t.GetItem = strGetItem
	t.Contains = strContains
	t.Iter = func(th *Thread, v Value) (Value, error) {
		s := strOf(v)
		typ := strIterType
		if s.isASCII() {
			typ = strASCIIIterType
		}
		return ValueOf(&strIter{Object: Object{typ: typ}, s: s.text()}), nil
	}
	for _, it := range []*Type{strIterType, strASCIIIterType} {
		it.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
		it.Next = strIterNext
		numNoArgMethod(it, "__next__", func(th *Thread, self Value) (Value, error) {
			r, ok, err := strIterNext(th, self)
			if err == nil && !ok {
				return Value{}, NewException(StopIteration)
			}
			return r, err
		})
		numNoArgMethod(it, "__iter__", func(th *Thread, self Value) (Value, error) { return self, nil })
	}
	numAddProtocolDunders(t)
	numAddCompareDunders(t, strCompare)
	t.AddMethod("__add__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__add__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		if !isStr(args[0]) { // str's sq_concat wrapper raises, as "abc" + 1 does
			return Value{}, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeName(args[0]))
		}
		return strBinOp(th, OpAdd, self, args[0])
	})
	strRepeat := func(th *Thread, self, count Value) (Value, error) { return strBinOp(th, OpMul, self, count) }
	t.AddMethod("__mul__", repeatDunder("__mul__", strRepeat))
	t.AddMethod("__rmul__", repeatDunder("__rmul__", strRepeat))
	t.AddMethod("__mod__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__mod__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		return strBinOp(th, OpMod, self, args[0])
	})
	t.AddMethod("__rmod__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__rmod__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		if !isStr(args[0]) { // CPython's unicode_mod formats only a str
			return NotImplemented, nil
		}
		return strBinOp(th, OpMod, args[0], self)
	})
	t.AddMethod("__getitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__getitem__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		return strGetItem(th, self, args[0])
	})
	t.AddMethod("__contains__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__contains__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		r, err := strContains(th, self, args[0])
		return Bool(r), err
	})
	numNoArgMethod(t, "__iter__", func(th *Thread, self Value) (Value, error) { return t.Iter(th, self) })
	numNoArgMethod(t, "__getnewargs__", func(th *Thread, self Value) (Value, error) {
		return NewTuple([]Value{NewStr(StrValue(self))}), nil
	})
	t.planAdder(func() { addStrMethods(t) }) // at the dict's first use (type_dict.go)
}
