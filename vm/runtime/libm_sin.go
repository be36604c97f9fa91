package runtime

import (
	"math"
	"math/big"
	"sync"
)

// This file defines glibcSin and glibcCos, sin x and cos x as glibc 2.36
// computes them on x86-64 processors with FMA, which is what CPython's
// math.sin and math.cos return there.
//
// glibc's sin and cos (s_sin.c, IBM's accurate library without its slow
// paths since 2.28) reduce x to a + da, |a| <= pi/4, by pi/2 (three
// pieces of pi/2 for |x| < 105414350, branred's 2/pi in 24-bit digits
// beyond), then either sum a short Taylor series (|a| < 0.126) or split a
// = x_i + h at the nearest x_i = i/128 and combine sin and cos of x_i, a
// table of double-double values, with short series in h. On x86-64 sin
// and cos are IFUNCs that pick a copy compiled with -mfma; each math.FMA
// below stands for a contraction GCC makes there (a product whose uses
// are all additions or subtractions in the same block), and only those.
// branred is compiled once, without FMA.

// The constants of s_sin.c (usncs.h) and branred.h.
const (
	sinS1    = -0x1.5555555555555p-3
	sinS2    = 0x1.1111111110ECEp-7
	sinS3    = -0x1.A01A019DB08B8p-13
	sinS4    = 0x1.71DE27B9A7ED9p-19
	sinS5    = -0x1.ADDFFC2FCDF59p-26
	sinSn3   = -1.66666666666664880952546298448555e-01
	sinSn5   = 8.33333214285722277379541354343671e-03
	sinCs2   = 4.99999999999999999999950396842453e-01
	sinCs4   = -4.16666666666664434524222570944589e-02
	sinCs6   = 1.38888874007937613028114285595617e-03
	sinBig   = 0x1.8p45 // adding it rounds |x| < 1 to a multiple of 1/128
	sinHp0   = 0x1.921FB54442D18p0
	sinHp1   = 0x1.1A62633145C07p-54
	sinMp1   = 0x1.921FB58000000p0
	sinMp2   = -0x1.DDE973C000000p-27
	sinPp3   = -0x1.CB3B398000000p-55
	sinPp4   = -0x1.d747f23e32ed7p-83
	sinHpinv = 0x1.45F306DC9C883p-1
	sinToint = 0x1.8p52
)

// sinCosTable holds, for i in [0, 110), sin(i/128) and cos(i/128) each as
// the nearest double and the nearest double to the rest: glibc's
// __sincostab, computed from that definition on first use. Sine and
// cosine of 1/128 come from their series, the others from the angle
// addition formulas (110 steps lose 7 of the 240 bits); the few big.Floats
// are reused, so that the first math.sin costs little memory.
var sinCosTable = sync.OnceValue(func() *[440]float64 {
	const prec = 240
	var tab [440]float64
	s1, c1 := bigSinCos(new(big.Float).SetPrec(prec).SetFloat64(1.0/128), prec)
	s := new(big.Float).SetPrec(prec)
	c := new(big.Float).SetPrec(prec).SetInt64(1)
	t1, t2, rest := new(big.Float).SetPrec(prec), new(big.Float).SetPrec(prec), new(big.Float).SetPrec(prec)
	for i := 0; i < 110; i++ {
		for j, v := range [2]*big.Float{s, c} {
			hi, _ := v.Float64()
			lo, _ := rest.Sub(v, rest.SetFloat64(hi)).Float64()
			tab[4*i+2*j], tab[4*i+2*j+1] = hi, lo
		}
		// sin(x + 1/128) = s c1 + c s1, cos(x + 1/128) = c c1 - s s1.
		t1.Mul(s, c1)
		t2.Mul(c, s1)
		c.Mul(c, c1)
		s.Mul(s, s1)
		c.Sub(c, s)
		s.Add(t1, t2)
	}
	return &tab
})

// bigSinCos returns sin x and cos x for a small x by their Taylor series,
// to about prec bits.
func bigSinCos(x *big.Float, prec uint) (sin, cos *big.Float) {
	sin = new(big.Float).SetPrec(prec).Set(x)
	cos = new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).Set(x) // x**n / n!
	n := new(big.Float)
	for k := int64(2); k < 200; k++ {
		term.Mul(term, x)
		term.Quo(term, n.SetInt64(k))
		if term.Sign() == 0 || term.MantExp(nil) < -int(prec)-8 {
			break
		}
		switch k % 4 {
		case 0:
			cos.Add(cos, term)
		case 1:
			sin.Add(sin, term)
		case 2:
			cos.Sub(cos, term)
		case 3:
			sin.Sub(sin, term)
		}
	}
	return sin, cos
}

// sinTableIndex returns |x| rounded to a multiple of 1/128 (the table's
// x_i) and i, as glibc reads them from big + |x|.
func sinTableIndex(ax float64) (xi float64, i int) {
	u := sinBig + ax
	return u - sinBig, int(uint32(math.Float64bits(u)))
}

// glibcDoCos returns cos(x + dx) for |x| <= pi/4 or so (s_sin.c's
// do_cos).
func glibcDoCos(x, dx float64) float64 {
	if x < 0 {
		dx = -dx
	}
	ax := math.Abs(x)
	xi, i := sinTableIndex(ax)
	x = ax - xi + dx
	xx := x * x
	s := math.FMA(x*xx, math.FMA(xx, sinSn5, sinSn3), x)
	c := xx * math.FMA(xx, math.FMA(xx, sinCs6, sinCs4), sinCs2)
	tab := sinCosTable()
	sn, ssn, cs, ccs := tab[4*i], tab[4*i+1], tab[4*i+2], tab[4*i+3]
	cor := math.FMA(-sn, s, math.FMA(-cs, c, math.FMA(-s, ssn, ccs)))
	return cs + cor
}

// glibcDoSin returns sin(x + dx) for |x| <= pi/4 or so (s_sin.c's
// do_sin).
func glibcDoSin(x, dx float64) float64 {
	xold := x
	if math.Abs(x) < 0.126 {
		// TAYLOR_SIN: x + x**3 * poly(x*x) - (x*x - 1) dx/2.
		xx := x * x
		p := math.FMA(math.FMA(math.FMA(math.FMA(sinS5, xx, sinS4), xx, sinS3), xx, sinS2), xx, sinS1)
		t := math.FMA(math.FMA(p, x, -float64(0.5*dx)), xx, dx)
		return x + t
	}
	if x <= 0 {
		dx = -dx
	}
	ax := math.Abs(x)
	xi, i := sinTableIndex(ax)
	x = ax - xi
	xx := x * x
	s := x + math.FMA(x*xx, math.FMA(xx, sinSn5, sinSn3), dx)
	c := math.FMA(x, dx, xx*math.FMA(xx, math.FMA(xx, sinCs6, sinCs4), sinCs2))
	tab := sinCosTable()
	sn, ssn, cs, ccs := tab[4*i], tab[4*i+1], tab[4*i+2], tab[4*i+3]
	cor := math.FMA(cs, s, math.FMA(-sn, c, math.FMA(s, ccs, ssn)))
	return math.Copysign(sn+cor, xold)
}

// glibcReduceSinCos returns a + da = x - n*pi/2 and n mod 4 for |x| <
// 105414350 (s_sin.c's reduce_sincos): pi/2 in four pieces, the first
// products exact.
func glibcReduceSinCos(x float64) (a, da float64, n int) {
	t := math.FMA(x, sinHpinv, sinToint)
	xn := t - sinToint
	n = int(math.Float64bits(t) & 3)
	y := math.FMA(-xn, sinMp2, math.FMA(-xn, sinMp1, x))
	// t1 = xn*pp3 is used by two subtractions, so GCC fuses it into both.
	t2 := math.FMA(-xn, sinPp3, y)
	db := math.FMA(-xn, sinPp3, y-t2)
	b := math.FMA(-xn, sinPp4, t2)
	db += math.FMA(-xn, sinPp4, t2-b)
	return b, db, n
}

// glibcDoSinCos returns sin(a + da) for quadrant n (cos for n+1).
func glibcDoSinCos(a, da float64, n int) float64 {
	var r float64
	if n&1 != 0 {
		r = glibcDoCos(a, da)
	} else {
		r = glibcDoSin(a, da)
	}
	if n&2 != 0 {
		return -r
	}
	return r
}

// glibcSin returns sin x, rounded as glibc's FMA build rounds it.
func glibcSin(x float64) float64 {
	k := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	switch {
	case k < 0x3e500000: // |x| < 2**-26
		return x
	case k < 0x3feb6000: // |x| < 0.855469
		return glibcDoSin(x, 0)
	case k < 0x400368fd: // |x| < 2.426265
		return math.Copysign(glibcDoCos(sinHp0-math.Abs(x), sinHp1), x)
	case k < 0x419921FB: // |x| < 105414350
		a, da, n := glibcReduceSinCos(x)
		return glibcDoSinCos(a, da, n)
	case k < 0x7ff00000:
		a, da, n := glibcBranred(x)
		return glibcDoSinCos(a, da, n)
	}
	return x - x // NaN for infinities and NaNs
}

// glibcCos returns cos x, rounded as glibc's FMA build rounds it.
func glibcCos(x float64) float64 {
	k := uint32(math.Float64bits(x)>>32) & 0x7fffffff
	switch {
	case k < 0x3e400000: // |x| < 2**-27
		return 1
	case k < 0x3feb6000:
		return glibcDoCos(x, 0)
	case k < 0x400368fd:
		y := sinHp0 - math.Abs(x)
		a := y + sinHp1
		da := (y - a) + sinHp1
		return glibcDoSin(a, da)
	case k < 0x419921FB:
		a, da, n := glibcReduceSinCos(x)
		return glibcDoSinCos(a, da, n+1)
	case k < 0x7ff00000:
		a, da, n := glibcBranred(x)
		return glibcDoSinCos(a, da, n+1)
	}
	return x - x
}

// The constants of branred.c (branred.h): its pi/2 pieces are not
// usncs.h's.
const (
	branredSplit = 0x1p27 + 1
	branredBig   = 0x1.8p52
	branredBig1  = 0x1.8p54
	branredMp1   = 0x1.921FB58p0
	branredMp2   = -0x1.DDE974p-27
)

// branredDigits is 2/pi in base 2**24: its first 75 digits after the
// point (glibc's toverp), computed on first use.
var branredDigits = sync.OnceValue(func() *[75]float64 {
	const bits = 75 * 24
	twoOverPi := new(big.Float).SetPrec(bigPiPrec).Quo(big.NewFloat(1), bigPi())
	twoOverPi.SetMantExp(twoOverPi, 1+bits)
	n, _ := twoOverPi.Int(nil)
	var d [75]float64
	mask := big.NewInt(1<<24 - 1)
	for i := 74; i >= 0; i-- {
		d[i] = float64(new(big.Int).And(n, mask).Int64())
		n.Rsh(n, 24)
	}
	return &d
})

// glibcBranred returns a + da = x - n*pi/2, |a + da| <= pi/4, and n mod
// 4 for a large finite x: glibc's branred, which multiplies the two
// halves of x by the digits of 2/pi that matter and keeps the fraction.
func glibcBranred(x float64) (a, da float64, n int) {
	x *= 0x1p-600
	t := x * branredSplit
	x1 := t - (t - x)
	x2 := x - x1
	b1, bb1, sum1 := branredPart(x1)
	b2, bb2, sum2 := branredPart(x2)
	sum := sum1 + sum2
	b := b1 + b2
	var bb float64
	if math.Abs(b1) > math.Abs(b2) {
		bb = (b1 - b) + b2
	} else {
		bb = (b2 - b) + b1
	}
	if b > 0.5 {
		b -= 1
		sum += 1
	} else if b < -0.5 {
		b += 1
		sum -= 1
	}
	s := b + (bb + bb1 + bb2)
	t = ((b - s) + bb) + (bb1 + bb2)
	b = s * branredSplit
	t1 := b - (b - s)
	t2 := s - t1
	b = s * sinHp0
	bb = (((float64(t1*branredMp1) - b) + float64(t1*branredMp2)) + float64(t2*branredMp1)) +
		(float64(t2*branredMp2) + float64(s*sinHp1) + float64(t*sinHp0))
	s = b + bb
	t = (b - s) + bb
	return s, t, int(sum) & 3
}

// branredPart returns xp * 2/pi (xp*2**600, of 27 bits) modulo 4 as an
// integer part sum and a fraction b + bb.
func branredPart(xp float64) (b, bb, sum float64) {
	digits := branredDigits()
	k := int(math.Float64bits(xp)>>52) & 2047
	k = (k - 450) / 24
	if k < 0 {
		k = 0
	}
	gor := math.Float64frombits(math.Float64bits(0x1p576) - uint64(k*24)<<52)
	var r [6]float64
	for i := range r {
		r[i] = xp * digits[k+i] * gor
		gor *= 0x1p-24
	}
	for i := 0; i < 3; i++ {
		s := (r[i] + branredBig) - branredBig
		sum += s
		r[i] -= s
	}
	t := 0.0
	for i := 5; i >= 0; i-- {
		t += r[i]
	}
	bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5]
	s := (t + branredBig) - branredBig
	sum += s
	t -= s
	b = t + bb
	bb = (t - b) + bb
	s = (sum + branredBig1) - branredBig1
	sum -= s
	return b, bb, sum
}
