// Package re is Kiln's re module: Python's regular expressions, parsed
// with CPython's syntax and error messages and matched by a backtracking
// engine of our own (see docs/re.md for why not Go's regexp or regexp2).
package re

import (
	_ "embed"
	"strings"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// This file registers the re module: its functions, which compile through
// the pattern cache, and the Python part (re_py.py: RegexFlag, re.error).

//go:embed re_py.py
var rePySource []byte

// reSetup makes the methods of the module's types at its first import,
// not in every process's start-up.
var reSetup = rt.DeferTypeSetup(func() {
	setupMatch()
	setupPattern()
	setupScanner()
}, MatchType, matchIterType, PatternType, scannerType)

func init() {
	rt.RegisterEmbeddedSource("re", rePySource)
	rt.RegisterModule("re", initModule)
}

func initModule(th *rt.Thread, m *rt.Module) error {
	reSetup.Ensure()
	cache := newPatternCache()
	m.Set("Pattern", rt.ValueOf(PatternType))
	m.Set("Match", rt.ValueOf(MatchType))
	m.Set("__all__", rt.NewList(strs("match", "fullmatch", "search", "sub", "subn", "split",
		"findall", "finditer", "compile", "purge", "template", "escape", "error", "Pattern", "Match",
		"A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
		"VERBOSE", "UNICODE", "NOFLAG", "RegexFlag")))
	m.Set("__version__", rt.NewStr("2.2.1"))
	m.AddFunction("compile", func(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindPyArgs("compile", args, kw, "pattern", "flags?")
		if err != nil {
			return rt.Value{}, err
		}
		pattern, flags := a[0], a[1]
		p, err := cache.compileValue(th, pattern, flags)
		if err != nil {
			return rt.Value{}, err
		}
		return rt.ValueOf(p), nil
	})
	for name, mode := range map[string]int{"search": 0, "match": 1, "fullmatch": 2} {
		mode, fname := mode, name
		m.AddFunction(name, func(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
			a, err := bindPyArgs(fname, args, kw, "pattern", "string", "flags?")
			if err != nil {
				return rt.Value{}, err
			}
			pattern, s, flags := a[0], a[1], a[2]
			p, err := cache.compileValue(th, pattern, flags)
			if err != nil {
				return rt.Value{}, err
			}
			return p.run(th, s, rt.Value{}, rt.Value{}, mode)
		})
	}
	m.AddFunction("findall", func(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindPyArgs("findall", args, kw, "pattern", "string", "flags?")
		if err != nil {
			return rt.Value{}, err
		}
		pattern, s, flags := a[0], a[1], a[2]
		p, err := cache.compileValue(th, pattern, flags)
		if err != nil {
			return rt.Value{}, err
		}
		return p.findall(th, s, rt.Value{}, rt.Value{})
	})
	m.AddFunction("finditer", func(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindPyArgs("finditer", args, kw, "pattern", "string", "flags?")
		if err != nil {
			return rt.Value{}, err
		}
		pattern, s, flags := a[0], a[1], a[2]
		p, err := cache.compileValue(th, pattern, flags)
		if err != nil {
			return rt.Value{}, err
		}
		return p.finditer(th, s, rt.Value{}, rt.Value{})
	})
	for _, name := range []string{"sub", "subn"} {
		fname := name
		m.AddFunction(name, func(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
			a, err := bindPyArgs(fname, args, kw, "pattern", "repl", "string", "count?", "flags?")
			if err != nil {
				return rt.Value{}, err
			}
			pattern, repl, s, count, flags := a[0], a[1], a[2], a[3], a[4]
			p, err := cache.compileValue(th, pattern, flags)
			if err != nil {
				return rt.Value{}, err
			}
			r, n, err := p.sub(th, repl, s, count)
			if err != nil || fname == "sub" {
				return r, err
			}
			return rt.NewTuple([]rt.Value{r, rt.Int(int64(n))}), nil
		})
	}
	m.AddFunction("split", func(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
		a, err := bindPyArgs("split", args, kw, "pattern", "string", "maxsplit?", "flags?")
		if err != nil {
			return rt.Value{}, err
		}
		pattern, s, maxsplit, flags := a[0], a[1], a[2], a[3]
		p, err := cache.compileValue(th, pattern, flags)
		if err != nil {
			return rt.Value{}, err
		}
		return p.split(th, s, maxsplit)
	})
	m.AddFunction("purge", func(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
		if _, err := bindPyArgs("purge", args, kw); err != nil {
			return rt.Value{}, err
		}
		cache.purge()
		return rt.None, nil
	})
	m.AddFunction("escape", reEscape)
	return rt.ExecEmbedded(th, "re", rePySource, m.Dict())
}

func strs(names ...string) []rt.Value {
	out := make([]rt.Value, len(names))
	for i, n := range names {
		out[i] = rt.NewStr(n)
	}
	return out
}

// escapeSpecial lists the characters re.escape backslashes.
const escapeSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"

func reEscape(th *rt.Thread, args []rt.Value, kw []string) (rt.Value, error) {
	a, err := bindPyArgs("escape", args, kw, "pattern")
	if err != nil {
		return rt.Value{}, err
	}
	pattern := a[0]
	if isStrValue(pattern) {
		s := rt.StrValue(pattern)
		var sb strings.Builder
		for i := 0; i < len(s); i++ {
			if strings.IndexByte(escapeSpecial, s[i]) >= 0 {
				sb.WriteByte('\\')
			}
			sb.WriteByte(s[i])
		}
		return rt.NewStr(sb.String()), nil
	}
	if b, ok := bytesLike(th, pattern); ok {
		out := make([]byte, 0, len(b))
		for _, c := range b {
			if strings.IndexByte(escapeSpecial, c) >= 0 {
				out = append(out, '\\')
			}
			out = append(out, c)
		}
		return rt.NewBytes(out), nil
	}
	// CPython's escape decodes anything but a str with str(pattern, 'latin1').
	return rt.Value{}, rt.Errorf(rt.TypeError, "decoding to str: need a bytes-like object, %s found", rt.TypeName(pattern))
}
