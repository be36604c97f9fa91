package json

import (
	"strconv"
	"sync/atomic"
	"unicode/utf8"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines the JSON decoder: JSON text to Python values, with the
// hooks of json.loads and CPython's error messages and positions.

// decoder parses one document. Positions are byte offsets into s; errors
// convert them to code point indexes, as Python reports them.
type decoder struct {
	th            *rt.Thread
	s             string
	doc           rt.Value
	objectHook    rt.Value
	pairsHook     rt.Value
	parseFloat    rt.Value
	parseInt      rt.Value
	parseConstant rt.Value
	strict        bool
	depth         int
	keys          map[string]rt.Value // memoised keys, as CPython's memo
	stack         []rt.Value          // items of the containers being parsed
	text          []byte              // scratch for strings with escapes
	// strs holds the short string values made last, by a hash of their
	// text (jsonStrCache.go), and recentKeys the keys found last, in
	// front of keys; both nil for a document too short to repeat any.
	strs       *jsonStrCache
	recentKeys *[64]rt.Value
	caches     *decoderCaches // what strs and recentKeys point into, kept
}

// decoderCaches is the memory of a decoder's strs and recentKeys.
type decoderCaches struct {
	strs jsonStrCache
	keys [64]rt.Value
}

// spareDecoder is the decoder of the last loads call, with its key memo,
// stacks and caches emptied, which the next call takes: a small loads then
// allocates only its values, and an array of 25000 records does not grow
// a stack again by a quarter at a time (2 MB of stacks per call).
var spareDecoder atomic.Pointer[decoder]

const (
	// maxSpareItems is the largest item stack kept between calls.
	maxSpareItems = 1 << 16
	// maxSpareKeys is the largest key memo kept between calls: emptying a
	// map costs in proportion to its size.
	maxSpareKeys = 1 << 10
	// maxSpareText is the largest escaped-string scratch kept.
	maxSpareText = 1 << 16
)

// takeDecoder returns the spare decoder, or a new one.
func takeDecoder() *decoder {
	if d := spareDecoder.Swap(nil); d != nil {
		return d
	}
	return &decoder{keys: map[string]rt.Value{}}
}

// useCaches gives d its caches of short strs and recent keys.
func (d *decoder) useCaches() {
	if d.caches == nil {
		d.caches = new(decoderCaches)
	}
	d.strs, d.recentKeys = &d.caches.strs, &d.caches.keys
}

// release makes d the spare decoder, keeping its memory and nothing of
// the document.
func (d *decoder) release() {
	keys, stack, text, caches := d.keys, d.stack[:cap(d.stack)], d.text[:0], d.caches
	if len(keys) > maxSpareKeys {
		keys = map[string]rt.Value{}
	} else {
		clear(keys)
	}
	if len(stack) > maxSpareItems {
		stack = nil
	}
	clear(stack)
	if cap(text) > maxSpareText {
		text = nil
	}
	if d.strs != nil {
		*caches = decoderCaches{}
	}
	*d = decoder{keys: keys, stack: stack[:0], text: text, caches: caches}
	spareDecoder.Store(d)
}

// decodeError is a JSONDecodeError to raise: message and byte offset.
type decodeError struct {
	msg string
	pos int
}

func (e *decodeError) Error() string { return e.msg }

// expectingValue reports that no value starts at pos.
func (d *decoder) expectingValue(pos int) error { return &decodeError{"Expecting value", pos} }

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *decoder) skipWS(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

// value parses the value at i and returns it with the offset after it.
func (d *decoder) value(i int) (rt.Value, int, error) {
	s := d.s
	if i >= len(s) {
		return rt.Value{}, 0, d.expectingValue(i)
	}
	switch c := s[i]; c {
	case '"':
		str, escaped, end, err := d.str(i + 1)
		if err != nil {
			return rt.Value{}, 0, err
		}
		return d.strValue(str, escaped), end, nil
	case '{':
		return d.object(i + 1)
	case '[':
		return d.array(i + 1)
	case 'n':
		if hasPrefixAt(s, i, "null") {
			return rt.None, i + 4, nil
		}
	case 't':
		if hasPrefixAt(s, i, "true") {
			return rt.True, i + 4, nil
		}
	case 'f':
		if hasPrefixAt(s, i, "false") {
			return rt.False, i + 5, nil
		}
	case 'N':
		if hasPrefixAt(s, i, "NaN") {
			v, err := d.constant("NaN")
			return v, i + 3, err
		}
	case 'I':
		if hasPrefixAt(s, i, "Infinity") {
			v, err := d.constant("Infinity")
			return v, i + 8, err
		}
	case '-':
		if hasPrefixAt(s, i, "-Infinity") {
			v, err := d.constant("-Infinity")
			return v, i + 9, err
		}
		return d.number(i)
	default:
		if c >= '0' && c <= '9' {
			return d.number(i)
		}
	}
	return rt.Value{}, 0, d.expectingValue(i)
}

func hasPrefixAt(s string, i int, p string) bool { return len(s)-i >= len(p) && s[i:i+len(p)] == p }

func (d *decoder) constant(name string) (rt.Value, error) {
	if d.parseConstant.IsValid() && !d.parseConstant.IsNone() {
		return rt.Call(d.th, d.parseConstant, []rt.Value{rt.NewStr(name)}, nil)
	}
	switch name {
	case "NaN":
		return rt.Float(nan()), nil
	case "Infinity":
		return rt.Float(inf(1)), nil
	}
	return rt.Float(inf(-1)), nil
}

// number parses -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?.
func (d *decoder) number(start int) (rt.Value, int, error) {
	s := d.s
	i := start
	if s[i] == '-' {
		i++
	}
	if i >= len(s) || s[i] < '0' || s[i] > '9' {
		return rt.Value{}, 0, d.expectingValue(start)
	}
	if s[i] == '0' {
		i++
	} else {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		isFloat = true
		i += 2
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := s[start:i]
	if isFloat {
		if d.parseFloat.IsValid() && !d.parseFloat.IsNone() {
			v, err := rt.Call(d.th, d.parseFloat, []rt.Value{rt.NewStr(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			// Out of range: ParseFloat still gives ±Inf or 0, as float() does.
			if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
				return rt.Value{}, 0, d.expectingValue(start)
			}
		}
		return rt.Float(f), i, nil
	}
	if d.parseInt.IsValid() && !d.parseInt.IsNone() {
		v, err := rt.Call(d.th, d.parseInt, []rt.Value{rt.NewStr(text)}, nil)
		return v, i, err
	}
	if len(text) < 19 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return rt.Int(n), i, nil
	}
	v, err := rt.IntFromString(text, 10)
	return v, i, err
}

// str parses a string whose opening quote is at i-1. Its text is a
// substring of the document, or, when escaped is true, the decoded text
// left in d.text (valid until the next string), which the caller copies
// once into the str it makes.
func (d *decoder) str(i int) (text string, escaped bool, end int, err error) {
	s := d.s
	start := i
	// Fast path: no escapes.
	for j := i; j < len(s); j++ {
		c := s[j]
		if c == '"' {
			return s[i:j], false, j + 1, nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	out := d.text[:0]
	defer func() { d.text = out }()
	for {
		if i >= len(s) {
			return "", false, 0, &decodeError{"Unterminated string starting at", start - 1}
		}
		c := s[i]
		if c == '"' {
			return "", true, i + 1, nil
		}
		if c < 0x20 {
			if d.strict {
				return "", false, 0, &decodeError{"Invalid control character at", i}
			}
			out = append(out, c)
			i++
			continue
		}
		if c != '\\' {
			j := i + 1
			for j < len(s) && s[j] != '"' && s[j] != '\\' && s[j] >= 0x20 {
				j++
			}
			out = append(out, s[i:j]...)
			i = j
			continue
		}
		if i+1 >= len(s) {
			return "", false, 0, &decodeError{"Unterminated string starting at", start - 1}
		}
		esc := s[i+1]
		switch esc {
		case '"', '\\', '/':
			out = append(out, esc)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(s, i+2)
			if !ok {
				return "", false, 0, &decodeError{"Invalid \\uXXXX escape", i + 1}
			}
			i += 6
			if r >= 0xd800 && r <= 0xdbff && hasPrefixAt(s, i, "\\u") {
				if lo, ok := hex4(s, i+2); ok && lo >= 0xdc00 && lo <= 0xdfff {
					r = 0x10000 + (r-0xd800)<<10 + (lo - 0xdc00)
					i += 6
				}
			}
			if r >= 0xd800 && r <= 0xdfff {
				out = append(out, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
			} else {
				out = utf8.AppendRune(out, r)
			}
			continue
		default:
			return "", false, 0, &decodeError{"Invalid \\escape", i}
		}
		i += 2
	}
}

func hex4(s string, i int) (rune, bool) {
	if len(s)-i < 4 {
		return 0, false
	}
	var r rune
	for k := 0; k < 4; k++ {
		c := s[i+k]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// enter counts a container of the kind ("array", "object") being decoded.
func (d *decoder) enter(kind string) error {
	d.depth++
	if d.depth > maxDepth {
		return rt.Errorf(rt.RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", kind)
	}
	return nil
}

func (d *decoder) array(i int) (rt.Value, int, error) {
	if err := d.enter("array"); err != nil {
		return rt.Value{}, 0, err
	}
	defer func() { d.depth-- }()
	s := d.s
	i = d.skipWS(i)
	if i < len(s) && s[i] == ']' {
		return rt.NewList(nil), i + 1, nil
	}
	// Items go on d.stack (shared with nested containers) and are copied
	// once into a list of the right size: up to four in the list's own
	// allocation.
	base := len(d.stack)
	defer func() { d.stack = d.stack[:base] }()
	for {
		v, end, err := d.value(i)
		if err != nil {
			return rt.Value{}, 0, err
		}
		d.stack = append(d.stack, v)
		i = d.skipWS(end)
		if i < len(s) && s[i] == ']' {
			return rt.NewListOf(d.stack[base:]), i + 1, nil
		}
		if i >= len(s) || s[i] != ',' {
			return rt.Value{}, 0, &decodeError{"Expecting ',' delimiter", i}
		}
		i = d.skipWS(i + 1)
	}
}

func (d *decoder) object(i int) (rt.Value, int, error) {
	if err := d.enter("object"); err != nil {
		return rt.Value{}, 0, err
	}
	defer func() { d.depth-- }()
	s := d.s
	// Keys and values go on d.stack, then into a dict sized for them.
	base := len(d.stack)
	defer func() { d.stack = d.stack[:base] }()
	i = d.skipWS(i)
	if i < len(s) && s[i] == '}' {
		return d.finishObject(base, i+1)
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return rt.Value{}, 0, &decodeError{"Expecting property name enclosed in double quotes", i}
		}
		text, escaped, end, err := d.str(i + 1)
		if err != nil {
			return rt.Value{}, 0, err
		}
		key := d.key(text, escaped) // before the value reuses d.text
		i = d.skipWS(end)
		if i >= len(s) || s[i] != ':' {
			return rt.Value{}, 0, &decodeError{"Expecting ':' delimiter", i}
		}
		i = d.skipWS(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return rt.Value{}, 0, err
		}
		d.stack = append(d.stack, key, v)
		i = d.skipWS(end)
		if i < len(s) && s[i] == '}' {
			return d.finishObject(base, i+1)
		}
		if i >= len(s) || s[i] != ',' {
			return rt.Value{}, 0, &decodeError{"Expecting ',' delimiter", i}
		}
		i = d.skipWS(i + 1)
	}
}

// key returns the str for a key, shared between objects as CPython's memo
// shares them. An escaped key's text is in d.text, looked up without a
// copy; only a key seen first is copied, once.
func (d *decoder) key(k string, escaped bool) rt.Value {
	var recent *rt.Value
	if c := d.recentKeys; c != nil && !escaped && len(k) > 0 {
		// Records repeat the same few keys: a slot chosen by the length
		// and three bytes finds them with one comparison, before the map
		// hashes the whole text.
		recent = &c[(len(k)*0x9e+int(k[0])+int(k[len(k)/2])*7+int(k[len(k)-1])*31)&(len(c)-1)]
		if recent.IsValid() && rt.StrValue(*recent) == k {
			return *recent
		}
	}
	if escaped {
		if v, ok := d.keys[string(d.text)]; ok {
			return v
		}
		k = string(d.text)
	} else if v, ok := d.keys[k]; ok {
		if recent != nil {
			*recent = v
		}
		return v
	}
	v := rt.NewStr(k)
	d.keys[k] = v
	if recent != nil {
		*recent = v
	}
	return v
}

// finishObject makes the object whose keys and values are on d.stack
// from base, through the hooks if any.
func (d *decoder) finishObject(base, end int) (rt.Value, int, error) {
	kv := d.stack[base:]
	if d.pairsHook.IsValid() && !d.pairsHook.IsNone() {
		v, err := rt.Call(d.th, d.pairsHook, []rt.Value{rt.NewPairList(kv)}, nil)
		return v, end, err
	}
	dict, err := rt.NewDictOfMemoKeys(d.th, kv) // d.key memoises every key
	if err != nil {
		return rt.Value{}, 0, err
	}
	if d.objectHook.IsValid() && !d.objectHook.IsNone() {
		v, err := rt.Call(d.th, d.objectHook, []rt.Value{rt.ValueOf(dict)}, nil)
		return v, end, err
	}
	return rt.ValueOf(dict), end, nil
}

// cpIndex converts a byte offset of s to a code point index, counting the
// three-byte form of a lone surrogate as one code point.
func cpIndex(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	prefix := s[:off]
	if utf8.ValidString(prefix) {
		return utf8.RuneCountInString(prefix)
	}
	n := 0
	for i := 0; i < len(prefix); n++ {
		r, size := utf8.DecodeRuneInString(prefix[i:])
		if r == utf8.RuneError && size == 1 && prefix[i] == 0xed && i+2 < len(prefix) {
			size = 3
		}
		i += size
	}
	return n
}

// jsonDecode is _decode(s, object_hook, object_pairs_hook, parse_float,
// parse_int, parse_constant, strict, idx, raw): decode (raw false) or
// raw_decode from idx (raw true, returning (obj, end)).
func jsonDecode(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_decode", args, kwnames, 9, 9); err != nil {
		return rt.Value{}, err
	}
	doc := args[0]
	if doc.IsImmediate() || doc.Type().Layout != rt.LayoutStr {
		return rt.Value{}, rt.Errorf(rt.TypeError, "first argument must be a string, not %s", rt.TypeName(doc))
	}
	strict, _ := rt.Truth(th, args[6])
	idx, err := rt.AsInt(th, args[7])
	if err != nil {
		return rt.Value{}, err
	}
	raw, _ := rt.Truth(th, args[8])
	d := takeDecoder()
	d.th, d.s, d.doc, d.strict = th, rt.StrValue(doc), doc, strict
	d.objectHook, d.pairsHook, d.parseFloat, d.parseInt, d.parseConstant = args[1], args[2], args[3], args[4], args[5]
	if len(d.s) >= jsonStrCacheMinDoc {
		d.useCaches()
	}
	// idx is a code point index: find its byte offset.
	start := 0
	for n := int64(0); n < idx && start < len(d.s); n++ {
		_, size := utf8.DecodeRuneInString(d.s[start:])
		start += size
	}
	if !raw {
		start = d.skipWS(start)
	}
	v, end, err := d.value(start)
	if err == nil && !raw {
		end = d.skipWS(end)
		if end != len(d.s) {
			err = &decodeError{"Extra data", end}
		}
	}
	text := d.s
	d.release()
	if err != nil {
		if de, ok := err.(*decodeError); ok {
			return rt.Value{}, decodeErrorValue(th, de.msg, doc, cpIndex(text, de.pos))
		}
		return rt.Value{}, err
	}
	if raw {
		return rt.NewTuple([]rt.Value{v, rt.Int(int64(cpIndex(text, end)))}), nil
	}
	return v, nil
}

// decodeErrorValue makes a json.JSONDecodeError by calling the class.
func decodeErrorValue(th *rt.Thread, msg string, doc rt.Value, pos int) error {
	mod, err := rt.ImportModule(th, "json")
	if err != nil {
		return err
	}
	cls, err := rt.GetAttr(th, mod, "JSONDecodeError")
	if err != nil {
		return err
	}
	v, err := rt.Call(th, cls, []rt.Value{rt.NewStr(msg), doc, rt.Int(int64(pos))}, nil)
	if err != nil {
		return err
	}
	if v.IsImmediate() || v.Type().Layout != rt.LayoutException {
		return rt.Errorf(rt.TypeError, "JSONDecodeError did not make an exception")
	}
	return (*rt.Exception)(v.Pointer())
}
