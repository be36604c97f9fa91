package runtime

import (
	"strings"
)

// This file defines module specs and loaders: the __spec__ and __loader__
// of imported modules, as importlib._bootstrap makes them. Kiln has no
// finders or loaders to customise; these objects describe how a module was
// found (spec.name, spec.origin, spec.parent, ...) with CPython's types,
// attributes and reprs, and module repr is computed from them as
// importlib's _module_repr does.

// ModuleSpecType is importlib.machinery.ModuleSpec.
var ModuleSpecType = NewBuiltinType("ModuleSpec", ObjectType, LayoutObject, FlagBaseType|FlagHasDict)

// The loaders of the three kinds of module Kiln imports. BuiltinImporter
// is used as a class, as in CPython; the others are instantiated per
// module.
var (
	BuiltinImporterType  = NewBuiltinType("BuiltinImporter", ObjectType, LayoutObject, FlagBaseType|FlagHasDict)
	SourceFileLoaderType = NewBuiltinType("SourceFileLoader", ObjectType, LayoutObject, FlagBaseType|FlagHasDict)
	NamespaceLoaderType  = NewBuiltinType("NamespaceLoader", ObjectType, LayoutObject, FlagBaseType|FlagHasDict)
)

// newModuleSpec returns ModuleSpec(name, loader, origin=origin) with the
// package's search locations (a list, or None for a plain module).
// hasLocation says origin is a file.
func newModuleSpec(name string, loader, origin, searchLocations Value, hasLocation bool) Value {
	o := &Object{typ: ModuleSpecType, dict: NewDict()}
	d := o.dict
	d.SetStr("name", NewStr(name))
	d.SetStr("loader", loader)
	d.SetStr("origin", origin)
	d.SetStr("loader_state", None)
	d.SetStr("submodule_search_locations", searchLocations)
	d.SetStr("cached", None)
	d.SetStr("has_location", Bool(hasLocation))
	return ValueOf(o)
}

// newLoader returns an instance of a loader type with the given attributes.
func newLoader(t *Type, attrs map[string]Value) Value {
	o := &Object{typ: t, dict: NewDict()}
	for k, v := range attrs {
		o.dict.SetStr(k, v)
	}
	return ValueOf(o)
}

// setModuleSpec sets m's __spec__ and __loader__.
func setModuleSpec(m *Module, spec Value) {
	loader, _ := spec.header().dict.GetStr("loader")
	m.Set("__spec__", spec)
	m.Set("__loader__", loader)
}

// builtinModuleSpec is the spec of a builtin module.
func builtinModuleSpec(name string) Value {
	return newModuleSpec(name, ValueOf(BuiltinImporterType), NewStr("built-in"), None, false)
}

// sourceModuleSpec is the spec of a module run from the file findModule
// found; path is the package's __path__ list for a package's __init__.py,
// else None.
func sourceModuleSpec(name string, loc moduleLocation, path Value) Value {
	loader := sourceLoader(name, loc)
	return newModuleSpec(name, loader, NewStr(loc.file), path, true)
}

// sourceLoader is the loader of a module's source: a SourceFileLoader, or
// the zipimporter of the archive the file is in.
func sourceLoader(name string, loc moduleLocation) Value {
	if loc.zipped {
		return zipLoader(loc.file)
	}
	return newLoader(SourceFileLoaderType, map[string]Value{"name": NewStr(name), "path": NewStr(loc.file)})
}

// namespaceModuleSpec is the spec of a namespace package.
func namespaceModuleSpec(name string, path Value) Value {
	loader := newLoader(NamespaceLoaderType, map[string]Value{"_path": path})
	return newModuleSpec(name, loader, None, path, false)
}

// moduleSpecRepr is ModuleSpec.__repr__.
func moduleSpecRepr(th *Thread, v Value) (Value, error) {
	d := v.header().dict
	get := func(k string) Value {
		x, ok := d.GetStr(k)
		if !ok {
			return None
		}
		return x
	}
	var b strings.Builder
	b.WriteString(v.Type().Name)
	for i, k := range []string{"name", "loader", "origin", "submodule_search_locations"} {
		x := get(k)
		if i >= 2 && x.IsNone() {
			continue
		}
		r, err := Repr(th, x)
		if err != nil {
			return Value{}, err
		}
		if i == 0 {
			b.WriteByte('(')
		} else {
			b.WriteString(", ")
		}
		b.WriteString(k + "=" + r)
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

// moduleRepr is module.__repr__, as importlib's _module_repr: from the
// spec if there is one, else from __name__, __file__ and __loader__.
func moduleRepr(th *Thread, v Value) (Value, error) {
	attr := func(o Value, name string) (Value, bool) {
		x, ok, err := GetAttrOK(th, o, name)
		return x, ok && err == nil
	}
	reprOf := func(x Value) (string, error) { return Repr(th, x) }
	if spec, ok := attr(v, "__spec__"); ok && !spec.IsNone() {
		name := NewStr("?")
		if n, ok := attr(spec, "name"); ok && !n.IsNone() {
			name = n
		}
		nr, err := reprOf(name)
		if err != nil {
			return Value{}, err
		}
		origin, _ := attr(spec, "origin")
		if !origin.IsValid() || origin.IsNone() {
			loader, _ := attr(spec, "loader")
			switch {
			case !loader.IsValid() || loader.IsNone():
				return NewStr("<module " + nr + ">"), nil
			case loader.Type().IsSubtype(NamespaceLoaderType):
				p, _ := attr(loader, "_path")
				pr, err := reprOf(p)
				if err != nil {
					return Value{}, err
				}
				return NewStr("<module " + nr + " (namespace) from " + pr + ">"), nil
			}
			lr, err := reprOf(loader)
			if err != nil {
				return Value{}, err
			}
			return NewStr("<module " + nr + " (" + lr + ")>"), nil
		}
		if hl, ok := attr(spec, "has_location"); ok && hl.IsTrue() {
			or, err := reprOf(origin)
			if err != nil {
				return Value{}, err
			}
			return NewStr("<module " + nr + " from " + or + ">"), nil
		}
		o, err := StrOf(th, origin)
		if err != nil {
			return Value{}, err
		}
		return NewStr("<module " + nr + " (" + StrValue(o) + ")>"), nil
	}
	name := NewStr("?")
	if n, ok := attr(v, "__name__"); ok {
		name = n
	}
	nr, err := reprOf(name)
	if err != nil {
		return Value{}, err
	}
	if f, ok := attr(v, "__file__"); ok {
		fr, err := reprOf(f)
		if err != nil {
			return Value{}, err
		}
		return NewStr("<module " + nr + " from " + fr + ">"), nil
	}
	if loader, ok := attr(v, "__loader__"); ok && !loader.IsNone() {
		lr, err := reprOf(loader)
		if err != nil {
			return Value{}, err
		}
		return NewStr("<module " + nr + " (" + lr + ")>"), nil
	}
	return NewStr("<module " + nr + ">"), nil
}

// moduleNew is module.__new__: an empty module, named by __init__.
func moduleNew(th *Thread, t *Type, args []Value, kwnames []string) (Value, error) {
	return ValueOf(&Module{Object: Object{typ: t, dict: NewDict()}}), nil
}

// moduleInit is module.__init__(name, doc=None).
func moduleInit(th *Thread, self Value, args []Value, kwnames []string) error {
	var name, doc Value
	if err := UnpackArgs("module", args, kwnames, "name", &name, "doc?", &doc); err != nil {
		return err
	}
	if !isStr(name) {
		return Errorf(TypeError, "module() argument 'name' must be str, not %s", TypeName(name))
	}
	if !doc.IsValid() {
		doc = None
	}
	m := as[Module](self)
	m.Name = StrValue(name)
	m.Set("__name__", name)
	m.Set("__doc__", doc)
	m.Set("__package__", None)
	m.Set("__loader__", None)
	m.Set("__spec__", None)
	return nil
}

func init() {
	ModuleType.New = moduleNew
	ModuleType.Init = moduleInit
	ModuleType.Repr = moduleRepr

	ModuleSpecType.Module = "_frozen_importlib"
	ModuleSpecType.Repr = moduleSpecRepr
	ModuleSpecType.AddGetSet("parent", func(th *Thread, self Value) (Value, error) {
		d := self.header().dict
		name, _ := d.GetStr("name")
		if !isStr(name) {
			return None, nil
		}
		if locs, ok := d.GetStr("submodule_search_locations"); ok && !locs.IsNone() {
			return name, nil
		}
		return NewStr(reverseCutDot(StrValue(name))), nil
	}, nil)
	BuiltinImporterType.Module = "_frozen_importlib"
	SourceFileLoaderType.Module = "_frozen_importlib_external"
	NamespaceLoaderType.Module = "_frozen_importlib_external"
}

// reverseCutDot returns name's part before its last dot ("" if none), as
// name.rpartition('.')[0].
func reverseCutDot(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return ""
}
