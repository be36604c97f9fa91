package jit

// This file defines the kilnjit module, Kiln's counterpart of PyPy's
// pypyjit: set_param (the --jit options at run time), get_stats (the
// counters behind jit-summary, as pypyjit.get_stats_snapshot().counters)
// and defaults. With the JIT off or absent the functions still work: they
// set and report nothing.

import (
	"strings"

	"github.com/kilnpy/kiln/vm/runtime"
)

func init() {
	runtime.RegisterModule("kilnjit", func(th *runtime.Thread, m *runtime.Module) error {
		defaults := runtime.NewDict()
		d := DefaultParams()
		for _, name := range Names() {
			v, _ := d.Get(name)
			defaults.SetStr(name, runtime.Int(int64(v)))
		}
		m.Set("defaults", runtime.ValueOf(defaults))
		m.AddFunction("set_param", kilnjitSetParam)
		m.AddFunction("get_stats", kilnjitGetStats)
		return nil
	})
}

// jitOf returns the interpreter's JIT, or nil.
func jitOf(th *runtime.Thread) *JIT {
	j, _ := th.Interp.JITHook().(*JIT)
	return j
}

// kilnjitSetParam is set_param("a=1,b=2"), set_param("off"),
// set_param("default") or set_param(a=1, b=2).
func kilnjitSetParam(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	pos := args[:len(args)-len(kwnames)]
	if len(pos) > 1 {
		return runtime.Value{}, runtime.Errorf(runtime.TypeError, "set_param() takes at most 1 positional argument (%d given)", len(pos))
	}
	j := jitOf(th)
	set := func(name string, v int) error {
		if j == nil {
			var p Params
			if _, ok := p.Get(name); !ok {
				return runtime.Errorf(runtime.ValueError, "no JIT parameter named '%s'", name)
			}
			return nil
		}
		if err := j.SetParam(name, v); err != nil {
			return runtime.Errorf(runtime.ValueError, "no JIT parameter named '%s'", name)
		}
		return nil
	}
	if len(pos) == 1 {
		if pos[0].Type() != runtime.StrType {
			return runtime.Value{}, runtime.Errorf(runtime.TypeError, "set_param() argument must be str, not %s", pos[0].Type().Name)
		}
		spec := runtime.StrValue(pos[0])
		switch spec {
		case "default":
			if j != nil {
				d := DefaultParams()
				j.setParams(d)
			}
		default:
			var p Params
			if j != nil {
				p = j.Params()
			}
			if err := p.Parse(spec); err != nil || strings.Contains(spec, "help") {
				return runtime.Value{}, runtime.Errorf(runtime.ValueError, "error in JIT parameters string: %s", spec)
			}
			if j != nil {
				j.setParams(p)
			}
		}
	}
	for i, name := range kwnames {
		v := args[len(pos)+i]
		if !v.IsSmallInt() {
			return runtime.Value{}, runtime.Errorf(runtime.TypeError, "JIT parameter %s must be an int", name)
		}
		if err := set(name, int(v.SmallInt())); err != nil {
			return runtime.Value{}, err
		}
	}
	if j != nil {
		th.Interp.SetJITHook(j) // a new threshold changes how often loops are reported
	}
	return runtime.None, nil
}

// kilnjitGetStats returns the JIT's counters as a dict, PyPy's counter
// names where PyPy has them.
func kilnjitGetStats(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.CheckArgCount("get_stats", args, kwnames, 0, 0); err != nil {
		return runtime.Value{}, err
	}
	var s Stats
	if j := jitOf(th); j != nil {
		s = j.Stats()
	}
	d := runtime.NewDict()
	for _, kv := range []struct {
		name string
		v    int64
	}{
		{"TRACING", s.Tracing}, {"BACKEND", s.Backend}, {"OPS", s.Ops}, {"RECORDED_OPS", s.RecordedOps},
		{"GUARDS", s.Guards}, {"OPT_OPS", s.OptOps}, {"OPT_GUARDS", s.OptGuards},
		{"ABORT_TOO_LONG", s.AbortTooLong}, {"ABORT_BAD_LOOP", s.AbortBadLoop},
		{"ABORT_UNSUPPORTED", s.AbortUnsupported}, {"ABORT_RECURSION", s.AbortRecursion},
		{"ABORT_COMPILING", s.AbortCompiling},
		{"TOTAL_COMPILED_LOOPS", s.Loops}, {"TOTAL_COMPILED_BRIDGES", s.Bridges},
		{"GUARD_FAILURES", s.GuardFailures}, {"ENTRIES", s.Entries},
		{"TOTAL_COMPILED_FUNCTIONS", s.Functions}, {"INVALIDATED", s.Invalidated},
	} {
		d.SetStr(kv.name, runtime.Int(kv.v))
	}
	return runtime.ValueOf(d), nil
}
