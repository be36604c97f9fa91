package runtime

import (
	"path/filepath"
	"testing"
)

func TestModuleSpecsAndRepr(t *testing.T) {
	th, dir, _ := importFixture(t, map[string]string{
		"plain.py":        "set x",
		"pkg/__init__.py": "",
		"ns/mod.py":       "",
	})
	repr := func(v Value) string {
		t.Helper()
		r, err := Repr(th, v)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	// Results from CPython 3.12.
	kw, _ := ImportModule(th, "keyword")
	if r := repr(kw); r != "<module 'keyword' (built-in)>" {
		t.Errorf("builtin module repr %s", r)
	}
	if r := repr(attr(t, th, kw, "__spec__")); r != "ModuleSpec(name='keyword', loader=<class '_frozen_importlib.BuiltinImporter'>, origin='built-in')" {
		t.Errorf("builtin spec repr %s", r)
	}
	plain, _ := ImportModule(th, "plain")
	file := filepath.Join(dir, "plain.py")
	if r := repr(plain); r != "<module 'plain' from '"+file+"'>" {
		t.Errorf("file module repr %s", r)
	}
	spec := attr(t, th, plain, "__spec__")
	if StrValue(attr(t, th, spec, "name")) != "plain" || StrValue(attr(t, th, spec, "origin")) != file ||
		StrValue(attr(t, th, spec, "parent")) != "" || !attr(t, th, spec, "submodule_search_locations").IsNone() {
		t.Errorf("file module spec %s", repr(spec))
	}
	if l := attr(t, th, plain, "__loader__"); l.Type() != SourceFileLoaderType || StrValue(attr(t, th, l, "path")) != file {
		t.Errorf("file module loader %s", repr(l))
	}
	pkg, _ := ImportModule(th, "pkg")
	pspec := attr(t, th, pkg, "__spec__")
	if StrValue(attr(t, th, pspec, "parent")) != "pkg" || !Is(attr(t, th, pspec, "submodule_search_locations"), attr(t, th, pkg, "__path__")) {
		t.Errorf("package spec %s", repr(pspec))
	}
	ns, _ := ImportModule(th, "ns")
	if r := repr(ns); r != "<module 'ns' (namespace) from ['"+filepath.Join(dir, "ns")+"']>" {
		t.Errorf("namespace package repr %s", r)
	}

	// module(name, doc) and the reprs of modules without a spec.
	m, err := Call(th, ValueOf(ModuleType), []Value{NewStr("synthetic"), NewStr("doc here")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := repr(m); r != "<module 'synthetic'>" || StrValue(attr(t, th, m, "__doc__")) != "doc here" {
		t.Errorf("module('synthetic', 'doc here') = %s", r)
	}
	SetAttr(th, m, "__file__", NewStr("f.py"))
	if r := repr(m); r != "<module 'synthetic' from 'f.py'>" {
		t.Errorf("repr with __file__ = %s", r)
	}
	_, err = Call(th, ValueOf(ModuleType), []Value{Int(3)}, nil)
	wantImportErr(t, err, TypeError, "module() argument 'name' must be str, not int")
}
