package runtime

import (
	goruntime "runtime"
	"sync/atomic"
	"time"

	"github.com/kilnpy/kiln/tracelog"
)

// This file defines the gc module. Memory is Go's to manage, so the module
// mostly reports a collector that is always there: collect() runs Go's
// collector and then the finalizers (__del__) it found due.

// RunFinalizers runs the finalizers of objects found unreachable and
// returns how many ran. The object lifetime machinery sets it.
var RunFinalizers func(th *Thread) int

// gcModuleInit makes the gc module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func gcModuleInit(th *Thread, m *Module) error {
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
	th.clearDeadTemporaries()
	return Int(int64(th.Interp.Collect(th, tracelog.CauseCollect))), nil
}

// Collect runs a full collection, reports it to the trace log, then runs
// the finalizers it made due, returning how many ran.
func (interp *Interpreter) Collect(th *Thread, cause tracelog.GCCause) int {
	if th != nil {
		defer th.RestoreProfileTier(th.SetProfileTier(TierGC, 0, 0))
	}
	log := interp.Options.TraceLog
	if !log.Wants(tracelog.KindGCEnd) {
		interp.collectGo()
	} else {
		w := interp.gcWatcher()
		var before, after goruntime.MemStats
		goruntime.ReadMemStats(&before)
		seq := w.seq.Add(1)
		log.GCStart(seq, cause, int64(before.HeapAlloc))
		// runtime.GC may first finish a cycle under way: both are ours.
		w.forcedUpTo.Store(before.NumGC + 2)
		start := time.Now()
		interp.collectGo()
		pause := time.Since(start)
		goruntime.ReadMemStats(&after)
		w.forcedUpTo.Store(after.NumGC)
		log.GCEnd(seq, cause, int64(before.HeapAlloc), int64(after.HeapAlloc), int64(after.Frees-before.Frees), pause)
	}
	if RunFinalizers != nil {
		return RunFinalizers(th)
	}
	return 0
}

// gcWatcher reports the collections Go runs by itself (memory pressure) to
// the trace log. It learns of each one through a sentinel object whose
// finalizer runs after every cycle and arms a new sentinel; the finalizer
// goroutine, not the interpreter, does the reporting, and the log is safe
// for that.
type gcWatcher struct {
	log        *tracelog.Log
	seq        atomic.Int64  // collections reported, forced or not
	forcedUpTo atomic.Uint32 // NumGC after the last gc.collect(): not pressure
	stopped    atomic.Bool
	last       goruntime.MemStats
}

// gcWatcher returns the interpreter's watcher, starting it on first use.
func (interp *Interpreter) gcWatcher() *gcWatcher {
	if w := interp.mods.gcWatch; w != nil {
		return w
	}
	w := &gcWatcher{log: interp.Options.TraceLog}
	goruntime.ReadMemStats(&w.last)
	interp.mods.gcWatch = w
	w.arm()
	return w
}

func (w *gcWatcher) arm() {
	sentinel := new([16]byte)
	goruntime.SetFinalizer(sentinel, func(*[16]byte) { w.cycleDone() })
}

// cycleDone reports the cycle that just ended, unless gc.collect() forced
// it, and re-arms for the next.
func (w *gcWatcher) cycleDone() {
	if w.stopped.Load() {
		return
	}
	var m goruntime.MemStats
	goruntime.ReadMemStats(&m)
	if m.NumGC > w.forcedUpTo.Load() && m.NumGC != w.last.NumGC {
		seq := w.seq.Add(1)
		before := int64(w.last.HeapAlloc + (m.TotalAlloc - w.last.TotalAlloc))
		pause := time.Duration(m.PauseNs[(m.NumGC+255)%256])
		w.log.GCStart(seq, tracelog.CausePressure, before)
		w.log.GCEnd(seq, tracelog.CausePressure, before, int64(m.HeapAlloc), int64(m.Frees-w.last.Frees), pause)
	}
	w.last = m
	w.arm()
}

// stopGCWatcher ends the reporting of collections, before the log closes.
func (interp *Interpreter) stopGCWatcher() {
	if w := interp.mods.gcWatch; w != nil {
		w.stopped.Store(true)
	}
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
