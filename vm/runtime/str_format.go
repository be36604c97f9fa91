package runtime

import (
	"strings"
)

// This file implements str.format and str.format_map: parsing of the
// replacement fields ({name.attr[key]!conv:spec}, with nested fields in
// the spec), automatic and manual numbering, and CPython's errors.

// strFormatter holds the state of one str.format call.
type strFormatter struct {
	th     *Thread
	args   []Value
	kwargs Value // a mapping; zero for none
	// noPositional is set for format_map, which has no positional
	// arguments at all.
	noPositional bool
	// autoIndex is the next automatic field number; -1 once a field was
	// numbered manually, and manual is set once one was numbered
	// automatically, so that mixing the two raises.
	autoIndex int
	manual    bool
	auto      bool
}

// StrFormat returns format.format(*args, **kwargs); kwargs is a mapping
// (format_map passes any mapping) or the zero Value.
func StrFormat(th *Thread, format string, args []Value, kwargs Value) (string, error) {
	f := &strFormatter{th: th, args: args, kwargs: kwargs, noPositional: args == nil}
	var sb strings.Builder
	if err := f.render(&sb, format, 2); err != nil {
		return "", err
	}
	return sb.String(), nil
}

// render expands format into sb; depth bounds the nesting of fields in
// format specs.
func (f *strFormatter) render(sb *strings.Builder, format string, depth int) error {
	if depth <= 0 {
		return Errorf(ValueError, "Max string recursion exceeded")
	}
	for i := 0; i < len(format); {
		c := format[i]
		switch {
		case c == '{' && i+1 < len(format) && format[i+1] == '{':
			sb.WriteByte('{')
			i += 2
		case c == '}' && i+1 < len(format) && format[i+1] == '}':
			sb.WriteByte('}')
			i += 2
		case c == '}':
			return Errorf(ValueError, "Single '}' encountered in format string")
		case c == '{':
			end, err := fieldEnd(format, i+1)
			if err != nil {
				return err
			}
			if err := f.renderField(sb, format[i+1:end], depth); err != nil {
				return err
			}
			i = end + 1
		default:
			j := i
			for j < len(format) && format[j] != '{' && format[j] != '}' {
				j++
			}
			sb.WriteString(format[i:j])
			i = j
		}
	}
	return nil
}

// fieldEnd returns the index of the '}' closing the field that starts at
// i, skipping brackets in the field name and nested fields in the spec.
func fieldEnd(format string, i int) (int, error) {
	if i >= len(format) {
		return 0, Errorf(ValueError, "Single '{' encountered in format string")
	}
	nesting := 1
	inName, sawConversion := true, false
	for ; i < len(format); i++ {
		switch c := format[i]; {
		case inName && c == '[':
			for i < len(format) && format[i] != ']' {
				i++
			}
			if i == len(format) {
				return 0, Errorf(ValueError, "expected '}' before end of string")
			}
		case c == '!' && inName:
			inName = false
			sawConversion = true
		case c == ':':
			inName = false
			sawConversion = false
		case c == '{':
			inName = false
			nesting++
		case c == '}':
			nesting--
			if nesting == 0 {
				return i, nil
			}
		}
	}
	if sawConversion {
		return 0, Errorf(ValueError, "unmatched '{' in format spec")
	}
	return 0, Errorf(ValueError, "expected '}' before end of string")
}

// renderField formats one replacement field (the text between the braces).
func (f *strFormatter) renderField(sb *strings.Builder, field string, depth int) error {
	name, conv, spec := field, byte(0), ""
	// The name ends at the first ':' or '!' outside brackets.
	end := len(field)
	for i := 0; i < len(field); i++ {
		if field[i] == '[' {
			for i < len(field) && field[i] != ']' {
				i++
			}
			continue
		}
		if field[i] == ':' || field[i] == '!' {
			end = i
			break
		}
	}
	name = field[:end]
	rest := field[end:]
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			// The '}' that ended the field was the conversion character.
			return Errorf(ValueError, "unmatched '{' in format spec")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return Errorf(ValueError, "expected ':' after conversion specifier")
		}
	}
	if strings.HasPrefix(rest, ":") {
		spec = rest[1:]
	}
	obj, err := f.lookupField(name)
	if err != nil {
		return err
	}
	switch conv {
	case 0:
	case 'r', 's', 'a':
		var s string
		switch conv {
		case 'r':
			s, err = Repr(f.th, obj)
		case 's':
			s, err = ToString(f.th, obj)
		default:
			s, err = ASCII(f.th, obj)
		}
		if err != nil {
			return err
		}
		obj = NewStr(s)
	default:
		return Errorf(ValueError, "Unknown conversion specifier %c", conv)
	}
	if strings.ContainsAny(spec, "{}") {
		var nested strings.Builder
		if err := f.render(&nested, spec, depth-1); err != nil {
			return err
		}
		spec = nested.String()
	}
	s, err := Format(f.th, obj, spec)
	if err != nil {
		return err
	}
	sb.WriteString(s)
	return nil
}

// lookupField evaluates a field name: an argument (auto-numbered, by
// index or by keyword) followed by .attr and [key] accessors.
func (f *strFormatter) lookupField(name string) (Value, error) {
	first := len(name)
	for i := 0; i < len(name); i++ {
		if name[i] == '.' || name[i] == '[' {
			first = i
			break
		}
	}
	argName, rest := name[:first], name[first:]
	var obj Value
	if idx, isIndex := formatFieldIndex(argName); argName == "" || isIndex {
		if f.noPositional {
			return Value{}, Errorf(ValueError, "Format string contains positional fields")
		}
		if argName == "" {
			if f.manual {
				return Value{}, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			f.auto = true
			idx = f.autoIndex
			f.autoIndex++
		} else {
			if f.auto {
				return Value{}, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
			}
			f.manual = true
		}
		if idx >= len(f.args) {
			return Value{}, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = f.args[idx]
	} else {
		if !f.kwargs.IsValid() {
			return Value{}, NewException(KeyError, NewStr(argName))
		}
		v, err := GetItem(f.th, f.kwargs, NewStr(argName))
		if err != nil {
			return Value{}, err
		}
		obj = v
	}
	for rest != "" {
		var err error
		switch rest[0] {
		case '.':
			end := strings.IndexAny(rest[1:], ".[")
			if end < 0 {
				end = len(rest) - 1
			}
			attr := rest[1 : 1+end]
			if attr == "" {
				return Value{}, Errorf(ValueError, "Empty attribute in format string")
			}
			if obj, err = GetAttr(f.th, obj, attr); err != nil {
				return Value{}, err
			}
			rest = rest[1+end:]
		case '[':
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				return Value{}, Errorf(ValueError, "Missing ']' in format string")
			}
			keyText := rest[1:end]
			if keyText == "" {
				return Value{}, Errorf(ValueError, "Empty attribute in format string")
			}
			key := NewStr(keyText)
			if idx, ok := formatFieldIndex(keyText); ok {
				key = Int(int64(idx))
			}
			if obj, err = GetItem(f.th, obj, key); err != nil {
				return Value{}, err
			}
			rest = rest[end+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return Value{}, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return Value{}, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

// formatFieldIndex parses a field name or key made only of decimal digits.
func formatFieldIndex(s string) (int, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
