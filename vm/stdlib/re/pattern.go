package re

import (
	"fmt"
	"math"
	"strings"
	"sync"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file defines re.Pattern (compiled patterns), compilation with the
// pattern cache, and re.error.

// PatternType is re.Pattern.
var PatternType = newReType("Pattern")

// Pattern is a compiled regular expression.
type Pattern struct {
	rt.Object
	prog      *program
	source    rt.Value // the pattern str or bytes
	flags     int
	isBytes   bool
	groups    int
	groupName map[int]string
	names     []string // group names in order of their numbers
	index     map[string]int

	// The last template sub parsed, reused by the next call.
	tmplMu  sync.Mutex
	tmplKey string
	tmpl    *template
}

func newReType(name string) *rt.Type {
	// CPython's tp_name is "re.Pattern", "re.Match": error messages show it.
	t := rt.NewBuiltinType(name, rt.ObjectType, rt.LayoutOther, rt.FlagQualifiedName)
	t.Module = "re"
	return t
}

func asPattern(v rt.Value) (*Pattern, bool) {
	if v.IsImmediate() || v.Type() != PatternType {
		return nil, false
	}
	return (*Pattern)(v.Pointer()), true
}

// cacheKey identifies a compiled pattern in the cache.
type cacheKey struct {
	src     string
	isBytes bool
	flags   int
}

// maxCache is the size of the pattern cache, as CPython's.
const maxCache = 512

// patternCache is an re module's cache of compiled patterns: each
// interpreter's re module has its own (its patterns, their warnings and
// re.purge belong to that interpreter).
type patternCache struct {
	mu    sync.Mutex
	m     map[cacheKey]*Pattern
	order []cacheKey
	debug rt.Value // re_debug.py's _debug, once a pattern used re.DEBUG
}

func newPatternCache() *patternCache { return &patternCache{m: map[cacheKey]*Pattern{}} }

func (c *patternCache) purge() {
	c.mu.Lock()
	c.m = map[cacheKey]*Pattern{}
	c.order = nil
	c.mu.Unlock()
}

// compileValue compiles pattern (str, bytes or Pattern) with flags, using
// the cache.
func (c *patternCache) compileValue(th *rt.Thread, pattern rt.Value, flagsV rt.Value) (*Pattern, error) {
	flags := 0
	if flagsV.IsValid() {
		if !flagsV.IsSmallInt() && !flagsV.IsBool() && (flagsV.IsImmediate() || flagsV.Type().Layout != rt.LayoutInt) {
			// CPython's re.py hashes the cache key, then computes flags & T.
			if _, err := rt.Hash(th, flagsV); err != nil {
				return nil, err
			}
			return nil, rt.Errorf(rt.TypeError, "unsupported operand type(s) for &: '%s' and 'RegexFlag'", rt.TypeName(flagsV))
		}
		// A RegexFlag member, or any int: its value as an int, read
		// directly (the enum's methods are not called for a lookup).
		f, fits := rt.Int64Value(flagsV)
		if !fits || f != int64(int32(f)) {
			return nil, rt.Errorf(rt.OverflowError, "Python int too large to convert to C int")
		}
		flags = int(f)
	}
	if p, ok := asPattern(pattern); ok {
		if flags != 0 {
			return nil, rt.Errorf(rt.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var key cacheKey
	if isStrValue(pattern) {
		key = cacheKey{src: rt.StrValue(pattern), flags: flags}
	} else if b, ok := bytesLike(th, pattern); ok && !pattern.IsImmediate() && pattern.Type().Layout == rt.LayoutBytes {
		key = cacheKey{src: string(b), isBytes: true, flags: flags}
	} else {
		if _, err := rt.Hash(th, pattern); err != nil {
			return nil, err
		}
		return nil, rt.Errorf(rt.TypeError, "first argument must be string or compiled pattern")
	}
	c.mu.Lock()
	p, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return p, nil
	}
	p, err := c.compilePattern(th, pattern, key)
	if err != nil {
		return nil, err
	}
	if flags&flagDebug == 0 {
		c.mu.Lock()
		if len(c.order) >= maxCache {
			delete(c.m, c.order[0])
			c.order = c.order[1:]
		}
		c.m[key] = p
		c.order = append(c.order, key)
		c.mu.Unlock()
	}
	return p, nil
}

func (c *patternCache) compilePattern(th *rt.Thread, pattern rt.Value, key cacheKey) (*Pattern, error) {
	flags := key.flags
	if !key.isBytes {
		if flags&flagLocale != 0 {
			return nil, rt.Errorf(rt.ValueError, "cannot use LOCALE flag with a str pattern")
		}
		if flags&flagASCII != 0 && flags&flagUnicode != 0 {
			return nil, rt.Errorf(rt.ValueError, "ASCII and UNICODE flags are incompatible")
		}
	} else {
		if flags&flagUnicode != 0 {
			return nil, rt.Errorf(rt.ValueError, "cannot use UNICODE flag with a bytes pattern")
		}
		if flags&flagLocale != 0 && flags&flagASCII != 0 {
			return nil, rt.Errorf(rt.ValueError, "ASCII and LOCALE flags are incompatible")
		}
	}
	var src []rune
	if key.isBytes {
		src = bytesToRunes([]byte(key.src))
	} else {
		src = decodeWTF8(key.src)
	}
	tree, p, err := parse(src, key.isBytes, flags)
	if p != nil {
		for _, msg := range p.warnings {
			if werr := rt.Warn(th, rt.FutureWarning, msg, 1); werr != nil {
				return nil, werr
			}
		}
	}
	if err != nil {
		return nil, toPyError(th, err, pattern)
	}
	if flags&flagDebug != 0 {
		if err := c.printDebugTree(th, pattern, flags); err != nil {
			return nil, err
		}
	}
	gflags := p.flags
	if !key.isBytes {
		if gflags&flagLocale != 0 {
			return nil, rt.Errorf(rt.ValueError, "cannot use LOCALE flag with a str pattern")
		}
		if gflags&flagASCII == 0 {
			gflags |= flagUnicode
		} else if gflags&flagUnicode != 0 {
			return nil, rt.Errorf(rt.ValueError, "ASCII and UNICODE flags are incompatible")
		}
	}
	prog := compileProgram(tree, p.ngroups)
	pat := &Pattern{Object: rt.NewObjectHeader(PatternType), prog: prog, source: pattern, flags: gflags,
		isBytes: key.isBytes, groups: p.ngroups - 1, groupName: map[int]string{}, index: p.names}
	pat.names = make([]string, p.ngroups)
	for name, g := range p.names {
		pat.groupName[g] = name
		pat.names[g] = name
	}
	return pat, nil
}

// toPyError turns a parse error into re.error (or OverflowError).
func toPyError(th *rt.Thread, err error, pattern rt.Value) error {
	switch e := err.(type) {
	case *overflowError:
		return rt.Errorf(rt.OverflowError, "%s", e.msg)
	case *reError:
		if e.pos < 0 {
			return reErrorValue(th, rt.NewStr(e.msg), rt.None, rt.None)
		}
		msg := e.msg
		if isBytesValue(pattern) {
			msg = asciiBackslash(msg)
		}
		return reErrorValue(th, rt.NewStr(msg), pattern, rt.Int(int64(e.pos)))
	}
	return err
}

func isBytesValue(v rt.Value) bool {
	return !v.IsImmediate() && (v.Type().Layout == rt.LayoutBytes || v.Type().Layout == rt.LayoutByteArray)
}

// asciiBackslash escapes non-ASCII characters of a message about a bytes
// pattern, as CPython's msg.encode('ascii', 'backslashreplace').
func asciiBackslash(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if r < 128 {
			sb.WriteRune(r)
		} else if r < 256 {
			fmt.Fprintf(&sb, `\x%02x`, r)
		} else {
			fmt.Fprintf(&sb, `\u%04x`, r)
		}
	}
	return sb.String()
}

// reErrorValue makes an re.error exception by calling the class.
func reErrorValue(th *rt.Thread, args ...rt.Value) error {
	mod, err := rt.ImportModule(th, "re")
	if err != nil {
		return err
	}
	cls, err := rt.GetAttr(th, mod, "error")
	if err != nil {
		return err
	}
	for len(args) > 1 && args[len(args)-1].IsNone() {
		args = args[:len(args)-1]
	}
	v, err := rt.Call(th, cls, args, nil)
	if err != nil {
		return err
	}
	if v.Type().Layout != rt.LayoutException {
		return rt.Errorf(rt.TypeError, "re.error did not make an exception")
	}
	return (*rt.Exception)(v.Pointer())
}

// flagNamesRepr lists the flags as Pattern's repr writes them.
var flagNamesRepr = []struct {
	name string
	bit  int
}{{"re.TEMPLATE", flagTemplate}, {"re.IGNORECASE", flagIgnoreCase}, {"re.LOCALE", flagLocale},
	{"re.MULTILINE", flagMultiline}, {"re.DOTALL", flagDotAll}, {"re.UNICODE", flagUnicode},
	{"re.VERBOSE", flagVerbose}, {"re.DEBUG", flagDebug}, {"re.ASCII", flagASCII}}

func patternRepr(th *rt.Thread, v rt.Value) (rt.Value, error) {
	p, _ := asPattern(v)
	src, err := rt.Repr(th, p.source)
	if err != nil {
		return rt.Value{}, err
	}
	if rs := []rune(src); len(rs) > 200 {
		src = string(rs[:200])
	}
	flags := p.flags
	if !p.isBytes && flags&(flagLocale|flagUnicode|flagASCII) == flagUnicode {
		flags &^= flagUnicode
	}
	if flags == 0 {
		return rt.NewStr("re.compile(" + src + ")"), nil
	}
	var parts []string
	for _, f := range flagNamesRepr {
		if flags&f.bit != 0 {
			parts = append(parts, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", flags))
	}
	return rt.NewStr("re.compile(" + src + ", " + strings.Join(parts, "|") + ")"), nil
}

// posArgs converts the pos and endpos arguments to a range of s.
func posArgs(th *rt.Thread, n int, posV, endV rt.Value) (int, int, error) {
	pos, end := 0, n
	if posV.IsValid() {
		x, err := rt.AsInt(th, posV)
		if err != nil {
			return 0, 0, err
		}
		pos = clampIndex(x, n)
	}
	if endV.IsValid() {
		x, err := rt.AsInt(th, endV)
		if err != nil {
			return 0, 0, err
		}
		end = clampIndex(x, n)
	}
	return pos, end, nil
}

func clampIndex(x int64, n int) int {
	if x < 0 {
		return 0
	}
	if x > int64(n) {
		return n
	}
	return int(x)
}

// run performs one match operation: mode 0 search, 1 match, 2 fullmatch.
func (p *Pattern) run(th *rt.Thread, strV, posV, endV rt.Value, mode int) (rt.Value, error) {
	var local subject
	s := &local
	if err := s.init(th, p, strV); err != nil {
		return rt.Value{}, err
	}
	pos, end, err := posArgs(th, s.in.n, posV, endV)
	if err != nil {
		return rt.Value{}, err
	}
	if pos > end {
		return rt.None, nil
	}
	m := newMatcher(p.prog, s.in.prefix(end))
	m.full = mode == 2
	var ok bool
	if mode == 0 {
		ok = p.prog.search(m, pos)
	} else {
		ok = p.prog.matchAt(m, pos)
	}
	defer p.prog.release(m)
	if m.overflow {
		return rt.Value{}, overflowErr()
	}
	if !ok {
		return rt.None, nil
	}
	return newMatch(p, s.moved(), m, pos, end), nil
}

func overflowErr() error {
	return rt.Errorf(rt.RecursionError, "maximum recursion limit exceeded in regular expression")
}

// scan calls f for each successive match, as finditer, sub and split
// find them: after an empty match the next may not be empty at the same
// place. f returns false to stop.
func (p *Pattern) scan(s *subject, pos, end int, f func(m *matcher) (bool, error)) error {
	m := newMatcher(p.prog, s.in.prefix(end))
	defer p.prog.release(m)
	for pos <= end {
		if !p.prog.search(m, pos) {
			if m.overflow {
				return overflowErr()
			}
			return nil
		}
		more, err := f(m)
		if err != nil || !more {
			return err
		}
		start, stop := m.caps[0], m.caps[1]
		m.noEmptyAt = -1
		if start == stop {
			m.noEmptyAt = stop
		}
		pos = stop
	}
	return nil
}

// setupPattern fills in the slots and methods of re.Pattern (reSetup).
func setupPattern() {
	t := PatternType
	rt.AddClassGetItem(t)
	t.Repr = patternRepr
	t.Hash = func(th *rt.Thread, v rt.Value) (int64, error) {
		p, _ := asPattern(v)
		h, err := rt.Hash(th, p.source)
		return h ^ int64(p.flags)*1000003, err
	}
	t.Compare = func(th *rt.Thread, op rt.CompareOp, a, b rt.Value) (rt.Value, error) {
		pa, ok1 := asPattern(a)
		pb, ok2 := asPattern(b)
		if !ok1 || !ok2 || (op != rt.CmpEQ && op != rt.CmpNE) {
			return rt.NotImplemented, nil
		}
		eq := pa == pb
		if !eq && pa.flags == pb.flags && pa.isBytes == pb.isBytes {
			var err error
			eq, err = rt.Equal(th, pa.source, pb.source)
			if err != nil {
				return rt.Value{}, err
			}
		}
		return rt.Bool(eq == (op == rt.CmpEQ)), nil
	}
	for name, mode := range map[string]int{"search": 0, "match": 1, "fullmatch": 2} {
		mode := mode
		fname := name
		t.AddMethod(name, func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
			a, err := bindArgs(fname, args, kw, "string", "pos?", "endpos?")
			if err != nil {
				return rt.Value{}, err
			}
			s, pos, end := a[0], a[1], a[2]
			p, _ := asPattern(self)
			return p.run(th, s, pos, end, mode)
		})
	}
	t.AddMethod("findall", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindArgs("findall", args, kw, "string", "pos?", "endpos?")
		if err != nil {
			return rt.Value{}, err
		}
		s, pos, end := a[0], a[1], a[2]
		p, _ := asPattern(self)
		return p.findall(th, s, pos, end)
	})
	t.AddMethod("finditer", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindArgs("finditer", args, kw, "string", "pos?", "endpos?")
		if err != nil {
			return rt.Value{}, err
		}
		s, pos, end := a[0], a[1], a[2]
		p, _ := asPattern(self)
		return p.finditer(th, s, pos, end)
	})
	t.AddMethod("sub", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindArgs("sub", args, kw, "repl", "string", "count?")
		if err != nil {
			return rt.Value{}, err
		}
		repl, s, count := a[0], a[1], a[2]
		p, _ := asPattern(self)
		r, _, err := p.sub(th, repl, s, count)
		return r, err
	})
	t.AddMethod("subn", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindArgs("subn", args, kw, "repl", "string", "count?")
		if err != nil {
			return rt.Value{}, err
		}
		repl, s, count := a[0], a[1], a[2]
		p, _ := asPattern(self)
		r, n, err := p.sub(th, repl, s, count)
		if err != nil {
			return rt.Value{}, err
		}
		return rt.NewTuple([]rt.Value{r, rt.Int(int64(n))}), nil
	})
	t.AddMethod("split", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindArgs("split", args, kw, "string", "maxsplit?")
		if err != nil {
			return rt.Value{}, err
		}
		s, maxsplit := a[0], a[1]
		p, _ := asPattern(self)
		return p.split(th, s, maxsplit)
	})
	t.AddMethod("__copy__", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		return self, nil
	})
	t.AddMethod("__deepcopy__", func(th *rt.Thread, self rt.Value, args []rt.Value, kw []string) (rt.Value, error) {
		return self, nil
	})
	t.AddGetSet("pattern", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		p, _ := asPattern(self)
		return p.source, nil
	}, nil)
	t.AddGetSet("flags", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		p, _ := asPattern(self)
		return rt.Int(int64(p.flags)), nil
	}, nil)
	t.AddGetSet("groups", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		p, _ := asPattern(self)
		return rt.Int(int64(p.groups)), nil
	}, nil)
	rt.AddSlotMethods(t, nil, false, nil)
	t.AddGetSet("groupindex", func(th *rt.Thread, self rt.Value) (rt.Value, error) {
		p, _ := asPattern(self)
		d := rt.NewDict()
		for g, name := range p.names {
			if name != "" {
				d.SetStr(name, rt.Int(int64(g)))
			}
		}
		return rt.NewMappingProxy(rt.ValueOf(d)), nil
	}, nil)
}

// countArg reads count or maxsplit: 0 or negative means no limit... as
// CPython: 0 is unlimited, negative means none for split.
func countArg(th *rt.Thread, v rt.Value) (int, error) {
	if !v.IsValid() {
		return 0, nil
	}
	n, err := rt.AsInt(th, v)
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt32 {
		n = math.MaxInt32
	}
	return int(n), nil
}

// printDebugTree prints the parse tree of a valid pattern for re.DEBUG,
// as CPython's parser dumps it, and the listing of the code CPython
// compiles it to, with _debug of re_debug.py.
func (c *patternCache) printDebugTree(th *rt.Thread, pattern rt.Value, flags int) error {
	debug, err := c.debugPrinter(th)
	if err != nil {
		return err
	}
	_, err = rt.Call(th, debug, []rt.Value{pattern, rt.Int(int64(flags))}, nil)
	return err
}
