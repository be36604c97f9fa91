package runtime

import (
	"bytes"
	"math"
	"strings"
)

// This file defines the bytes and bytearray types: construction, repr,
// hashing and comparison, indexing and slicing, concatenation and
// repetition, `in`, iteration, decode, hex/fromhex, the common search and
// transformation methods shared by both, and the mutations of bytearray.

// ByteArrayType is the type of bytearray objects; they share the Bytes
// struct with bytes, under LayoutByteArray.
var ByteArrayType = NewBuiltinType("bytearray", ObjectType, LayoutByteArray, FlagBaseType|FlagUnhashable)

// NewByteArray returns a bytearray holding b (not copied).
func NewByteArray(b []byte) Value {
	profileNew(ByteArrayType, profBytesSize+uintptr(cap(b)))
	return profValue(&Bytes{Object: Object{typ: ByteArrayType}, b: b})
}

// isBytesLike reports whether v is a bytes or bytearray (or subclass).
func isBytesLike(v Value) bool {
	l := v.Type().Layout
	return l == LayoutBytes || l == LayoutByteArray
}

// bytesLike returns the contents of a bytes-like object (bytes, bytearray
// or a live memoryview). For bytes, bytearray and contiguous views the
// slice is the object's storage, not a copy.
func bytesLike(v Value) ([]byte, bool) {
	if isBytesLike(v) {
		return as[Bytes](v).b, true
	}
	if isMemoryView(v) {
		return memoryViewBytes(v)
	}
	return nil, false
}

// newBytesOfType returns b as an instance of t, a subclass of bytes or
// bytearray (or one of them).
func newBytesOfType(t *Type, b []byte) Value {
	profileNew(t, profBytesSize+uintptr(len(b)))
	o := &Bytes{Object: Object{typ: t}, b: b}
	if t.Flags&FlagHasDict != 0 {
		o.dict = NewDict()
	}
	return ValueOf(o)
}

// sameBytesType returns b as a bytes or a bytearray, like v.
func sameBytesType(v Value, b []byte) Value {
	if v.Type().Layout == LayoutByteArray {
		return NewByteArray(b)
	}
	return NewBytes(b)
}

// bytesRepr returns the repr of a bytes or bytearray value.
func bytesRepr(v Value) string {
	r := bytesLiteral(BytesValue(v))
	if v.Type().Layout == LayoutByteArray {
		return v.Type().Name + "(" + r + ")"
	}
	return r
}

// bytesLiteral writes b'...' with CPython's quoting and escapes.
func bytesLiteral(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteString("b")
	sb.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			writeHexEscape(&sb, 'x', uint32(c), 2)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// byteValue converts an int to a byte, with CPython's range error.
func byteValue(th *Thread, v Value) (byte, error) {
	n, err := AsInt(th, v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// BytesFromValue returns the bytes that bytes(x) would hold for one
// argument: a bytes-like object, an object with __bytes__ (for bytes), a
// count of zero bytes, or an iterable of ints.
func BytesFromValue(th *Thread, x Value) ([]byte, error) {
	return bytesFromValue(th, x, "bytes")
}

// byteArrayFromValue is BytesFromValue for bytearray(x), its extend and its
// slice assignment, which word the range error "byte must be in range"
// where bytes() says "bytes must be".
func byteArrayFromValue(th *Thread, x Value) ([]byte, error) {
	return bytesFromValue(th, x, "byte")
}

// bytesFromValue implements BytesFromValue; rangeNoun starts the message of
// an out-of-range item.
func bytesFromValue(th *Thread, x Value, rangeNoun string) ([]byte, error) {
	if b, ok := bytesLike(x); ok {
		return append([]byte(nil), b...), nil
	}
	if isStr(x) {
		return nil, Errorf(TypeError, "string argument without an encoding")
	}
	if r, ok, err := numCallSpecial(th, x, "__bytes__"); err != nil {
		return nil, err
	} else if ok {
		b, isBytes := bytesLike(r)
		if !isBytes || r.Type().Layout != LayoutBytes {
			return nil, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
		}
		return append([]byte(nil), b...), nil
	}
	if x.Type().Index != nil || x.IsSmallInt() {
		n, err := containerIndexInt(th, x, OverflowError)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		if rangeNoun == "bytes" && n > math.MaxInt64-bytesHeaderSize {
			return nil, Errorf(OverflowError, "byte string is too large")
		}
		if err := checkGrowth(maxSeqBytes, 0, int64(n), 1); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if x.Type().Iter == nil && x.Type().GetItem == nil && x.Type() != ListType && x.Type() != TupleType {
		return nil, Errorf(TypeError, "cannot convert '%s' object to bytes", TypeName(x))
	}
	var out []byte
	err := ForEach(th, x, func(item Value) error {
		if item.Type().Index == nil && !item.IsSmallInt() {
			return Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(item))
		}
		n, err := AsInt(th, item)
		if err != nil {
			return err
		}
		if n < 0 || n > 255 {
			return Errorf(ValueError, "%s must be in range(0, 256)", rangeNoun)
		}
		out = append(out, byte(n))
		return nil
	})
	return out, err
}

// bytesConstruct is the common part of bytes() and bytearray():
// (source, encoding, errors).
func bytesConstruct(th *Thread, fname string, args []Value, kwnames []string) ([]byte, error) {
	var src, encoding, errors Value
	if err := UnpackArgs(fname, args, kwnames, "source?", &src, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	if encoding.IsValid() || errors.IsValid() {
		// Argument clinic converts encoding and errors before the
		// source is looked at.
		if _, _, err := codecArgs(fname, encoding, errors); err != nil {
			return nil, err
		}
	}
	if !src.IsValid() {
		if encoding.IsValid() || errors.IsValid() {
			return nil, Errorf(TypeError, "encoding or errors without sequence argument")
		}
		return []byte{}, nil
	}
	if encoding.IsValid() || errors.IsValid() {
		if !isStr(src) {
			if encoding.IsValid() {
				return nil, Errorf(TypeError, "encoding without a string argument")
			}
			return nil, Errorf(TypeError, "errors without a string argument")
		}
		enc, errs, err := codecArgs(fname, encoding, errors)
		if err != nil {
			return nil, err
		}
		return Encode(StrValue(src), enc, errs)
	}
	if fname == "bytearray" {
		return byteArrayFromValue(th, src)
	}
	return BytesFromValue(th, src)
}

func bytesCompare(th *Thread, op CompareOp, a, b Value) (Value, error) {
	x, ok1 := bytesLike(a)
	y, ok2 := bytesLike(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return Bool(compareResult(op, bytes.Compare(x, y))), nil
}

// bytesBinOp implements +, * and the reflected * of bytes and bytearray.
func bytesBinOp(th *Thread, op BinaryOp, a, b Value) (Value, error) {
	switch op {
	case OpAdd:
		x, ok := bytesLike(a)
		if !ok {
			return NotImplemented, nil
		}
		y, ok := bytesLike(b)
		if !ok {
			if numIsHeapType(b) {
				return NotImplemented, nil
			}
			return Value{}, Errorf(TypeError, "can't concat %s to %s", TypeName(b), TypeName(a))
		}
		out := make([]byte, 0, len(x)+len(y))
		return sameBytesType(a, append(append(out, x...), y...)), nil
	case OpMul:
		seq, count := a, b
		if !isBytesLike(seq) {
			seq, count = b, a
		}
		n, ok, err := numRepeatCount(th, count, isBytesLike(a))
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return numRepeatByClass(th, seq, count)
		}
		x := BytesValue(seq)
		if n <= 0 || len(x) == 0 {
			return sameBytesType(seq, []byte{}), nil
		}
		if seq.Type().Layout == LayoutBytes && int64(len(x)) > math.MaxInt64/n {
			return Value{}, Errorf(OverflowError, "repeated bytes are too long")
		}
		if err := checkGrowth(maxSeqBytes, 0, n, int64(len(x))); err != nil {
			return Value{}, err
		}
		return sameBytesType(seq, bytes.Repeat(x, int(n))), nil
	case OpMod:
		x, ok := bytesLike(a)
		if !ok {
			return NotImplemented, nil
		}
		r, err := bytesPercentFormat(th, x, b)
		if err != nil {
			return Value{}, err
		}
		return sameBytesType(a, r), nil
	}
	return NotImplemented, nil
}

func bytesGetItem(th *Thread, v, key Value) (Value, error) {
	b := BytesValue(v)
	if key.Type() == SliceType {
		start, _, step, n, err := as[Slice](key).Indices(th, len(b))
		if err != nil {
			return Value{}, err
		}
		out := make([]byte, n)
		for k := 0; k < n; k++ {
			out[k] = b[start+k*step]
		}
		return sameBytesType(v, out), nil
	}
	if key.Type().Index == nil && !key.IsSmallInt() {
		kind := "byte"
		if v.Type().Layout == LayoutByteArray {
			kind = "bytearray"
		}
		return Value{}, Errorf(TypeError, "%s indices must be integers or slices, not %s", kind, TypeName(key))
	}
	msg := "index out of range"
	if v.Type().Layout == LayoutByteArray {
		msg = "bytearray index out of range"
	}
	i, err := numSeqIndex(th, key, len(b), msg)
	if err != nil {
		return Value{}, err
	}
	return Int(int64(b[i])), nil
}

func bytesContains(th *Thread, v, item Value) (bool, error) {
	b := BytesValue(v)
	if sub, ok := bytesLike(item); ok {
		return bytes.Contains(b, sub), nil
	}
	if item.Type().Index == nil && !item.IsSmallInt() {
		return false, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(item))
	}
	c, err := byteValue(th, item)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(b, c) >= 0, nil
}

// bytesIter iterates the bytes of a bytes or bytearray; for a bytearray
// it reads the live contents, which may change.
type bytesIter struct {
	Object
	seq *Bytes
	i   int
}

var (
	bytesIterType     = NewBuiltinType("bytes_iterator", ObjectType, LayoutOther, 0)
	byteArrayIterType = NewBuiltinType("bytearray_iterator", ObjectType, LayoutOther, 0)
)

func bytesIterNext(th *Thread, v Value) (Value, bool, error) {
	it := as[bytesIter](v)
	if it.seq == nil || it.i >= len(it.seq.b) {
		it.seq = nil
		return Value{}, false, nil
	}
	c := it.seq.b[it.i]
	it.i++
	return Int(int64(c)), true, nil
}

// bytesSubArg reads the needle of find/count/index...: a bytes-like
// object or an int byte value.
func bytesSubArg(th *Thread, v Value) ([]byte, error) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	if v.Type().Index == nil && !v.IsSmallInt() {
		return nil, Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", TypeName(v))
	}
	c, err := byteValue(th, v)
	if err != nil {
		return nil, err
	}
	return []byte{c}, nil
}

// bytesSearchArgs parses (sub[, start[, end]]).
func bytesSearchArgs(th *Thread, name string, b []byte, args []Value, kwnames []string) (sub []byte, start, end int, err error) {
	if err = numParseTupleArgs(BytesType, name, args, kwnames, 1, 3); err != nil {
		return
	}
	if sub, err = bytesSubArg(th, args[0]); err != nil {
		return
	}
	var sv, ev Value
	if len(args) > 1 {
		sv = args[1]
	}
	if len(args) > 2 {
		ev = args[2]
	}
	start, end, err = strBounds(th, sv, ev, len(b))
	return
}

// bytesArg reads an argument that must be bytes-like.
func bytesArg(v Value) ([]byte, error) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(v))
}

// isASCIISpace is bytes' notion of whitespace.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// bytesHex is bytes.hex(sep=, bytes_per_sep=1) without the separator
// options' less common forms.
func bytesHex(th *Thread, b []byte, args []Value, kwnames []string) (Value, error) {
	var sepV, perV Value
	if err := UnpackArgs("hex", args, kwnames, "sep?", &sepV, "bytes_per_sep?", &perV); err != nil {
		return Value{}, err
	}
	var sep string
	if sepV.IsValid() {
		switch {
		case isStr(sepV):
			sep = StrValue(sepV)
		case isBytesLike(sepV):
			sep = string(BytesValue(sepV))
		default:
			return Value{}, Errorf(TypeError, "sep must be str or bytes.")
		}
		if len([]rune(sep)) != 1 {
			return Value{}, Errorf(ValueError, "sep must be length 1.")
		}
	}
	per := int64(1)
	if perV.IsValid() {
		var err error
		if per, err = AsInt(th, perV); err != nil {
			return Value{}, err
		}
	}
	var sb strings.Builder
	n := len(b)
	group := per
	if group < 0 {
		group = -group
	}
	for i, c := range b {
		if sep != "" && i > 0 && group > 0 {
			// Positive bytes_per_sep counts groups from the right.
			if (per > 0 && (n-i)%int(group) == 0) || (per < 0 && i%int(group) == 0) {
				sb.WriteString(sep)
			}
		}
		sb.WriteString(hex2(c))
	}
	return NewStr(sb.String()), nil
}

// bytesFromHex is the classmethod bytes.fromhex(string).
func bytesFromHex(th *Thread, cls Value, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount(as[Type](cls).Name+".fromhex", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	if !isStr(args[0]) {
		return Value{}, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(args[0]))
	}
	s := StrValue(args[0])
	var out []byte
	for i := 0; i < len(s); {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f' {
			i++
			continue
		}
		hi := digitValue(s[i])
		if hi >= 16 {
			return Value{}, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) || digitValue(s[i+1]) >= 16 {
			return Value{}, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|digitValue(s[i+1])))
		i += 2
	}
	t := as[Type](cls)
	if t == BytesType {
		return NewBytes(out), nil
	}
	if t == ByteArrayType {
		return NewByteArray(out), nil
	}
	return Call(th, cls, []Value{NewBytes(out)}, nil)
}

// byteArraySetItem is b[i] = x, b[i:j] = iterable and del b[i] / b[i:j].
func byteArraySetItem(th *Thread, v, key, val Value) error {
	ba := as[Bytes](v)
	if key.Type() == SliceType {
		start, stop, step, n, err := as[Slice](key).Indices(th, len(ba.b))
		if err != nil {
			return err
		}
		var repl []byte
		if val.IsValid() {
			if isInt(val) {
				return Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			if repl, err = byteArrayFromValue(th, val); err != nil {
				return err
			}
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			nb := make([]byte, 0, len(ba.b)-(stop-start)+len(repl))
			nb = append(append(append(nb, ba.b[:start]...), repl...), ba.b[stop:]...)
			ba.b = nb
			return nil
		}
		if !val.IsValid() {
			keep := ba.b[:0:0]
			for i, c := range ba.b {
				if !sliceSelects(i, start, step, n) {
					keep = append(keep, c)
				}
			}
			ba.b = keep
			return nil
		}
		if len(repl) != n {
			return Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(repl), n)
		}
		for k := 0; k < n; k++ {
			ba.b[start+k*step] = repl[k]
		}
		return nil
	}
	if key.Type().Index == nil && !key.IsSmallInt() {
		return Errorf(TypeError, "bytearray indices must be integers or slices, not %s", TypeName(key))
	}
	i, err := numSeqIndex(th, key, len(ba.b), "bytearray index out of range")
	if err != nil {
		return err
	}
	if !val.IsValid() {
		ba.b = append(ba.b[:i:i], ba.b[i+1:]...)
		return nil
	}
	c, err := byteValue(th, val)
	if err != nil {
		return err
	}
	ba.b[i] = c
	return nil
}

// sliceSelects reports whether index i is one of the n indexes start,
// start+step, ...
func sliceSelects(i, start, step, n int) bool {
	d := i - start
	if d%step != 0 {
		return false
	}
	k := d / step
	return k >= 0 && k < n
}

func init() {
	for _, t := range []*Type{BytesType, ByteArrayType} {
		t := t
		t.Repr = func(th *Thread, v Value) (Value, error) { return NewStr(bytesRepr(v)), nil }
		t.Compare = bytesCompare
		t.Bool = func(th *Thread, v Value) (bool, error) { return len(BytesValue(v)) != 0, nil }
		t.Len = func(th *Thread, v Value) (int, error) { return len(BytesValue(v)), nil }
		t.BinOp = bytesBinOp
		t.GetItem = bytesGetItem
		t.Contains = bytesContains
		iterType := bytesIterType
		if t == ByteArrayType {
			iterType = byteArrayIterType
		}
		t.Iter = func(th *Thread, v Value) (Value, error) {
			return ValueOf(&bytesIter{Object: Object{typ: iterType}, seq: as[Bytes](v)}), nil
		}
		iterType.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
		iterType.Next = bytesIterNext
		numNoArgMethod(iterType, "__next__", func(th *Thread, self Value) (Value, error) {
			r, ok, err := bytesIterNext(th, self)
			if err == nil && !ok {
				return Value{}, NewException(StopIteration)
			}
			return r, err
		})
		if t == BytesType {
			t.Hash = func(th *Thread, v Value) (int64, error) { return bytesHash(BytesValue(v)), nil }
			t.New = func(th *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
				b, err := bytesConstruct(th, "bytes", args, kwnames)
				if err != nil {
					return Value{}, err
				}
				return newBytesOfType(typ, b), nil
			}
		} else {
			t.New = func(th *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
				return newBytesOfType(typ, []byte{}), nil
			}
			t.Init = func(th *Thread, self Value, args []Value, kwnames []string) error {
				b, err := bytesConstruct(th, "bytearray", args, kwnames)
				if err != nil {
					return err
				}
				as[Bytes](self).b = b
				return nil
			}
		}
		numAddProtocolDunders(t)
		numAddCompareDunders(t, bytesCompare)
		numAddBinaryDunders(t, bytesBinOp, OpAdd, OpMul, OpMod)
		bytesRepeat := func(th *Thread, self, count Value) (Value, error) { return bytesBinOp(th, OpMul, self, count) }
		t.AddMethod("__mul__", repeatDunder("__mul__", bytesRepeat))
		t.AddMethod("__rmul__", repeatDunder("__rmul__", bytesRepeat))
		layout := t.Layout
		t.AddMethod("__rmod__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := numWrapperArgs("__rmod__", args, kwnames, 1); err != nil {
				return Value{}, err
			}
			// bytes_mod and bytearray_mod format only their own type.
			if args[0].IsImmediate() || args[0].Type().Layout != layout {
				return NotImplemented, nil
			}
			return bytesBinOp(th, OpMod, args[0], self)
		})
		t.AddMethod("__getitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := numWrapperArgs("__getitem__", args, kwnames, 1); err != nil {
				return Value{}, err
			}
			return bytesGetItem(th, self, args[0])
		})
		t.AddMethod("__contains__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := numWrapperArgs("__contains__", args, kwnames, 1); err != nil {
				return Value{}, err
			}
			r, err := bytesContains(th, self, args[0])
			return Bool(r), err
		})
		numNoArgMethod(t, "__iter__", func(th *Thread, self Value) (Value, error) { return t.Iter(th, self) })
		t.planAdder(func() { // at the dict's first use (type_dict.go)
			addBytesMethods(t)
			addMoreBytesMethods(t)
		})
	}
	ba := ByteArrayType
	ba.SetItem = byteArraySetItem
	ba.InplaceOp = func(th *Thread, op BinaryOp, a, b Value) (Value, error) {
		self := as[Bytes](a)
		switch op {
		case OpAdd:
			y, ok := bytesLike(b)
			if !ok {
				return Value{}, Errorf(TypeError, "can't concat %s to %s", TypeName(b), TypeName(a))
			}
			self.b = append(self.b, y...)
			return a, nil
		case OpMul:
			n, ok, err := numRepeatCount(th, b, true)
			if err != nil || !ok {
				return NotImplemented, err
			}
			if n <= 0 {
				self.b = self.b[:0]
			} else if err := checkGrowth(maxSeqBytes, 0, n, int64(len(self.b))); err != nil {
				return Value{}, err
			} else {
				self.b = bytes.Repeat(self.b, int(n))
			}
			return a, nil
		}
		return NotImplemented, nil
	}
	ba.AddMethod("__imul__", repeatDunder("__imul__", func(th *Thread, self, count Value) (Value, error) {
		return ba.InplaceOp(th, OpMul, self, count)
	}))
	ba.planAdder(func() { addByteArrayMethods(ba) })
}

// addBytesMethods registers the methods common to bytes and bytearray.
func addBytesMethods(t *Type) {
	t.AddMethod("decode", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		var encoding, errors Value
		if err := UnpackArgs("decode", args, kwnames, "encoding?", &encoding, "errors?", &errors); err != nil {
			return Value{}, err
		}
		enc, errs, err := codecArgs("decode", encoding, errors)
		if err != nil {
			return Value{}, err
		}
		s, err := Decode(BytesValue(self), enc, errs)
		if err != nil {
			return Value{}, err
		}
		return NewStr(s), nil
	})
	t.AddMethod("hex", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		return bytesHex(th, BytesValue(self), args, kwnames)
	})
	t.AddClassMethod("fromhex", bytesFromHex)
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			b := BytesValue(self)
			sub, start, end, err := bytesSearchArgs(th, name, b, args, kwnames)
			if err != nil {
				return Value{}, err
			}
			if start > end || start > len(b) {
				if name == "index" || name == "rindex" {
					return Value{}, Errorf(ValueError, "subsection not found")
				}
				if name == "count" {
					return Int(0), nil
				}
				return Int(-1), nil
			}
			hay := b[start:end]
			var i int
			switch name {
			case "count":
				return Int(int64(bytes.Count(hay, sub))), nil
			case "find", "index":
				i = bytes.Index(hay, sub)
			default:
				i = bytes.LastIndex(hay, sub)
			}
			if i < 0 {
				if name == "index" || name == "rindex" {
					return Value{}, Errorf(ValueError, "subsection not found")
				}
				return Int(-1), nil
			}
			return Int(int64(start + i)), nil
		})
	}
	t.AddMethod("join", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".join", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		items, err := ToSlice(th, args[0])
		if err != nil {
			return Value{}, err
		}
		parts := make([][]byte, len(items))
		for i, it := range items {
			b, ok := bytesLike(it)
			if !ok {
				return Value{}, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(it))
			}
			parts[i] = b
		}
		return sameBytesType(self, bytes.Join(parts, BytesValue(self))), nil
	})
	t.AddMethod("lower", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("lower", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return sameBytesType(self, asciiMap(BytesValue(self), 'A', 'Z', 'a'-'A')), nil
	})
	t.AddMethod("upper", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("upper", args, kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return sameBytesType(self, asciiMap(BytesValue(self), 'a', 'z', 'A'-'a')), nil
	})
	t.AddMethod("replace", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("replace", args, kwnames, 2, 3); err != nil {
			return Value{}, err
		}
		old, err := bytesArg(args[0])
		if err != nil {
			return Value{}, err
		}
		repl, err := bytesArg(args[1])
		if err != nil {
			return Value{}, err
		}
		n := int64(-1)
		if len(args) > 2 {
			if n, err = AsInt(th, args[2]); err != nil {
				return Value{}, err
			}
		}
		return sameBytesType(self, bytes.Replace(BytesValue(self), old, repl, int(n))), nil
	})
	for _, name := range []string{"split", "rsplit"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			var sepV, maxV Value
			if err := UnpackArgs(name, args, kwnames, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
				return Value{}, err
			}
			maxsplit := -1
			if maxV.IsValid() {
				m, err := AsInt(th, maxV)
				if err != nil {
					return Value{}, err
				}
				if m >= 0 {
					maxsplit = int(m)
				}
			}
			b := BytesValue(self)
			var parts []string
			if !sepV.IsValid() || sepV.IsNone() {
				for _, p := range bytesSplitWhitespace(b, maxsplit, name == "rsplit") {
					parts = append(parts, string(p))
				}
			} else {
				sep, err := bytesArg(sepV)
				if err != nil {
					return Value{}, err
				}
				if len(sep) == 0 {
					return Value{}, Errorf(ValueError, "empty separator")
				}
				if name == "split" {
					n := -1
					if maxsplit >= 0 {
						n = maxsplit + 1
					}
					parts = strings.SplitN(string(b), string(sep), n)
				} else {
					parts = strRSplitSep(string(b), string(sep), maxsplit)
				}
			}
			items := make([]Value, len(parts))
			for i, p := range parts {
				items[i] = sameBytesType(self, []byte(p))
			}
			return NewList(items), nil
		})
	}
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(name, args, kwnames, 0, 1); err != nil {
				return Value{}, err
			}
			pred := isASCIISpace
			if len(args) == 1 && !args[0].IsNone() {
				chars, err := bytesArg(args[0])
				if err != nil {
					return Value{}, err
				}
				pred = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
			}
			b := BytesValue(self)
			i, j := 0, len(b)
			if name != "rstrip" {
				for i < j && pred(b[i]) {
					i++
				}
			}
			if name != "lstrip" {
				for j > i && pred(b[j-1]) {
					j--
				}
			}
			return sameBytesType(self, append([]byte(nil), b[i:j]...)), nil
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := numParseTupleArgs(t, name, args, kwnames, 1, 3); err != nil {
				return Value{}, err
			}
			b := BytesValue(self)
			var sv, ev Value
			if len(args) > 1 {
				sv = args[1]
			}
			if len(args) > 2 {
				ev = args[2]
			}
			start, end, err := strBounds(th, sv, ev, len(b))
			if err != nil {
				return Value{}, err
			}
			match := func(affix []byte) bool {
				if start > len(b) || end-start < len(affix) {
					return false
				}
				if name == "startswith" {
					return bytes.HasPrefix(b[start:end], affix)
				}
				return bytes.HasSuffix(b[start:end], affix)
			}
			if args[0].Type() == TupleType {
				for _, item := range TupleItems(args[0]) {
					affix, err := bytesArg(item)
					if err != nil {
						return Value{}, err
					}
					if match(affix) {
						return True, nil
					}
				}
				return False, nil
			}
			affix, ok := bytesLike(args[0])
			if !ok {
				return Value{}, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(args[0]))
			}
			return Bool(match(affix)), nil
		})
	}
	predicate := func(name string, pred func(c byte) bool) {
		numNoArgMethod(t, name, func(th *Thread, self Value) (Value, error) {
			b := BytesValue(self)
			if len(b) == 0 {
				return False, nil
			}
			for _, c := range b {
				if !pred(c) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	predicate("isdigit", func(c byte) bool { return c >= '0' && c <= '9' })
	predicate("isalpha", func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' })
	predicate("isalnum", func(c byte) bool { return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' })
	predicate("isspace", isASCIISpace)
	numNoArgMethod(t, "isascii", func(th *Thread, self Value) (Value, error) {
		for _, c := range BytesValue(self) {
			if c >= 0x80 {
				return False, nil
			}
		}
		return True, nil
	})
}

// bytesSplitWhitespace splits b at runs of ASCII whitespace, at most
// maxsplit times (all if negative), from the left or from the right.
func bytesSplitWhitespace(b []byte, maxsplit int, fromRight bool) [][]byte {
	var out [][]byte
	if !fromRight {
		i := 0
		for {
			for i < len(b) && isASCIISpace(b[i]) {
				i++
			}
			if i == len(b) {
				return out
			}
			if maxsplit == 0 {
				return append(out, b[i:])
			}
			j := i
			for j < len(b) && !isASCIISpace(b[j]) {
				j++
			}
			out = append(out, b[i:j])
			i = j
			maxsplit--
		}
	}
	j := len(b)
	for {
		for j > 0 && isASCIISpace(b[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, b[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpace(b[i-1]) {
			i--
		}
		out = append(out, b[i:j])
		j = i
		maxsplit--
	}
	for a, z := 0, len(out)-1; a < z; a, z = a+1, z-1 {
		out[a], out[z] = out[z], out[a]
	}
	return out
}

// asciiMap adds delta to the bytes in [lo, hi] (ASCII case mapping).
func asciiMap(b []byte, lo, hi byte, delta int) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c >= lo && c <= hi {
			c = byte(int(c) + delta)
		}
		out[i] = c
	}
	return out
}

// addByteArrayMethods registers the mutating methods of bytearray.
func addByteArrayMethods(t *Type) {
	ba := func(v Value) *Bytes { return as[Bytes](v) }
	t.AddMethod("append", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("bytearray.append", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		c, err := byteValue(th, args[0])
		if err != nil {
			return Value{}, err
		}
		ba(self).b = append(ba(self).b, c)
		return None, nil
	})
	t.AddMethod("extend", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("bytearray.extend", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		if isStr(args[0]) {
			return Value{}, Errorf(TypeError, "'str' object cannot be interpreted as an integer") // 3.12's message
		}
		b, err := byteArrayFromValue(th, args[0])
		if err != nil {
			return Value{}, err
		}
		ba(self).b = append(ba(self).b, b...)
		return None, nil
	})
	t.AddMethod("pop", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckClinicArgs("bytearray.pop", args, kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		b := ba(self).b
		if len(b) == 0 {
			return Value{}, Errorf(IndexError, "pop from empty bytearray")
		}
		i := len(b) - 1
		if len(args) == 1 {
			var err error
			if i, err = numSeqIndex(th, args[0], len(b), "pop index out of range"); err != nil {
				return Value{}, err
			}
		}
		c := b[i]
		ba(self).b = append(b[:i:i], b[i+1:]...)
		return Int(int64(c)), nil
	})
	t.AddMethod("insert", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckClinicArgs("bytearray.insert", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		b := ba(self).b
		i, err := AsInt(th, args[0])
		if err != nil {
			return Value{}, err
		}
		c, err := byteValue(th, args[1])
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			i += int64(len(b))
			if i < 0 {
				i = 0
			}
		}
		if i > int64(len(b)) {
			i = int64(len(b))
		}
		nb := make([]byte, 0, len(b)+1)
		nb = append(append(append(nb, b[:i]...), c), b[i:]...)
		ba(self).b = nb
		return None, nil
	})
	t.AddMethod("remove", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("bytearray.remove", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		c, err := byteValue(th, args[0])
		if err != nil {
			return Value{}, err
		}
		b := ba(self).b
		i := bytes.IndexByte(b, c)
		if i < 0 {
			return Value{}, Errorf(ValueError, "value not found in bytearray")
		}
		ba(self).b = append(b[:i:i], b[i+1:]...)
		return None, nil
	})
	numNoArgMethod(t, "clear", func(th *Thread, self Value) (Value, error) {
		ba(self).b = []byte{}
		return None, nil
	})
	numNoArgMethod(t, "reverse", func(th *Thread, self Value) (Value, error) {
		reverseBytes(ba(self).b)
		return None, nil
	})
	numNoArgMethod(t, "copy", func(th *Thread, self Value) (Value, error) {
		return NewByteArray(append([]byte{}, ba(self).b...)), nil
	})
	t.AddMethod("__setitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("__setitem__", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		return None, byteArraySetItem(th, self, args[0], args[1])
	})
	t.AddMethod("__delitem__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__delitem__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		return None, byteArraySetItem(th, self, args[0], Value{})
	})
	t.AddMethod("__iadd__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__iadd__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		return t.InplaceOp(th, OpAdd, self, args[0])
	})
}

// bytesHeaderSize is CPython's PyBytesObject_SIZE, the bytes object's
// header and final NUL, which bytes(n)'s size limit leaves room for.
const bytesHeaderSize = 33
