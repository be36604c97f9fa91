package runtime

// This file defines how the collector closes a generator dropped while
// suspended inside try/finally or with: GeneratorExit is raised at its
// yield, on the interpreter thread at a safe point, as PyPy does.

import (
	goruntime "runtime"

	"github.com/kilnpy/kiln/tracelog"
)

// newWatchedGenerator is newGenerator for code with protected ranges
// (try/finally, with, try/except), whose generators may need closing.
// The frame is an allocation of its own that does not point back at the
// generator, so that Go can finalize the generator (see watchGenerator).
func newWatchedGenerator(th *Thread, fn *Function) *Generator {
	code := fn.Code
	profileNew(GeneratorType, profGeneratorSize+profValueSize*uintptr(code.NumRegs))
	f := &Frame{Code: code, Globals: fn.Globals, Builtins: fn.Builtins, Func: fn}
	g := &Generator{Object: Object{typ: GeneratorType}, fn: fn, Name: fn.Name, Qualname: fn.Qualname, frame: f, watched: true}
	f.Regs = make([]Value, code.NumRegs, code.NumRegs+regsViewPad) // the slack Frame.regs needs under the race detector (regview_race.go)
	copy(f.Regs[code.KBase:], code.KVals)
	th.Interp.watchGenerator(g)
	if th.Interp.TrackingResources() || th.Interp.Options.TraceLog.Wants(tracelog.KindResourceOpen) {
		g.res = NewResource(th, tracelog.ResourceGenerator, fn.Qualname, "")
	}
	return g
}

// generatorFinished is called when a watched generator ends (ran to its
// end, raised, or was closed): the collector need not watch it any more,
// which spares it the extra collection cycle that an object with a
// finalizer lives, and its resource was closed explicitly.
func generatorFinished(g *Generator) {
	g.watched = false
	goruntime.SetFinalizer(g, nil)
	r := g.res
	if r == nil || !r.done.CompareAndSwap(false, true) {
		return
	}
	if log := r.interp.Options.TraceLog; log.Wants(tracelog.KindResourceClose) {
		var pos tracelog.Pos
		if f := g.frame; f != nil && f.PC > 0 {
			pos = framePos(f.Code, f.PC)
		}
		log.ResourceClose(r.thread, r.ID, pos)
	}
}
