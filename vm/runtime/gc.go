package runtime

import (
	goruntime "runtime"
	"time"

	"github.com/kilnpy/kiln/tracelog"
)

// This file defines the gc module. Memory is Go's to manage, so the module
// mostly reports a collector that is always there: collect() runs Go's
// collector and then the finalizers (__del__) it found due.

// RunFinalizers runs the finalizers of objects found unreachable and
// returns how many ran. The object lifetime machinery sets it.
var RunFinalizers func(th *Thread) int

func init() {
	RegisterModule("gc", func(th *Thread, m *Module) error {
		m.Set("garbage", NewList(nil))
		m.Set("callbacks", NewList(nil))
		for name, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4, "DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
			m.Set(name, Int(v))
		}
		m.AddFunction("collect", gcCollect)
		m.AddFunction("enable", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			th.Interp.mods.gcDisabled = false
			return None, CheckArgCount("enable", args, kwnames, 0, 0)
		})
		m.AddFunction("disable", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			th.Interp.mods.gcDisabled = true
			return None, CheckArgCount("disable", args, kwnames, 0, 0)
		})
		m.AddFunction("isenabled", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return Bool(!th.Interp.mods.gcDisabled), CheckArgCount("isenabled", args, kwnames, 0, 0)
		})
		m.AddFunction("get_count", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			return NewTuple([]Value{Int(0), Int(0), Int(0)}), CheckArgCount("get_count", args, kwnames, 0, 0)
		})
		m.AddFunction("get_threshold", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			t := gcThreshold(th.Interp)
			return NewTuple([]Value{Int(t[0]), Int(t[1]), Int(t[2])}), CheckArgCount("get_threshold", args, kwnames, 0, 0)
		})
		m.AddFunction("set_threshold", gcSetThreshold)
		m.AddFunction("get_debug", func(th *Thread, args []Value, kwnames []string) (Value, error) { return Int(0), nil })
		m.AddFunction("set_debug", func(th *Thread, args []Value, kwnames []string) (Value, error) { return None, nil })
		m.AddFunction("freeze", func(th *Thread, args []Value, kwnames []string) (Value, error) { return None, nil })
		m.AddFunction("unfreeze", func(th *Thread, args []Value, kwnames []string) (Value, error) { return None, nil })
		m.AddFunction("get_freeze_count", func(th *Thread, args []Value, kwnames []string) (Value, error) { return Int(0), nil })
		m.AddFunction("is_tracked", func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := CheckArgCount("is_tracked", args, kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			v := args[0]
			if v.IsImmediate() {
				return False, nil
			}
			switch v.Type().Layout {
			case LayoutInt, LayoutFloat, LayoutComplex, LayoutStr, LayoutBytes:
				return False, nil
			}
			return True, nil
		})
		m.AddFunction("is_finalized", func(th *Thread, args []Value, kwnames []string) (Value, error) { return False, nil })
		for _, name := range []string{"get_objects", "get_referrers", "get_referents", "get_stats"} {
			m.AddFunction(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
				return Value{}, Errorf(NotImplementedError, "gc.%s() is not supported by Kiln", name)
			})
		}
		return nil
	})
}

// gcThreshold returns the thresholds, CPython's defaults until set.
func gcThreshold(interp *Interpreter) [3]int64 {
	if t := interp.mods.gcThreshold; t != [3]int64{} {
		return t
	}
	return [3]int64{700, 10, 10}
}

// gcCollect is gc.collect(generation=2).
func gcCollect(th *Thread, args []Value, kwnames []string) (Value, error) {
	var gen Value
	if err := UnpackArgs("collect", args, kwnames, "generation?", &gen); err != nil {
		return Value{}, err
	}
	if gen.IsValid() {
		g, err := AsInt(th, gen)
		if err != nil {
			return Value{}, err
		}
		if g < 0 || g > 2 {
			return Value{}, Errorf(ValueError, "invalid generation")
		}
	}
	return Int(int64(th.Interp.Collect(th, tracelog.CauseCollect))), nil
}

// Collect runs a full collection, reports it to the trace log, then runs
// the finalizers it made due, returning how many ran.
func (interp *Interpreter) Collect(th *Thread, cause tracelog.GCCause) int {
	log := interp.Options.TraceLog
	if !log.Enabled() {
		goruntime.GC()
	} else {
		interp.mods.gcSeq++
		var before, after goruntime.MemStats
		goruntime.ReadMemStats(&before)
		log.GCStart(interp.mods.gcSeq, cause, int64(before.HeapAlloc))
		start := time.Now()
		goruntime.GC()
		pause := time.Since(start)
		goruntime.ReadMemStats(&after)
		freed := int64(after.Frees - before.Frees)
		log.GCEnd(interp.mods.gcSeq, cause, int64(before.HeapAlloc), int64(after.HeapAlloc), freed, pause)
	}
	if RunFinalizers != nil {
		return RunFinalizers(th)
	}
	return 0
}

// gcSetThreshold is gc.set_threshold(threshold0[, threshold1[, threshold2]]).
func gcSetThreshold(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("set_threshold", kwnames); err != nil {
		return Value{}, err
	}
	if len(args) < 1 || len(args) > 3 {
		return Value{}, Errorf(TypeError, "set_threshold() takes from 1 to 3 positional arguments but %d were given", len(args))
	}
	t := gcThreshold(th.Interp)
	for i, a := range args {
		n, err := AsInt(th, a)
		if err != nil {
			return Value{}, err
		}
		t[i] = n
	}
	th.Interp.mods.gcThreshold = t
	return None, nil
}
