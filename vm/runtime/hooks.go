package runtime

// This file declares the entry points that connect parts of the runtime
// written apart from each other. Each is set once, from an init function
// of the file that implements it.

// ExecSource compiles src (mode "exec", "eval" or "single") and runs it
// with the given globals and locals (locals may be nil: the globals). It
// serves import, exec(), eval() and compile()-then-run. The engine
// (exec.go) sets it.
var ExecSource func(th *Thread, filename string, src []byte, mode string, globals, locals *Dict) (Value, error)

// Format returns format(v, spec): v's __format__ applied to spec.
// format.go sets it.
var Format func(th *Thread, v Value, spec string) (string, error)

// Import imports a module as the IMPORT_NAME instruction and __import__ do:
// name with the importing module's globals, the fromlist and the relative
// level. The import system (import.go) sets it.
var Import func(th *Thread, name string, globals *Dict, fromlist []string, level int) (Value, error)
