package runtime

// This file defines the hash of str (and bytes) text as CPython 3.12
// computes it: SipHash-1-3 keyed from PYTHONHASHSEED, over the text's
// canonical form (the bytes of an ASCII or Latin-1 str, the UCS-2 or
// UCS-4 code units of a wider one), so that a set of strs iterates in
// CPython's order under the same PYTHONHASHSEED. A Str caches the low
// bits of the hash (strHashMask), which sets and dicts store and which
// decide the slot they probe first; the whole hash (fullHash) is
// recomputed where Python code sees it or a probe needs it.

import (
	"encoding/binary"
	"math/bits"
	"os"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// strHashK0 and strHashK1 are the SipHash key, CPython's
// _Py_HashSecret.siphash: zero for PYTHONHASHSEED=0 (and, in Kiln, when
// it is unset or "random": Kiln's hashes stay reproducible), else the
// bytes of CPython's linear congruential generator seeded with it.
var strHashK0, strHashK1 = strHashKey(os.Getenv("PYTHONHASHSEED"))

// strHashKey derives the SipHash key from PYTHONHASHSEED as CPython's
// lcg_urandom does.
func strHashKey(env string) (k0, k1 uint64) {
	seed, err := strconv.ParseUint(env, 10, 32)
	if err != nil || seed == 0 {
		return 0, 0
	}
	var secret [16]byte
	x := uint32(seed)
	for i := range secret {
		x = x*214013 + 2531011
		secret[i] = byte(x >> 16)
	}
	return binary.LittleEndian.Uint64(secret[:8]), binary.LittleEndian.Uint64(secret[8:])
}

// strSipHash is the hash of the text s: CPython's hash of the str, with
// its low strHashMask bits kept (0 for the empty str, as CPython's; a
// Str recomputes a hash of 0 each time, which only the empty str, cheap,
// and one str in 2**30 have).
func strSipHash(s string) int64 {
	return int64(strHash64(strHashK0, strHashK1, s) & strHashMask)
}

// latin1Hash is strSipHash of the str of the one code point c (below
// U+0100), whose canonical form is the byte c: latin1Strs' hashes, made
// at every start, without decoding their UTF-8 text.
func latin1Hash(c byte) int64 {
	h := sipHash13(strHashK0, strHashK1, unsafe.String(&c, 1))
	if int64(h) == -1 {
		h = ^uint64(1) // as strHash64
	}
	return int64(h & strHashMask)
}

// strHash64 is CPython's whole hash of the str s under the key k0, k1.
func strHash64(k0, k1 uint64, s string) uint64 {
	var h uint64
	if wide, unit := strHashUnit(s); !wide {
		h = sipHash13(k0, k1, s)
	} else {
		h = sipHash13(k0, k1, strHashUnits(s, unit))
	}
	if int64(h) == -1 {
		h = ^uint64(1) // -1 is CPython's error marker: -2 instead
	}
	return h
}

// strHashUnit reports whether s is not all bytes below 0x80 and, if so,
// the size of the code units CPython stores it in: 1 (Latin-1), 2 (UCS-2)
// or 4.
func strHashUnit(s string) (wide bool, unit int) {
	i := 0
	// Eight bytes at a time while they are ASCII: start-up hashes the
	// names of every builtin method this way.
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return false, 1
	}
	unit = 1
	for off := i; off < len(s); {
		r, size := decodeRune(s[off:])
		off += size
		switch {
		case r > 0xffff:
			return true, 4
		case r > 0xff:
			unit = 2
		}
	}
	return true, unit
}

// strHashUnits is s as CPython stores it: each code point as a
// little-endian unit of unit bytes.
func strHashUnits(s string, unit int) string {
	out := make([]byte, 0, len(s)*unit)
	for off := 0; off < len(s); {
		r, size := decodeRune(s[off:])
		off += size
		switch unit {
		case 1:
			out = append(out, byte(r))
		case 2:
			out = binary.LittleEndian.AppendUint16(out, uint16(r))
		default:
			out = binary.LittleEndian.AppendUint32(out, uint32(r))
		}
	}
	return string(out)
}

// sipHash13 is CPython's siphash13 (Python/pyhash.c): SipHash with one
// compression round and three finalization rounds, of the bytes of s;
// the empty text hashes to 0, as _Py_HashBytes has it.
func sipHash13(k0, k1 uint64, s string) uint64 {
	if len(s) == 0 {
		return 0
	}
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	b := uint64(len(s)) << 56
	for ; len(s) >= 8; s = s[8:] {
		m := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		v3 ^= m
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= m
	}
	if len(s) >= 4 {
		n := len(s)
		lo := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		hi := uint64(s[n-4]) | uint64(s[n-3])<<8 | uint64(s[n-2])<<16 | uint64(s[n-1])<<24
		b |= lo | hi<<(8*(n-4)) // the two words overlap for n < 8: same bytes
	} else {
		for i := len(s) - 1; i >= 0; i-- {
			b |= uint64(s[i]) << (8 * i)
		}
	}
	v3 ^= b
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0 ^= b
	v2 ^= 0xff
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	return v0 ^ v1 ^ v2 ^ v3
}

// sipRound is one SipRound (two of CPython's HALF_ROUNDs).
func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v2 += v3
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v1
	v0 += v3
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

// fullHash is hash(s) as CPython gives it: all 64 bits, recomputed from
// the text, since a Str caches only the low strHashMask bits. Those are
// the hash sets and dicts store and compare; the whole hash is what
// Python code sees (hash(), __hash__, a tuple's or frozenset's hash) and
// what a set's probe sequence reaches after long collisions.
func (s *Str) fullHash() int64 {
	if s.meta&strLenMask == 0 {
		return 0
	}
	if s.knownASCII() {
		if h := int64(sipHash13(strHashK0, strHashK1, s.text())); h != -1 {
			return h
		}
	}
	return int64(strHash64(strHashK0, strHashK1, s.text()))
}

// hashesAsStr reports whether v's hash is str's own: a str, or an
// instance of a str subclass that defines no __hash__ in Python.
func hashesAsStr(v Value) bool {
	if v.IsImmediate() {
		return false
	}
	t := v.Type()
	if t == StrType {
		return true
	}
	if t.Layout != LayoutStr {
		return false
	}
	_, py := pyMethod(t, "__hash__")
	return !py
}

// hashFull is hash(v) as Python code sees it: Hash, except that a str's
// hash has all its 64 bits.
func hashFull(th *Thread, v Value) (int64, error) {
	h, err := Hash(th, v)
	if err == nil && hashesAsStr(v) {
		h = strOf(v).fullHash()
	}
	return h, err
}

// setPerturb is the perturbation of a set's probe sequence for one key,
// CPython's perturb: the hash shifted right by setPerturbShift at each
// step. A str's stored hash has only strHashMask's bits, so once the bits
// a step adds to the slot index reach above them the probe goes on with
// the str's whole hash, as CPython's does; that happens only after
// several collisions in a large table, so the common probe never
// computes it.
type setPerturb struct {
	p     uint64
	shift int
	full  bool // p is from the whole hash (or the key is not a str)
}

// next advances the perturbation and returns it, for a table of mask+1
// slots.
func (sp *setPerturb) next(key Value, mask uint64) uint64 {
	sp.p >>= setPerturbShift
	sp.shift += setPerturbShift
	if !sp.full && sp.shift+bits.Len64(mask) > 64-strHashShift {
		sp.full = true
		if hashesAsStr(key) {
			sp.p = uint64(strOf(key).fullHash()) >> sp.shift
		}
	}
	return sp.p
}

// bytesHash is CPython's hash of bytes (and of a read-only memoryview of
// them): the SipHash of the bytes themselves, all 64 bits. Bytes never
// equal a str, so it need not agree with the 30 bits a Str stores.
func bytesHash(b []byte) int64 {
	h := sipHash13(strHashK0, strHashK1, unsafe.String(unsafe.SliceData(b), len(b)))
	if int64(h) == -1 {
		h = ^uint64(1)
	}
	return int64(h)
}

// strHashesAgree reports whether two different stored hashes are those of
// keys whose whole hashes are equal: a str, which sets and dicts store
// with strHashMask's bits, and an object whose __hash__ returns the str's
// hash() (all 64 bits), as an object equal to a str must. Only the low
// bits are compared first, so keys whose hashes differ there cost
// nothing more; and the dicts' probe sequences use only those bits
// (perturb & strHashMask), so that both keys probe the same slots.
func strHashesAgree(h1 int64, k1 Value, h2 int64, k2 Value) bool {
	if (h1^h2)&strHashMask != 0 {
		return false
	}
	if hashesAsStr(k1) {
		h1 = strOf(k1).fullHash()
	}
	if hashesAsStr(k2) {
		h2 = strOf(k2).fullHash()
	}
	return h1 == h2
}
