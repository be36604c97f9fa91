package runtime

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file defines the methods of str (except format and format_map, in
// str_format.go): searching, splitting, joining, padding, case mapping
// with Unicode's full mappings, the is* predicates, translate and
// maketrans, with CPython's argument handling and error messages.

// strArg returns the text of a str argument or CPython's TypeError
// "<prefix>must be str, not <type>".
func strArg(v Value, prefix string) (string, error) {
	if !isStr(v) {
		return "", Errorf(TypeError, "%smust be str, not %s", prefix, TypeName(v))
	}
	return StrValue(v), nil
}

// strBounds converts the optional start and end arguments of find, count,
// startswith... into code point indexes, as CPython's ADJUST_INDICES:
// negative values count from the end and are clamped at 0, end is clamped
// at n; start may exceed n.
func strBounds(th *Thread, startV, endV Value, n int) (start, end int, err error) {
	conv := func(v Value, def int) (int, error) {
		if !v.IsValid() || v.IsNone() {
			return def, nil
		}
		if v.Type().Index == nil {
			return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		iv, err := Index(th, v)
		if err != nil {
			return 0, err
		}
		i, ok := intSmall(iv)
		if !ok {
			if intSign(iv) < 0 {
				i = -1 << 62
			} else {
				i = 1 << 62
			}
		}
		if i < 0 {
			i += int64(n)
			if i < 0 {
				i = 0
			}
		}
		if i > 1<<62 {
			i = 1 << 62
		}
		return int(i), nil
	}
	if start, err = conv(startV, 0); err != nil {
		return
	}
	if end, err = conv(endV, n); err != nil {
		return
	}
	if end > n {
		end = n
	}
	return start, end, nil
}

// strSearchArgs parses (sub[, start[, end]]) and returns the needle and
// the code point range.
func strSearchArgs(th *Thread, name string, s *Str, args []Value, kwnames []string) (sub string, start, end int, err error) {
	if err = numParseTupleArgs(StrType, name, args, kwnames, 1, 3); err != nil {
		return
	}
	if sub, err = strArg(args[0], ""); err != nil {
		return
	}
	var sv, ev Value
	if len(args) > 1 {
		sv = args[1]
	}
	if len(args) > 2 {
		ev = args[2]
	}
	start, end, err = strBounds(th, sv, ev, s.runeCount())
	return
}

// strFind returns the code point index of sub in s[start:end] (first or
// last occurrence), or -1.
func strFind(s *Str, sub string, start, end int, last bool) int {
	if start > end || start > s.runeCount() {
		return -1
	}
	hay := s.substr(start, end)
	var i int
	if last {
		i = strings.LastIndex(hay, sub)
	} else {
		i = strings.Index(hay, sub)
	}
	if i < 0 {
		return -1
	}
	if s.isASCII() {
		return start + i
	}
	return start + countRunes(hay[:i])
}

// strLowerAt returns the lower-case mapping of the code point at i,
// including Greek final sigma, which depends on the neighbours.
func strLowerAt(rs []rune, i int) string {
	r := rs[i]
	if r == 0x3a3 {
		if strIsFinalSigma(rs, i) {
			return "\u03c2"
		}
		return "\u03c3"
	}
	if m, ok := specialCaseOf(strSpecialLower, r); ok {
		return m
	}
	return encodeCodePoint(unicode.ToLower(r))
}

// strIsFinalSigma is CPython's Final_Sigma context test: a cased letter
// before (skipping case-ignorable ones) and none after.
func strIsFinalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && strIsCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !strIsCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && strIsCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !strIsCased(rs[j])
}

func strIsCased(r rune) bool { return unicode.Is(strCasedTable, r) }

// strIsCaseIgnorable approximates Unicode's Case_Ignorable property:
// marks, format characters, modifiers and the word-internal punctuation.
func strIsCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x2018, 0x2019, 0x2024, 0xfe52, 0xff07, 0xff0e, 0xff1a, 0x387, 0x5f4, 0x2027, 0xfe13, 0xfe55, 0xad:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// specialCase is a code point's full case mapping where it is not Go's
// simple one (str_unicode_tables.go).
type specialCase struct {
	r rune
	s string
}

// specialCaseOf returns r's mapping in table, sorted by code point.
func specialCaseOf(table []specialCase, r rune) (string, bool) {
	i, ok := slices.BinarySearchFunc(table, r, func(e specialCase, r rune) int { return cmp.Compare(e.r, r) })
	if !ok {
		return "", false
	}
	return table[i].s, true
}

func strUpperRune(r rune) string {
	if m, ok := specialCaseOf(strSpecialUpper, r); ok {
		return m
	}
	return encodeCodePoint(unicode.ToUpper(r))
}

func strTitleRune(r rune) string {
	if m, ok := specialCaseOf(strSpecialTitle, r); ok {
		return m
	}
	return encodeCodePoint(unicode.ToTitle(r))
}

func strIsLowerRune(r rune) bool {
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

func strIsUpperRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

// StrLower is str.lower().
func StrLower(s string) string {
	if isASCIIString(s) {
		return strings.ToLower(s)
	}
	rs := decodeRunes(s)
	var sb strings.Builder
	for i := range rs {
		sb.WriteString(strLowerAt(rs, i))
	}
	return sb.String()
}

// StrUpper is str.upper().
func StrUpper(s string) string {
	if isASCIIString(s) {
		return strings.ToUpper(s)
	}
	var sb strings.Builder
	for _, r := range decodeRunes(s) {
		sb.WriteString(strUpperRune(r))
	}
	return sb.String()
}

func isASCIIString(s string) bool {
	i := 0
	// 32 bytes at a time: four words or'ed together and tested once (a
	// line of a text file is mostly ASCII and 10 to 120 bytes long).
	for ; i+32 <= len(s); i += 32 {
		if (load64(s, i)|load64(s, i+8)|load64(s, i+16)|load64(s, i+24))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&0x8080808080808080 != 0 {
			return false
		}
	}
	if len(s) >= 8 {
		// The last bytes as the word that ends the text, overlapping
		// bytes already tested.
		return load64(s, len(s)-8)&0x8080808080808080 == 0
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// load64 returns the eight bytes of s at i as a little-endian word (the
// compiler makes this one load).
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// strCasefold is str.casefold(): full case folding, which unlike lower()
// has no final-sigma rule.
func strCasefold(s string) string {
	var sb strings.Builder
	for _, r := range decodeRunes(s) {
		if m, ok := specialCaseOf(strCaseFold, r); ok {
			sb.WriteString(m)
		} else if m, ok := specialCaseOf(strSpecialLower, r); ok {
			sb.WriteString(m)
		} else {
			sb.WriteString(encodeCodePoint(unicode.ToLower(r)))
		}
	}
	return sb.String()
}

func strCapitalize(s string) string {
	rs := decodeRunes(s)
	var sb strings.Builder
	for i, r := range rs {
		if i == 0 {
			sb.WriteString(strTitleRune(r))
		} else {
			sb.WriteString(strLowerAt(rs, i))
		}
	}
	return sb.String()
}

func strTitle(s string) string {
	rs := decodeRunes(s)
	var sb strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			sb.WriteString(strLowerAt(rs, i))
		} else {
			sb.WriteString(strTitleRune(r))
		}
		prevCased = strIsCased(r)
	}
	return sb.String()
}

func strSwapcase(s string) string {
	rs := decodeRunes(s)
	var sb strings.Builder
	for i, r := range rs {
		switch {
		case strIsUpperRune(r):
			sb.WriteString(strLowerAt(rs, i))
		case strIsLowerRune(r):
			sb.WriteString(strUpperRune(r))
		default:
			sb.WriteString(encodeCodePoint(r))
		}
	}
	return sb.String()
}

func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range decodeRunes(s) {
		switch {
		case strIsUpperRune(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case strIsLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// strCaseCheck is islower (lower true) or isupper: no character of the
// opposite case or title case, and at least one cased character.
func strCaseCheck(s string, lower bool) bool {
	cased := false
	for _, r := range decodeRunes(s) {
		is, isNot := strIsLowerRune(r), strIsUpperRune(r)
		if !lower {
			is, isNot = isNot, is
		}
		if isNot || unicode.IsTitle(r) {
			return false
		}
		if is {
			cased = true
		}
	}
	return cased
}

// strAll reports whether s is non-empty and pred holds for every code
// point.
func strAll(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	// Decoded in place: isdigit() and friends run once per character in
	// tokenizers, and a []rune per call was most of their cost.
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = decodeRune(s[i:])
		}
		if !pred(r) {
			return false
		}
		i += size
	}
	return true
}

// strASCIIClass names the set of ASCII characters a str predicate
// accepts: among them, str.isdecimal(), isdigit() and isnumeric() agree
// (the ten digits), and isspace() takes the four separators \x1c to \x1f
// as well as the whitespace controls.
type strASCIIClass uint8

const (
	strASCIIDigit strASCIIClass = iota
	strASCIIAlpha
	strASCIIAlnum
	strASCIISpace
)

// strAllASCII is strAll for an ASCII text: whether it is not empty and
// every byte is in class.
func strAllASCII(s string, class strASCIIClass) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		digit, letter := c-'0' < 10, (c|0x20)-'a' < 26
		var in bool
		switch class {
		case strASCIIDigit:
			in = digit
		case strASCIIAlpha:
			in = letter
		case strASCIIAlnum:
			in = digit || letter
		default:
			in = c == ' ' || c-'\t' < 5 || c-0x1c < 4
		}
		if !in {
			return false
		}
	}
	return true
}

func strIsDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }
func strIsDigitRune(r rune) bool   { return unicode.Is(strDigitTable, r) }
func strIsNumericRune(r rune) bool { return unicode.Is(strNumericTable, r) }
func strIsAlphaRune(r rune) bool   { return unicode.IsLetter(r) }
func strIsAlnumRune(r rune) bool   { return unicode.IsLetter(r) || unicode.Is(strNumericTable, r) }

// StrIsIdentifier is str.isidentifier().
func StrIsIdentifier(s string) bool {
	for i, r := range s {
		if i == 0 {
			if !unicode.Is(strIDStartTable, r) {
				return false
			}
		} else if !unicode.Is(strIDContinueTable, r) {
			return false
		}
	}
	return s != ""
}

// strSplitASCIIWhitespace is s.split() for an ASCII s, the usual case, in
// two tight passes (count, then cut), with the str objects made by
// StrPieces. ok is false if s has a non-ASCII byte: strSplitWhitespace then
// decodes it, to split at the Unicode spaces too.
func strSplitASCIIWhitespace(s string) (list Value, ok bool) {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return Value{}, false
		}
		if asciiSpace[c] {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	items := make([]Value, n)
	var pieces StrPieces
	pieces.Start(n, true)
	for k, i := 0, 0; k < n; k++ {
		for asciiSpace[s[i]] {
			i++
		}
		j := i
		for i < len(s) && !asciiSpace[s[i]] {
			i++
		}
		items[k] = pieces.PieceValue(s[j:i])
	}
	return NewList(items), true
}

// asciiSpace tells which ASCII characters str.split() splits at, a table
// rather than isPySpace's switch for the loop over every character; the
// linker lays it out (TestASCIISpace).
var asciiSpace = [utf8.RuneSelf]bool{
	'\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true, ' ': true,
}

// strSplitWhitespace is str.split() with no separator: runs of whitespace
// separate, leading and trailing whitespace is dropped. It yields the parts
// in order, scanning the UTF-8 in place, and the parts share s's bytes, as
// with the other splits: a large text split into words costs one str object
// per distinct word (StrPieces) and no copies.
func strSplitWhitespace(s string, maxsplit int) iter.Seq[string] {
	return func(yield func(string) bool) {
		// space reports whether the code point at s[i:] is whitespace, and
		// its length in bytes.
		space := func(i int) (bool, int) {
			if c := s[i]; c < utf8.RuneSelf {
				return asciiSpace[c], 1
			}
			r, size := decodeRune(s[i:])
			return isPySpace(r), size
		}
		i, n, left := 0, len(s), maxsplit
		skipSpace := func() {
			for i < n {
				sp, size := space(i)
				if !sp {
					return
				}
				i += size
			}
		}
		for left != 0 {
			skipSpace()
			if i == n {
				return
			}
			j := i
			for i < n {
				sp, size := space(i)
				if sp {
					break
				}
				i += size
			}
			if !yield(s[j:i]) {
				return
			}
			left--
		}
		if skipSpace(); i != n {
			yield(s[i:])
		}
	}
}

// strSeqListValue returns a list of the strs parts yields. It runs parts
// twice, first to count them, because a split of a large text makes a big
// list, and growing it by appending would allocate it several times over.
func strSeqListValue(parts iter.Seq[string]) Value {
	n := 0
	for range parts {
		n++
	}
	items := make([]Value, 0, n)
	if n < strShareMinPieces {
		for p := range parts {
			items = append(items, NewStr(p))
		}
		return NewList(items)
	}
	// The loop's body is a closure, which moves pieces to the heap: only
	// a split of many pieces pays for that.
	pieces := new(StrPieces)
	pieces.Start(n, false)
	for p := range parts {
		items = append(items, pieces.PieceValue(p))
	}
	return NewList(items)
}

// strRSplitWhitespace is str.rsplit() with no separator.
func strRSplitWhitespace(s string, maxsplit int) []string {
	var out []string
	rs := decodeRunes(s)
	i := len(rs) - 1
	for maxsplit != 0 {
		for i >= 0 && isPySpace(rs[i]) {
			i--
		}
		if i < 0 {
			break
		}
		j := i
		for i >= 0 && !isPySpace(rs[i]) {
			i--
		}
		out = append(out, runesToStr(rs[i+1:j+1]))
		maxsplit--
	}
	if i >= 0 {
		for i >= 0 && isPySpace(rs[i]) {
			i--
		}
		if i >= 0 {
			out = append(out, runesToStr(rs[:i+1]))
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// strRSplitSep is str.rsplit(sep, maxsplit) for a non-empty sep.
func strRSplitSep(s, sep string, maxsplit int) []string {
	var out []string
	for maxsplit != 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	out = append(out, s)
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// strSplitLines is str.splitlines(keepends).
func strSplitLines(s string, keepends bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		eol := 0
		switch r {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			eol = size
		case '\r':
			eol = 1
			if i+1 < len(s) && s[i+1] == '\n' {
				eol = 2
			}
		}
		if eol == 0 {
			i += size
			continue
		}
		if keepends {
			out = append(out, s[start:i+eol])
		} else {
			out = append(out, s[start:i])
		}
		i += eol
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// splitlinesArgs parses the keepends argument of str.splitlines and
// bytes.splitlines: any object, by its truth.
func splitlinesArgs(th *Thread, args []Value, kwnames []string) (bool, error) {
	var keep Value
	if err := UnpackArgs("splitlines", args, kwnames, "keepends?", &keep); err != nil {
		return false, err
	}
	if !keep.IsValid() {
		return false, nil
	}
	return Truth(th, keep)
}

func strListValue(parts []string) Value {
	items := make([]Value, len(parts))
	var pieces StrPieces
	pieces.Start(len(parts), false)
	for i, p := range parts {
		items[i] = pieces.PieceValue(p)
	}
	return NewList(items)
}

// strSplitArgs parses (sep=None, maxsplit=-1) of split and rsplit.
func strSplitArgs(th *Thread, name string, args []Value, kwnames []string) (sep string, hasSep bool, maxsplit int, err error) {
	var sepV, maxV Value
	if err = UnpackArgs(name, args, kwnames, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
		return
	}
	maxsplit = -1
	if maxV.IsValid() {
		var m int64
		if m, err = AsInt(th, maxV); err != nil {
			return
		}
		maxsplit = int(m)
		if maxsplit < 0 {
			maxsplit = -1
		}
	}
	if sepV.IsValid() && !sepV.IsNone() {
		if !isStr(sepV) {
			err = Errorf(TypeError, "must be str or None, not %s", TypeName(sepV))
			return
		}
		sep, hasSep = StrValue(sepV), true
		if sep == "" {
			err = Errorf(ValueError, "empty separator")
		}
	}
	return
}

// strStripChars parses the chars argument of strip, lstrip and rstrip and
// returns the predicate of the characters to strip.
func strStripChars(name string, args []Value, kwnames []string) (func(rune) bool, error) {
	if err := CheckArgCount(name, args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return isPySpace, nil
	}
	if !isStr(args[0]) {
		return nil, Errorf(TypeError, "%s arg must be None or str", name)
	}
	chars := StrValue(args[0])
	return func(r rune) bool { return strings.ContainsRune(chars, r) }, nil
}

// strPadArgs parses (width[, fillchar]) of center, ljust and rjust.
func strPadArgs(th *Thread, name string, args []Value, kwnames []string) (width int, fill rune, err error) {
	if err = CheckArgCount(name, args, kwnames, 1, 2); err != nil {
		return
	}
	w, err := AsInt(th, args[0])
	if err != nil {
		return
	}
	fill = ' '
	if len(args) > 1 {
		if !isStr(args[1]) {
			err = Errorf(TypeError, "The fill character must be a unicode character, not %s", TypeName(args[1]))
			return
		}
		f := StrValue(args[1])
		if utf8.RuneCountInString(f) != 1 {
			err = Errorf(TypeError, "The fill character must be exactly one character long")
			return
		}
		fill, _ = utf8.DecodeRuneInString(f)
	}
	return int(w), fill, nil
}

// strPad returns s with left and right copies of fill around it.
func strPad(s string, left, right int, fill rune) string {
	f := string(fill)
	return strings.Repeat(f, left) + s + strings.Repeat(f, right)
}

// strTailMatch is startswith/endswith of one prefix/suffix within
// s[start:end], as CPython's tailmatch.
func strTailMatch(s *Str, sub string, start, end int, suffix bool) bool {
	subLen := countRunes(sub)
	if start > s.runeCount() || end-start < subLen {
		return false
	}
	if subLen == 0 {
		return true
	}
	if suffix {
		return s.substr(end-subLen, end) == sub
	}
	return s.substr(start, start+subLen) == sub
}

// strStartsEnds implements startswith (suffix false) and endswith.
func strStartsEnds(th *Thread, name string, self Value, args []Value, kwnames []string, suffix bool) (Value, error) {
	s := strOf(self)
	if err := numParseTupleArgs(StrType, name, args, kwnames, 1, 3); err != nil {
		return Value{}, err
	}
	var sv, ev Value
	if len(args) > 1 {
		sv = args[1]
	}
	if len(args) > 2 {
		ev = args[2]
	}
	start, end, err := strBounds(th, sv, ev, s.runeCount())
	if err != nil {
		return Value{}, err
	}
	if args[0].Type() == TupleType {
		for _, item := range TupleItems(args[0]) {
			if !isStr(item) {
				return Value{}, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, TypeName(item))
			}
			if strTailMatch(s, StrValue(item), start, end, suffix) {
				return True, nil
			}
		}
		return False, nil
	}
	if !isStr(args[0]) {
		return Value{}, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(args[0]))
	}
	return Bool(strTailMatch(s, StrValue(args[0]), start, end, suffix)), nil
}

// strTranslate is str.translate(table).
func strTranslate(th *Thread, s string, table Value) (Value, error) {
	var sb strings.Builder
	for _, r := range decodeRunes(s) {
		m, err := GetItem(th, table, Int(int64(r)))
		if err != nil {
			if IsInstanceOf(err, LookupError) {
				sb.WriteString(encodeCodePoint(r))
				continue
			}
			return Value{}, err
		}
		switch {
		case m.IsNone():
		case isInt(m):
			c, ok := intSmall(m)
			if !ok || c < 0 || c > unicode.MaxRune {
				return Value{}, Errorf(ValueError, "character mapping must be in range(0x110000)")
			}
			sb.WriteString(encodeCodePoint(rune(c)))
		case isStr(m):
			sb.WriteString(StrValue(m))
		default:
			return Value{}, Errorf(TypeError, "character mapping must return integer, None or str")
		}
	}
	return NewStr(sb.String()), nil
}

// strMaketrans is the static method str.maketrans(x[, y[, z]]).
func strMaketrans(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("maketrans", args, kwnames, 1, 3); err != nil {
		return Value{}, err
	}
	d := NewDict()
	if len(args) == 1 {
		if args[0].Type().Layout != LayoutDict {
			return Value{}, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		keys, values := as[Dict](args[0]).Items()
		for i, k := range keys {
			switch {
			case isStr(k):
				rs := []rune(StrValue(k))
				if len(rs) != 1 {
					return Value{}, Errorf(ValueError, "string keys in translate table must be of length 1")
				}
				k = Int(int64(rs[0]))
			case isInt(k):
			default:
				return Value{}, Errorf(TypeError, "keys in translate table must be strings or integers")
			}
			if err := d.Set(th, k, values[i]); err != nil {
				return Value{}, err
			}
		}
		return ValueOf(d), nil
	}
	x, err := strArg(args[0], "maketrans() argument 1 ")
	if err != nil {
		return Value{}, err
	}
	y, err := strArg(args[1], "maketrans() argument 2 ")
	if err != nil {
		return Value{}, err
	}
	xs, ys := []rune(x), []rune(y)
	if len(xs) != len(ys) {
		return Value{}, Errorf(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xs {
		if err := d.Set(th, Int(int64(xs[i])), Int(int64(ys[i]))); err != nil {
			return Value{}, err
		}
	}
	if len(args) == 3 {
		z, err := strArg(args[2], "maketrans() argument 3 ")
		if err != nil {
			return Value{}, err
		}
		for _, r := range z {
			if err := d.Set(th, Int(int64(r)), None); err != nil {
				return Value{}, err
			}
		}
	}
	return ValueOf(d), nil
}

// strExpandTabs is str.expandtabs(tabsize).
// expandTabsSize reads expandtabs' tabsize, 8 when not given; it is a C
// int, as in CPython.
func expandTabsSize(th *Thread, size Value) (int, error) {
	if !size.IsValid() {
		return 8, nil
	}
	i, err := Index(th, size)
	if err != nil {
		return 0, err
	}
	if n, ok := intSmall(i); ok && n == int64(int32(n)) {
		return int(n), nil
	}
	return 0, Errorf(OverflowError, "Python int too large to convert to C int")
}

func strExpandTabs(s string, tabsize int) string {
	var sb strings.Builder
	col := 0
	for _, r := range decodeRunes(s) {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				sb.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			sb.WriteRune(r)
			col = 0
		default:
			sb.WriteString(encodeCodePoint(r))
			col++
		}
	}
	return sb.String()
}

// strJoin is sep.join(iterable). The items of a list or tuple are read
// in place (checking them runs no Python code, so the list cannot change
// meanwhile) and the result is written once at its final size.
func strJoin(th *Thread, sep string, iterable Value) (Value, error) {
	var items []Value
	switch iterable.Type() {
	case ListType:
		if l := as[List](iterable); l.words != nil {
			return l.joinWords(sep)
		}
		items = ListItems(iterable)
	case TupleType:
		items = TupleItems(iterable)
	default:
		var err error
		if items, err = ToSlice(th, iterable); err != nil {
			if IsInstanceOf(err, TypeError) && iterable.Type().Iter == nil && iterable.Type().GetItem == nil {
				return Value{}, Errorf(TypeError, "can only join an iterable")
			}
			return Value{}, err
		}
	}
	return strJoinChecked(items, sep, func(v Value) Value { return v })
}

// strZfill is str.zfill(width).
func strZfill(s string, width int) string {
	n := countRunes(s)
	if n >= width {
		return s
	}
	fill := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + fill + s[1:]
	}
	return fill + s
}

// addStrMethods registers the methods of str.
func addStrMethods(t *Type) {
	simple := func(name string, f func(s string) string) {
		numNoArgMethod(t, name, func(th *Thread, self Value) (Value, error) {
			return NewStr(f(StrValue(self))), nil
		})
	}
	predicate := func(name string, f func(s string) bool) {
		numNoArgMethod(t, name, func(th *Thread, self Value) (Value, error) {
			return Bool(f(StrValue(self))), nil
		})
	}
	numNoArgMethod(t, "lower", func(th *Thread, self Value) (Value, error) {
		return strMapCase(as[Str](self), false), nil
	})
	numNoArgMethod(t, "upper", func(th *Thread, self Value) (Value, error) {
		return strMapCase(as[Str](self), true), nil
	})
	simple("casefold", strCasefold)
	simple("capitalize", strCapitalize)
	simple("title", strTitle)
	simple("swapcase", strSwapcase)
	predicate("istitle", strIsTitle)
	predicate("islower", func(s string) bool { return strCaseCheck(s, true) })
	predicate("isupper", func(s string) bool { return strCaseCheck(s, false) })
	// The class predicates: an ASCII str (its flag cached after the first
	// scan) is tested byte by byte without the Unicode tables.
	classPredicate := func(name string, class strASCIIClass, pred func(rune) bool) {
		numNoArgMethod(t, name, func(th *Thread, self Value) (Value, error) {
			if s := as[Str](self); s.isASCII() {
				return Bool(strAllASCII(s.text(), class)), nil
			}
			return Bool(strAll(StrValue(self), pred)), nil
		})
	}
	classPredicate("isspace", strASCIISpace, isPySpace)
	classPredicate("isalpha", strASCIIAlpha, strIsAlphaRune)
	classPredicate("isalnum", strASCIIAlnum, strIsAlnumRune)
	classPredicate("isdecimal", strASCIIDigit, strIsDecimalRune)
	classPredicate("isdigit", strASCIIDigit, strIsDigitRune)
	classPredicate("isnumeric", strASCIIDigit, strIsNumericRune)
	predicate("isascii", isASCIIString)
	predicate("isprintable", func(s string) bool { return s == "" || strAll(s, strIsPrintable) })
	predicate("isidentifier", StrIsIdentifier)

	for _, name := range []string{"find", "rfind", "index", "rindex"} {
		name := name
		last := name[0] == 'r'
		raise := strings.HasSuffix(name, "index")
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			s := strOf(self)
			sub, start, end, err := strSearchArgs(th, name, s, args, kwnames)
			if err != nil {
				return Value{}, err
			}
			i := strFind(s, sub, start, end, last)
			if i < 0 && raise {
				return Value{}, Errorf(ValueError, "substring not found")
			}
			return Int(int64(i)), nil
		})
	}
	t.AddMethod("count", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		s := strOf(self)
		sub, start, end, err := strSearchArgs(th, "count", s, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		if start > end || start > s.runeCount() {
			return Int(0), nil
		}
		return Int(int64(strings.Count(s.substr(start, end), sub))), nil
	})
	t.AddMethod("startswith", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return strStartsEnds(th, "startswith", self, args, kwnames, false)
	})
	t.AddMethod("endswith", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return strStartsEnds(th, "endswith", self, args, kwnames, true)
	})
	t.AddMethod("split", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		sep, hasSep, maxsplit, err := strSplitArgs(th, "split", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		s := StrValue(self)
		if !hasSep {
			if maxsplit < 0 {
				if l, ok := strSplitASCIIWhitespace(s); ok {
					return l, nil
				}
			}
			return strSeqListValue(strSplitWhitespace(s, maxsplit)), nil
		}
		n := -1
		if maxsplit >= 0 {
			n = maxsplit + 1
		}
		return strListValue(strings.SplitN(s, sep, n)), nil
	})
	t.AddMethod("rsplit", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		sep, hasSep, maxsplit, err := strSplitArgs(th, "rsplit", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		s := StrValue(self)
		if !hasSep {
			return strListValue(strRSplitWhitespace(s, maxsplit)), nil
		}
		return strListValue(strRSplitSep(s, sep, maxsplit)), nil
	})
	t.AddMethod("splitlines", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		keepends, err := splitlinesArgs(th, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return strListValue(strSplitLines(StrValue(self), keepends)), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		name, qualName := name, t.Name+"."+name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(qualName, args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			sep, err := strArg(args[0], "")
			if err != nil {
				return Value{}, err
			}
			if sep == "" {
				return Value{}, Errorf(ValueError, "empty separator")
			}
			s := StrValue(self)
			var i int
			if name == "partition" {
				i = strings.Index(s, sep)
			} else {
				i = strings.LastIndex(s, sep)
			}
			if i < 0 {
				if name == "partition" {
					return NewTuple([]Value{NewStr(s), NewStr(""), NewStr("")}), nil
				}
				return NewTuple([]Value{NewStr(""), NewStr(""), NewStr(s)}), nil
			}
			return NewTuple([]Value{NewStr(s[:i]), NewStr(sep), NewStr(s[i+len(sep):])}), nil
		})
	}
	t.AddMethod("join", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".join", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return strJoin(th, StrValue(self), args[0])
	})
	t.AddMethod("replace", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("replace", args, kwnames, 2, 3); err != nil {
			return Value{}, err
		}
		old, err := strArg(args[0], "replace() argument 1 ")
		if err != nil {
			return Value{}, err
		}
		repl, err := strArg(args[1], "replace() argument 2 ")
		if err != nil {
			return Value{}, err
		}
		n := int64(-1)
		if len(args) > 2 {
			if n, err = AsInt(th, args[2]); err != nil {
				return Value{}, err
			}
		}
		return strReplace(strOf(self), old, repl, int(n))
	})
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			pred, err := strStripChars(name, args, kwnames)
			if err != nil {
				return Value{}, err
			}
			s := StrValue(self)
			if name != "rstrip" {
				s = strings.TrimLeftFunc(s, pred)
			}
			if name != "lstrip" {
				s = strings.TrimRightFunc(s, pred)
			}
			return NewStr(s), nil
		})
	}
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			width, fill, err := strPadArgs(th, name, args, kwnames)
			if err != nil {
				return Value{}, err
			}
			s := StrValue(self)
			marg := width - strOf(self).runeCount()
			if marg <= 0 {
				return NewStr(s), nil
			}
			if err := checkGrowth(maxStrBytes, int64(len(s)), int64(marg), int64(utf8.RuneLen(fill))); err != nil {
				return Value{}, err
			}
			switch name {
			case "ljust":
				return NewStr(strPad(s, 0, marg, fill)), nil
			case "rjust":
				return NewStr(strPad(s, marg, 0, fill)), nil
			}
			left := marg/2 + (marg & width & 1)
			return NewStr(strPad(s, left, marg-left, fill)), nil
		})
	}
	t.AddMethod("zfill", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".zfill", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		w, err := AsInt(th, args[0])
		if err != nil {
			return Value{}, err
		}
		s := StrValue(self)
		if err := checkGrowth(maxStrBytes, int64(len(s)), w-int64(strOf(self).runeCount()), 1); err != nil {
			return Value{}, err
		}
		return NewStr(strZfill(s, int(w))), nil
	})
	t.AddMethod("expandtabs", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		var size Value
		if err := UnpackArgs("expandtabs", args, kwnames, "tabsize?", &size); err != nil {
			return Value{}, err
		}
		n, err := expandTabsSize(th, size)
		if err != nil {
			return Value{}, err
		}
		return NewStr(strExpandTabs(StrValue(self), n)), nil
	})
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name, qualName := name, t.Name+"."+name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(qualName, args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			affix, err := strArg(args[0], name+"() argument ")
			if err != nil {
				return Value{}, err
			}
			if name == "removeprefix" {
				return NewStr(strings.TrimPrefix(StrValue(self), affix)), nil
			}
			return NewStr(strings.TrimSuffix(StrValue(self), affix)), nil
		})
	}
	t.AddMethod("translate", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".translate", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return strTranslate(th, StrValue(self), args[0])
	})
	t.AddStaticMethod("maketrans", strMaketrans)
	t.AddMethod("encode", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		var encoding, errors Value
		if err := UnpackArgs("encode", args, kwnames, "encoding?", &encoding, "errors?", &errors); err != nil {
			return Value{}, err
		}
		enc, errs, err := codecArgs("encode", encoding, errors)
		if err != nil {
			return Value{}, err
		}
		b, err := Encode(StrValue(self), enc, errs)
		if err != nil {
			return Value{}, err
		}
		return NewBytes(b), nil
	})
	t.AddMethod("format", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		kw := NewDict()
		for i, k := range kwnames {
			kw.SetStr(k, args[npos+i])
		}
		r, err := StrFormat(th, StrValue(self), append([]Value{}, args[:npos]...), ValueOf(kw))
		if err != nil {
			return Value{}, err
		}
		return NewStr(r), nil
	})
	t.AddMethod("format_map", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".format_map", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		r, err := StrFormat(th, StrValue(self), nil, args[0])
		if err != nil {
			return Value{}, err
		}
		return NewStr(r), nil
	})
}
