// Package structmod implements Python's struct module: conversion between
// Python values and packed binary records described by a format string
// (pack, unpack, pack_into, unpack_from, iter_unpack, calcsize and Struct
// objects), with CPython 3.12's sizes, alignment rules and error messages.
//
// A format is compiled once into a layout (a list of fields with their
// offsets) and cached per interpreter; packing and unpacking walk the
// layout. The native mode ('@', the default) is that of x86-64 Linux:
// little-endian, C sizes, each field aligned to its size.
package structmod

import (
	"math"
	"math/big"
	"strconv"
	"sync"

	"github.com/kilnpy/kiln/vm/runtime"
)

// StructType is struct.Struct (_struct.Struct); unpackIteratorType is the
// iterator iter_unpack returns.
var (
	StructType         = runtime.NewBuiltinType("Struct", runtime.ObjectType, runtime.LayoutOther, runtime.FlagBaseType|runtime.FlagQualifiedName)
	unpackIteratorType = runtime.NewBuiltinType("unpack_iterator", runtime.ObjectType, runtime.LayoutOther, runtime.FlagQualifiedName)
)

// field is one element of a compiled format: count items of code at offset
// (for 's' and 'p' one item of count bytes).
type field struct {
	code   byte
	count  int
	size   int // of one item ('s' and 'p': the whole string)
	offset int
}

// layout is a compiled format.
type layout struct {
	format string
	fields []field
	size   int
	nargs  int
	little bool
	native bool
}

// codeInfo gives a format character's native size (which is also its
// native alignment) and its standard size; 0 standard means native only,
// 0 native no format character. An array the linker lays out, where a map
// literal would be built at every start.
var codeInfo = [256]struct{ native, standard int }{
	'x': {1, 1}, 'c': {1, 1}, 'b': {1, 1}, 'B': {1, 1}, '?': {1, 1},
	'h': {2, 2}, 'H': {2, 2}, 'i': {4, 4}, 'I': {4, 4}, 'l': {8, 4}, 'L': {8, 4},
	'q': {8, 8}, 'Q': {8, 8}, 'n': {8, 0}, 'N': {8, 0}, 'P': {8, 0},
	'e': {2, 2}, 'f': {4, 4}, 'd': {8, 8}, 's': {1, 1}, 'p': {1, 1},
}

// maxStructSize bounds a format's total size, as CPython's Py_ssize_t does.
const maxStructSize = math.MaxInt64

// compile parses a format. The error is struct.error's message.
func compile(format string) (*layout, string) {
	l := &layout{format: format, little: true, native: true}
	s := format
	if s != "" {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			l.native = false
			s = s[1:]
		case '>', '!':
			l.native, l.little = false, false
			s = s[1:]
		}
	}
	size := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpace(c) {
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			count = 0
			for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
				d := int(s[i] - '0')
				if count > (maxStructSize-d)/10 {
					return nil, "total struct size too long"
				}
				count = count*10 + d
			}
			if i == len(s) {
				return nil, "repeat count given without format specifier"
			}
			c = s[i]
		}
		info := codeInfo[c]
		if info.native == 0 || !l.native && info.standard == 0 {
			return nil, "bad char in struct format"
		}
		item := info.standard
		if l.native {
			item = info.native
			if size%item != 0 {
				size += item - size%item
			}
		}
		f := field{code: c, count: count, size: item, offset: size}
		switch c {
		case 's', 'p':
			// One bytes argument, even for a count of 0.
			f.size, f.count = count, 1
			l.nargs++
		case 'x':
		default:
			l.nargs += count
		}
		if count > (maxStructSize-size)/item {
			return nil, "total struct size too long"
		}
		size += count * item
		if c != 'x' && f.count > 0 {
			l.fields = append(l.fields, f)
		}
	}
	l.size = size
	return l, ""
}

// maxCached bounds the format cache, as CPython's _MAXCACHE does.
const maxCached = 100

func isSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// state is the module's shared state: the cache of compiled formats.
// Layouts are immutable, so interpreters share them.
type state struct {
	mu    sync.Mutex
	cache map[string]*layout
}

var shared = &state{cache: map[string]*layout{}}

// ErrorType is struct.error.
var ErrorType = runtime.NewBuiltinType("error", runtime.ExceptionType, runtime.LayoutException, runtime.FlagBaseType|runtime.FlagHasDict)

func (st *state) errorf(msg string) error {
	return runtime.NewException(ErrorType, runtime.NewStr(msg))
}

// formatOf compiles a format given as str or bytes.
func (st *state) formatOf(v runtime.Value, what string) (*layout, error) {
	var format string
	switch v.Type().Layout {
	case runtime.LayoutStr:
		format = runtime.StrValue(v)
	case runtime.LayoutBytes:
		format = string(runtime.BytesValue(v))
	default:
		return nil, runtime.Errorf(runtime.TypeError, "%s argument 1 must be a str or bytes object, not %s", what, runtime.TypeName(v))
	}
	st.mu.Lock()
	l, ok := st.cache[format]
	st.mu.Unlock()
	if ok {
		return l, nil
	}
	l, msg := compile(format)
	if msg != "" {
		return nil, st.errorf(msg)
	}
	st.mu.Lock()
	if len(st.cache) >= maxCached {
		clear(st.cache)
	}
	st.cache[format] = l
	st.mu.Unlock()
	return l, nil
}

// pack writes args into out (len(out) == l.size, zeroed).
func (st *state) pack(th *runtime.Thread, l *layout, out []byte, args []runtime.Value) error {
	k := 0
	for _, f := range l.fields {
		for n := 0; n < f.count; n++ {
			off := f.offset + n*f.size
			if err := st.packItem(th, l, f, out[off:off+f.size], args[k]); err != nil {
				return err
			}
			k++
		}
	}
	return nil
}

func (st *state) putUint(l *layout, b []byte, x uint64) {
	for i := range b {
		j := i
		if !l.little {
			j = len(b) - 1 - i
		}
		b[j] = byte(x >> (8 * i))
	}
}

func (st *state) packItem(th *runtime.Thread, l *layout, f field, b []byte, v runtime.Value) error {
	switch f.code {
	case 'c':
		p, ok := runtime.BytesLike(v)
		if !ok || v.Type().Layout != runtime.LayoutBytes || len(p) != 1 {
			return st.errorf("char format requires a bytes object of length 1")
		}
		b[0] = p[0]
	case 's', 'p':
		p, ok := bytesOrByteArray(v)
		if !ok {
			return st.errorf("argument for '" + string(f.code) + "' must be a bytes object")
		}
		if f.code == 's' {
			copy(b, p)
			return nil
		}
		if len(b) == 0 {
			return nil
		}
		n := min(len(p), len(b)-1)
		copy(b[1:], p[:n])
		b[0] = byte(min(n, 255))
	case '?':
		t, err := runtime.Truth(th, v)
		if err != nil {
			return err
		}
		if t {
			b[0] = 1
		}
	case 'e', 'f', 'd':
		x, err := st.floatArg(th, v)
		if err != nil {
			return err
		}
		switch f.code {
		case 'e':
			h, ok := runtime.FloatToHalf(x)
			if !ok {
				return runtime.Errorf(runtime.OverflowError, "float too large to pack with e format")
			}
			st.putUint(l, b, uint64(h))
		case 'f':
			y := float32(x)
			if !l.native && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
				return runtime.Errorf(runtime.OverflowError, "float too large to pack with f format")
			}
			st.putUint(l, b, uint64(math.Float32bits(y)))
		default:
			st.putUint(l, b, math.Float64bits(x))
		}
	default:
		if v.IsSmallInt() && f.code != 'P' {
			// The common case, without big.Int.
			x := v.SmallInt()
			lo, hi := intRange64(f.code, len(b))
			if x < lo || x >= 0 && uint64(x) > hi {
				return st.errorf("'" + string(f.code) + "' format requires " + strconv.FormatInt(lo, 10) +
					" <= number <= " + strconv.FormatUint(hi, 10))
			}
			st.putUint(l, b, uint64(x))
			return nil
		}
		x, err := st.intArg(th, v)
		if err != nil {
			return err
		}
		if f.code == 'P' {
			// PyLong_AsVoidPtr: negative values wrap.
			if x.Sign() < 0 && x.IsInt64() {
				st.putUint(l, b, uint64(x.Int64()))
				return nil
			}
			if !x.IsUint64() {
				return st.errorf("int too large to convert")
			}
			st.putUint(l, b, x.Uint64())
			return nil
		}
		lo, hi := intRange64(f.code, len(b))
		if x.Cmp(big.NewInt(lo)) < 0 || x.Cmp(new(big.Int).SetUint64(hi)) > 0 {
			return st.errorf("'" + string(f.code) + "' format requires " + strconv.FormatInt(lo, 10) +
				" <= number <= " + strconv.FormatUint(hi, 10))
		}
		if x.Sign() < 0 {
			st.putUint(l, b, uint64(x.Int64()))
		} else {
			st.putUint(l, b, x.Uint64())
		}
	}
	return nil
}

// intRange64 is the range of an integer code of size bytes (at most 8).
func intRange64(code byte, size int) (lo int64, hi uint64) {
	bits := uint(8 * size)
	if isUnsigned(code) {
		return 0, math.MaxUint64 >> (64 - bits)
	}
	return -1 << (bits - 1), 1<<(bits-1) - 1
}

// isUnsigned reports whether an integer code is unsigned.
func isUnsigned(code byte) bool {
	switch code {
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		return true
	}
	return false
}

func bytesOrByteArray(v runtime.Value) ([]byte, bool) {
	switch v.Type().Layout {
	case runtime.LayoutBytes, runtime.LayoutByteArray:
		return runtime.BytesLike(v)
	}
	return nil, false
}

// intArg is an integer argument: an int or an object with __index__.
func (st *state) intArg(th *runtime.Thread, v runtime.Value) (*big.Int, error) {
	if v.IsSmallInt() {
		return big.NewInt(v.SmallInt()), nil
	}
	if v.IsFloat() || v.Type().Index == nil && !v.IsBool() {
		return nil, st.errorf("required argument is not an integer")
	}
	i, err := runtime.Index(th, v)
	if err != nil {
		return nil, err
	}
	return runtime.BigIntValue(i), nil
}

// floatArg is a float argument: anything float() accepts but strings
// (__float__, __index__); every failure is struct.error.
func (st *state) floatArg(th *runtime.Thread, v runtime.Value) (float64, error) {
	if x, ok := runtime.NumberToFloat(th, v); ok {
		return x, nil
	}
	if !v.IsImmediate() && v.Type().Layout != runtime.LayoutStr && v.Type().Layout != runtime.LayoutBytes &&
		v.Type().Layout != runtime.LayoutByteArray && (v.Type().Lookup("__float__").IsValid() || v.Type().Index != nil) {
		if r, err := runtime.FloatFromValue(th, v); err == nil && r.IsFloat() {
			return r.AsFloat(), nil
		}
	}
	return 0, st.errorf("required argument is not a float")
}

// unpack reads the values of l from b (len(b) == l.size).
func (st *state) unpack(l *layout, b []byte) (runtime.Value, error) {
	out := make([]runtime.Value, 0, l.nargs)
	for _, f := range l.fields {
		if f.code == 'p' && f.size == 0 {
			// CPython 3.12 fails here, reading a length of -1.
			return runtime.Value{}, runtime.Errorf(runtime.SystemError, "Negative size passed to PyBytes_FromStringAndSize")
		}
		for n := 0; n < f.count; n++ {
			off := f.offset + n*f.size
			out = append(out, unpackItem(l, f, b[off:off+f.size]))
		}
	}
	return runtime.NewTuple(out), nil
}

func getUint(l *layout, b []byte) uint64 {
	if l.little {
		var x uint64
		for i := len(b) - 1; i >= 0; i-- {
			x = x<<8 | uint64(b[i])
		}
		return x
	}
	var x uint64
	for _, c := range b {
		x = x<<8 | uint64(c)
	}
	return x
}

func unpackItem(l *layout, f field, b []byte) runtime.Value {
	switch f.code {
	case 'c':
		return runtime.NewBytes([]byte{b[0]})
	case 's':
		return runtime.NewBytes(append([]byte(nil), b...))
	case 'p':
		if len(b) == 0 {
			return runtime.NewBytes(nil)
		}
		n := min(int(b[0]), len(b)-1)
		return runtime.NewBytes(append([]byte(nil), b[1:1+n]...))
	case '?':
		return runtime.Bool(b[0] != 0)
	case 'e':
		return runtime.Float(runtime.HalfToFloat(uint16(getUint(l, b))))
	case 'f':
		return runtime.Float(float64(math.Float32frombits(uint32(getUint(l, b)))))
	case 'd':
		return runtime.Float(math.Float64frombits(getUint(l, b)))
	}
	x := getUint(l, b)
	if isUnsigned(f.code) {
		if x > math.MaxInt64 {
			return runtime.MakeInt(new(big.Int).SetUint64(x))
		}
		return runtime.Int(int64(x))
	}
	shift := 64 - 8*uint(len(b))
	return runtime.Int(int64(x<<shift) >> shift)
}
