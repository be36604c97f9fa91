package runtime

// This file defines the hash of str (and bytes) text as CPython 3.12
// computes it: SipHash-1-3 keyed from PYTHONHASHSEED, over the text's
// canonical form (the bytes of an ASCII or Latin-1 str, the UCS-2 or
// UCS-4 code units of a wider one), so that a set of strs iterates in
// CPython's order under the same PYTHONHASHSEED. A Str caches the low
// bits of the hash (strHashMask), which decide the slot a set or dict
// probes first.

import (
	"encoding/binary"
	"math/bits"
	"os"
	"strconv"
	"unicode/utf8"
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
	for i := len(s) - 1; i >= 0; i-- {
		b |= uint64(s[i]) << (8 * i)
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
