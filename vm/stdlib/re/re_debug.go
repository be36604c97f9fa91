package re

// This file runs re_debug.py, the re.DEBUG dump, in a module of its own.

import (
	_ "embed"

	rt "github.com/kilnpy/kiln/vm/runtime"
)

// reDebugSource prints re.DEBUG's parse tree and code listing, in a module
// of its own (debugModuleName) so that re's namespace has only CPython's
// names.
//
//go:embed re_debug.py
var reDebugSource []byte

const debugModuleName = "re._kiln_debug"

func init() {
	rt.RegisterEmbeddedSource(debugModuleName, reDebugSource)
}

// debugPrinter returns the _debug function of re_debug.py, running the
// file the first time (per interpreter: c belongs to one re module).
func (c *patternCache) debugPrinter(th *rt.Thread) (rt.Value, error) {
	c.mu.Lock()
	debug := c.debug
	c.mu.Unlock()
	if debug.IsValid() {
		return debug, nil
	}
	m := rt.NewModule(debugModuleName)
	m.AddFunction("_casefix_table", casefixTable)
	if err := rt.ExecEmbedded(th, debugModuleName, reDebugSource, m.Dict()); err != nil {
		return rt.Value{}, err
	}
	debug = m.Get("_debug")
	c.mu.Lock()
	c.debug = debug
	c.mu.Unlock()
	return debug, nil
}
