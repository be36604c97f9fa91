package runtime

// This file computes the "Did you mean: ...?" suggestions CPython 3.12
// appends to NameError, AttributeError and ImportError messages in
// tracebacks (traceback.py's _compute_suggestion_error and
// _levenshtein_distance, Python/suggestions.c).

import (
	"strings"
	"unicode"
)

const (
	suggestMaxCandidates = 750
	suggestMaxStringSize = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// suggestionSuffix returns what the traceback printer appends to the
// message of exc: ". Did you mean: 'x'?", ". Did you forget to import
// 'sys'?", or "".
func suggestionSuffix(th *Thread, exc *Exception) string {
	ev := ValueOf(exc)
	attr := func(name string) Value {
		v, ok, err := GetAttrOK(th, ev, name)
		if err != nil || !ok {
			return Value{}
		}
		return v
	}
	isStr := func(v Value) bool { return v.p != nil && v.Type().Layout == LayoutStr }
	var names []string
	var wrong string
	switch {
	case exc.typ.IsSubtype(ImportError):
		from := attr("name_from")
		if !isStr(from) {
			return ""
		}
		wrong = StrValue(from)
		mod := attr("name")
		if !isStr(mod) {
			return ""
		}
		m, ok := th.Interp.Modules.GetStr(StrValue(mod))
		if !ok {
			return ""
		}
		names = dirNames(th, m)
	case exc.typ.IsSubtype(NameError) || exc.typ.IsSubtype(AttributeError):
		n := attr("name")
		if !isStr(n) {
			return ""
		}
		wrong = StrValue(n)
		if exc.typ.IsSubtype(AttributeError) {
			obj := attr("obj")
			if obj.p == nil {
				return ""
			}
			names = dirNames(th, obj)
			break
		}
		tb := exc.Traceback
		if tb.p == nil || tb.Type() != TracebackType {
			return ""
		}
		for {
			next := as[Traceback](tb).Next
			if next.p == nil || next.Type() != TracebackType {
				break
			}
			tb = next
		}
		t := as[Traceback](tb)
		var self Value
		if t.Locals != nil {
			names = append(names, dictStrKeys(t.Locals)...)
			self, _ = t.Locals.GetStr("self")
		}
		names = append(names, dictStrKeys(t.Globals)...)
		names = append(names, dictStrKeys(t.Builtins)...)
		if self.p != nil {
			if _, ok, err := GetAttrOK(th, self, wrong); err == nil && ok {
				return ". Did you mean: 'self." + wrong + "'?"
			}
		}
		s := bestSuggestion(names, wrong)
		out := ""
		if s != "" {
			out = ". Did you mean: '" + s + "'?"
		}
		if isStdlibModule(wrong) {
			if s != "" {
				out += " Or did you forget to import '" + wrong + "'"
			} else {
				out += ". Did you forget to import '" + wrong + "'"
			}
			out += "?"
		}
		return out
	default:
		return ""
	}
	if s := bestSuggestion(names, wrong); s != "" {
		return ". Did you mean: '" + s + "'?"
	}
	return ""
}

// dirNames returns dir(v) as strings, or nil if dir fails.
func dirNames(th *Thread, v Value) []string {
	d, err := builtinCall(th, th.Interp.Builtins, "dir", v)
	if err != nil {
		return nil
	}
	items, err := ToSlice(th, d)
	if err != nil {
		return nil
	}
	var out []string
	for _, x := range items {
		if x.p != nil && x.Type().Layout == LayoutStr {
			out = append(out, StrValue(x))
		}
	}
	return out
}

func dictStrKeys(d *Dict) []string {
	if d == nil {
		return nil
	}
	var out []string
	for _, k := range d.Keys() {
		if k.Type().Layout == LayoutStr {
			out = append(out, StrValue(k))
		}
	}
	return out
}

// bestSuggestion is _compute_suggestion_error's search for the closest name.
func bestSuggestion(names []string, wrong string) string {
	if len(names) > suggestMaxCandidates {
		return ""
	}
	w := []rune(wrong)
	if len(w) > suggestMaxStringSize {
		return ""
	}
	best := len(w)
	suggestion := ""
	for _, name := range names {
		if name == wrong {
			continue
		}
		n := []rune(name)
		maxDist := (len(n) + len(w) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, best-1)
		d := levenshtein(w, n, maxDist)
		if d > maxDist {
			continue
		}
		if suggestion == "" || d < best {
			suggestion = name
			best = d
		}
	}
	return suggestion
}

func substitutionCost(a, b rune) int {
	if a == b {
		return 0
	}
	if unicode.ToLower(a) == unicode.ToLower(b) {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// levenshtein is traceback.py's _levenshtein_distance.
func levenshtein(a, b []rune, maxCost int) int {
	if string(a) == string(b) {
		return 0
	}
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	a, b = a[pre:], b[pre:]
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return suggestMoveCost * (len(a) + len(b))
	}
	if len(a) > suggestMaxStringSize || len(b) > suggestMaxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi, bc := range b {
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i, ac := range a {
			substitute := distance + substitutionCost(bc, ac)
			distance = row[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			row[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// isStdlibModule reports whether name is in sys.stdlib_module_names.
func isStdlibModule(name string) bool {
	return strings.Contains(stdlibModuleNames, " "+name+" ")
}

// stdlibModuleNames is CPython 3.12's sys.stdlib_module_names, space-separated.
const stdlibModuleNames = " " +
	"__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn _codecs_hk " +
	"_codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle " +
	"_compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal " +
	"_elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io " +
	"_json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode " +
	"_operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydatetime " +
	"_pydecimal _pyio _pylong _queue _random _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket " +
	"_sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread _threading_local " +
	"_tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc " +
	"aifc antigravity argparse array ast asyncio atexit audioop base64 bdb binascii bisect builtins bz2 " +
	"cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall " +
	"concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses " +
	"datetime dbm decimal difflib dis doctest email encodings ensurepip enum errno faulthandler fcntl " +
	"filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob " +
	"graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr importlib inspect io " +
	"ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math " +
	"mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path " +
	"numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil " +
	"platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc " +
	"pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets " +
	"select selectors shelve shlex shutil signal site smtplib sndhdr socket socketserver spwd sqlite3 " +
	"sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau " +
	"symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading " +
	"time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types " +
	"typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound " +
	"wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo "
