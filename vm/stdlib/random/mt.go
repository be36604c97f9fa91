// Package random is Kiln's random module: the Mersenne Twister of
// CPython's _random module, bit for bit, in Go (mt.go), native forms of
// the busiest methods for the common argument types (fast.go), and the
// random module's distributions and sampling functions in embedded Python
// (random.py) written against it, so that a seed gives the same sequences
// as under CPython 3.12.
package random

import (
	_ "embed"
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"time"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines _random.Random: the MT19937 generator state, its
// seeding (init_by_array on the 32-bit words of the seed's magnitude, as
// CPython does), random(), getrandbits(), getstate()/setstate(), and a
// native _randbelow used by random.Random when getrandbits is not
// overridden.

//go:embed random.py
var randomSource []byte

const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// RandomType is _random.Random; random.Random subclasses it in Python.
var RandomType = rt.NewBuiltinType("Random", rt.ObjectType, rt.LayoutOther, rt.FlagBaseType)

// generator is an instance of _random.Random (or of a subclass).
type generator struct {
	rt.Object
	mt    [mtN]uint32
	index int
}

func asGenerator(v rt.Value) *generator { return (*generator)(v.Pointer()) }

func (g *generator) initGenrand(s uint32) {
	g.mt[0] = s
	for i := 1; i < mtN; i++ {
		prev := g.mt[i-1]
		g.mt[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	g.index = mtN
}

func (g *generator) initByArray(key []uint32) {
	g.initGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := g.mt[i-1]
		g.mt[i] = (g.mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			g.mt[0] = g.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := g.mt[i-1]
		g.mt[i] = (g.mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			g.mt[0] = g.mt[mtN-1]
			i = 1
		}
	}
	g.mt[0] = 0x80000000
}

// next32 is genrand_uint32: the next tempered 32-bit output.
func (g *generator) next32() uint32 {
	if g.index >= mtN {
		mt := &g.mt
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ (mtMatrixA * (y & 1))
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ (mtMatrixA * (y & 1))
		}
		y := (mt[mtN-1] & mtUpperMask) | (mt[0] & mtLowerMask)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ (mtMatrixA * (y & 1))
		g.index = 0
	}
	y := g.mt[g.index]
	g.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float53 is random(): a float in [0, 1) from 53 random bits.
func (g *generator) float53() float64 {
	a := g.next32() >> 5
	b := g.next32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bitsValue is getrandbits(k) for k >= 0.
func (g *generator) bitsValue(k int) rt.Value {
	if k <= 32 {
		if k == 0 {
			return rt.Int(0)
		}
		return rt.Int(int64(g.next32() >> (32 - k)))
	}
	if k <= 64 {
		lo := uint64(g.next32())
		hi := uint64(g.next32() >> (64 - k))
		if r := hi<<32 | lo; r <= math.MaxInt64 {
			return rt.Int(int64(r))
		}
		return rt.MakeInt(new(big.Int).SetUint64(hi<<32 | lo))
	}
	words := make([]big.Word, (k+63)/64)
	for i := 0; k > 0; i++ {
		r := g.next32()
		if k < 32 {
			r >>= 32 - k
		}
		words[i/2] |= big.Word(r) << (32 * (i % 2))
		k -= 32
	}
	return rt.MakeInt(new(big.Int).SetBits(words))
}

// below is _randbelow_with_getrandbits(n) for 0 < n < 2**63.
func (g *generator) below(n uint64) uint64 {
	k := bits.Len64(n)
	for {
		var r uint64
		if k <= 32 {
			r = uint64(g.next32() >> (32 - k))
		} else {
			lo := uint64(g.next32())
			r = uint64(g.next32()>>(64-k))<<32 | lo
		}
		if r < n {
			return r
		}
	}
}

// seedFromUint32s seeds with the 32-bit words of a magnitude, least
// significant first, trimmed of high zero words as CPython trims them.
func (g *generator) seedWords(key []uint32) {
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	g.initByArray(key)
}

func (g *generator) seedBig(n *big.Int) {
	n = new(big.Int).Abs(n)
	var key []uint32
	for _, w := range n.Bits() {
		key = append(key, uint32(w))
		if bits.UintSize == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	g.seedWords(key)
}

func (g *generator) seedRandomly() {
	var buf [mtN * 4]byte
	if err := rt.RandomBytes(buf[:]); err != nil {
		binary.LittleEndian.PutUint64(buf[:], uint64(time.Now().UnixNano()))
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	g.initByArray(key)
}

func isInt(v rt.Value) bool {
	return v.IsSmallInt() || v.IsBool() || (!v.IsImmediate() && v.Type().Layout == rt.LayoutInt)
}

// seed implements _random.Random.seed(n=None): None seeds from the
// system's entropy, an int from its magnitude, anything else from its
// hash taken as an unsigned 64-bit number.
func (g *generator) seed(th *rt.Thread, arg rt.Value) error {
	switch {
	case !arg.IsValid() || arg.IsNone():
		g.seedRandomly()
	case arg.IsSmallInt() || arg.IsBool():
		n := arg.SmallInt()
		if arg.IsBool() {
			n = int64(arg.Bits())
		}
		u := uint64(n)
		if n < 0 {
			u = uint64(-n) // -MinInt64 wraps to its own magnitude as a uint64
		}
		g.seedWords([]uint32{uint32(u), uint32(u >> 32)})
	case isInt(arg):
		g.seedBig(rt.BigIntValue(arg))
	default:
		h, err := rt.Hash(th, arg)
		if err != nil {
			return err
		}
		u := uint64(h)
		g.seedWords([]uint32{uint32(u), uint32(u >> 32)})
	}
	return nil
}

func randomNew(th *rt.Thread, t *rt.Type, args []rt.Value, kwnames []string) (rt.Value, error) {
	if t == RandomType && len(kwnames) > 0 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "Random() takes no keyword arguments")
	}
	g := &generator{Object: rt.NewObjectHeader(t)}
	v := rt.ValueOf(g)
	var arg rt.Value
	if n := len(args) - len(kwnames); n > 1 {
		if t == RandomType {
			return rt.Value{}, rt.Errorf(rt.TypeError, "Random() requires 0 or 1 argument")
		}
	} else if n == 1 {
		arg = args[0]
	}
	if t != RandomType {
		// A subclass's __init__ seeds; keep a valid state until then.
		arg = rt.Value{}
	}
	if err := g.seed(th, arg); err != nil {
		return rt.Value{}, err
	}
	return v, nil
}

// method0 and method1 name the method for CheckArgCount once: the
// concatenation was an allocation per random() call.
func method0(t *rt.Type, name string, f func(th *rt.Thread, g *generator) (rt.Value, error)) {
	qualName := t.Name + "." + name
	t.AddMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckArgCount(qualName, args, kwnames, 0, 0); err != nil {
			return rt.Value{}, err
		}
		return f(th, asGenerator(self))
	})
}

func method1(t *rt.Type, name string, f func(th *rt.Thread, g *generator, x rt.Value) (rt.Value, error)) {
	qualName := t.Name + "." + name
	t.AddMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckArgCount(qualName, args, kwnames, 1, 1); err != nil {
			return rt.Value{}, err
		}
		return f(th, asGenerator(self), args[0])
	})
}

// bitCount reads getrandbits' argument as a non-negative C int.
func bitCount(th *rt.Thread, x rt.Value) (int, error) {
	if !isInt(x) {
		if x.IsFloat() {
			return 0, rt.Errorf(rt.TypeError, "'float' object cannot be interpreted as an integer")
		}
		iv, err := rt.Index(th, x)
		if err != nil {
			return 0, err
		}
		x = iv
	}
	if !x.IsSmallInt() && !x.IsBool() {
		return 0, rt.Errorf(rt.OverflowError, "Python int too large to convert to C int")
	}
	k := x.SmallInt()
	if x.IsBool() {
		k = int64(x.Bits())
	}
	if k > math.MaxInt32 {
		return 0, rt.Errorf(rt.OverflowError, "Python int too large to convert to C int")
	}
	if k < 0 {
		return 0, rt.Errorf(rt.ValueError, "number of bits must be non-negative")
	}
	return int(k), nil
}

func init() {
	// Random's methods are made at the first import of _random, not in
	// every process's start-up.
	randomSetup := rt.DeferTypeSetup(setupRandom, RandomType)
	rt.RegisterModule("_random", func(th *rt.Thread, m *rt.Module) error {
		randomSetup.Ensure()
		m.Set("Random", rt.ValueOf(RandomType))
		m.AddFunction("_seed_from_bytes", seedFromBytes)
		return nil
	})
	rt.RegisterPythonModule("random", randomSource)
}

// setupRandom fills in the slots and methods of _random.Random.
func setupRandom() {
	t := RandomType
	t.Module = "_random"
	t.New = randomNew
	t.Init = func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) error { return nil }
	method0(t, "random", func(th *rt.Thread, g *generator) (rt.Value, error) { return rt.Float(g.float53()), nil })
	t.AddMethod("seed", func(th *rt.Thread, self rt.Value, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := rt.CheckClinicArgs("Random.seed", args, kwnames, 0, 1); err != nil {
			return rt.Value{}, err
		}
		var arg rt.Value
		if len(args) == 1 {
			arg = args[0]
		}
		return rt.None, asGenerator(self).seed(th, arg)
	})
	method1(t, "getrandbits", func(th *rt.Thread, g *generator, x rt.Value) (rt.Value, error) {
		k, err := bitCount(th, x)
		if err != nil {
			return rt.Value{}, err
		}
		return g.bitsValue(k), nil
	})
	method0(t, "getstate", func(th *rt.Thread, g *generator) (rt.Value, error) {
		items := make([]rt.Value, mtN+1)
		for i, w := range g.mt {
			items[i] = rt.Int(int64(w))
		}
		items[mtN] = rt.Int(int64(g.index))
		return rt.NewTuple(items), nil
	})
	method1(t, "setstate", randomSetState)
	// _randbelow_with_getrandbits, natively while getrandbits is ours.
	native := t.Lookup("getrandbits")
	method1(t, "_randbelow_with_getrandbits", func(th *rt.Thread, g *generator, x rt.Value) (rt.Value, error) {
		self := rt.ValueOf(g)
		if x.IsSmallInt() && x.SmallInt() > 0 && rt.Is(self.Type().Lookup("getrandbits"), native) {
			return rt.Int(int64(g.below(uint64(x.SmallInt())))), nil
		}
		return randbelowSlow(th, self, x)
	})
	addFastPaths(t)
}

// randbelowSlow is _randbelow_with_getrandbits through the instance's
// own getrandbits and Python ints.
func randbelowSlow(th *rt.Thread, self, n rt.Value) (rt.Value, error) {
	k, err := rt.CallMethod(th, n, "bit_length")
	if err != nil {
		return rt.Value{}, err
	}
	for {
		r, err := rt.CallMethod(th, self, "getrandbits", k)
		if err != nil {
			return rt.Value{}, err
		}
		ge, err := rt.Compare(th, rt.CmpGE, r, n)
		if err != nil {
			return rt.Value{}, err
		}
		if t, err := rt.Truth(th, ge); err != nil || !t {
			return r, err
		}
	}
}

func randomSetState(th *rt.Thread, g *generator, state rt.Value) (rt.Value, error) {
	if state.IsImmediate() || !state.Type().IsSubtype(rt.TupleType) {
		return rt.Value{}, rt.Errorf(rt.TypeError, "state vector must be a tuple")
	}
	items := rt.TupleItems(state)
	if len(items) != mtN+1 {
		return rt.Value{}, rt.Errorf(rt.ValueError, "state vector is the wrong size")
	}
	var mt [mtN]uint32
	for i, x := range items[:mtN] {
		if !isInt(x) {
			return rt.Value{}, rt.Errorf(rt.TypeError, "'%s' object cannot be interpreted as an integer", rt.TypeName(x))
		}
		b := rt.BigIntValue(x)
		if b.Sign() < 0 {
			return rt.Value{}, rt.Errorf(rt.OverflowError, "can't convert negative value to unsigned int")
		}
		if b.BitLen() > 64 {
			return rt.Value{}, rt.Errorf(rt.OverflowError, "Python int too large to convert to C unsigned long")
		}
		mt[i] = uint32(b.Uint64())
	}
	last := items[mtN]
	if !isInt(last) {
		return rt.Value{}, rt.Errorf(rt.TypeError, "'%s' object cannot be interpreted as an integer", rt.TypeName(last))
	}
	idx := rt.BigIntValue(last)
	if !idx.IsInt64() || idx.Int64() < 0 || idx.Int64() > mtN {
		return rt.Value{}, rt.Errorf(rt.ValueError, "invalid state")
	}
	g.mt = mt
	g.index = int(idx.Int64())
	return rt.None, nil
}

// seedFromBytes is version 2 seeding of str, bytes and bytearray:
// int.from_bytes(a + sha512(a).digest()), big-endian.
func seedFromBytes(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := rt.CheckArgCount("_seed_from_bytes", args, kwnames, 1, 1); err != nil {
		return rt.Value{}, err
	}
	data, err := rt.BytesFromValue(th, args[0])
	if err != nil {
		return rt.Value{}, err
	}
	sum := sha512Sum(data)
	all := append(append([]byte{}, data...), sum[:]...)
	return rt.MakeInt(new(big.Int).SetBytes(all)), nil
}
