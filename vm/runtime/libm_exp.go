package runtime

import (
	"math"
	"math/big"
	"sync"
)

// This file defines glibcExp, e**x as glibc 2.36 computes it on x86-64
// processors with FMA, which is what CPython's math.exp returns there.
//
// glibc's exp (since 2.28) reduces x = k*ln2/128 + r, looks 2**(k/128)
// up in a table of 128 pairs (the double nearest to it, and the relative
// error of that double as a second double), and evaluates a degree-5
// polynomial in r; on x86-64 it is an IFUNC that picks a copy compiled
// with -mfma. The table is computed here at start-up from its definition;
// each math.FMA stands for a contraction GCC makes in glibc's C.

const (
	expTableBits = 7
	expN         = 1 << expTableBits
	expInvLn2N   = 0x1.71547652b82fep0 * expN
	expShift     = 0x1.8p52
	expNegLn2HiN = -0x1.62e42fefa0000p-8
	expNegLn2LoN = -0x1.cf79abc9e3b3ap-47
	expC2        = 0x1.ffffffffffdbdp-2
	expC3        = 0x1.555555555543cp-3
	expC4        = 0x1.55555cf172b91p-5
	expC5        = 0x1.1111167a4d017p-7
)

// expTable returns, for k in [0, 128), the bits of the relative error of
// H = round(2**(k/128)) at 2k and those of H minus k<<45 at 2k+1. It is
// computed on first use: with big.Float it takes 60 KB and 0.1 ms, which
// the start-up of a program that never calls exp should not pay.
var expTable = sync.OnceValue(func() *[2 * expN]uint64 {
	tab := new([2 * expN]uint64)
	const prec = 320
	root := new(big.Float).SetPrec(prec).SetInt64(2)
	for i := 0; i < expTableBits; i++ {
		root.Sqrt(root)
	}
	p := new(big.Float).SetPrec(prec).SetInt64(1)
	for k := 0; k < expN; k++ {
		h, _ := p.Float64()
		hb := new(big.Float).SetPrec(prec).SetFloat64(h)
		tail := new(big.Float).SetPrec(prec).Sub(p, hb)
		tail.Quo(tail, hb)
		t, _ := tail.Float64()
		tab[2*k] = math.Float64bits(t)
		tab[2*k+1] = math.Float64bits(h) - uint64(k)<<(52-expTableBits)
		p.Mul(p, root)
	}
	return tab
})

// glibcExp returns e**x, rounded as glibc's FMA build rounds it.
func glibcExp(x float64) float64 {
	abstop := uint32(math.Float64bits(x)>>52) & 0x7ff
	const tinyTop, bigTop = 0x3c9, 0x408 // top12(0x1p-54), top12(512)
	if abstop-tinyTop >= bigTop-tinyTop {
		if abstop-tinyTop >= 0x80000000 { // |x| < 2**-54
			return 1 + x
		}
		if abstop >= 0x409 { // |x| >= 1024
			switch {
			case math.IsInf(x, -1):
				return 0
			case abstop >= 0x7ff:
				return 1 + x
			case x < 0:
				return 0
			}
			return math.Inf(1)
		}
		abstop = 0 // large |x|: scaled below
	}
	kd := math.FMA(expInvLn2N, x, expShift)
	ki := math.Float64bits(kd)
	kd -= expShift
	r := math.FMA(kd, expNegLn2LoN, math.FMA(kd, expNegLn2HiN, x))
	idx := 2 * (ki % expN)
	top := ki << (52 - expTableBits)
	tab := expTable()
	tail := math.Float64frombits(tab[idx])
	sbits := tab[idx+1] + top
	r2 := r * r
	tmp := math.FMA(r2*r2, math.FMA(r, expC5, expC4), math.FMA(r2, math.FMA(r, expC3, expC2), tail+r))
	if abstop == 0 {
		return expSpecialCase(tmp, sbits, ki)
	}
	scale := math.Float64frombits(sbits)
	return math.FMA(scale, tmp, scale)
}

// expSpecialCase finishes glibcExp where 2**(k/128) is out of the normal
// range: scaled back into it, and in the subnormal range summed so that
// the result is rounded once.
func expSpecialCase(tmp float64, sbits, ki uint64) float64 {
	if ki&0x80000000 == 0 {
		// k > 0: the exponent of scale might have overflowed by <= 460.
		sbits -= 1009 << 52
		scale := math.Float64frombits(sbits)
		return 0x1p1009 * math.FMA(scale, tmp, scale)
	}
	sbits += 1022 << 52
	scale := math.Float64frombits(sbits)
	y := math.FMA(scale, tmp, scale)
	if y < 1 {
		lo := math.FMA(scale, tmp, scale-y)
		hi := 1 + y
		lo = 1 - hi + y + lo
		y = (hi + lo) - 1
		if y == 0 {
			y = 0
		}
	}
	return 0x1p-1022 * y
}
