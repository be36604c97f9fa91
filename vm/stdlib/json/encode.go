package json

import (
	"math"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines the JSON encoder: Python values to JSON text, with the
// options of json.dumps and CPython's error messages.

// encoder holds the options of one dumps call and its output buffer.
type encoder struct {
	th            *rt.Thread
	buf           []byte
	escapes       *[256]byte // one of the tables escapes returns
	skipKeys      bool
	ensureASCII   bool
	checkCircular bool
	allowNaN      bool
	sortKeys      bool
	indent        string
	hasIndent     bool
	itemSep       string
	keySep        string
	def           rt.Value         // default(o), or zero
	open          []unsafe.Pointer // containers being encoded, for check_circular
	depth         int              // indentation level
	nest          int              // nesting of containers and default() results
	scratch       []rt.Value
	sorter        strPairs
}

// spareEncoder is the encoder of the last dumps call, with its output
// buffer and stacks, which the next call takes: a small dumps then
// allocates only its result, and a document of the same size is encoded
// again without growing a buffer from nothing (twice its size allocated,
// every page of it faulted in). A sync.Pool lost it at every second
// collection, several times in one call of a few MB.
var spareEncoder atomic.Pointer[encoder]

const (
	// maxSpareBuf is the largest output buffer kept between calls.
	maxSpareBuf = 32 << 20
	// maxSpareScratch is the most pairs or containers kept stacks hold:
	// each is cleared at the end of every call.
	maxSpareScratch = 1 << 12
)

// takeEncoder returns the spare encoder, or a new one.
func takeEncoder() *encoder {
	if e := spareEncoder.Swap(nil); e != nil {
		return e
	}
	return &encoder{}
}

// release makes e the spare encoder, keeping its buffer and stacks and
// nothing they referred to.
func (e *encoder) release() {
	if cap(e.buf) > maxSpareBuf {
		return
	}
	scratch, open := e.scratch[:cap(e.scratch)], e.open[:cap(e.open)]
	if len(scratch) > 2*maxSpareScratch || len(open) > maxSpareScratch {
		scratch, open = nil, nil
	}
	clear(scratch)
	clear(open)
	*e = encoder{buf: e.buf[:0], scratch: scratch[:0], open: open[:0]}
	spareEncoder.Store(e)
}

// maxDepth bounds the nesting of containers that json encodes or
// decodes where CPython's C accelerator does, as its C recursion limit
// does: 1497 levels from a module's top level.
const maxDepth = 1497

// pyEncoderFrames is the number of frames, beyond one per container,
// that CPython's pure-Python encoder (used with indent) has on the stack
// when it recurses: its containers may nest as deep as the recursion
// limit less the caller's frames and these.
const pyEncoderFrames = 2

const hexDigits = "0123456789abcdef"

// escapes returns two tables giving, for each byte of a str's text, the
// character after the backslash of its escape ('u' for \u00XX), or 0 for
// a byte copied as it is: the first for UTF-8 output, the second for
// ensure_ascii, which also escapes DEL, as CPython does, and marks the
// bytes of non-ASCII characters 'U'. They are made at the first dumps,
// not at every start.
var escapes = sync.OnceValues(escapeTables)

func escapeTables() (utf8Table, asciiTable *[256]byte) {
	utf8Table, asciiTable = new([256]byte), new([256]byte)
	for c := 0; c < 0x20; c++ {
		utf8Table[c] = 'u'
	}
	for c, esc := range map[byte]byte{'"': '"', '\\': '\\', '\n': 'n', '\r': 'r', '\t': 't', '\b': 'b', '\f': 'f'} {
		utf8Table[c] = esc
	}
	*asciiTable = *utf8Table
	asciiTable[0x7f] = 'u'
	for c := utf8.RuneSelf; c < 256; c++ {
		asciiTable[c] = 'U'
	}
	return utf8Table, asciiTable
}

// bufSlack is the room encode makes sure of before each value: the
// appends of a scalar, a key or a short string then fit without Go's own
// growth, which adds a quarter at a time to a large slice (a 4 MB
// document was 20 MB of buffers).
const bufSlack = 4096

// grow doubles the buffer, keeping its bytes.
func (e *encoder) grow() {
	b := make([]byte, len(e.buf), 2*cap(e.buf)+bufSlack)
	copy(b, e.buf)
	e.buf = b
}

// writeString appends s as a JSON string: runs of bytes that need no
// escape are found with the table and copied at once.
func (e *encoder) writeString(s string) {
	esc := e.escapes
	b := append(e.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		x := esc[c]
		if x == 0 {
			i++
			continue
		}
		b = append(b, s[start:i]...)
		switch x {
		case 'u':
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			i++
		case 'U':
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 && i+2 < len(s) && c == 0xed {
				// A lone surrogate, held as its three-byte form.
				r, size = 0xd000|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), 3
			}
			if r >= 0x10000 {
				r -= 0x10000
				b = appendU(b, 0xd800|(r>>10)&0x3ff)
				b = appendU(b, 0xdc00|r&0x3ff)
			} else {
				b = appendU(b, r)
			}
			i += size
		default:
			b = append(b, '\\', x)
			i++
		}
		start = i
	}
	b = append(b, s[start:]...)
	e.buf = append(b, '"')
}

func appendU(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}

// appendFloat appends float.__repr__ of f, with JSON's names for the
// non-finite values.
func (e *encoder) appendFloat(f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !e.allowNaN {
			return rt.Errorf(rt.ValueError, "Out of range float values are not JSON compliant: %s", rt.FloatRepr(f))
		}
		switch {
		case math.IsNaN(f):
			e.buf = append(e.buf, "NaN"...)
		case f > 0:
			e.buf = append(e.buf, "Infinity"...)
		default:
			e.buf = append(e.buf, "-Infinity"...)
		}
		return nil
	}
	e.buf = rt.AppendFloatRepr(e.buf, f)
	return nil
}

func (e *encoder) newline() {
	e.buf = append(e.buf, '\n')
	for i := 0; i < e.depth; i++ {
		e.buf = append(e.buf, e.indent...)
	}
}

// encode appends the JSON text of v.
func (e *encoder) encode(v rt.Value) error {
	if cap(e.buf)-len(e.buf) < bufSlack {
		e.grow()
	}
	switch {
	case v.IsNone():
		e.buf = append(e.buf, "null"...)
		return nil
	case v.IsBool():
		if v.IsTrue() {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		return nil
	case v.IsSmallInt():
		e.buf = strconv.AppendInt(e.buf, v.SmallInt(), 10)
		return nil
	case v.IsFloat():
		return e.appendFloat(v.AsFloat())
	}
	switch v.Type().Layout {
	case rt.LayoutStr:
		e.writeString(rt.StrValue(v))
		return nil
	case rt.LayoutInt:
		e.buf = rt.BigIntValue(v).Append(e.buf, 10)
		return nil
	case rt.LayoutFloat:
		f, err := rt.ToFloat(e.th, v)
		if err != nil {
			return err
		}
		return e.appendFloat(f)
	case rt.LayoutList:
		return e.encodeArray(v, rt.ListItems(v), true)
	case rt.LayoutTuple:
		return e.encodeArray(v, rt.TupleItems(v), false)
	case rt.LayoutDict:
		return e.encodeDict(v)
	}
	return e.encodeOther(v)
}

// enter marks a container being encoded, for circular references and
// depth.
func (e *encoder) enter(v rt.Value) error {
	e.nest++
	if e.hasIndent {
		if e.nest > e.th.JITDepthLeft()-pyEncoderFrames {
			return rt.Errorf(rt.RecursionError, "maximum recursion depth exceeded")
		}
	} else if e.nest > maxDepth {
		return rt.Errorf(rt.RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
	}
	if e.checkCircular {
		// The containers being encoded are the path from the top: a
		// short stack searched from its end, where a map was a hash, an
		// insert and a delete per container.
		p := v.Pointer()
		for _, q := range e.open {
			if q == p {
				return rt.Errorf(rt.ValueError, "Circular reference detected")
			}
		}
		e.open = append(e.open, p)
	}
	return nil
}

func (e *encoder) leave() {
	e.nest--
	if e.checkCircular {
		e.open = e.open[:len(e.open)-1]
	}
}

func (e *encoder) encodeArray(v rt.Value, items []rt.Value, isList bool) error {
	if len(items) == 0 {
		e.buf = append(e.buf, '[', ']')
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.depth++
	e.buf = append(e.buf, '[')
	if e.hasIndent {
		e.newline()
	}
	for i := 0; ; i++ {
		if isList {
			// The list may change while default() runs.
			items = rt.ListItems(v)
			if i >= len(items) {
				break
			}
		} else if i >= len(items) {
			break
		}
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline()
			}
		}
		if err := e.encode(items[i]); err != nil {
			return err
		}
	}
	e.leave()
	e.depth--
	if e.hasIndent {
		e.newline()
	}
	e.buf = append(e.buf, ']')
	return nil
}

// writeKey appends the JSON name of a dict key; ok is false, with
// nothing written, for a key skipped by skipkeys.
func (e *encoder) writeKey(k rt.Value) (ok bool, err error) {
	switch {
	case k.IsNone():
		e.buf = append(e.buf, `"null"`...)
		return true, nil
	case k.IsBool():
		if k.IsTrue() {
			e.buf = append(e.buf, `"true"`...)
		} else {
			e.buf = append(e.buf, `"false"`...)
		}
		return true, nil
	case k.IsSmallInt():
		e.buf = append(strconv.AppendInt(append(e.buf, '"'), k.SmallInt(), 10), '"')
		return true, nil
	case k.IsFloat():
		return true, e.writeFloatKey(k.AsFloat())
	}
	switch k.Type().Layout {
	case rt.LayoutStr:
		e.writeString(rt.StrValue(k))
		return true, nil
	case rt.LayoutInt:
		e.buf = append(rt.BigIntValue(k).Append(append(e.buf, '"'), 10), '"')
		return true, nil
	case rt.LayoutFloat:
		f, err := rt.ToFloat(e.th, k)
		if err != nil {
			return false, err
		}
		return true, e.writeFloatKey(f)
	}
	if e.skipKeys {
		return false, nil
	}
	return false, rt.Errorf(rt.TypeError, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func (e *encoder) writeFloatKey(f float64) error {
	e.buf = append(e.buf, '"')
	if err := e.appendFloat(f); err != nil {
		return err
	}
	e.buf = append(e.buf, '"')
	return nil
}

// strPairs is a dict's key, value pairs laid out flat, sorted by their
// keys, all exact strs: code point order, which is the byte order of
// their UTF-8 (WTF-8 for lone surrogates) texts.
type strPairs []rt.Value

func (p strPairs) Len() int           { return len(p) / 2 }
func (p strPairs) Less(i, j int) bool { return rt.StrValue(p[2*i]) < rt.StrValue(p[2*j]) }
func (p strPairs) Swap(i, j int) {
	p[2*i], p[2*j] = p[2*j], p[2*i]
	p[2*i+1], p[2*j+1] = p[2*j+1], p[2*i+1]
}

// dictPairs pushes d's keys and values on e.scratch, in sort_keys order
// if asked.
func (e *encoder) dictPairs(d *rt.Dict) error {
	base := len(e.scratch)
	allStr := true
	for i, n := 0, d.EntryCap(); i < n; i++ {
		if k, val, ok := d.Entry(i); ok {
			e.scratch = append(e.scratch, k, val)
			allStr = allStr && !k.IsImmediate() && k.Type() == rt.StrType
		}
	}
	if !e.sortKeys {
		return nil
	}
	if allStr {
		// Sorted in place, with no list of keys or sort buffer: a str
		// subclass may order itself otherwise, and goes the general way.
		e.sorter = e.scratch[base:]
		sort.Sort(&e.sorter)
		e.sorter = nil
		return nil
	}
	e.scratch = e.scratch[:base]
	keys := d.Keys()
	if err := rt.Sorted(e.th, keys, rt.Value{}, false); err != nil {
		return err
	}
	for _, k := range keys {
		val, _, err := d.Get(e.th, k)
		if err != nil {
			return err
		}
		e.scratch = append(e.scratch, k, val)
	}
	return nil
}

func (e *encoder) encodeDict(v rt.Value) error {
	d := (*rt.Dict)(v.Pointer())
	if d.Len() == 0 {
		e.buf = append(e.buf, '{', '}')
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	// The pairs go on e.scratch, used as a stack by nested dicts: no
	// copies of the keys and values per dict.
	base := len(e.scratch)
	defer func() { e.scratch = e.scratch[:base] }()
	if err := e.dictPairs(d); err != nil {
		return err
	}
	pairs := e.scratch[base:]
	e.depth++
	e.buf = append(e.buf, '{')
	if e.hasIndent {
		e.newline()
	}
	first := true
	for i := 0; i < len(pairs); i += 2 {
		mark := len(e.buf)
		if !first {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline()
			}
		}
		ok, err := e.writeKey(pairs[i])
		if err != nil {
			return err
		}
		if !ok {
			e.buf = e.buf[:mark]
			continue
		}
		first = false
		e.buf = append(e.buf, e.keySep...)
		if err := e.encode(pairs[i+1]); err != nil {
			return err
		}
	}
	e.leave()
	e.depth--
	if e.hasIndent {
		e.newline()
	}
	e.buf = append(e.buf, '}')
	return nil
}

// encodeOther encodes what default(o) returns for an unsupported object.
func (e *encoder) encodeOther(v rt.Value) error {
	if !e.def.IsValid() || e.def.IsNone() {
		return rt.Errorf(rt.TypeError, "Object of type %s is not JSON serializable", v.Type().Name)
	}
	if err := e.enter(v); err != nil {
		return err
	}
	r, err := rt.Call(e.th, e.def, []rt.Value{v}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r); err != nil {
		return err
	}
	e.leave()
	return nil
}

// jsonEncode is _encode(obj, skipkeys, ensure_ascii, check_circular,
// allow_nan, indent, item_separator, key_separator, default, sort_keys).
func jsonEncode(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_encode", args, kwnames, 10, 10); err != nil {
		return rt.Value{}, err
	}
	truth := func(v rt.Value) bool {
		t, _ := rt.Truth(th, v)
		return t
	}
	e := takeEncoder()
	e.th, e.skipKeys, e.ensureASCII, e.checkCircular = th, truth(args[1]), truth(args[2]), truth(args[3])
	e.allowNaN, e.def, e.sortKeys = truth(args[4]), args[8], truth(args[9])
	escapeUTF8, escapeASCII := escapes()
	e.escapes = escapeUTF8
	if e.ensureASCII {
		e.escapes = escapeASCII
	}
	if ind := args[5]; !ind.IsNone() {
		e.hasIndent = true
		if ind.Type().Layout == rt.LayoutStr {
			e.indent = rt.StrValue(ind)
		} else {
			// json.encoder's ' ' * indent, with its errors.
			spaces, err := rt.Binary(th, rt.OpMul, rt.NewStr(" "), ind)
			if err != nil {
				return rt.Value{}, err
			}
			if spaces.IsImmediate() || spaces.Type().Layout != rt.LayoutStr {
				return rt.Value{}, rt.Errorf(rt.TypeError, "can only concatenate str (not \"%s\") to str", rt.TypeName(spaces))
			}
			e.indent = rt.StrValue(spaces)
		}
	}
	for i, p := range []*string{&e.itemSep, &e.keySep} {
		sep := args[6+i]
		if sep.IsImmediate() || sep.Type().Layout != rt.LayoutStr {
			s, err := rt.ToString(th, sep)
			if err != nil {
				return rt.Value{}, err
			}
			*p = s
		} else {
			*p = rt.StrValue(sep)
		}
	}
	err := e.encode(args[0])
	var out rt.Value
	if err == nil {
		// With ensure_ascii every character is written ASCII, and so is
		// the whole text if the separators and indent are.
		if e.ensureASCII && isASCII(e.itemSep) && isASCII(e.keySep) && isASCII(e.indent) {
			out = rt.NewStrBytesASCII(e.buf)
		} else {
			out = rt.NewStrBytes(e.buf)
		}
	}
	e.release()
	return out, err
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
