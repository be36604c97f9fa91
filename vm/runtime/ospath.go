package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// This file defines os.path, the posixpath module. Its string functions
// follow posixpath.py exactly (which differs from Go's path/filepath: join
// keeps "./" and "//", split keeps a root of several slashes...). Paths are
// str; bytes paths are accepted where a file is only tested.

// posixpathModuleInit makes the posixpath module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func posixpathModuleInit(th *Thread, m *Module) error {
	for name, v := range map[string]string{"sep": "/", "curdir": ".", "pardir": "..", "extsep": ".", "pathsep": ":", "devnull": "/dev/null", "defpath": "/bin:/usr/bin"} {
		m.Set(name, NewStr(v))
	}
	m.Set("altsep", None)
	m.Set("supports_unicode_filenames", False)
	m.AddFunction("join", ospathJoinFunc)
	for name, fn := range map[string]func(string) string{
		"basename": ospathBasename, "dirname": ospathDirname, "normpath": ospathNormpath,
		"normcase": func(p string) string { return p },
	} {
		m.AddFunction(name, ospathStrFunc(name, fn))
	}
	m.AddFunction("abspath", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		p, err := ospathArg(th, "abspath", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return NewStr(ospathAbs(p)), nil
	})
	m.AddFunction("realpath", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		var p, strict Value
		if err := UnpackArgs("realpath", args, kwnames, "filename", &p, "$strict?", &strict); err != nil {
			return Value{}, err
		}
		path, err := fsPath(th, p)
		if err != nil {
			return Value{}, err
		}
		return NewStr(ospathRealpath(ospathAbs(path))), nil
	})
	m.AddFunction("expanduser", ospathStrFunc("expanduser", func(p string) string {
		if p != "~" && !strings.HasPrefix(p, "~/") {
			return p
		}
		home := os.Getenv("HOME")
		if env, err := osEnvironOf(th); err == nil {
			if h, ok := env.GetStr("HOME"); ok {
				home = StrValue(h)
			}
		}
		home = strings.TrimRight(home, "/")
		r := home + p[1:]
		if r == "" {
			return "/"
		}
		return r
	}))
	m.AddFunction("split", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		p, err := ospathArg(th, "split", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		head, tail := ospathSplit(p)
		return NewTuple([]Value{NewStr(head), NewStr(tail)}), nil
	})
	m.AddFunction("splitext", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		p, err := ospathArg(th, "splitext", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		root, ext := ospathSplitext(p)
		return NewTuple([]Value{NewStr(root), NewStr(ext)}), nil
	})
	m.AddFunction("splitdrive", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		p, err := ospathArg(th, "splitdrive", args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{NewStr(""), NewStr(p)}), nil
	})
	m.AddFunction("isabs", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		p, err := ospathArg(th, "isabs", args, kwnames)
		return Bool(strings.HasPrefix(p, "/")), err
	})
	m.AddFunction("relpath", ospathRelpath)
	m.AddFunction("commonprefix", ospathCommonprefix)
	for name, test := range map[string]func(string) bool{
		"exists":  func(p string) bool { _, err := os.Stat(p); return err == nil },
		"lexists": func(p string) bool { _, err := os.Lstat(p); return err == nil },
		"isfile":  func(p string) bool { st, err := os.Stat(p); return err == nil && st.Mode().IsRegular() },
		"isdir":   func(p string) bool { st, err := os.Stat(p); return err == nil && st.IsDir() },
		"islink": func(p string) bool {
			st, err := os.Lstat(p)
			return err == nil && st.Mode()&os.ModeSymlink != 0
		},
		"ismount": func(p string) bool { return ospathAbs(p) == "/" },
	} {
		m.AddFunction(name, ospathTestFunc(name, test))
	}
	for name, field := range map[string]string{"getsize": "st_size", "getmtime": "st_mtime", "getatime": "st_atime", "getctime": "st_ctime"} {
		m.AddFunction(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			st, err := osStatCommon(th, name, args, kwnames, true)
			if err != nil {
				return Value{}, err
			}
			return GetAttr(th, st, field)
		})
	}
	return nil
}

// ospathArg reads the one path argument of a posixpath function.
func ospathArg(th *Thread, fname string, args []Value, kwnames []string) (string, error) {
	if err := CheckArgCount(fname, args, kwnames, 1, 1); err != nil {
		return "", err
	}
	return fsPath(th, args[0])
}

func ospathStrFunc(name string, fn func(string) string) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		p, err := ospathArg(th, name, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		return NewStr(fn(p)), nil
	}
}

// ospathTestFunc makes exists/isfile/...: false, not an error, for paths
// that cannot be tested.
func ospathTestFunc(name string, test func(string) bool) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(name, args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		p, err := fsPath(th, args[0])
		if err != nil {
			return Value{}, err
		}
		return Bool(test(p)), nil
	}
}

// ospathJoin joins two path components as posixpath.join does.
func ospathJoin(a, b string) string {
	switch {
	case strings.HasPrefix(b, "/"):
		return b
	case a == "" || strings.HasSuffix(a, "/"):
		return a + b
	}
	return a + "/" + b
}

func ospathJoinFunc(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("join", kwnames); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return Value{}, Errorf(TypeError, "join() missing 1 required positional argument: 'a'")
	}
	var r string
	for i, a := range args {
		var s string
		switch {
		case a.Type().Layout == LayoutStr:
			s = StrValue(a)
		case a.Type().Lookup("__fspath__").IsValid():
			var err error
			if s, err = fsPath(th, a); err != nil {
				return Value{}, err
			}
		default:
			return Value{}, Errorf(TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'", TypeName(a))
		}
		if i == 0 {
			r = s
		} else {
			r = ospathJoin(r, s)
		}
	}
	return NewStr(r), nil
}

// ospathSplit is posixpath.split.
func ospathSplit(p string) (head, tail string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail = p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func ospathBasename(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

func ospathDirname(p string) string {
	head, _ := ospathSplit(p)
	return head
}

// ospathSplitext is posixpath.splitext: leading dots of the last
// component do not start an extension.
func ospathSplitext(p string) (string, string) {
	sepIndex := strings.LastIndexByte(p, '/')
	dotIndex := strings.LastIndexByte(p, '.')
	if dotIndex > sepIndex {
		for i := sepIndex + 1; i < dotIndex; i++ {
			if p[i] != '.' {
				return p[:dotIndex], p[dotIndex:]
			}
		}
	}
	return p, ""
}

// ospathNormpath is posixpath.normpath: POSIX allows one or two initial
// slashes to differ, and three or more mean one.
func ospathNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == ".."):
			comps = append(comps, c)
		case len(comps) > 0:
			comps = comps[:len(comps)-1]
		}
	}
	r := strings.Repeat("/", initial) + strings.Join(comps, "/")
	if r == "" {
		return "."
	}
	return r
}

// ospathAbs is posixpath.abspath.
func ospathAbs(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd, err := syscall.Getwd()
		if err == nil {
			p = ospathJoin(cwd, p)
		}
	}
	return ospathNormpath(p)
}

// ospathRealpath resolves symbolic links in an absolute path, as far as
// the path exists (the rest is kept as it is, like posixpath.realpath).
func ospathRealpath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	dir, base := ospathSplit(p)
	if dir == p || dir == "" {
		return p
	}
	return ospathJoin(ospathRealpath(dir), base)
}

func ospathRelpath(th *Thread, args []Value, kwnames []string) (Value, error) {
	var pathV, startV Value
	if err := UnpackArgs("relpath", args, kwnames, "path", &pathV, "start?", &startV); err != nil {
		return Value{}, err
	}
	path, err := fsPath(th, pathV)
	if err != nil {
		return Value{}, err
	}
	if path == "" {
		return Value{}, Errorf(ValueError, "no path specified")
	}
	start := "."
	if startV.IsValid() && !startV.IsNone() {
		if start, err = fsPath(th, startV); err != nil {
			return Value{}, err
		}
	}
	split := func(p string) []string {
		var out []string
		for _, c := range strings.Split(ospathAbs(p), "/") {
			if c != "" {
				out = append(out, c)
			}
		}
		return out
	}
	s, t := split(start), split(path)
	i := 0
	for i < len(s) && i < len(t) && s[i] == t[i] {
		i++
	}
	rel := append(make([]string, 0, len(s)-i+len(t)-i), []string{}...)
	for j := i; j < len(s); j++ {
		rel = append(rel, "..")
	}
	rel = append(rel, t[i:]...)
	if len(rel) == 0 {
		return NewStr("."), nil
	}
	return NewStr(strings.Join(rel, "/")), nil
}

func ospathCommonprefix(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("commonprefix", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	items, err := ToSlice(th, args[0])
	if err != nil {
		return Value{}, err
	}
	if len(items) == 0 {
		return NewStr(""), nil
	}
	var strs []string
	for _, it := range items {
		s, err := fsPath(th, it)
		if err != nil {
			return Value{}, err
		}
		strs = append(strs, s)
	}
	// The common prefix of the smallest and largest (by code point) is
	// the common prefix of all.
	lo, hi := strs[0], strs[0]
	for _, s := range strs[1:] {
		if s < lo {
			lo = s
		}
		if s > hi {
			hi = s
		}
	}
	lr, hr := []rune(lo), []rune(hi)
	n := 0
	for n < len(lr) && n < len(hr) && lr[n] == hr[n] {
		n++
	}
	return NewStr(string(lr[:n])), nil
}
