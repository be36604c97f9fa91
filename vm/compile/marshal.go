package compile

// This file defines the serialised form of code objects: Marshal writes a
// Code tree (the code and every code object among its constants) as bytes
// and Unmarshal reads it back. Kiln uses it to freeze its embedded Python
// modules at build time (see vm/stdlib/frozen), so that importing them
// loads bytecode instead of scanning, parsing and compiling their source,
// as CPython does with its frozen start-up modules and .pyc files.
//
// The format is private to one Kiln build and has no compatibility
// promise: MarshalModule records a digest of the source, and a frozen
// module whose source changed is compiled from source instead.
//
//	blob    = magic version opdigest strtab code
//	strtab  = count (len bytes)*          every string, written once
//	code    = fields in the order of marshalWriter.code
//	const   = tag payload                 see the marshalTag constants
//
// Integers are varints (signed ones zig-zag), strings are indexes into
// the string table, instruction words are 4 little-endian bytes. Reading
// slices every name out of the serialised string, so equal names share
// memory as the compiler's do and loading allocates only the slices and
// constants of each code object.

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"math"
	"math/big"
	"math/bits"
	"sync"

	"github.com/kilnpy/kiln/vm/syntax"
)

// marshalMagic starts every serialised code tree; its last byte is the
// version of the serialised form. The bytecode Version and a digest of the
// instruction set follow it, so that code frozen before an opcode was
// added, removed or renumbered is never run.
const marshalMagic = "KILNCODE\x02"

// marshalHeader returns the magic, bytecode version and opcode digest that
// start serialised code.
var marshalHeader = sync.OnceValue(func() string {
	h := fnv.New64a()
	for _, info := range opTable {
		h.Write([]byte(info.name))
		h.Write([]byte{0, info.a, info.b, info.c, info.extra, b2u(info.wide), b2u(info.ax)})
	}
	var b []byte
	b = append(b, marshalMagic...)
	b = binary.AppendUvarint(b, Version)
	b = binary.LittleEndian.AppendUint64(b, h.Sum64())
	return string(b)
})

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// Constant tags.
const (
	marshalTagNone byte = iota
	marshalTagFalse
	marshalTagTrue
	marshalTagSmallInt // fits in an int64
	marshalTagBigInt   // sign byte, then the magnitude's big-endian bytes
	marshalTagFloat
	marshalTagComplex
	marshalTagStr
	marshalTagBytes
	marshalTagEllipsis
	marshalTagCode
	marshalTagKwNames // []string: the keyword names of a call
	marshalTagTuple
	marshalTagIntrinsic
	marshalTagFrozenSet // its items in source order, as a tuple's
)

// ErrStale is returned by UnmarshalModule when the frozen form was made
// from other source than the module's current one.
var ErrStale = errors.New("compile: frozen code is stale")

// errMarshalCorrupt reports serialised code that does not parse.
var errMarshalCorrupt = errors.New("compile: corrupt serialised code")

// Marshal serialises c and the code objects among its constants.
func Marshal(c *Code) []byte {
	w := &marshalWriter{strIndex: map[string]int{}}
	w.code(c)
	header := marshalHeader()
	out := make([]byte, 0, len(header)+len(w.strs)*8+len(w.body)+16)
	out = append(out, header...)
	out = binary.AppendUvarint(out, uint64(len(w.strs)))
	for _, s := range w.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
	}
	for _, s := range w.strs {
		out = append(out, s...)
	}
	return append(out, w.body...)
}

// SourceDigest is the digest of a module's source that MarshalModule
// records, with its length, to tell whether a frozen module is up to
// date. Every import of a frozen module computes it, so it is FNV-1a
// taken a word at a time with a rotation to mix the high bits down:
// about 40 000 instructions for collections' 31 KB of source, where
// FNV-1a's byte loop took 150 000 (and CRC-32C's tables, 1.3 million to
// set up).
func SourceDigest(src []byte) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for ; len(src) >= 8; src = src[8:] {
		h = bits.RotateLeft64((h^binary.LittleEndian.Uint64(src))*prime, 29)
	}
	for _, b := range src {
		h = (h ^ uint64(b)) * prime
	}
	return h
}

// MarshalModule serialises the code of a module compiled from src,
// prefixed with src's length and digest.
func MarshalModule(src []byte, c *Code) []byte {
	out := binary.LittleEndian.AppendUint64(nil, SourceDigest(src))
	out = binary.LittleEndian.AppendUint64(out, uint64(len(src)))
	return append(out, Marshal(c)...)
}

// FrozenSourceMatches reports whether blob, made by MarshalModule, was
// made from src.
func FrozenSourceMatches(src, blob []byte) bool {
	return len(blob) >= 16 &&
		binary.LittleEndian.Uint64(blob[8:]) == uint64(len(src)) &&
		binary.LittleEndian.Uint64(blob) == SourceDigest(src)
}

// UnmarshalModule reads back what MarshalModule wrote, or returns ErrStale
// if it was made from other source than src.
func UnmarshalModule(src []byte, blob string) (*Code, error) {
	if len(blob) < 16 || !FrozenSourceMatches(src, []byte(blob[:16])) {
		return nil, ErrStale
	}
	return Unmarshal(blob[16:])
}

// Unmarshal reads a code tree written by Marshal. The names and string
// constants of the code are substrings of b, not copies: b is usually
// frozen code embedded in the binary, and they cost no memory there.
func Unmarshal(b string) (c *Code, err error) {
	header := marshalHeader()
	if len(b) < len(header) || string(b[:len(header)]) != header {
		return nil, errMarshalCorrupt
	}
	r := &marshalReader{b: b, pos: len(header)}
	defer func() {
		// Reads past the end or out-of-range indexes panic with a
		// runtime error; corrupt input is an error, not a crash.
		if p := recover(); p != nil {
			c, err = nil, errMarshalCorrupt
		}
	}()
	n := r.count()
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = r.count()
		total += lens[i]
	}
	all := r.b[r.pos : r.pos+total]
	r.pos += total
	r.strs = make([]string, n)
	off := 0
	for i, l := range lens {
		r.strs[i] = all[off : off+l]
		off += l
	}
	c = r.code()
	if r.pos != len(r.b) {
		return nil, errMarshalCorrupt
	}
	return c, nil
}

// marshalWriter accumulates the body of a serialised code tree and its
// string table.
type marshalWriter struct {
	body     []byte
	strs     []string
	strIndex map[string]int
}

func (w *marshalWriter) uint(v int) { w.body = binary.AppendUvarint(w.body, uint64(v)) }
func (w *marshalWriter) int(v int)  { w.body = binary.AppendVarint(w.body, int64(v)) }

func (w *marshalWriter) str(s string) {
	i, ok := w.strIndex[s]
	if !ok {
		i = len(w.strs)
		w.strs = append(w.strs, s)
		w.strIndex[s] = i
	}
	w.uint(i)
}

func (w *marshalWriter) strList(list []string) {
	w.uint(len(list))
	for _, s := range list {
		w.str(s)
	}
}

func (w *marshalWriter) intList(list []int) {
	w.uint(len(list))
	for _, v := range list {
		w.int(v)
	}
}

func (w *marshalWriter) code(c *Code) {
	w.str(c.Name)
	w.str(c.Qualname)
	w.str(c.Filename)
	w.int(int(c.FirstLine))
	w.int(c.Flags)
	w.constant(c.Doc)
	w.uint(len(c.Code))
	for _, word := range c.Code {
		w.body = binary.LittleEndian.AppendUint32(w.body, word)
	}
	w.uint(len(c.Consts))
	for _, k := range c.Consts {
		w.constant(k)
	}
	w.strList(c.Names)
	w.strList(c.Varnames)
	w.int(c.NumLocals)
	w.strList(c.Cellvars)
	w.strList(c.Freevars)
	w.int(c.KBase)
	w.intList(c.KRegs)
	w.int(c.NumRegs)
	w.int(c.ArgCount)
	w.int(c.PosOnlyArgCount)
	w.int(c.KwOnlyArgCount)
	w.uint(len(c.ExcTable))
	for _, e := range c.ExcTable {
		w.int(int(e.Start))
		w.int(int(e.End))
		w.int(int(e.Handler))
		w.int(int(e.Reg))
	}
	// The position table goes behind its length in bytes, so that
	// reading skips it (Code.lazyPos).
	positions := c.PositionTable()
	var table marshalWriter
	table.uint(len(positions))
	for _, p := range positions {
		table.int(int(p.PC))
		table.int(int(p.Line))
		table.int(int(p.EndLine))
		table.int(int(p.Col))
		table.int(int(p.EndCol))
		table.body = append(table.body, p.Anchor.Kind)
		table.int(int(p.Anchor.Left))
		table.int(int(p.Anchor.Right))
	}
	w.uint(len(table.body))
	w.body = append(w.body, table.body...)
	w.uint(len(c.Warnings))
	for _, warn := range c.Warnings {
		w.int(int(warn.Span.Start.Line))
		w.int(int(warn.Span.Start.Col))
		w.int(int(warn.Span.End.Line))
		w.int(int(warn.Span.End.Col))
		w.str(warn.Msg)
	}
}

func (w *marshalWriter) constant(k any) {
	switch k := k.(type) {
	case nil:
		w.body = append(w.body, marshalTagNone)
	case bool:
		if k {
			w.body = append(w.body, marshalTagTrue)
		} else {
			w.body = append(w.body, marshalTagFalse)
		}
	case *big.Int:
		if k.IsInt64() {
			w.body = append(w.body, marshalTagSmallInt)
			w.body = binary.AppendVarint(w.body, k.Int64())
			return
		}
		w.body = append(w.body, marshalTagBigInt, byte(k.Sign()+1))
		mag := k.Bytes()
		w.uint(len(mag))
		w.body = append(w.body, mag...)
	case float64:
		w.body = append(w.body, marshalTagFloat)
		w.body = binary.LittleEndian.AppendUint64(w.body, math.Float64bits(k))
	case complex128:
		w.body = append(w.body, marshalTagComplex)
		w.body = binary.LittleEndian.AppendUint64(w.body, math.Float64bits(real(k)))
		w.body = binary.LittleEndian.AppendUint64(w.body, math.Float64bits(imag(k)))
	case string:
		w.body = append(w.body, marshalTagStr)
		w.str(k)
	case []byte:
		w.body = append(w.body, marshalTagBytes)
		w.uint(len(k))
		w.body = append(w.body, k...)
	case Ellipsis:
		w.body = append(w.body, marshalTagEllipsis)
	case *Code:
		w.body = append(w.body, marshalTagCode)
		w.code(k)
	case []string:
		w.body = append(w.body, marshalTagKwNames)
		w.strList(k)
	case Tuple:
		w.body = append(w.body, marshalTagTuple)
		w.uint(len(k))
		for _, x := range k {
			w.constant(x)
		}
	case FrozenSet:
		w.body = append(w.body, marshalTagFrozenSet)
		w.uint(len(k))
		for _, x := range k {
			w.constant(x)
		}
	case Intrinsic:
		w.body = append(w.body, marshalTagIntrinsic, byte(k))
	default:
		// The compiler makes no other constants; a new kind must be
		// added here and in marshalReader.constant.
		panic("compile: cannot marshal constant of type " + ConstString(k))
	}
}

// marshalReader reads a serialised code tree; out-of-range reads panic
// and Unmarshal turns the panic into an error.
type marshalReader struct {
	b    string
	pos  int
	strs []string
}

// uvarint reads what binary.AppendUvarint wrote.
func (r *marshalReader) uvarint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		b := r.b[r.pos]
		r.pos++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	panic(errMarshalCorrupt)
}

// int reads what binary.AppendVarint wrote (zig-zag).
func (r *marshalReader) int() int {
	u := r.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return int(v)
}

func (r *marshalReader) uint32() uint32 {
	b := r.b[r.pos : r.pos+4]
	r.pos += 4
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (r *marshalReader) uint64() uint64 {
	lo := r.uint32()
	return uint64(lo) | uint64(r.uint32())<<32
}

func (r *marshalReader) int32() int32 { return int32(r.int()) }

// count reads a length, bounded by the bytes left so that corrupt input
// cannot make the reader allocate without limit.
func (r *marshalReader) count() int {
	v := r.uvarint()
	if v > uint64(len(r.b)) {
		panic(errMarshalCorrupt)
	}
	return int(v)
}

func (r *marshalReader) byte() byte {
	v := r.b[r.pos]
	r.pos++
	return v
}

func (r *marshalReader) str() string { return r.strs[r.count()] }

func (r *marshalReader) strList() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = r.str()
	}
	return list
}

func (r *marshalReader) code() *Code {
	c := &Code{}
	c.Name = r.str()
	c.Qualname = r.str()
	c.Filename = r.str()
	c.FirstLine = r.int32()
	c.Flags = r.int()
	c.Doc = r.constant()
	if n := r.count(); n > 0 {
		_ = r.b[r.pos+4*n-1] // one bounds check, before allocating
		c.Code = make([]uint32, n)
		for i := range c.Code {
			c.Code[i] = r.uint32()
		}
	}
	c.Consts = readList(r, r.constant)
	c.Names = r.strList()
	c.Varnames = r.strList()
	c.NumLocals = r.int()
	c.Cellvars = r.strList()
	c.Freevars = r.strList()
	c.KBase = r.int()
	c.KRegs = readList(r, r.int)
	c.NumRegs = r.int()
	c.ArgCount = r.int()
	c.PosOnlyArgCount = r.int()
	c.KwOnlyArgCount = r.int()
	c.ExcTable = readList(r, func() ExcEntry {
		return ExcEntry{Start: r.int32(), End: r.int32(), Handler: r.int32(), Reg: r.int32()}
	})
	if n := r.count(); n > 0 {
		c.lazyPos = &lazyPositions{blob: r.b[r.pos : r.pos+n]}
		r.pos += n
	}
	c.Warnings = readList(r, func() Warning {
		var s syntax.Span
		s.Start.Line, s.Start.Col, s.End.Line, s.End.Col = r.int32(), r.int32(), r.int32(), r.int32()
		return Warning{Span: s, Msg: r.str()}
	})
	return c
}

// decodePositions decodes a position table that marshalWriter.code
// wrote. A table that does not parse, which no build writes (Unmarshal
// checked the blob's header and that the table lies within it), gives no
// table: a traceback then shows the code's first line rather than a crash.
func decodePositions(blob string) (table []PosEntry) {
	r := &marshalReader{b: blob}
	defer func() {
		if p := recover(); p != nil {
			table = nil
		}
	}()
	return readList(r, func() (p PosEntry) {
		p.PC, p.Line, p.EndLine, p.Col, p.EndCol = r.int32(), r.int32(), r.int32(), r.int32(), r.int32()
		p.Anchor.Kind = r.byte()
		p.Anchor.Left, p.Anchor.Right = r.int32(), r.int32()
		return p
	})
}

// readList reads a count and that many elements; no elements is nil, as
// the compiler leaves an empty table.
func readList[T any](r *marshalReader, elem func() T) []T {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		out[i] = elem()
	}
	return out
}

func (r *marshalReader) constant() any {
	switch tag := r.byte(); tag {
	case marshalTagNone:
		return nil
	case marshalTagFalse:
		return false
	case marshalTagTrue:
		return true
	case marshalTagSmallInt:
		return big.NewInt(int64(r.int()))
	case marshalTagBigInt:
		sign := int(r.byte()) - 1
		n := r.count()
		v := new(big.Int).SetBytes([]byte(r.b[r.pos : r.pos+n]))
		r.pos += n
		if sign < 0 {
			v.Neg(v)
		}
		return v
	case marshalTagFloat:
		return math.Float64frombits(r.uint64())
	case marshalTagComplex:
		re := math.Float64frombits(r.uint64())
		return complex(re, math.Float64frombits(r.uint64()))
	case marshalTagStr:
		return r.str()
	case marshalTagBytes:
		n := r.count()
		v := []byte(r.b[r.pos : r.pos+n])
		r.pos += n
		return v
	case marshalTagEllipsis:
		return Ellipsis{}
	case marshalTagCode:
		return r.code()
	case marshalTagKwNames:
		names := r.strList()
		if names == nil {
			names = []string{}
		}
		return names
	case marshalTagTuple:
		return Tuple(r.constants())
	case marshalTagFrozenSet:
		return FrozenSet(r.constants())
	case marshalTagIntrinsic:
		return Intrinsic(r.byte())
	}
	panic(errMarshalCorrupt)
}

// constants reads a count and that many constants.
func (r *marshalReader) constants() []any {
	t := make([]any, r.count())
	for i := range t {
		t[i] = r.constant()
	}
	return t
}
