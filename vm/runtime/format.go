package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file implements format(value, spec): the format-specification
// mini-language of int, bool, float, complex and str, with CPython's exact
// output and error messages, the __format__ methods of those types and of
// object, and Format, which the engine's f-strings and format() call.

// formatSpec is a parsed format specification:
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
type formatSpec struct {
	fill      rune
	align     byte // 0 when not given
	sign      byte // 0, '+', '-' or ' '
	z         bool // coerce negative zero
	alt       bool // '#'
	width     int  // -1 when not given
	grouping  byte // 0, ',' or '_'
	precision int  // -1 when not given
	typ       byte // 0 when not given
}

// parseFormatSpec parses spec for a value of type typeName.
func parseFormatSpec(spec, typeName string) (*formatSpec, error) {
	f := &formatSpec{fill: ' ', width: -1, precision: -1}
	rs := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	fillGiven := false
	if len(rs) >= 2 && isAlign(rs[1]) {
		f.fill, f.align, fillGiven = rs[0], byte(rs[1]), true
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		f.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		f.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		f.z = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		f.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		if !fillGiven {
			f.fill = '0'
		}
		if f.align == 0 {
			f.align = '='
			if typeName == "str" {
				f.align = 0
			}
		}
		i++
	}
	readNumber := func() (int, bool, error) {
		start := i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return 0, false, nil
		}
		// CPython reads a Py_ssize_t: a larger width is a MemoryError
		// (pad), a precision beyond a C int "precision too big".
		n, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return 0, true, Errorf(ValueError, "Too many decimal digits in format string")
		}
		return n, true, nil
	}
	if n, ok, err := readNumber(); err != nil {
		return nil, err
	} else if ok {
		f.width = n
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		f.grouping = byte(rs[i])
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') && rs[i] != rune(f.grouping) {
			// A repeated ',' or '_' is read as the type instead.
			return nil, Errorf(ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		n, ok, err := readNumber()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(ValueError, "Format specifier missing precision")
		}
		f.precision = n
	}
	if len(rs)-i > 1 {
		return nil, Errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if i < len(rs) {
		if rs[i] >= utf8.RuneSelf {
			return nil, Errorf(ValueError, "Unknown format code '\\x%x' for object of type '%s'", rs[i], typeName)
		}
		f.typ = byte(rs[i])
	}
	if f.grouping != 0 {
		switch f.typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
		case 'b', 'o', 'x', 'X':
			if f.grouping == ',' {
				return nil, Errorf(ValueError, "Cannot specify ',' with '%c'.", f.typ)
			}
		default:
			return nil, Errorf(ValueError, "Cannot specify '%c' with '%c'.", f.grouping, f.typ)
		}
	}
	return f, nil
}

func (f *formatSpec) unknownCode(typeName string) error {
	return Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", f.typ, typeName)
}

// pad aligns body (whose sign and prefix, for '=' alignment, are the first
// prefixLen code points) to the spec's width.
func (f *formatSpec) pad(body string, prefixLen int, defaultAlign byte) (string, error) {
	n := countRunes(body)
	if f.width <= n {
		return body, nil
	}
	if err := checkGrowth(maxStrBytes, int64(len(body)), int64(f.width-n), int64(utf8.RuneLen(f.fill))); err != nil {
		return "", err
	}
	fill := strings.Repeat(string(f.fill), f.width-n)
	align := f.align
	if align == 0 {
		align = defaultAlign
	}
	switch align {
	case '<':
		return body + fill, nil
	case '^':
		left := (f.width - n) / 2
		return fill[:left*utf8.RuneLen(f.fill)] + body + fill[left*utf8.RuneLen(f.fill):], nil
	case '=':
		cut := len(string(decodeRunes(body)[:prefixLen]))
		return body[:cut] + fill + body[cut:], nil
	}
	return fill + body, nil
}

// groupDigits inserts sep every size digits from the right of digits and,
// for zero padding, prepends zeros (grouped too) up to minWidth characters.
func groupDigits(digits string, sep byte, size, minWidth int) string {
	out := make([]byte, 0, len(digits)+len(digits)/size+minWidth)
	count := 0
	for i := len(digits) - 1; i >= 0; i-- {
		if sep != 0 && count > 0 && count%size == 0 {
			out = append(out, sep)
		}
		out = append(out, digits[i])
		count++
	}
	for len(out) < minWidth {
		if sep != 0 && count%size == 0 {
			out = append(out, sep)
		}
		out = append(out, '0')
		count++
	}
	reverseBytes(out)
	return string(out)
}

// formatNumberParts assembles a formatted number from its sign, prefix
// (0x...), integer digits (grouped here) and the rest (fraction,
// exponent, %), then pads it.
func (f *formatSpec) formatNumberParts(neg bool, prefix, intDigits, rest string) (string, error) {
	if err := checkGrowth(maxStrBytes, 0, int64(f.width), 1); err != nil {
		return "", err // groupDigits' zero padding, as pad
	}
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	minWidth := 0
	if f.fill == '0' && f.align == '=' && f.width > 0 {
		minWidth = f.width - len(sign) - len(prefix) - countRunes(rest)
	}
	var sep byte
	size := 3
	if f.grouping != 0 {
		sep = f.grouping
		if f.typ == 'b' || f.typ == 'o' || f.typ == 'x' || f.typ == 'X' {
			size = 4
		}
	}
	if sep != 0 || minWidth > len(intDigits) {
		intDigits = groupDigits(intDigits, sep, size, minWidth)
	}
	return f.pad(sign+prefix+intDigits+rest, len(sign)+len(prefix), '>')
}

// FormatInt formats an int (or bool) value with spec.
func FormatInt(th *Thread, v Value, spec string) (string, error) {
	if spec == "" {
		if v.Type() == IntType {
			// f"{i}": the digits alone, without the str object
			// str(i) would wrap them in.
			return intDecimal(v)
		}
		return ToString(th, v)
	}
	f, err := parseFormatSpec(spec, TypeName(v))
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := IntToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(f, x, TypeName(v))
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", f.unknownCode(TypeName(v))
	}
	if f.precision >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if f.z {
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	x := intBig(v)
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", Errorf(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !x.IsInt64() {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		if x.Int64() < 0 || x.Int64() > 0x10ffff {
			return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
		}
		return f.pad(string(rune(x.Int64())), 0, '<')
	}
	base, prefix := 10, ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	if !f.alt {
		prefix = ""
	}
	digits := new(big.Int).Abs(x).Text(base)
	if over, lim := intStrDigitsExceeded(len(digits)); base == 10 && over {
		return "", Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
	}
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
		prefix = strings.ToUpper(prefix)
	}
	return f.formatNumberParts(x.Sign() < 0, prefix, digits, "")
}

// FormatFloat formats a float with spec.
func FormatFloat(th *Thread, x float64, spec string) (string, error) {
	if spec == "" {
		return FloatRepr(x), nil
	}
	f, err := parseFormatSpec(spec, "float")
	if err != nil {
		return "", err
	}
	return formatFloatSpec(f, x, "float")
}

func formatFloatSpec(f *formatSpec, x float64, typeName string) (string, error) {
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", f.unknownCode(typeName)
	}
	if f.precision > math.MaxInt32 {
		return "", Errorf(ValueError, "precision too big")
	}
	neg := math.Signbit(x)
	ax := math.Abs(x)
	body := formatFloatBody(ax, f.typ, f.precision, f.alt, true)
	if f.z && neg && strings.Trim(body, "0.e+-%") == "" {
		neg = false
	}
	if math.IsNaN(x) {
		neg = false
	}
	intDigits, rest := splitIntDigits(body)
	if math.IsInf(x, 0) || math.IsNaN(x) {
		// inf and nan have no digits to group; zero padding stays
		// ungrouped (0000000inf).
		g := *f
		g.grouping = 0
		f = &g
	}
	return f.formatNumberParts(neg, "", intDigits, rest)
}

// splitIntDigits splits a formatted number into its leading digits and
// the rest (fraction, exponent, or "inf"/"nan").
func splitIntDigits(body string) (string, string) {
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	return body[:i], body[i:]
}

// formatFloatBody formats the non-negative (or NaN) x by presentation
// type typ (0 for none) and precision (-1 for none), as CPython's
// PyOS_double_to_string does. addDot0 gives type 0 its "at least one
// digit after the point" rule (float formats; complex parts omit it).
func formatFloatBody(x float64, typ byte, precision int, alt, addDot0 bool) string {
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	var s string
	switch {
	case math.IsNaN(x):
		s = "nan"
	case math.IsInf(x, 0):
		s = "inf"
	}
	if s != "" {
		if upper {
			s = strings.ToUpper(s)
		}
		if typ == '%' {
			s += "%"
		}
		return s
	}
	if precision < 0 && typ != 0 {
		precision = 6
	}
	switch typ {
	case 0:
		if precision < 0 {
			s = FloatRepr(x)
			if !addDot0 {
				s = strings.TrimSuffix(s, ".0")
			}
			if alt && !strings.Contains(s, ".") {
				// '#' keeps the point: 1.e+20, and 2. in complex parts.
				if e := strings.IndexByte(s, 'e'); e >= 0 {
					s = s[:e] + "." + s[e:]
				} else {
					s += "."
				}
			}
			return s
		}
		return formatGeneral(x, precision, alt, addDot0)
	case 'e', 'E':
		s = formatExp(x, precision, alt)
	case 'f', 'F':
		s = strconv.FormatFloat(x, 'f', precision, 64)
		if alt && precision == 0 {
			s += "."
		}
	case 'g', 'G', 'n':
		s = formatGeneral(x, precision, alt, false)
	case '%':
		s = strconv.FormatFloat(x*100, 'f', precision, 64)
		if alt && precision == 0 {
			s += "."
		}
		s += "%"
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// formatExp is C's %.*e with Python's '#' rule.
func formatExp(x float64, precision int, alt bool) string {
	digits, decpt, _ := floatDigits(strconv.FormatFloat(x, 'e', precision, 64))
	s := digits[:1]
	if len(digits) > 1 {
		s += "." + digits[1:]
	} else if alt {
		s += "."
	}
	return s + formatExponent(decpt-1)
}

// formatGeneral is the 'g' presentation: precision significant digits,
// exponent notation when the exponent is < -4 or >= precision, trailing
// zeros removed unless alt. addDot0 is the rule of the empty presentation
// type: exponent notation from precision-1 on, and ".0" after an integral
// fixed-point result.
func formatGeneral(x float64, precision int, alt, addDot0 bool) string {
	if precision == 0 {
		precision = 1
	}
	digits, decpt, _ := floatDigits(strconv.FormatFloat(x, 'e', precision-1, 64))
	if x == 0 {
		decpt = 1
	}
	limit := precision
	if addDot0 {
		limit = precision - 1
	}
	if !alt {
		digits = strings.TrimRight(digits, "0")
		if digits == "" {
			digits = "0"
		}
	}
	var sb strings.Builder
	if decpt <= -4 || decpt > limit {
		sb.WriteByte(digits[0])
		if len(digits) > 1 || alt {
			sb.WriteByte('.')
			sb.WriteString(digits[1:])
		}
		sb.WriteString(formatExponent(decpt - 1))
		return sb.String()
	}
	minFrac := 0
	if alt {
		minFrac = precision - decpt
		if decpt <= 0 {
			minFrac = len(digits) - decpt
		}
	}
	if addDot0 && !alt {
		minFrac = 1
	}
	writeFixedDigits(&sb, digits, decpt, minFrac)
	if alt && !strings.Contains(sb.String(), ".") {
		sb.WriteByte('.')
	}
	return sb.String()
}

// FormatComplex formats a complex with spec.
func FormatComplex(th *Thread, c complex128, spec string) (string, error) {
	if spec == "" {
		return ComplexRepr(c), nil
	}
	f, err := parseFormatSpec(spec, "complex")
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", f.unknownCode("complex")
	}
	if f.precision > math.MaxInt32 {
		return "", Errorf(ValueError, "precision too big")
	}
	// Any '0' fill, from the 0 flag or written out, is zero padding.
	if f.fill == '0' {
		return "", Errorf(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", Errorf(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ := f.typ
	if typ == 'n' {
		typ = 'g'
	}
	skipRe, parens := false, false
	if typ == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
		if f.precision >= 0 {
			typ = 'g'
		}
	}
	part := func(x float64, forceSign bool) string {
		s := formatFloatBody(math.Abs(x), typ, f.precision, f.alt, false)
		if f.grouping != 0 && !math.IsInf(x, 0) && !math.IsNaN(x) {
			digits, rest := splitIntDigits(s)
			s = groupDigits(digits, f.grouping, 3, 0) + rest
		}
		if math.Signbit(x) && !math.IsNaN(x) && !(f.z && strings.Trim(s, "0.e+-") == "") {
			return "-" + s
		}
		if forceSign {
			return "+" + s
		}
		return s
	}
	sign := func(s string) string {
		if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
			return s
		}
		switch f.sign {
		case '+':
			return "+" + s
		case ' ':
			return " " + s
		}
		return s
	}
	var body string
	if skipRe {
		body = sign(part(im, false)) + "j"
	} else {
		body = sign(part(re, false)) + part(im, true) + "j"
	}
	if parens {
		body = "(" + body + ")"
	}
	return f.pad(body, 0, '>')
}

// FormatStr formats a str with spec.
func FormatStr(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := parseFormatSpec(spec, "str")
	if err != nil {
		return "", err
	}
	if f.typ != 0 && f.typ != 's' {
		return "", f.unknownCode("str")
	}
	switch {
	case f.sign == ' ':
		return "", Errorf(ValueError, "Space not allowed in string format specifier")
	case f.sign != 0:
		return "", Errorf(ValueError, "Sign not allowed in string format specifier")
	case f.z:
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case f.alt:
		return "", Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	case f.grouping != 0:
		return "", Errorf(ValueError, "Cannot specify '%c' with 's'.", f.grouping)
	}
	if f.precision >= 0 {
		if rs := decodeRunes(s); len(rs) > f.precision {
			s = runesToStr(rs[:f.precision])
		}
	}
	return f.pad(s, 0, '<')
}

// Format returns format(v, spec): v.__format__(spec), with the builtin
// types formatted directly.
func Format(th *Thread, v Value, spec string) (string, error) {
	switch v.Type() {
	case IntType, BoolType:
		return FormatInt(th, v, spec)
	case FloatType:
		x, _ := floatValue(v)
		return FormatFloat(th, x, spec)
	case StrType:
		return FormatStr(StrValue(v), spec)
	case ComplexType:
		return FormatComplex(th, as[Complex](v).v, spec)
	}
	m := v.Type().Lookup("__format__")
	if !m.IsValid() {
		return objectFormat(th, v, spec)
	}
	r, err := Call(th, m, []Value{v, NewStr(spec)}, nil)
	if err != nil {
		return "", err
	}
	if !isStr(r) {
		return "", Errorf(TypeError, "__format__ must return a str, not %s", TypeName(r))
	}
	return StrValue(r), nil
}

// objectFormat is object.__format__: str(v), and no spec allowed.
func objectFormat(th *Thread, v Value, spec string) (string, error) {
	if spec != "" {
		return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(v))
	}
	return ToString(th, v)
}

// addFormatMethod registers __format__(spec) on t.
func addFormatMethod(t *Type, f func(th *Thread, self Value, spec string) (string, error)) {
	t.AddMethod("__format__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__format__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		if !isStr(args[0]) {
			return Value{}, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[0]))
		}
		r, err := f(th, self, StrValue(args[0]))
		if err != nil {
			return Value{}, err
		}
		return NewStr(r), nil
	})
}

func init() {
	addFormatMethod(IntType, FormatInt)
	addFormatMethod(BoolType, FormatInt)
	addFormatMethod(FloatType, func(th *Thread, self Value, spec string) (string, error) {
		if spec == "" {
			return ToString(th, self)
		}
		x, _ := floatValue(self)
		return FormatFloat(th, x, spec)
	})
	addFormatMethod(ComplexType, func(th *Thread, self Value, spec string) (string, error) {
		if spec == "" {
			return ToString(th, self)
		}
		return FormatComplex(th, as[Complex](self).v, spec)
	})
	addFormatMethod(StrType, func(th *Thread, self Value, spec string) (string, error) {
		if spec == "" && self.Type() != StrType {
			// A subclass's own __str__ decides, as in CPython's format_obj.
			return ToString(th, self)
		}
		return FormatStr(StrValue(self), spec)
	})
	addFormatMethod(ObjectType, objectFormat)
}
