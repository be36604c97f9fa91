package runtime

import "strings"

// This file defines how Go code issues Python warnings: ExplicitWarning, the
// entry points WarnExplicit and Warn, and the hooks through which the
// warnings module (vm/stdlib/warnings) implements them, plus the effective
// sys.warnoptions (-X dev, PYTHONWARNINGS, -W).
//
// The warnings module lives in vm/stdlib/warnings, not here: the runtime
// only needs to reach it through these hooks, which that package sets from
// its init function, so the filters, the registries and showwarning stay
// in one place. Without the module linked in, warnings are printed in
// CPython's default format and never filtered.

// ExplicitWarning is a warning issued from Go code with an explicit location, as
// CPython's PyErr_WarnExplicitObject takes it.
type ExplicitWarning struct {
	Category *Type  // a subclass of Warning
	Message  string // the warning text
	Filename string
	Lineno   int
	// Module is the module name the filters match ("" derives it from
	// Filename as warnings.warn_explicit does: the file name without .py).
	Module string
	// Source is the object the warning is about (an unclosed file for a
	// ResourceWarning), or the zero Value. It becomes
	// WarningMessage.source.
	Source Value
	// Trailer is text the default showwarning prints after the warning and
	// its source line, such as an allocation traceback ("Created at (most
	// recent call last):\n  File ..."). It must end with a newline. A
	// showwarning replaced by the program does not see it.
	Trailer string
	// OmitSourceLine leaves out the source line the default format prints
	// under the first line (WarningMessage.line is "", not None): a
	// Trailer that shows the allocation traceback already quotes it.
	OmitSourceLine bool
}

// WarnExplicitHook is set by the warnings module: it applies the filters
// and the registry to w, then shows it or returns the exception the
// filters ask for.
var WarnExplicitHook func(th *Thread, w ExplicitWarning) error

// WarnStackHook is set by the warnings module: warnings.warn(msg,
// category, stacklevel) called from Go code.
var WarnStackHook func(th *Thread, category *Type, msg string, stacklevel int) error

// WarnExplicit issues w through the warnings module: the filters decide
// whether it is ignored, shown (through warnings.showwarning) or turned
// into an exception, which WarnExplicit returns. A Go caller that cannot
// raise (a finalizer) reports that error as "Exception ignored in: ...".
//
// The registry is a fresh one per call, so the "default" action shows
// every call, as CPython does for warnings issued from C without a
// registry.
func WarnExplicit(th *Thread, w ExplicitWarning) error {
	if WarnExplicitHook != nil {
		return WarnExplicitHook(th, w)
	}
	out := w.Filename + ":" + itoa(w.Lineno) + ": " + w.Category.Name + ": " + w.Message + "\n"
	if line := strings.TrimSpace(th.Interp.SourceLine(w.Filename, w.Lineno)); line != "" && !w.OmitSourceLine {
		out += "  " + line + "\n"
	}
	th.FlushStdout()
	_, err := th.Interp.Options.Stderr.Write([]byte(out + w.Trailer))
	return err
}

// Warn is warnings.warn(msg, category, stacklevel) for Go code: stacklevel
// 1 attributes the warning to the innermost Python frame running.
func Warn(th *Thread, category *Type, msg string, stacklevel int) error {
	if WarnStackHook != nil {
		return WarnStackHook(th, category, msg, stacklevel)
	}
	filename, lineno := "sys", 1
	if f, err := GetFrame(th, stacklevel-1); err == nil {
		if code, ok, _ := GetAttrOK(th, f, "f_code"); ok {
			if fn, ok, _ := GetAttrOK(th, code, "co_filename"); ok && fn.Type() == StrType {
				filename = StrValue(fn)
			}
		}
		if l, ok, _ := GetAttrOK(th, f, "f_lineno"); ok && l.IsSmallInt() {
			lineno = int(l.SmallInt())
		}
	}
	return WarnExplicit(th, ExplicitWarning{Category: category, Message: msg, Filename: filename, Lineno: lineno})
}

// WarnOptions returns sys.warnoptions as CPython builds it: "default" under
// -X dev, then the comma-separated entries of PYTHONWARNINGS (unless -E or
// -I), then the -W options, so that later entries take precedence.
func (interp *Interpreter) WarnOptions() []string {
	opts := &interp.Options
	var out []string
	if _, dev := opts.XOptions["dev"]; dev {
		out = append(out, "default")
	}
	if !opts.IgnoreEnvironment && !opts.Isolated {
		getenv := opts.Getenv
		if getenv == nil {
			getenv = func(string) string { return "" }
		}
		for _, w := range strings.Split(getenv("PYTHONWARNINGS"), ",") {
			if w != "" {
				out = append(out, w)
			}
		}
	}
	return append(out, opts.WarnOptions...)
}
