// Package unicodedata is Kiln's unicodedata module, in Go: character names
// and properties of Unicode 15.0.0 (package ucd) and the four
// normalization forms (golang.org/x/text/unicode/norm, also 15.0.0).
// See docs/unicodedata.md for what differs from CPython.
package unicodedata

import (
	"strings"
	"unicode/utf8"

	rt "github.com/kilnpy/kiln/vm/runtime"
	"github.com/kilnpy/kiln/vm/stdlib/unicodedata/ucd"
	"golang.org/x/text/unicode/norm"
)

// maxNameLen is the longest name lookup accepts (CPython's NAME_MAXLEN).
const maxNameLen = 256

func init() {
	rt.RegisterModule("unicodedata", func(th *rt.Thread, m *rt.Module) error {
		m.Set("__doc__", rt.NewStr("This module provides access to the Unicode Character Database which\n"+
			"defines character properties for all Unicode characters. The data in\n"+
			"this database is based on the UnicodeData.txt file version\n"+
			ucd.UnicodeVersion+" which is publicly available from ftp://ftp.unicode.org/.\n\n"+
			"The module uses the same names and symbols as defined by the\n"+
			"UnicodeData File Format "+ucd.UnicodeVersion+"."))
		m.Set("unidata_version", rt.NewStr(ucd.UnicodeVersion))
		m.AddFunction("lookup", lookup)
		m.AddFunction("name", name)
		m.AddFunction("category", strProperty("category", ucd.Category))
		m.AddFunction("bidirectional", strProperty("bidirectional", ucd.Bidirectional))
		m.AddFunction("east_asian_width", strProperty("east_asian_width", ucd.EastAsianWidth))
		m.AddFunction("decomposition", strProperty("decomposition", ucd.Decomposition))
		m.AddFunction("combining", intProperty("combining", ucd.Combining))
		m.AddFunction("mirrored", intProperty("mirrored", func(r rune) int {
			if ucd.Mirrored(r) {
				return 1
			}
			return 0
		}))
		m.AddFunction("decimal", numericFunc("decimal", "not a decimal"))
		m.AddFunction("digit", numericFunc("digit", "not a digit"))
		m.AddFunction("numeric", numericFunc("numeric", "not a numeric character"))
		m.AddFunction("normalize", normalize)
		m.AddFunction("is_normalized", isNormalized)
		return nil
	})
}

// checkArgs checks the argument count as CPython's unicodedata does:
// "unicodedata.f() takes no keyword arguments", and for one-argument
// functions "unicodedata.f() takes exactly one argument (n given)".
func checkArgs(fn string, args []rt.Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return rt.Errorf(rt.TypeError, "unicodedata.%s() takes no keyword arguments", fn)
	}
	if max == 1 {
		if len(args) != 1 {
			return rt.Errorf(rt.TypeError, "unicodedata.%s() takes exactly one argument (%d given)", fn, len(args))
		}
		return nil
	}
	return rt.CheckArgCount(fn, args, kwnames, min, max)
}

// decodeChar returns the code point of a str of length one, which may be a
// lone surrogate (Kiln keeps those in WTF-8).
func decodeChar(s string) (rune, bool) {
	if len(s) == 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F) | 0xD000, true
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || n != len(s) || r == utf8.RuneError && n == 1 {
		return 0, false
	}
	return r, true
}

// charArg is the character argument of the property functions, with
// CPython's message when it is anything else; argument is "argument" or
// "argument 1".
func charArg(fn, argument string, v rt.Value) (rune, error) {
	if !v.IsImmediate() && v.Type().Layout == rt.LayoutStr {
		if r, ok := decodeChar(rt.StrValue(v)); ok {
			return r, nil
		}
	}
	return 0, rt.Errorf(rt.TypeError, "%s() %s must be a unicode character, not %s", fn, argument, argTypeName(v))
}

// argTypeName names v's type the way CPython's argument errors do: "None"
// for None.
func argTypeName(v rt.Value) string {
	if v.IsNone() {
		return "None"
	}
	return rt.TypeName(v)
}

// strArg is a str argument, with CPython's message for anything else.
func strArg(fn, argument string, v rt.Value) (string, error) {
	if !v.IsImmediate() && v.Type().Layout == rt.LayoutStr {
		return rt.StrValue(v), nil
	}
	return "", rt.Errorf(rt.TypeError, "%s() %s must be str, not %s", fn, argument, argTypeName(v))
}

// property is a one-character function returning prop(c) converted by
// box.
func property[T any](fn string, prop func(rune) T, box func(T) rt.Value) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := checkArgs(fn, args, kwnames, 1, 1); err != nil {
			return rt.Value{}, err
		}
		r, err := charArg(fn, "argument", args[0])
		if err != nil {
			return rt.Value{}, err
		}
		return box(prop(r)), nil
	}
}

func strProperty(fn string, prop func(rune) string) rt.NativeFunc {
	return property(fn, prop, rt.NewStr)
}

func intProperty(fn string, prop func(rune) int) rt.NativeFunc {
	return property(fn, prop, func(n int) rt.Value { return rt.Int(int64(n)) })
}

// numericFunc is decimal, digit or numeric: the value, else the default
// argument, else ValueError(missing).
func numericFunc(fn, missing string) rt.NativeFunc {
	return func(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
		if err := checkArgs(fn, args, kwnames, 1, 2); err != nil {
			return rt.Value{}, err
		}
		r, err := charArg(fn, "argument 1", args[0])
		if err != nil {
			return rt.Value{}, err
		}
		dec, dig, num, ok := ucd.Numeric(r)
		var v rt.Value
		switch {
		case fn == "decimal" && dec >= 0:
			v = rt.Int(int64(dec))
		case fn == "digit" && dig >= 0:
			v = rt.Int(int64(dig))
		case fn == "numeric" && ok:
			v = rt.Float(num)
		}
		if v.IsValid() {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return rt.Value{}, rt.Errorf(rt.ValueError, "%s", missing)
	}
}

func name(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := checkArgs("name", args, kwnames, 1, 2); err != nil {
		return rt.Value{}, err
	}
	r, err := charArg("name", "argument 1", args[0])
	if err != nil {
		return rt.Value{}, err
	}
	if n := ucd.Name(r); n != "" {
		return rt.NewStr(n), nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return rt.Value{}, rt.Errorf(rt.ValueError, "no such name")
}

func lookup(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	if err := checkArgs("lookup", args, kwnames, 1, 1); err != nil {
		return rt.Value{}, err
	}
	var s string
	switch v := args[0]; {
	case !v.IsImmediate() && v.Type().Layout == rt.LayoutStr:
		s = rt.StrValue(v)
	case !v.IsImmediate() && v.Type().Layout == rt.LayoutBytes:
		s = string(rt.BytesValue(v))
	case !v.IsImmediate() && (v.Type().Layout == rt.LayoutByteArray || v.Type().IsSubtype(rt.MemoryViewType)):
		return rt.Value{}, rt.Errorf(rt.TypeError, "lookup() argument must be read-only bytes-like object, not %s", rt.TypeName(v))
	default:
		return rt.Value{}, rt.Errorf(rt.TypeError, "a bytes-like object is required, not '%s'", rt.TypeName(v))
	}
	if len(s) > maxNameLen {
		return rt.Value{}, rt.NewException(rt.KeyError, rt.NewStr("name too long"))
	}
	if c, ok := ucd.Lookup(s, true); ok {
		return rt.NewStr(c), nil
	}
	// CPython formats the name as a C string: up to the first NUL.
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	msg, err := rt.Repr(th, rt.NewStr(s))
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Value{}, rt.NewException(rt.KeyError, rt.NewStr("undefined character name "+msg))
}

// normForm parses the form argument of normalize and is_normalized.
func normForm(fn string, args []rt.Value, kwnames []string) (norm.Form, string, error) {
	if err := checkArgs(fn, args, kwnames, 2, 2); err != nil {
		return 0, "", err
	}
	form, err := strArg(fn, "argument 1", args[0])
	if err != nil {
		return 0, "", err
	}
	s, err := strArg(fn, "argument 2", args[1])
	if err != nil {
		return 0, "", err
	}
	f, ok := map[string]norm.Form{"NFC": norm.NFC, "NFD": norm.NFD, "NFKC": norm.NFKC, "NFKD": norm.NFKD}[form]
	if !ok {
		return 0, "", rt.Errorf(rt.ValueError, "invalid normalization form")
	}
	return f, s, nil
}

func normalize(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	f, s, err := normForm("normalize", args, kwnames)
	if err != nil {
		return rt.Value{}, err
	}
	if f.IsNormalString(s) {
		return args[1], nil
	}
	return rt.NewStr(f.String(s)), nil
}

func isNormalized(th *rt.Thread, args []rt.Value, kwnames []string) (rt.Value, error) {
	f, s, err := normForm("is_normalized", args, kwnames)
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Bool(f.IsNormalString(s)), nil
}
