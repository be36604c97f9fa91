package cmath

// This file registers the cmath module: the constants, the functions of one
// complex argument, and phase, polar, rect, log, isclose and the tests.

import (
	"math"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// raise turns a C errno into CPython's exception.
func raise(st status) error {
	switch st {
	case edom:
		return rt.Errorf(rt.ValueError, "math domain error")
	case erange:
		return rt.Errorf(rt.OverflowError, "math range error")
	}
	return nil
}

// oneArg reads the single positional argument of cmath.name().
func oneArg(th *rt.Thread, name string, args []rt.Value, kwnames []string) (complex128, error) {
	if len(kwnames) > 0 {
		return 0, rt.Errorf(rt.TypeError, "cmath.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return 0, rt.Errorf(rt.TypeError, "cmath.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return rt.ComplexArg(th, args[0])
}

// unary wraps a function of one complex number.
func unary(name string, f func(complex128) (complex128, status)) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		z, err := oneArg(th, name, args, kwnames)
		if err != nil {
			return rt.Value{}, err
		}
		r, st := f(z)
		if err := raise(st); err != nil {
			return rt.Value{}, err
		}
		return rt.NewComplex(r), nil
	}
}

// predicate wraps a test of one complex number.
func predicate(name string, f func(x, y float64) bool) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		z, err := oneArg(th, name, args, kwnames)
		if err != nil {
			return rt.Value{}, err
		}
		return rt.Bool(f(real(z), imag(z))), nil
	}
}

func init() {
	rt.RegisterModule("cmath", func(th *rt.Thread, m *rt.Module) error {
		m.Set("pi", rt.Float(math.Pi))
		m.Set("e", rt.Float(math.E))
		m.Set("tau", rt.Float(2*math.Pi))
		m.Set("inf", rt.Float(inf))
		m.Set("nan", rt.Float(nan))
		m.Set("infj", rt.NewComplex(complex(0, inf)))
		m.Set("nanj", rt.NewComplex(complex(0, nan)))
		for name, f := range map[string]func(complex128) (complex128, status){
			"sqrt": cSqrt, "exp": cExp, "log10": cLog10,
			"acos": cAcos, "asin": cAsin, "atan": cAtan, "acosh": cAcosh, "asinh": cAsinh, "atanh": cAtanh,
			"cos": cCos, "sin": cSin, "tan": cTan, "cosh": cCosh, "sinh": cSinh, "tanh": cTanh,
		} {
			m.AddFunction(name, unary(name, f))
		}
		m.AddFunction("isfinite", predicate("isfinite", func(x, y float64) bool { return isFinite(x) && isFinite(y) }))
		m.AddFunction("isnan", predicate("isnan", func(x, y float64) bool { return math.IsNaN(x) || math.IsNaN(y) }))
		m.AddFunction("isinf", predicate("isinf", func(x, y float64) bool { return math.IsInf(x, 0) || math.IsInf(y, 0) }))
		m.AddFunction("phase", func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
			z, err := oneArg(th, "phase", args, kwnames)
			if err != nil {
				return rt.Value{}, err
			}
			phi, st := cPhase(z)
			if err := raise(st); err != nil {
				return rt.Value{}, err
			}
			return rt.Float(phi), nil
		})
		m.AddFunction("polar", func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
			z, err := oneArg(th, "polar", args, kwnames)
			if err != nil {
				return rt.Value{}, err
			}
			r, st := cAbs(z)
			if err := raise(st); err != nil {
				return rt.Value{}, err
			}
			return rt.NewTuple([]rt.Value{rt.Float(r), rt.Float(atan2(imag(z), real(z)))}), nil
		})
		m.AddFunction("rect", cmathRect)
		m.AddFunction("log", cmathLog)
		m.AddFunction("isclose", cmathIsclose)
		return nil
	})
}

// realArg converts an argument of rect to a float.
func realArg(th *rt.Thread, v rt.Value) (float64, error) {
	if v.Type().Layout == rt.LayoutComplex {
		return 0, rt.Errorf(rt.TypeError, "must be real number, not %s", rt.TypeName(v))
	}
	return rt.ToFloat(th, v)
}

func cmathRect(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if len(kwnames) > 0 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "rect() takes no keyword arguments")
	}
	if len(args) != 2 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "rect expected 2 arguments, got %d", len(args))
	}
	r, err := realArg(th, args[0])
	if err != nil {
		return rt.Value{}, err
	}
	phi, err := realArg(th, args[1])
	if err != nil {
		return rt.Value{}, err
	}
	z, st := cRect(r, phi)
	if err := raise(st); err != nil {
		return rt.Value{}, err
	}
	return rt.NewComplex(z), nil
}

// cmathLog is log(z[, base]): log(z) / log(base) by complex division.
func cmathLog(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if len(kwnames) > 0 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "log() takes no keyword arguments")
	}
	if len(args) < 1 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "log expected at least 1 argument, got %d", len(args))
	}
	if len(args) > 2 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "log expected at most 2 arguments, got %d", len(args))
	}
	z, err := rt.ComplexArg(th, args[0])
	if err != nil {
		return rt.Value{}, err
	}
	r, st := cLog(z)
	if len(args) == 2 {
		b, err := rt.ComplexArg(th, args[1])
		if err != nil {
			return rt.Value{}, err
		}
		// C's errno is what the last call left: the base's log decides.
		var lb complex128
		lb, st = cLog(b)
		q, nonzero := rt.ComplexQuotient(r, lb)
		if !nonzero {
			st = edom
		}
		r = q
	}
	if err := raise(st); err != nil {
		return rt.Value{}, err
	}
	return rt.NewComplex(r), nil
}

// cmathIsclose is isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func cmathIsclose(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	var av, bv, relV, absV rt.Value
	if n := len(args) - len(kwnames); n > 2 {
		return rt.Value{}, rt.Errorf(rt.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", n)
	}
	if err := rt.UnpackArgs("isclose", args, kwnames, "a", &av, "b", &bv, "$rel_tol?", &relV, "$abs_tol?", &absV); err != nil {
		return rt.Value{}, err
	}
	a, err := rt.ComplexArg(th, av)
	if err != nil {
		return rt.Value{}, err
	}
	b, err := rt.ComplexArg(th, bv)
	if err != nil {
		return rt.Value{}, err
	}
	relTol, absTol := 1e-09, 0.0
	if relV.IsValid() {
		if relTol, err = rt.ToFloat(th, relV); err != nil {
			return rt.Value{}, err
		}
	}
	if absV.IsValid() {
		if absTol, err = rt.ToFloat(th, absV); err != nil {
			return rt.Value{}, err
		}
	}
	if relTol < 0 || absTol < 0 {
		return rt.Value{}, rt.Errorf(rt.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return rt.True, nil
	}
	if math.IsInf(real(a), 0) || math.IsInf(imag(a), 0) || math.IsInf(real(b), 0) || math.IsInf(imag(b), 0) {
		return rt.False, nil
	}
	diff, _ := cAbs(a - b)
	absA, _ := cAbs(a)
	absB, _ := cAbs(b)
	return rt.Bool(diff <= relTol*absB || diff <= relTol*absA || diff <= absTol), nil
}
