// Package warnings implements Python's warnings machinery: the _warnings
// module in Go (warn, warn_explicit, the filters list, the registries) and
// the warnings module in Python (showwarning, formatwarning, the filter
// functions, catch_warnings, -W option parsing), embedded in the binary.
//
// The split is CPython's, for the same reason: warn and warn_explicit are
// native functions, so a warning turned into an exception by the "error"
// action is raised at the caller's line without a frame of the warnings
// module in its traceback; the rest is easier to read as Python.
//
// The package also plugs the runtime's hooks (runtime.WarnExplicitHook,
// runtime.WarnStackHook, runtime.WarnHook), through which Go code issues
// warnings: see runtime.WarnExplicit.
package warnings

import (
	_ "embed"
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
)

//go:embed warnings.py
var warningsSource []byte

func init() {
	runtime.RegisterModule("_warnings", initNativeModule)
	runtime.RegisterPythonModule("warnings", warningsSource)
	runtime.WarnExplicitHook = warnExplicitFromGo
	runtime.WarnStackHook = func(th *runtime.Thread, category *runtime.Type, msg string, stacklevel int) error {
		return doWarn(th, runtime.NewStr(msg), runtime.ValueOf(category), stacklevel, nil, runtime.Value{})
	}
	runtime.WarnHook = func(th *runtime.Thread, category *runtime.Type, msg, filename string, lineno int) error {
		return runtime.WarnExplicit(th, runtime.ExplicitWarning{Category: category, Message: msg, Filename: filename, Lineno: lineno})
	}
	runtime.OnNewInterpreter(importIfOptions)
}

// importIfOptions imports the warnings module at startup when there are
// warning options, as CPython does, so that a bad -W option is reported
// before the program runs.
func importIfOptions(interp *runtime.Interpreter) {
	if len(interp.WarnOptions()) == 0 {
		return
	}
	th := interp.MainThread()
	if _, err := runtime.ImportModule(th, "warnings"); err != nil {
		th.FlushStdout()
		_, _ = interp.Options.Stderr.Write([]byte(runtime.FormatExceptionOnly(th, runtime.AsException(err))))
	}
}

// initNativeModule creates _warnings: the default filters, the "once"
// registry, the default action and the native functions.
func initNativeModule(th *runtime.Thread, m *runtime.Module) error {
	filter := func(action string, category *runtime.Type, module runtime.Value) runtime.Value {
		if !module.IsValid() {
			module = runtime.None
		}
		return runtime.NewTuple([]runtime.Value{runtime.NewStr(action), runtime.None, runtime.ValueOf(category), module, runtime.Int(0)})
	}
	var filters []runtime.Value
	if _, track := th.Interp.Options.XOptions["track-resources"]; track {
		// Kiln's -X track-resources shows the ResourceWarnings it exists
		// for; -W options still take precedence.
		filters = append(filters, filter("default", runtime.ResourceWarning, runtime.Value{}))
	}
	filters = append(filters,
		filter("default", runtime.DeprecationWarning, runtime.NewStr("__main__")),
		filter("ignore", runtime.DeprecationWarning, runtime.Value{}),
		filter("ignore", runtime.PendingDeprecation, runtime.Value{}),
		filter("ignore", runtime.ImportWarning, runtime.Value{}),
		filter("ignore", runtime.ResourceWarning, runtime.Value{}))
	m.Set("filters", runtime.NewList(filters))
	m.Set("_defaultaction", runtime.NewStr("default"))
	m.Set("_onceregistry", runtime.ValueOf(runtime.NewDict()))
	m.Set(versionAttr, runtime.Int(0))
	m.AddFunction("warn", pyWarn)
	m.AddFunction("warn_explicit", pyWarnExplicit)
	m.AddFunction("_filters_mutated", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.CheckArgCount("_filters_mutated", args, kwnames, 0, 0); err != nil {
			return runtime.Value{}, err
		}
		v := m.Get(versionAttr)
		m.Set(versionAttr, runtime.Int(v.SmallInt()+1))
		return runtime.None, nil
	})
	m.AddFunction("_getline", func(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var filename, lineno runtime.Value
		if err := runtime.UnpackArgs("_getline", args, kwnames, "filename", &filename, "lineno", &lineno); err != nil {
			return runtime.Value{}, err
		}
		n, err := runtime.AsInt(th, lineno)
		if err != nil || filename.Type().Layout != runtime.LayoutStr {
			return runtime.NewStr(""), nil
		}
		line := th.Interp.SourceLine(runtime.StrValue(filename), int(n))
		if line != "" {
			line += "\n"
		}
		return runtime.NewStr(line), nil
	})
	return nil
}

// versionAttr is the _warnings attribute counting filter changes: a
// registry remembers the version it was filled under and is cleared when
// the filters have changed since.
const versionAttr = "_filters_version"

// modules returns the _warnings module and the warnings module (importing
// it, which processes sys.warnoptions the first time).
func modules(th *runtime.Thread) (native, py runtime.Value, err error) {
	if py, err = runtime.ImportModule(th, "warnings"); err != nil {
		return
	}
	native, err = runtime.ImportModule(th, "_warnings")
	return
}

// pyWarn is warnings.warn(message, category=None, stacklevel=1,
// source=None, *, skip_file_prefixes=()).
func pyWarn(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var message, category, stacklevel, source, skip runtime.Value
	if err := runtime.UnpackArgs("warn", args, kwnames, "message", &message, "category?", &category,
		"stacklevel?", &stacklevel, "source?", &source, "$skip_file_prefixes?", &skip); err != nil {
		return runtime.Value{}, err
	}
	level := int64(1)
	if stacklevel.IsValid() {
		var err error
		if level, err = runtime.AsInt(th, stacklevel); err != nil {
			return runtime.Value{}, err
		}
	}
	var prefixes []string
	if skip.IsValid() {
		if skip.Type() != runtime.TupleType {
			return runtime.Value{}, runtime.Errorf(runtime.TypeError, "warn() argument 'skip_file_prefixes' must be tuple, not %s", runtime.TypeName(skip))
		}
		for _, p := range runtime.TupleItems(skip) {
			if p.Type().Layout != runtime.LayoutStr {
				return runtime.Value{}, runtime.Errorf(runtime.TypeError, "Found non-str '%s' in skip_file_prefixes.", runtime.TypeName(p))
			}
			prefixes = append(prefixes, runtime.StrValue(p))
		}
		if len(prefixes) > 0 && level < 2 {
			level = 2
		}
	}
	cat, err := warnCategory(th, message, category)
	if err != nil {
		return runtime.Value{}, err
	}
	if source.IsValid() && source.IsNone() {
		source = runtime.Value{}
	}
	return runtime.None, doWarn(th, message, cat, int(level), prefixes, source)
}

// warnCategory is the category of warn(message, category): the message's
// class if it is a Warning instance, UserWarning if none is given.
func warnCategory(th *runtime.Thread, message, category runtime.Value) (runtime.Value, error) {
	if ok, err := runtime.IsInstance(th, message, runtime.ValueOf(runtime.Warning)); err != nil {
		return runtime.Value{}, err
	} else if ok {
		return runtime.ValueOf(message.Type()), nil
	}
	if !category.IsValid() || category.IsNone() {
		return runtime.ValueOf(runtime.UserWarning), nil
	}
	t, ok := runtime.AsType(category)
	if !ok || !t.IsSubtype(runtime.Warning) {
		return runtime.Value{}, runtime.Errorf(runtime.TypeError, "category must be a Warning subclass, not '%s'", category.Type().Name)
	}
	return category, nil
}

// doWarn finds the frame stacklevel levels up (1 is the caller of warn),
// skipping frames whose file starts with one of prefixes, and warns there
// with that module's registry.
func doWarn(th *runtime.Thread, message, category runtime.Value, stacklevel int, prefixes []string, source runtime.Value) error {
	var frame runtime.Value
	depth := 0
	skipped := func(f runtime.Value) bool {
		if len(prefixes) == 0 {
			return false
		}
		name := frameFilename(th, f)
		for _, p := range prefixes {
			if strings.HasPrefix(name, p) {
				return true
			}
		}
		return false
	}
	f, err := runtime.GetFrame(th, 0)
	if err == nil {
		frame = f
		for level := stacklevel; level > 1 && frame.IsValid(); level-- {
			for {
				depth++
				if frame, err = runtime.GetFrame(th, depth); err != nil {
					frame = runtime.Value{}
					break
				}
				if stacklevel <= 0 || !skipped(frame) {
					break
				}
			}
		}
	}
	var globals *runtime.Dict
	filename, lineno := "sys", 1
	if frame.IsValid() {
		g, err := runtime.GetAttr(th, frame, "f_globals")
		if err != nil {
			return err
		}
		globals = (*runtime.Dict)(g.Pointer())
		filename = frameFilename(th, frame)
		if l, err := runtime.GetAttr(th, frame, "f_lineno"); err == nil && l.IsSmallInt() {
			lineno = int(l.SmallInt())
		}
	} else {
		globals = th.Interp.SysModule().Dict()
	}
	registry, ok := globals.GetStr("__warningregistry__")
	if !ok {
		registry = runtime.ValueOf(runtime.NewDict())
		globals.SetStr("__warningregistry__", registry)
	}
	module, ok := globals.GetStr("__name__")
	if !ok || !module.IsNone() && module.Type().Layout != runtime.LayoutStr {
		module = runtime.NewStr("<string>")
	}
	return warnExplicit(th, explicit{message: message, category: category, filename: runtime.NewStr(filename),
		lineno: lineno, module: module, registry: registry, source: source})
}

func frameFilename(th *runtime.Thread, frame runtime.Value) string {
	code, err := runtime.GetAttr(th, frame, "f_code")
	if err != nil {
		return ""
	}
	fn, err := runtime.GetAttr(th, code, "co_filename")
	if err != nil || fn.Type().Layout != runtime.LayoutStr {
		return ""
	}
	return runtime.StrValue(fn)
}

// pyWarnExplicit is warnings.warn_explicit(message, category, filename,
// lineno, module=None, registry=None, module_globals=None, source=None).
func pyWarnExplicit(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var message, category, filename, lineno, module, registry, globals, source runtime.Value
	if err := runtime.UnpackArgs("warn_explicit", args, kwnames, "message", &message, "category", &category,
		"filename", &filename, "lineno", &lineno, "module?", &module, "registry?", &registry,
		"module_globals?", &globals, "source?", &source); err != nil {
		return runtime.Value{}, err
	}
	if filename.Type().Layout != runtime.LayoutStr {
		return runtime.Value{}, runtime.Errorf(runtime.TypeError, "warn_explicit() argument 'filename' must be str, not %s", runtime.TypeName(filename))
	}
	n, err := runtime.AsInt(th, lineno)
	if err != nil {
		return runtime.Value{}, err
	}
	if globals.IsValid() && !globals.IsNone() && globals.Type().Layout != runtime.LayoutDict {
		return runtime.Value{}, runtime.Errorf(runtime.TypeError, "module_globals must be a dict, not '%s'", runtime.TypeName(globals))
	}
	if source.IsValid() && source.IsNone() {
		source = runtime.Value{}
	}
	return runtime.None, warnExplicit(th, explicit{message: message, category: category, filename: filename,
		lineno: int(n), module: module, registry: registry, source: source})
}

// warnExplicitFromGo is runtime.WarnExplicit.
func warnExplicitFromGo(th *runtime.Thread, w runtime.ExplicitWarning) error {
	module := runtime.Value{}
	if w.Module != "" {
		module = runtime.NewStr(w.Module)
	}
	return warnExplicit(th, explicit{message: runtime.NewStr(w.Message), category: runtime.ValueOf(w.Category),
		filename: runtime.NewStr(w.Filename), lineno: w.Lineno, module: module, source: w.Source, trailer: w.Trailer,
		omitLine: w.OmitSourceLine})
}

// explicit holds the arguments of warn_explicit. Zero Values mean "not
// given"; trailer is the Go callers' text printed after the warning.
type explicit struct {
	message, category, filename runtime.Value
	lineno                      int
	module, registry, source    runtime.Value
	trailer                     string
	omitLine                    bool
}

// warnExplicit is the heart of the machinery: the registry check, the
// filter lookup and the action.
func warnExplicit(th *runtime.Thread, a explicit) error {
	native, py, err := modules(th)
	if err != nil {
		return err
	}
	module := a.module
	if !module.IsValid() || module.IsNone() {
		name := runtime.StrValue(a.filename)
		if name == "" {
			name = "<unknown>"
		} else if strings.HasSuffix(strings.ToLower(name), ".py") {
			name = name[:len(name)-3]
		}
		module = runtime.NewStr(name)
	}
	message, category := a.message, a.category
	var text runtime.Value
	if ok, err := runtime.IsInstance(th, message, runtime.ValueOf(runtime.Warning)); err != nil {
		return err
	} else if ok {
		if text, err = runtime.StrOf(th, message); err != nil {
			return err
		}
		category = runtime.ValueOf(message.Type())
	} else {
		text = message
		if message, err = runtime.Call(th, category, []runtime.Value{message}, nil); err != nil {
			return err
		}
	}
	lineno := runtime.Int(int64(a.lineno))
	key := runtime.NewTuple([]runtime.Value{text, category, lineno})
	version, _ := runtime.GetAttr(th, native, versionAttr)
	var registry *runtime.Dict
	if a.registry.IsValid() && !a.registry.IsNone() {
		if a.registry.Type().Layout != runtime.LayoutDict {
			return runtime.Errorf(runtime.TypeError, "'registry' must be a dict or None")
		}
		registry = (*runtime.Dict)(a.registry.Pointer())
		if warned, err := alreadyWarned(th, registry, key, version, false); err != nil || warned {
			return err
		}
	}

	action, item, err := findAction(th, native, py, text, category, module, a.lineno)
	if err != nil {
		return err
	}
	switch action {
	case "error":
		if message.Type().Layout != runtime.LayoutException {
			return runtime.Errorf(runtime.TypeError, "exceptions must derive from BaseException")
		}
		return (*runtime.Exception)(message.Pointer())
	case "ignore":
		return nil
	}
	if action != "always" {
		if registry != nil {
			if err := registry.Set(th, key, runtime.True); err != nil {
				return err
			}
		}
		warned := false
		switch action {
		case "once":
			reg := registry
			if reg == nil {
				once, err := runtime.GetAttr(th, py, "onceregistry")
				if err != nil {
					return err
				}
				if once.Type().Layout != runtime.LayoutDict {
					return runtime.Errorf(runtime.TypeError, "warnings.onceregistry must be a dict, not '%s'", runtime.TypeName(once))
				}
				reg = (*runtime.Dict)(once.Pointer())
			}
			warned, err = alreadyWarned(th, reg, runtime.NewTuple([]runtime.Value{text, category}), version, true)
		case "module":
			if registry != nil {
				warned, err = alreadyWarned(th, registry, runtime.NewTuple([]runtime.Value{text, category, runtime.Int(0)}), version, true)
			}
		case "default":
		default:
			r, rerr := runtime.Repr(th, item)
			if rerr != nil {
				return rerr
			}
			return runtime.Errorf(runtime.RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s", strRepr(th, action), r)
		}
		if err != nil || warned {
			return err
		}
	}
	return show(th, py, message, category, a.filename, lineno, a.source, a.trailer, a.omitLine)
}

func strRepr(th *runtime.Thread, s string) string {
	r, _ := runtime.Repr(th, runtime.NewStr(s))
	return r
}

// alreadyWarned reports whether key is set in registry, first clearing a
// registry filled under an older filters version. With set, it records
// key.
func alreadyWarned(th *runtime.Thread, registry *runtime.Dict, key, version runtime.Value, set bool) (bool, error) {
	if v, ok := registry.GetStr("version"); !ok || !v.IsSmallInt() || v.SmallInt() != version.SmallInt() {
		registry.Clear()
		registry.SetStr("version", version)
	} else if got, ok, err := registry.Get(th, key); err != nil {
		return false, err
	} else if ok {
		if t, err := runtime.Truth(th, got); err != nil || t {
			return t, err
		}
	}
	if set {
		return false, registry.Set(th, key, runtime.True)
	}
	return false, nil
}

// findAction returns the action of the first filter matching the warning
// (warnings.filters, which catch_warnings may have replaced), or the
// default action.
func findAction(th *runtime.Thread, native, py, text, category, module runtime.Value, lineno int) (string, runtime.Value, error) {
	filters, err := runtime.GetAttr(th, py, "filters")
	if err != nil {
		return "", runtime.Value{}, err
	}
	if filters.Type().Layout != runtime.LayoutList {
		return "", runtime.Value{}, runtime.Errorf(runtime.ValueError, "_warnings.filters must be a list")
	}
	items := runtime.ListItems(filters)
	for i := 0; i < len(items); i++ {
		item := items[i]
		if item.Type().Layout != runtime.LayoutTuple || len(runtime.TupleItems(item)) != 5 {
			return "", runtime.Value{}, runtime.Errorf(runtime.ValueError, "_warnings.filters item %d isn't a 5-tuple", i)
		}
		f := runtime.TupleItems(item)
		if f[0].Type().Layout != runtime.LayoutStr {
			return "", runtime.Value{}, runtime.Errorf(runtime.TypeError, "action must be a string, not '%s'", runtime.TypeName(f[0]))
		}
		goodMsg, err := matches(th, f[1], text)
		if err != nil {
			return "", runtime.Value{}, err
		}
		goodMod, err := matches(th, f[3], module)
		if err != nil {
			return "", runtime.Value{}, err
		}
		isSub, err := runtime.IsSubclass(th, category, f[2])
		if err != nil {
			return "", runtime.Value{}, err
		}
		ln, err := runtime.AsInt(th, f[4])
		if err != nil {
			return "", runtime.Value{}, err
		}
		if goodMsg && goodMod && isSub && (ln == 0 || int64(lineno) == ln) {
			return runtime.StrValue(f[0]), item, nil
		}
		items = runtime.ListItems(filters) // a match() may have changed the list
	}
	action, err := runtime.GetAttr(th, py, "defaultaction")
	if err != nil {
		return "", runtime.Value{}, err
	}
	if action.Type().Layout != runtime.LayoutStr {
		return "", runtime.Value{}, runtime.Errorf(runtime.TypeError, "_warnings.defaultaction must be a string, not '%s'", runtime.TypeName(action))
	}
	return runtime.StrValue(action), runtime.None, nil
}

// matches applies a filter's message or module field: None matches
// everything, a plain str (the default filters) must be equal, anything
// else is a compiled pattern whose match method decides.
func matches(th *runtime.Thread, pattern, s runtime.Value) (bool, error) {
	if pattern.IsNone() {
		return true, nil
	}
	if pattern.Type() == runtime.StrType {
		return s.Type().Layout == runtime.LayoutStr && runtime.StrValue(pattern) == runtime.StrValue(s), nil
	}
	r, err := runtime.CallMethod(th, pattern, "match", s)
	if err != nil {
		return false, err
	}
	return runtime.Truth(th, r)
}

// show builds a WarningMessage and passes it to warnings._showwarnmsg.
func show(th *runtime.Thread, py, message, category, filename, lineno, source runtime.Value, trailer string, omitLine bool) error {
	showFn, err := runtime.GetAttr(th, py, "_showwarnmsg")
	if err != nil {
		return err
	}
	cls, err := runtime.GetAttr(th, py, "WarningMessage")
	if err != nil {
		return err
	}
	if !source.IsValid() {
		source = runtime.None
	}
	line := runtime.None
	if omitLine {
		line = runtime.NewStr("")
	}
	msg, err := runtime.Call(th, cls, []runtime.Value{message, category, filename, lineno, runtime.None, line, source}, nil)
	if err != nil {
		return err
	}
	if trailer != "" {
		if err := runtime.SetAttr(th, msg, "_trailer", runtime.NewStr(trailer)); err != nil {
			return err
		}
	}
	_, err = runtime.Call(th, showFn, []runtime.Value{msg}, nil)
	return err
}
