package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"
)

// This file implements printf-style formatting, str % args and
// bytes % args: conversions %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c
// %% (and %b for bytes), the flags - + space # 0, width and precision (also
// from * arguments), and %(key)s mapping keys, with CPython's argument
// bookkeeping and errors. Bytes are formatted as Latin-1 text, one code
// point per byte, and encoded back at the end.

// percentState walks the arguments as CPython's unicode_formatter_t:
// arglen is -1 when the right operand is a single object rather than a
// tuple, and argidx starts at -2 for it.
type percentState struct {
	args   Value
	items  []Value
	arglen int
	argidx int
	dict   Value
}

func (p *percentState) next() (Value, error) {
	if p.argidx < p.arglen {
		i := p.argidx
		p.argidx++
		if p.arglen < 0 {
			return p.args, nil
		}
		return p.items[i], nil
	}
	return Value{}, Errorf(TypeError, "not enough arguments for format string")
}

// strPercentFormat returns format % args. The result is built in a
// buffer on the stack when it is short, then copied once into the str.
func strPercentFormat(th *Thread, format string, args Value) (Value, error) {
	return strPercentFormatState(th, format, percentArgs(args, false))
}

// strPercentFormatItems returns format % (items...) without the tuple
// (fused_temps.go).
func strPercentFormatItems(th *Thread, format string, items []Value) (Value, error) {
	return strPercentFormatState(th, format, percentState{items: items, arglen: len(items)})
}

func strPercentFormatState(th *Thread, format string, p percentState) (Value, error) {
	var stack [256]byte
	b, err := percentAppendState(th, stack[:0], format, p, false)
	if err != nil {
		return Value{}, err
	}
	if n := len(b); n > 0 && n <= strShortMax {
		// "w%d" % (x % 997) makes the same few hundred texts again and
		// again: str_short.go's table gives them one object each.
		return ValueOf(strShort(th, unsafe.String(&b[0], n), "", false)), nil
	}
	return ValueOf(strFromBytes(b)), nil
}

// bytesPercentFormat returns format % args for bytes and bytearray.
func bytesPercentFormat(th *Thread, format []byte, args Value) ([]byte, error) {
	r, err := percentAppend(th, nil, latin1Decode(format), args, true)
	if err != nil {
		return nil, err
	}
	return encodeLatin1(string(r)), nil
}

// percentAppend appends the formatting of str (or, forBytes,
// Latin-1-decoded bytes) format to buf. The format is read byte by byte:
// every character with a meaning is ASCII, and the text between
// conversions is copied a run at a time.
func percentAppend(th *Thread, buf []byte, format string, args Value, forBytes bool) ([]byte, error) {
	return percentAppendState(th, buf, format, percentArgs(args, forBytes), forBytes)
}

// percentArgs returns the state of formatting with the right operand args.
func percentArgs(args Value, forBytes bool) percentState {
	p := percentState{args: args, arglen: -1, argidx: -2}
	if args.Type().Layout == LayoutTuple {
		p.items = TupleItems(args)
		p.arglen, p.argidx = len(p.items), 0
	} else if args.Type().GetItem != nil && !isStr(args) && !(forBytes && isBytesLike(args)) {
		p.dict = args
	}
	return p
}

// percentAppendState is percentAppend from the arguments' state p.
func percentAppendState(th *Thread, buf []byte, format string, p percentState, forBytes bool) ([]byte, error) {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			run := strings.IndexByte(format[i:], '%')
			if run < 0 {
				run = len(format) - i
			}
			buf = append(buf, format[i:i+run]...)
			i += run - 1
			continue
		}
		i++
		if i >= len(format) {
			return nil, Errorf(ValueError, "incomplete format")
		}
		if format[i] == '%' {
			buf = append(buf, '%')
			continue
		}
		if format[i] == '(' {
			if !p.dict.IsValid() {
				return nil, Errorf(TypeError, "format requires a mapping")
			}
			depth, start := 1, i+1
			for i++; i < len(format) && depth > 0; i++ {
				switch format[i] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				return nil, Errorf(ValueError, "incomplete format key")
			}
			key := NewStr(format[start : i-1])
			if forBytes {
				key = NewBytes(encodeLatin1(StrValue(key)))
			}
			v, err := GetItem(th, p.dict, key)
			if err != nil {
				return nil, err
			}
			p.args, p.arglen, p.argidx = v, -1, -2
		}
		if i < len(format) && (format[i] == 's' || format[i] == 'd' || format[i] == 'i') {
			// A bare %s, %d or %i, the common case: no flags, width,
			// precision or length to read, and the fast cases below
			// taken at once.
			c := format[i]
			v, err := p.next()
			if err != nil {
				return nil, err
			}
			if !forBytes {
				if c == 's' && v.Type() == StrType {
					buf = append(buf, StrValue(v)...)
					continue
				}
				if c != 's' && v.IsSmallInt() {
					buf = strconv.AppendInt(buf, v.SmallInt(), 10)
					continue
				}
			}
			spec := percentSpec{width: -1, precision: -1, conv: rune(c), forBytes: forBytes}
			s, err := spec.format(th, v, format, i)
			if err != nil {
				return nil, err
			}
			buf = append(buf, s...)
			continue
		}
		spec := percentSpec{width: -1, precision: -1, forBytes: forBytes}
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '-':
				spec.left = true
			case '+':
				spec.sign = '+'
			case ' ':
				if spec.sign == 0 {
					spec.sign = ' '
				}
			case '#':
				spec.alt = true
			case '0':
				spec.zero = true
			default:
				break flags
			}
		}
		var err error
		if spec.width, i, err = p.readNum(format, i, false); err != nil {
			return nil, err
		}
		if spec.width < -1 {
			spec.left = true
			spec.width = -spec.width
		}
		if i < len(format) && format[i] == '.' {
			if spec.precision, i, err = p.readNum(format, i+1, true); err != nil {
				return nil, err
			}
			if spec.precision < 0 {
				spec.precision = 0
			}
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return nil, Errorf(ValueError, "incomplete format")
		}
		var size int
		spec.conv, size = decodeRune(format[i:])
		index := i
		i += size - 1
		v, err := p.next()
		if err != nil {
			return nil, err
		}
		if spec.conv == '%' {
			// Only a bare %% is a percent sign; CPython takes an
			// argument for "%5%" before rejecting it.
			return nil, spec.unsupported(format, index)
		}
		if spec.plainDecimal() {
			if v.IsSmallInt() {
				// "w%d" % i: the digits go straight into the result,
				// without a string of their own.
				buf = strconv.AppendInt(buf, v.SmallInt(), 10)
				continue
			}
		} else if spec.conv == 's' && spec.width < 0 && spec.precision < 0 && !forBytes && v.Type() == StrType {
			buf = append(buf, StrValue(v)...)
			continue
		}
		s, err := spec.format(th, v, format, index)
		if err != nil {
			return nil, err
		}
		buf = append(buf, s...)
	}
	if p.argidx < p.arglen && !p.dict.IsValid() {
		if forBytes {
			return nil, Errorf(TypeError, "not all arguments converted during bytes formatting")
		}
		return nil, Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return buf, nil
}

// readNum reads a width or precision at format[i:]: digits, or * for the
// next argument. It returns -1 if there is neither, and the index after.
// As CPython's, a width is a Py_ssize_t (one too long to allocate fails in
// pad) and a precision a C int.
func (p *percentState) readNum(format string, i int, precision bool) (int, int, error) {
	if i < len(format) && format[i] == '*' {
		v, err := p.next()
		if err != nil {
			return 0, i, err
		}
		if !isInt(v) {
			return 0, i, Errorf(TypeError, "* wants int")
		}
		n, ok := intSmall(v)
		switch {
		case precision && (!ok || n != int64(int32(n))):
			return 0, i, Errorf(OverflowError, "Python int too large to convert to C int")
		case !ok:
			return 0, i, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
		}
		return int(n), i + 1, nil
	}
	limit, tooBig := math.MaxInt64, "width too big"
	if precision {
		limit, tooBig = math.MaxInt32, "precision too big"
	}
	n := -1
	for i < len(format) && format[i] >= '0' && format[i] <= '9' {
		d := int(format[i] - '0')
		if n < 0 {
			n = 0
		} else if n > (limit-d)/10 {
			return 0, i, Errorf(ValueError, "%s", tooBig)
		}
		n = n*10 + d
		i++
	}
	return n, i, nil
}

// percentSpec is one parsed %-conversion.
type percentSpec struct {
	left, zero, alt bool
	sign            byte
	width           int // -1: none
	precision       int // -1: none
	conv            rune
	forBytes        bool // formatting bytes: %s and %b take bytes, %r is ascii()
}

// plainDecimal reports whether the conversion is a bare %d, %i or %u,
// whose text for an int is just its digits.
func (s *percentSpec) plainDecimal() bool {
	return (s.conv == 'd' || s.conv == 'i' || s.conv == 'u') && s.width < 0 && s.precision < 0 && s.sign == 0 && !s.forBytes
}

// format converts v; format[index:] starts with the conversion character,
// whose position in code points the error about unknown ones gives.
func (s *percentSpec) format(th *Thread, v Value, format string, index int) (string, error) {
	switch s.conv {
	case 's', 'r', 'a', 'b':
		var text string
		var err error
		switch {
		case s.forBytes && (s.conv == 's' || s.conv == 'b'):
			text, err = percentBytesArg(th, v)
		case s.forBytes || s.conv == 'a':
			text, err = ASCII(th, v)
		case s.conv == 'b':
			return "", s.unsupported(format, index)
		case s.conv == 's':
			text, err = ToString(th, v)
		default:
			text, err = Repr(th, v)
		}
		if err != nil {
			return "", err
		}
		if s.precision >= 0 {
			if rs := decodeRunes(text); len(rs) > s.precision {
				text = runesToStr(rs[:s.precision])
			}
		}
		return s.pad("", text, false)
	case 'c':
		if s.forBytes {
			return s.formatByteChar(th, v)
		}
		var c string
		switch {
		case isInt(v):
			n, ok := intSmall(v)
			if !ok || n < 0 || n > 0x10ffff {
				return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
			}
			c = string(rune(n))
		case isStr(v) && strOf(v).runeCount() == 1:
			c = StrValue(v)
		default:
			return "", Errorf(TypeError, "%%c requires int or char")
		}
		return s.pad("", c, false)
	case 'd', 'i', 'u', 'x', 'X', 'o':
		n, err := s.intArg(th, v)
		if err != nil {
			return "", err
		}
		if small, ok := intSmall(n); ok && s.conv != 'x' && s.conv != 'X' && s.conv != 'o' && s.precision < 0 && small != math.MinInt64 {
			// "%d" % i, the common case, without a big.Int.
			neg := small < 0
			if neg {
				small = -small
			}
			return s.pad(s.signOf(neg), strconv.FormatInt(small, 10), true)
		}
		x := intBig(n)
		base, prefix := 10, ""
		switch s.conv {
		case 'x', 'X':
			base, prefix = 16, "0x"
		case 'o':
			base, prefix = 8, "0o"
		}
		if !s.alt {
			prefix = ""
		}
		digits := new(big.Int).Abs(x).Text(base)
		if s.conv == 'X' {
			digits, prefix = strings.ToUpper(digits), strings.ToUpper(prefix)
		}
		if s.precision > len(digits) {
			digits = strings.Repeat("0", s.precision-len(digits)) + digits
		}
		return s.pad(s.signOf(x.Sign() < 0)+prefix, digits, true)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := s.floatArg(th, v)
		if err != nil {
			return "", err
		}
		prec := s.precision
		if prec < 0 {
			prec = 6
		}
		neg := f < 0 || (f == 0 && 1/f < 0)
		if f != f {
			neg = false
		}
		if neg {
			f = -f
		}
		body := formatFloatBody(f, byte(s.conv), prec, s.alt, false)
		return s.pad(s.signOf(neg), body, true)
	}
	return "", s.unsupported(format, index)
}

func (s *percentSpec) unsupported(format string, byteIndex int) error {
	index := countRunes(format[:byteIndex])
	c, shown := s.conv, '?'
	if c >= 31 && c <= 126 {
		shown = c
	}
	return Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, c, index)
}

// percentBytesArg converts the argument of %s / %b in bytes formatting:
// a bytes-like object or one with __bytes__, as Latin-1 text.
func percentBytesArg(th *Thread, v Value) (string, error) {
	if b, ok := bytesLike(v); ok {
		return latin1Decode(b), nil
	}
	if r, ok, err := numCallSpecial(th, v, "__bytes__"); err != nil {
		return "", err
	} else if ok {
		if r.Type().Layout != LayoutBytes {
			return "", Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
		}
		return latin1Decode(BytesValue(r)), nil
	}
	return "", Errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(v))
}

// formatByteChar is %c in bytes formatting: an int in range(256) or a
// single byte.
func (s *percentSpec) formatByteChar(th *Thread, v Value) (string, error) {
	var c byte
	switch b, isBytes := bytesLike(v); {
	case isInt(v):
		n, ok := intSmall(v)
		if !ok || n < 0 || n > 255 {
			return "", Errorf(OverflowError, "%%c arg not in range(256)")
		}
		c = byte(n)
	case isBytes && len(b) == 1:
		c = b[0]
	default:
		return "", Errorf(TypeError, "%%c requires an integer in range(256) or a single byte")
	}
	return s.pad("", string(rune(c)), false)
}

func (s *percentSpec) signOf(neg bool) string {
	switch {
	case neg:
		return "-"
	case s.sign != 0:
		return string(s.sign)
	}
	return ""
}

// pad applies the width: prefix (sign and 0x) stays in front of zero
// padding, which numbers only get.
func (s *percentSpec) pad(prefix, body string, numeric bool) (string, error) {
	n := countRunes(prefix) + countRunes(body)
	if s.width <= n {
		return prefix + body, nil
	}
	fill := s.width - n
	if err := checkGrowth(maxStrBytes, int64(len(prefix)+len(body)), int64(fill), 1); err != nil {
		return "", err
	}
	switch {
	case s.left:
		return prefix + body + strings.Repeat(" ", fill), nil
	case s.zero && numeric:
		return prefix + strings.Repeat("0", fill) + body, nil
	}
	return strings.Repeat(" ", fill) + prefix + body, nil
}

// intArg converts the argument of an integer conversion.
func (s *percentSpec) intArg(th *Thread, v Value) (Value, error) {
	if isInt(v) {
		return v, nil
	}
	if s.conv == 'x' || s.conv == 'X' || s.conv == 'o' {
		if v.Type().Index == nil {
			return Value{}, Errorf(TypeError, "%%%c format: an integer is required, not %s", s.conv, TypeName(v))
		}
		return Index(th, v)
	}
	if f, ok := floatValue(v); ok {
		return FloatToInt(f)
	}
	if v.Type().Index != nil || v.Type().Lookup("__int__").IsValid() {
		return IntFromValue(th, v)
	}
	return Value{}, Errorf(TypeError, "%%%c format: a real number is required, not %s", s.conv, TypeName(v))
}

// floatArg converts the argument of a float conversion.
func (s *percentSpec) floatArg(th *Thread, v Value) (float64, error) {
	if f, ok, err := floatOperand(v); ok || err != nil {
		return f, err
	}
	if v.Type().Index != nil || v.Type().Lookup("__float__").IsValid() {
		r, err := FloatFromValue(th, v)
		if err != nil {
			return 0, err
		}
		return r.AsFloat(), nil
	}
	return 0, Errorf(TypeError, "must be real number, not %s", TypeName(v))
}
