package runtime

import (
	"bytes"
)

// This file adds the less common methods shared by bytes and bytearray:
// partition, padding, prefix removal, line splitting, tab expansion,
// ASCII case mapping and its predicates, and translate/maketrans. Bytes
// methods treat only ASCII letters as cased.

func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }
func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func asciiToUpper(c byte) byte {
	if isASCIILower(c) {
		return c - 32
	}
	return c
}

func asciiToLower(c byte) byte {
	if isASCIIUpper(c) {
		return c + 32
	}
	return c
}

// bytesCaseMap applies f to each byte, with prevCased telling whether the
// previous byte was an ASCII letter (for title).
func bytesCaseMap(b []byte, f func(c byte, i int, prevCased bool) byte) []byte {
	out := make([]byte, len(b))
	prevCased := false
	for i, c := range b {
		out[i] = f(c, i, prevCased)
		prevCased = isASCIILower(c) || isASCIIUpper(c)
	}
	return out
}

// bytesSplitLines is bytes.splitlines: only \n, \r and \r\n end lines.
func bytesSplitLines(b []byte, keepends bool) [][]byte {
	var out [][]byte
	start := 0
	for i := 0; i < len(b); i++ {
		if b[i] != '\n' && b[i] != '\r' {
			continue
		}
		end := i + 1
		if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			end++
		}
		if keepends {
			out = append(out, b[start:end])
		} else {
			out = append(out, b[start:i])
		}
		start = end
		i = end - 1
	}
	if start < len(b) {
		out = append(out, b[start:])
	}
	return out
}

// bytesTranslateTable reads the table argument of translate: None or 256
// bytes.
func bytesTranslateTable(v Value) ([]byte, error) {
	if v.IsNone() {
		return nil, nil
	}
	t, err := bytesArg(v)
	if err != nil {
		return nil, err
	}
	if len(t) != 256 {
		return nil, Errorf(ValueError, "translation table must be 256 characters long")
	}
	return t, nil
}

// addMoreBytesMethods registers the methods of this file on t.
func addMoreBytesMethods(t *Type) {
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(t.Name+"."+name, args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			sep, err := bytesArg(args[0])
			if err != nil {
				return Value{}, err
			}
			if len(sep) == 0 {
				return Value{}, Errorf(ValueError, "empty separator")
			}
			b := BytesValue(self)
			part := func(x []byte) Value { return sameBytesType(self, append([]byte{}, x...)) }
			i := bytes.Index(b, sep)
			if name == "rpartition" {
				i = bytes.LastIndex(b, sep)
			}
			switch {
			case i >= 0:
				return NewTuple([]Value{part(b[:i]), part(sep), part(b[i+len(sep):])}), nil
			case name == "partition":
				return NewTuple([]Value{part(b), part(nil), part(nil)}), nil
			}
			return NewTuple([]Value{part(nil), part(nil), part(b)}), nil
		})
	}
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(t.Name+"."+name, args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			affix, err := bytesArg(args[0])
			if err != nil {
				return Value{}, err
			}
			b := BytesValue(self)
			if name == "removeprefix" {
				b = bytes.TrimPrefix(b, affix)
			} else {
				b = bytes.TrimSuffix(b, affix)
			}
			return sameBytesType(self, append([]byte{}, b...)), nil
		})
	}
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount(name, args, kwnames, 1, 2); err != nil {
				return Value{}, err
			}
			w, err := AsInt(th, args[0])
			if err != nil {
				return Value{}, err
			}
			fill := byte(' ')
			if len(args) > 1 {
				f, ok := bytesLike(args[1])
				if !ok || len(f) != 1 {
					return Value{}, Errorf(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(args[1]))
				}
				fill = f[0]
			}
			b := BytesValue(self)
			marg := int(w) - len(b)
			if marg <= 0 {
				return sameBytesType(self, append([]byte{}, b...)), nil
			}
			if err := checkGrowth(maxSeqBytes, int64(len(b)), int64(marg), 1); err != nil {
				return Value{}, err
			}
			left := 0
			switch name {
			case "rjust":
				left = marg
			case "center":
				left = marg/2 + (marg & int(w) & 1)
			}
			out := append(append(bytes.Repeat([]byte{fill}, left), b...), bytes.Repeat([]byte{fill}, marg-left)...)
			return sameBytesType(self, out), nil
		})
	}
	t.AddMethod("zfill", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(t.Name+".zfill", args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		w, err := AsInt(th, args[0])
		if err != nil {
			return Value{}, err
		}
		b := BytesValue(self)
		if err := checkGrowth(maxSeqBytes, int64(len(b)), w-int64(len(b)), 1); err != nil {
			return Value{}, err
		}
		return sameBytesType(self, []byte(strZfill(string(b), int(w)))), nil
	})
	t.AddMethod("splitlines", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		keepends, err := splitlinesArgs(th, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		var items []Value
		for _, line := range bytesSplitLines(BytesValue(self), keepends) {
			items = append(items, sameBytesType(self, append([]byte{}, line...)))
		}
		return NewList(items), nil
	})
	t.AddMethod("expandtabs", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		var size Value
		if err := UnpackArgs("expandtabs", args, kwnames, "tabsize?", &size); err != nil {
			return Value{}, err
		}
		n, err := expandTabsSize(th, size)
		if err != nil {
			return Value{}, err
		}
		return sameBytesType(self, encodeLatin1(strExpandTabs(latin1Decode(BytesValue(self)), n))), nil
	})
	caseMethod := func(name string, f func(c byte, i int, prevCased bool) byte) {
		numNoArgMethod(t, name, func(th *Thread, self Value) (Value, error) {
			return sameBytesType(self, bytesCaseMap(BytesValue(self), f)), nil
		})
	}
	caseMethod("capitalize", func(c byte, i int, _ bool) byte {
		if i == 0 {
			return asciiToUpper(c)
		}
		return asciiToLower(c)
	})
	caseMethod("title", func(c byte, _ int, prevCased bool) byte {
		if prevCased {
			return asciiToLower(c)
		}
		return asciiToUpper(c)
	})
	caseMethod("swapcase", func(c byte, _ int, _ bool) byte {
		if isASCIILower(c) {
			return asciiToUpper(c)
		}
		return asciiToLower(c)
	})
	numNoArgMethod(t, "islower", func(th *Thread, self Value) (Value, error) {
		b := BytesValue(self)
		return Bool(bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIIUpper(byte(r)) }) < 0 &&
			bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIILower(byte(r)) }) >= 0), nil
	})
	numNoArgMethod(t, "isupper", func(th *Thread, self Value) (Value, error) {
		b := BytesValue(self)
		return Bool(bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIILower(byte(r)) }) < 0 &&
			bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIIUpper(byte(r)) }) >= 0), nil
	})
	numNoArgMethod(t, "istitle", func(th *Thread, self Value) (Value, error) {
		return Bool(strIsTitle(string(asciiOnly(BytesValue(self))))), nil
	})
	t.AddMethod("translate", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		var tableV, deleteV Value
		if err := UnpackArgs("translate", args, kwnames, "table", &tableV, "/", nil, "delete?", &deleteV); err != nil {
			return Value{}, err
		}
		table, err := bytesTranslateTable(tableV)
		if err != nil {
			return Value{}, err
		}
		var del []byte
		if deleteV.IsValid() {
			if del, err = bytesArg(deleteV); err != nil {
				return Value{}, err
			}
		}
		var out []byte
		for _, c := range BytesValue(self) {
			if bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return sameBytesType(self, out), nil
	})
	t.AddStaticMethod("maketrans", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount("maketrans", args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		from, err := bytesArg(args[0])
		if err != nil {
			return Value{}, err
		}
		to, err := bytesArg(args[1])
		if err != nil {
			return Value{}, err
		}
		if len(from) != len(to) {
			return Value{}, Errorf(ValueError, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i, c := range from {
			table[c] = to[i]
		}
		return NewBytes(table), nil
	})
}

// asciiOnly maps non-ASCII bytes to '\x00' so that str predicates see
// only ASCII letters as cased.
func asciiOnly(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c < 0x80 {
			out[i] = c
		}
	}
	return out
}
