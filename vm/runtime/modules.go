package runtime

import (
	"os"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// This file defines the registry of builtin modules: the modules that are
// part of the interpreter rather than found on sys.path.
//
// # Adding a builtin module
//
// A module written in Go registers an init function from its file's init():
//
//	func init() {
//		RegisterModule("keyword", func(th *Thread, m *Module) error {
//			m.AddFunction("iskeyword", keywordIsKeyword)
//			m.Set("kwlist", ...)
//			return nil
//		})
//	}
//
// The init function runs the first time the module is imported in an
// interpreter (each Interpreter gets its own module object), after __name__
// and __doc__ are set; it fills the module's namespace.
//
// A module written in Python puts its source under vm/runtime/pylib/ and
// registers it:
//
//	//go:embed pylib/foo.py
//	var fooSource []byte
//
//	func init() { RegisterPythonModule("foo", fooSource) }
//
// Its source is run through ExecSource with the module's namespace as
// globals when the module is first imported; or rather its frozen code,
// compiled when Kiln was built (frozen.go), while that matches the source.
//
// Builtin modules are found before the directories of sys.path, so a file
// named like one does not shadow it (as in CPython for sys, math, time...).

// builtinModule describes one registered module: exactly one of init,
// source and load is set.
type builtinModule struct {
	name   string
	init   func(th *Thread, m *Module) error
	source []byte
	// load reads source when the module is first needed: a module kept
	// in an embed.FS is copied out of it only then, not at start-up.
	load func() []byte
	// loaded guards the first load: the registry is shared by every
	// interpreter of the process, and two may import the module at once.
	loaded sync.Once
}

// code returns the Python source of a module registered with source or
// load.
func (def *builtinModule) code() []byte {
	if def.load != nil {
		def.loaded.Do(func() {
			if def.source == nil {
				def.source = def.load()
			}
		})
	}
	return def.source
}

// builtinModules lists the registered modules sorted by name, the order
// sys.builtin_module_names has them in, so that neither a map nor a sort
// is made at every start; lookupBuiltinModule searches it. It is filled by
// init functions only, so it needs no lock once main starts.
var builtinModules []*builtinModule

// builtinModuleBlock is what is left of the block the registrations'
// builtinModules are taken from: one allocation for every 32 modules.
var builtinModuleBlock []builtinModule

// lookupBuiltinModule returns the registered module name.
func lookupBuiltinModule(name string) (*builtinModule, bool) {
	i, found := builtinModuleIndex(name)
	if !found {
		return nil, false
	}
	return builtinModules[i], true
}

// builtinModuleIndex is where name is, or would be inserted, in
// builtinModules, and whether it is there.
func builtinModuleIndex(name string) (int, bool) {
	return slices.BinarySearchFunc(builtinModules, name, func(m *builtinModule, name string) int {
		return strings.Compare(m.name, name)
	})
}

// registerBuiltinModule adds a registration's module to builtinModules at
// its place. There are about seventy: an insertion
// moves a few hundred bytes at most.
func registerBuiltinModule(name string, init func(th *Thread, m *Module) error, source []byte, load func() []byte) {
	i, dup := builtinModuleIndex(name)
	if dup {
		panic("runtime: module " + name + " registered twice")
	}
	if len(builtinModuleBlock) == 0 {
		builtinModuleBlock = make([]builtinModule, 32)
	}
	m := &builtinModuleBlock[0]
	builtinModuleBlock = builtinModuleBlock[1:]
	m.name, m.init, m.source, m.load = name, init, source, load
	if builtinModules == nil {
		builtinModules = make([]*builtinModule, 0, 80)
	}
	builtinModules = append(builtinModules, nil)
	copy(builtinModules[i+1:], builtinModules[i:])
	builtinModules[i] = m
}

// runtimeModules are modules of vm/runtime's own that no code of the
// package needs to set up otherwise, registered by the one init function
// below rather than each by an init function in its file: every init
// function is code in a page of its own that each start touches, at the
// price of a page fault or more (docs/performance.md, "Start-up time").
// An array of top-level functions, which the linker lays out.
var runtimeModules = [...]struct {
	name string
	init func(th *Thread, m *Module) error
}{
	{"_kiln_dataclasses", dataclassesModuleInit},
	{"_traceback", tracebackModuleInit},
	{"atexit", atexitModuleInit},
	{"errno", errnoModuleInit},
	{"gc", gcModuleInit},
	{"importlib", importlibModuleInit},
	{"io", ioModuleInit},
	{"keyword", keywordModuleInit},
	{"math", mathModuleInit},
	{"posixpath", posixpathModuleInit},
	{"time", timeModuleInit},
}

func init() {
	for _, m := range runtimeModules {
		RegisterModule(m.name, m.init)
	}
}

// RegisterModule registers a builtin module implemented in Go.
func RegisterModule(name string, init func(th *Thread, m *Module) error) {
	registerBuiltinModule(name, init, nil, nil)
}

// RegisterPythonModule registers a builtin module implemented in Python
// source (usually embedded from vm/runtime/pylib with go:embed).
func RegisterPythonModule(name string, src []byte) {
	registerBuiltinModule(name, nil, src, nil)
}

// RegisterLazyPythonModule registers a builtin module implemented in
// Python whose source load returns when the module is first imported (or
// compiled by the frozen-module generator).
func RegisterLazyPythonModule(name string, load func() []byte) {
	registerBuiltinModule(name, nil, nil, load)
}

// moduleState is the per-interpreter state of the module system: the
// import machinery, the open files, the standard streams and atexit.
type moduleState struct {
	// initializing holds the names of modules whose code is running, for
	// the "partially initialized module" message.
	initializing map[string]bool

	sys *Module // the sys module, made with the interpreter

	// filesMu guards openFiles: finalizers of unreachable files remove
	// themselves from another goroutine.
	filesMu   sync.Mutex
	openFiles map[*fileCore]struct{} // files from open() and wrappers over Python streams
	// keptFiles are descriptors opened with closefd=False, kept reachable
	// so that Go's finalizer of *os.File does not close them.
	keptFiles []*os.File

	stdin, stdout, stderr Value

	atexit []atexitEntry

	// reprActive holds the objects whose repr is being computed, for
	// recursive namespaces.
	reprActive map[unsafe.Pointer]bool

	gcDisabled  bool
	gcWatch     *gcWatcher // reports collections to the trace log
	gcThreshold [3]int64
}

// Set sets a module attribute from Go.
func (m *Module) Set(name string, v Value) { m.dict.SetStr(name, v) }

// Get returns a module attribute, or the zero Value.
func (m *Module) Get(name string) Value {
	v, _ := m.dict.GetStr(name)
	return v
}

// AddFunction adds a function implemented in Go to the module.
func (m *Module) AddFunction(name string, fn NativeFunc) {
	m.dict.SetStr(name, NewBuiltinFunction(name, m.Name, fn))
}

// loadBuiltinModule creates, registers in sys.modules and initialises the
// builtin module name. It reports false if no such module is registered.
func loadBuiltinModule(th *Thread, name string) (Value, bool, error) {
	def, ok := lookupBuiltinModule(name)
	if !ok {
		return Value{}, false, nil
	}
	interp := th.Interp
	m := NewModule(name)
	m.Set("__package__", NewStr(""))
	setModuleSpec(m, builtinModuleSpec(name))
	setStdlibFile(m, name)
	mv := ValueOf(m)
	key := NewStr(name)
	if err := interp.Modules.Set(th, key, mv); err != nil {
		return Value{}, true, err
	}
	var err error
	if def.init != nil {
		err = def.init(th, m)
	} else {
		m.Set("__builtins__", ValueOf(interp.Builtins))
		err = execModuleSource(th, m, "<frozen "+name+">", def.code())
	}
	if err != nil {
		interp.Modules.Delete(th, key)
		return Value{}, true, err
	}
	// The module may have replaced itself in sys.modules.
	if v, ok, _ := interp.Modules.Get(th, key); ok {
		return v, true, nil
	}
	return mv, true, nil
}

// execModuleSource runs a module's source with its namespace as globals,
// marking it as initialising while it runs.
func execModuleSource(th *Thread, m *Module, filename string, src []byte) error {
	st := &th.Interp.mods
	if st.initializing == nil {
		st.initializing = map[string]bool{}
	}
	st.initializing[m.Name] = true
	defer delete(st.initializing, m.Name)
	return execFrozenOrSource(th, m.Name, filename, src, m.dict)
}
