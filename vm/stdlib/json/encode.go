package json

import (
	"math"
	"strconv"
	"sync"
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
	skipKeys      bool
	ensureASCII   bool
	checkCircular bool
	allowNaN      bool
	sortKeys      bool
	indent        string
	hasIndent     bool
	itemSep       string
	keySep        string
	def           rt.Value // default(o), or zero
	markers       map[unsafe.Pointer]bool
	depth         int // indentation level
	nest          int // nesting of containers and default() results
	scratch       []rt.Value
}

// bufPool keeps output buffers between dumps calls, so that encoding a
// document of the same size again does not grow a buffer from scratch.
var bufPool sync.Pool

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

// writeString appends s as a JSON string.
func (e *encoder) writeString(s string) {
	b := append(e.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (c != 0x7f || !e.ensureASCII) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			}
			i++
			start = i
			continue
		}
		if !e.ensureASCII {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && i+2 < len(s) && s[i] == 0xed {
			// A lone surrogate, held as its three-byte form.
			r, size = 0xd000|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), 3
		}
		b = append(b, s[start:i]...)
		if r >= 0x10000 {
			r -= 0x10000
			b = appendU(b, 0xd800|(r>>10)&0x3ff)
			b = appendU(b, 0xdc00|r&0x3ff)
		} else {
			b = appendU(b, r)
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	e.buf = append(b, '"')
}

func appendU(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}

// floatText is float.__repr__ with JSON's names for the non-finite values.
func (e *encoder) floatText(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !e.allowNaN {
			return "", rt.Errorf(rt.ValueError, "Out of range float values are not JSON compliant: %s", rt.FloatRepr(f))
		}
		if math.IsNaN(f) {
			return "NaN", nil
		}
		if f > 0 {
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return rt.FloatRepr(f), nil
}

func (e *encoder) newline() {
	e.buf = append(e.buf, '\n')
	for i := 0; i < e.depth; i++ {
		e.buf = append(e.buf, e.indent...)
	}
}

// encode appends the JSON text of v.
func (e *encoder) encode(v rt.Value) error {
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
		s, err := e.floatText(v.AsFloat())
		e.buf = append(e.buf, s...)
		return err
	}
	switch v.Type().Layout {
	case rt.LayoutStr:
		e.writeString(rt.StrValue(v))
		return nil
	case rt.LayoutInt:
		e.buf = append(e.buf, rt.BigIntValue(v).String()...)
		return nil
	case rt.LayoutFloat:
		f, err := rt.ToFloat(e.th, v)
		if err != nil {
			return err
		}
		s, err := e.floatText(f)
		e.buf = append(e.buf, s...)
		return err
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
		p := v.Pointer()
		if e.markers[p] {
			return rt.Errorf(rt.ValueError, "Circular reference detected")
		}
		e.markers[p] = true
	}
	return nil
}

func (e *encoder) leave(v rt.Value) {
	e.nest--
	if e.checkCircular {
		delete(e.markers, v.Pointer())
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
	e.leave(v)
	e.depth--
	if e.hasIndent {
		e.newline()
	}
	e.buf = append(e.buf, ']')
	return nil
}

// keyText converts a dict key to its JSON name; ok is false for a key
// skipped by skipkeys.
func (e *encoder) keyText(k rt.Value) (string, bool, error) {
	switch {
	case k.IsNone():
		return "null", true, nil
	case k.IsBool():
		if k.IsTrue() {
			return "true", true, nil
		}
		return "false", true, nil
	case k.IsSmallInt():
		return strconv.FormatInt(k.SmallInt(), 10), true, nil
	case k.IsFloat():
		s, err := e.floatText(k.AsFloat())
		return s, true, err
	}
	switch k.Type().Layout {
	case rt.LayoutStr:
		return rt.StrValue(k), true, nil
	case rt.LayoutInt:
		return rt.BigIntValue(k).String(), true, nil
	case rt.LayoutFloat:
		f, err := rt.ToFloat(e.th, k)
		if err != nil {
			return "", false, err
		}
		s, err := e.floatText(f)
		return s, true, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, rt.Errorf(rt.TypeError, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
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
	if e.sortKeys {
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
	} else {
		for i, n := 0, d.EntryCap(); i < n; i++ {
			if k, val, ok := d.Entry(i); ok {
				e.scratch = append(e.scratch, k, val)
			}
		}
	}
	pairs := e.scratch[base:]
	e.depth++
	e.buf = append(e.buf, '{')
	if e.hasIndent {
		e.newline()
	}
	first := true
	for i := 0; i < len(pairs); i += 2 {
		name, ok, err := e.keyText(pairs[i])
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline()
			}
		}
		first = false
		e.writeString(name)
		e.buf = append(e.buf, e.keySep...)
		if err := e.encode(pairs[i+1]); err != nil {
			return err
		}
	}
	e.leave(v)
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
	e.leave(v)
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
	e := &encoder{th: th, skipKeys: truth(args[1]), ensureASCII: truth(args[2]), checkCircular: truth(args[3]),
		allowNaN: truth(args[4]), def: args[8], sortKeys: truth(args[9])}
	if e.checkCircular {
		e.markers = map[unsafe.Pointer]bool{}
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
	if b, ok := bufPool.Get().(*[]byte); ok {
		e.buf = (*b)[:0]
	}
	err := e.encode(args[0])
	out := string(e.buf)
	if cap(e.buf) <= 64<<20 {
		b := e.buf[:0]
		bufPool.Put(&b)
	}
	if err != nil {
		return rt.Value{}, err
	}
	return rt.NewStr(out), nil
}
