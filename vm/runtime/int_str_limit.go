package runtime

// This file defines the limit on the number of decimal digits converted
// between str and int, which sys.set_int_max_str_digits changes
// (CPython's PEP 651-era guard against quadratic conversions).

import "sync/atomic"

// intMaxStrDigits is the current limit; 0 means no limit.
var intMaxStrDigits atomic.Int64

func init() { intMaxStrDigits.Store(IntMaxStrDigits) }

// intStrDigitsExceeded reports whether n decimal digits pass the limit,
// and the limit.
func intStrDigitsExceeded(n int) (bool, int) {
	lim := int(intMaxStrDigits.Load())
	return lim > 0 && n > lim, lim
}

// sysGetIntMaxStrDigits is sys.get_int_max_str_digits().
func sysGetIntMaxStrDigits(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("get_int_max_str_digits", args, kwnames, 0, 0); err != nil {
		return Value{}, err
	}
	return Int(intMaxStrDigits.Load()), nil
}

// sysSetIntMaxStrDigits is sys.set_int_max_str_digits(maxdigits): 0 (no
// limit) or at least sys.int_info.str_digits_check_threshold.
func sysSetIntMaxStrDigits(th *Thread, args []Value, kwnames []string) (Value, error) {
	var v Value
	if err := UnpackArgs("set_int_max_str_digits", args, kwnames, "maxdigits", &v); err != nil {
		return Value{}, err
	}
	n, err := AsInt(th, v)
	if err != nil {
		return Value{}, err
	}
	if n != 0 && n < 640 {
		return Value{}, Errorf(ValueError, "maxdigits must be 0 or larger than %d", 640)
	}
	intMaxStrDigits.Store(n)
	return None, nil
}
