package runtime

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// This file implements the import system with CPython 3.12's semantics
// (importlib._bootstrap's __import__, _gcd_import, _find_and_load and
// _handle_fromlist, and ceval's IMPORT_FROM and import *): the sys.modules
// cache, then builtin modules, then source files and packages found on
// sys.path (or on the parent package's __path__), including namespace
// packages. Module code runs through ExecSource with the module's
// namespace as globals. There are no bytecode caches. Modules get
// __spec__ and __loader__ (modspec.go); the "partially initialized" state
// that CPython keeps in __spec__._initializing is kept in moduleState.

// Import is __import__(name, globals, None, fromlist, level), as the
// IMPORTNAME instruction and the builtin __import__ call it.
func Import(th *Thread, name string, globals *Dict, fromlist []string, level int) (Value, error) {
	if level < 0 {
		return Value{}, Errorf(ValueError, "level must be >= 0")
	}
	absName := name
	if level > 0 {
		pkg, err := importPackageOf(th, globals)
		if err != nil {
			return Value{}, err
		}
		if absName, err = importResolveName(name, pkg, level); err != nil {
			return Value{}, err
		}
	} else if name == "" {
		return Value{}, Errorf(ValueError, "Empty module name")
	}
	mod, err := importAbsolute(th, absName)
	if err != nil {
		return Value{}, err
	}
	if len(fromlist) == 0 {
		if level == 0 {
			head, _, _ := strings.Cut(name, ".")
			return importGetModule(th, head)
		}
		if name == "" {
			return mod, nil
		}
		// Return the module named by the first component of name, counted
		// from the end of the absolute name.
		head, _, _ := strings.Cut(name, ".")
		cut := len(name) - len(head)
		return importGetModule(th, absName[:len(absName)-cut])
	}
	if _, isPkg, err := GetAttrOK(th, mod, "__path__"); err != nil {
		return Value{}, err
	} else if isPkg {
		items := make([]Value, len(fromlist))
		for i, s := range fromlist {
			items[i] = NewStr(s)
		}
		if err := importHandleFromlist(th, mod, items, false); err != nil {
			return Value{}, err
		}
	}
	return mod, nil
}

// ImportModule imports the module with the absolute dotted name and returns
// it (not its top-level package), as importlib.import_module does.
func ImportModule(th *Thread, name string) (Value, error) {
	if name == "" {
		return Value{}, Errorf(ValueError, "Empty module name")
	}
	return importAbsolute(th, name)
}

// importGetModule returns sys.modules[name].
func importGetModule(th *Thread, name string) (Value, error) {
	v, ok, err := th.Interp.Modules.Get(th, NewStr(name))
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(KeyError, "%s", strRepr(name))
	}
	return v, nil
}

// importPackageOf computes the package a relative import is relative to,
// from the importing module's globals (__package__, else __spec__.parent,
// else __name__ and __path__), as _calc___package__ does.
func importPackageOf(th *Thread, globals *Dict) (string, error) {
	if globals == nil {
		return "", Errorf(KeyError, "'__name__' not in globals")
	}
	if pkg, ok := globals.GetStr("__package__"); ok && !pkg.IsNone() {
		if pkg.Type().Layout != LayoutStr {
			return "", Errorf(TypeError, "package must be a string")
		}
		return StrValue(pkg), nil
	}
	if spec, ok := globals.GetStr("__spec__"); ok && !spec.IsNone() {
		parent, err := GetAttr(th, spec, "parent")
		if err != nil {
			return "", err
		}
		if parent.Type().Layout != LayoutStr {
			return "", Errorf(TypeError, "__spec__.parent must be a string")
		}
		return StrValue(parent), nil
	}
	name, ok := globals.GetStr("__name__")
	if !ok {
		return "", Errorf(KeyError, "'__name__' not in globals")
	}
	if name.Type().Layout != LayoutStr {
		return "", Errorf(TypeError, "__name__ must be a string")
	}
	pkg := StrValue(name)
	if _, isPkg := globals.GetStr("__path__"); !isPkg {
		if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
			pkg = pkg[:i]
		} else {
			pkg = ""
		}
	}
	return pkg, nil
}

// importResolveName turns a relative module name into an absolute one.
func importResolveName(name, pkg string, level int) (string, error) {
	if pkg == "" {
		return "", Errorf(ImportError, "attempted relative import with no known parent package")
	}
	base := pkg
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", Errorf(ImportError, "attempted relative import beyond top-level package")
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// importAbsolute returns the module with the absolute name, importing it
// and its parent packages if they are not in sys.modules yet.
func importAbsolute(th *Thread, name string) (Value, error) {
	interp := th.Interp
	key := NewStr(name)
	mod, ok, err := interp.Modules.Get(th, key)
	if err != nil {
		return Value{}, err
	}
	if ok {
		if mod.IsNone() {
			return Value{}, importNotFound(th, fmt.Sprintf("import of %s halted; None in sys.modules", name), name)
		}
		return mod, nil
	}
	var path Value // the parent package's __path__, or zero for sys.path
	var parentMod Value
	parent, child := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, child = name[:i], name[i+1:]
		if parentMod, err = importAbsolute(th, parent); err != nil {
			return Value{}, err
		}
		// Importing the parent may have imported the child.
		if mod, ok, err := interp.Modules.Get(th, key); err != nil || ok {
			return mod, err
		}
		p, isPkg, err := GetAttrOK(th, parentMod, "__path__")
		if err != nil {
			return Value{}, err
		}
		if !isPkg {
			return Value{}, importNotFound(th, fmt.Sprintf("No module named %s; %s is not a package", strRepr(name), strRepr(parent)), name)
		}
		path = p
	}
	var found bool
	if parent == "" {
		mod, found, err = loadBuiltinModule(th, name)
		if err != nil {
			return Value{}, err
		}
	}
	if !found {
		mod, found, err = importFromPath(th, name, child, path)
		if err != nil {
			return Value{}, err
		}
	}
	if !found {
		return Value{}, importNotFound(th, fmt.Sprintf("No module named %s", strRepr(name)), name)
	}
	if parentMod.IsValid() {
		if err := SetAttr(th, parentMod, child, mod); err != nil {
			return Value{}, err
		}
	}
	return mod, nil
}

// importFromPath imports child (the last part of name) from the
// directories of path (a list of str; zero means sys.path), as findModule
// finds it. It reports false if there is no such module.
func importFromPath(th *Thread, name, child string, path Value) (Value, bool, error) {
	loc, found, err := findModule(th, child, path)
	if err != nil || !found {
		return Value{}, false, err
	}
	if loc.file != "" {
		mod, err := importExecFile(th, name, loc)
		return mod, true, err
	}
	m := NewModule(name)
	m.Set("__package__", NewStr(name))
	m.Set("__file__", None)
	items := make([]Value, len(loc.nsDirs))
	for i, d := range loc.nsDirs {
		items[i] = NewStr(d)
	}
	nsPath := NewList(items)
	m.Set("__path__", nsPath)
	setModuleSpec(m, namespaceModuleSpec(name, nsPath))
	mv := ValueOf(m)
	return mv, true, th.Interp.Modules.Set(th, NewStr(name), mv)
}

// moduleLocation says where findModule found a module's source.
type moduleLocation struct {
	file   string   // the source to run: child.py or a package's __init__.py ("" for a namespace package)
	pkgDir string   // the package's directory, for a package
	nsDirs []string // the directories of a namespace package
	zipped bool     // file is a member of a zip archive (import_zip.go)
}

// findModule searches the directories of path (a list of str; zero means
// sys.path) for child: a package directory with __init__.py, then
// child.py. A directory without __init__.py is remembered and, if nothing
// else matches, makes a namespace package spanning all such directories.
func findModule(th *Thread, child string, path Value) (moduleLocation, bool, error) {
	if !path.IsValid() {
		sysPath, ok := th.Interp.mods.sys.dict.GetStr("path")
		if !ok {
			return moduleLocation{}, false, Errorf(ImportError, "sys.path must be a list of directory names")
		}
		path = sysPath
	}
	dirs, err := ToSlice(th, path)
	if err != nil {
		return moduleLocation{}, false, err
	}
	var namespaceDirs []string
	for _, d := range dirs {
		if d.Type().Layout != LayoutStr {
			continue
		}
		dir := StrValue(d)
		if dir == "" {
			if dir, err = syscall.Getwd(); err != nil {
				continue
			}
		}
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			if loc, ok := findInZip(dir, child); ok {
				return loc, true, nil
			}
			continue
		}
		pkgDir := filepath.Join(dir, child)
		isDir := false
		if st, err := os.Stat(pkgDir); err == nil && st.IsDir() {
			isDir = true
			initFile := filepath.Join(pkgDir, "__init__.py")
			if st, err := os.Stat(initFile); err == nil && !st.IsDir() {
				return moduleLocation{file: initFile, pkgDir: pkgDir}, true, nil
			}
		}
		file := filepath.Join(dir, child+".py")
		if st, err := os.Stat(file); err == nil && !st.IsDir() {
			return moduleLocation{file: file}, true, nil
		}
		if isDir {
			namespaceDirs = append(namespaceDirs, pkgDir)
		}
	}
	if namespaceDirs == nil {
		return moduleLocation{}, false, nil
	}
	return moduleLocation{nsDirs: namespaceDirs}, true, nil
}

// importExecFile creates the module name from the source file findModule
// found, enters it in sys.modules and runs it. As in
// CPython the module is in sys.modules while its code runs (so circular
// imports see it partially initialised) and is removed if the code raises.
func importExecFile(th *Thread, name string, loc moduleLocation) (Value, error) {
	interp := th.Interp
	file := loc.file
	src, err := readModuleSource(loc)
	if err != nil {
		return Value{}, oserrorFromGo(err, file)
	}
	m := NewModule(name)
	initModuleAttrs(interp, m, loc)
	mv := ValueOf(m)
	key := NewStr(name)
	if err := interp.Modules.Set(th, key, mv); err != nil {
		return Value{}, err
	}
	if err := execModuleSource(th, m, file, src); err != nil {
		interp.Modules.Delete(th, key)
		return Value{}, err
	}
	mod, ok, err := interp.Modules.Get(th, key)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(ImportError, "Loaded module %s not found in sys.modules", name)
	}
	return mod, nil
}

// initModuleAttrs sets the attributes a module from a source file has
// before its code runs.
func initModuleAttrs(interp *Interpreter, m *Module, loc moduleLocation) {
	file := loc.file
	pkg := m.Name
	path := None
	if loc.pkgDir != "" {
		path = NewList([]Value{NewStr(loc.pkgDir)})
		m.Set("__path__", path)
	} else if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
		pkg = pkg[:i]
	} else {
		pkg = ""
	}
	m.Set("__package__", NewStr(pkg))
	setModuleSpec(m, sourceModuleSpec(m.Name, loc, path))
	m.Set("__file__", NewStr(file))
	m.Set("__cached__", None)
	m.Set("__builtins__", ValueOf(interp.Builtins))
}

// importNotFound returns ModuleNotFoundError(msg, name=name).
func importNotFound(th *Thread, msg, name string) error {
	return importErrorWith(th, ModuleNotFoundError, msg, NewStr(name), None)
}

// importErrorWith returns an ImportError of type t with its name and path
// attributes set.
func importErrorWith(th *Thread, t *Type, msg string, name, path Value) error {
	e := NewException(t, NewStr(msg))
	e.setField("msg", NewStr(msg))
	e.setField("name", name)
	e.setField("path", path)
	return e
}

// importHandleFromlist imports the submodules of the package mod named in
// fromlist that are not attributes of mod yet ("*" stands for __all__), as
// _handle_fromlist does. A submodule that does not exist is not an error:
// IMPORT_FROM reports the missing name.
func importHandleFromlist(th *Thread, mod Value, fromlist []Value, recursive bool) error {
	modName, err := importModuleName(th, mod)
	if err != nil {
		return err
	}
	for _, x := range fromlist {
		if x.Type().Layout != LayoutStr {
			if recursive {
				return Errorf(TypeError, "Item in %s.__all__ must be str, not %s", modName, TypeName(x))
			}
			return Errorf(TypeError, "Item in ``from list'' must be str, not %s", TypeName(x))
		}
		s := StrValue(x)
		if s == "*" {
			if recursive {
				continue
			}
			all, ok, err := GetAttrOK(th, mod, "__all__")
			if err != nil {
				return err
			}
			if ok {
				names, err := ToSlice(th, all)
				if err != nil {
					return err
				}
				if err := importHandleFromlist(th, mod, names, true); err != nil {
					return err
				}
			}
			continue
		}
		if _, ok, err := GetAttrOK(th, mod, s); err != nil {
			return err
		} else if ok {
			continue
		}
		fromName := modName + "." + s
		if _, err := importAbsolute(th, fromName); err != nil {
			if IsInstanceOf(err, ModuleNotFoundError) && importErrorName(th, err) == fromName {
				if v, ok, _ := th.Interp.Modules.Get(th, NewStr(fromName)); !ok || !v.IsNone() {
					continue
				}
			}
			return err
		}
	}
	return nil
}

// importModuleName returns mod.__name__ as a Go string.
func importModuleName(th *Thread, mod Value) (string, error) {
	n, err := GetAttr(th, mod, "__name__")
	if err != nil {
		return "", err
	}
	if n.Type().Layout != LayoutStr {
		return "", Errorf(TypeError, "module __name__ must be a string, not %s", TypeName(n))
	}
	return StrValue(n), nil
}

// importErrorName returns the name attribute of an ImportError, or "".
func importErrorName(th *Thread, err error) string {
	e := AsException(err)
	if n := e.field("name"); n.Type().Layout == LayoutStr {
		return StrValue(n)
	}
	return ""
}

// ImportFrom implements `from module import name` for one name (CPython's
// IMPORT_FROM): the attribute, else the submodule module.name already in
// sys.modules (a circular import may not have set the attribute yet), else
// ImportError with CPython's messages.
func ImportFrom(th *Thread, module Value, name string) (Value, error) {
	v, ok, err := GetAttrOK(th, module, name)
	if err != nil || ok {
		return v, err
	}
	pkgName := "<unknown module name>"
	nameVal, ok, _ := GetAttrOK(th, module, "__name__")
	if ok && nameVal.Type().Layout == LayoutStr {
		pkgName = StrValue(nameVal)
		if sub, ok, err := th.Interp.Modules.Get(th, NewStr(pkgName+"."+name)); err != nil || ok {
			return sub, err
		}
	} else {
		nameVal = None
	}
	path := None
	if f, ok, _ := GetAttrOK(th, module, "__file__"); ok && f.Type().Layout == LayoutStr {
		path = f
	}
	var msg string
	switch {
	case path.IsNone():
		msg = fmt.Sprintf("cannot import name %s from %s (unknown location)", strRepr(name), strRepr(pkgName))
	case th.Interp.mods.initializing[pkgName]:
		msg = fmt.Sprintf("cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)", strRepr(name), strRepr(pkgName), StrValue(path))
	default:
		msg = fmt.Sprintf("cannot import name %s from %s (%s)", strRepr(name), strRepr(pkgName), StrValue(path))
	}
	return Value{}, importErrorWith(th, ImportError, msg, nameVal, path)
}

// ImportStar implements `from module import *` into globals: the names in
// module.__all__ if it exists, else every name of the module's namespace
// that does not start with an underscore.
func ImportStar(th *Thread, module Value, globals *Dict) error {
	all, hasAll, err := GetAttrOK(th, module, "__all__")
	if err != nil {
		return err
	}
	var names []Value
	if hasAll {
		if names, err = ToSlice(th, all); err != nil {
			return err
		}
	} else {
		d, ok, err := GetAttrOK(th, module, "__dict__")
		if err != nil {
			return err
		}
		if !ok && module.Type().Layout == LayoutModule {
			d, ok = ValueOf(module.header().dict), true
		}
		if !ok {
			return Errorf(ImportError, "from-import-* object has no __dict__ and no __all__")
		}
		if d.Type().Layout == LayoutDict {
			names = as[Dict](d).Keys()
		} else if names, err = ToSlice(th, d); err != nil {
			return err
		}
	}
	for _, n := range names {
		if n.Type().Layout != LayoutStr {
			modName, _ := importModuleName(th, module)
			if hasAll {
				return Errorf(TypeError, "Item in %s.__all__ must be str, not %s", modName, TypeName(n))
			}
			return Errorf(TypeError, "Key in %s.__dict__ must be str, not %s", modName, TypeName(n))
		}
		s := StrValue(n)
		if !hasAll && strings.HasPrefix(s, "_") {
			continue
		}
		v, err := GetAttr(th, module, s)
		if err != nil {
			return err
		}
		if err := globals.Set(th, n, v); err != nil {
			return err
		}
	}
	return nil
}

// The importlib module: import_module and reload.
// importlibModuleInit makes the importlib module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func importlibModuleInit(th *Thread, m *Module) error {
	m.AddFunction("import_module", importlibImportModule)
	m.AddFunction("reload", importlibReload)
	m.AddFunction("invalidate_caches", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return None, CheckArgCount("invalidate_caches", args, kwnames, 0, 0)
	})
	return nil
}

// importlibImportModule is importlib.import_module(name, package=None).
func importlibImportModule(th *Thread, args []Value, kwnames []string) (Value, error) {
	var nameV, pkgV Value
	if err := UnpackArgs("import_module", args, kwnames, "name", &nameV, "package?", &pkgV); err != nil {
		return Value{}, err
	}
	if nameV.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "module name must be str, not %s", TypeName(nameV))
	}
	name := StrValue(nameV)
	level := 0
	for level < len(name) && name[level] == '.' {
		level++
	}
	if level == 0 {
		return ImportModule(th, name)
	}
	if !pkgV.IsValid() || pkgV.IsNone() || (pkgV.Type().Layout == LayoutStr && StrValue(pkgV) == "") {
		return Value{}, Errorf(TypeError, "the 'package' argument is required to perform a relative import for %s", strRepr(name))
	}
	if pkgV.Type().Layout != LayoutStr {
		return Value{}, Errorf(TypeError, "__package__ not set to a string")
	}
	abs, err := importResolveName(name[level:], StrValue(pkgV), level)
	if err != nil {
		return Value{}, err
	}
	return ImportModule(th, abs)
}

// importlibReload is importlib.reload(module): it runs the module's source
// file again in the existing namespace.
func importlibReload(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := CheckArgCount("reload", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	mod := args[0]
	if mod.Type().Layout != LayoutModule {
		return Value{}, Errorf(TypeError, "reload() argument must be a module")
	}
	m := as[Module](mod)
	name, err := importModuleName(th, mod)
	if err != nil {
		return Value{}, err
	}
	cur, ok, err := th.Interp.Modules.Get(th, NewStr(name))
	if err != nil {
		return Value{}, err
	}
	if !ok || !Is(cur, mod) {
		return Value{}, importErrorWith(th, ImportError, fmt.Sprintf("module %s not in sys.modules", name), NewStr(name), None)
	}
	if def, ok := lookupBuiltinModule(name); ok {
		if def.init != nil {
			return mod, def.init(th, m)
		}
		return mod, execModuleSource(th, m, "<frozen "+name+">", def.code())
	}
	file, ok := m.dict.GetStr("__file__")
	if !ok || file.Type().Layout != LayoutStr {
		return Value{}, importNotFound(th, fmt.Sprintf("spec not found for the module %s", strRepr(name)), name)
	}
	src, err2 := os.ReadFile(StrValue(file))
	if err2 != nil {
		return Value{}, oserrorFromGo(err2, StrValue(file))
	}
	if err := execModuleSource(th, m, StrValue(file), src); err != nil {
		return Value{}, err
	}
	return importGetModule(th, name)
}
