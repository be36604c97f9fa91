package profiler

// This file defines the kilnprof module, for profiling a region of a
// program:
//
//	import kilnprof
//	kilnprof.start("region.pb.gz")       # hz=100 by default
//	work()
//	kilnprof.stop()                      # writes the profile
//
// A profile that is never stopped is written when the program ends.

import (
	"github.com/kilnpy/kiln/vm/runtime"
)

func init() {
	runtime.RegisterModule("kilnprof", func(th *runtime.Thread, m *runtime.Module) error {
		m.AddFunction("start", kilnprofStart)
		m.AddFunction("stop", kilnprofStop)
		return nil
	})
}

// kilnprofStart is kilnprof.start(path, hz=100).
func kilnprofStart(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var path, hz runtime.Value
	if err := runtime.UnpackArgs("start", args, kwnames, "path", &path, "hz?", &hz); err != nil {
		return runtime.Value{}, err
	}
	if !path.Type().IsSubtype(runtime.StrType) {
		return runtime.Value{}, runtime.Errorf(runtime.TypeError, "start() argument 'path' must be str, not %s", runtime.TypeName(path))
	}
	rate := DefaultHz
	if hz.IsValid() {
		if !hz.IsSmallInt() {
			return runtime.Value{}, runtime.Errorf(runtime.TypeError, "start() argument 'hz' must be int, not %s", runtime.TypeName(hz))
		}
		if n := hz.SmallInt(); n < 1 || n > MaxHz {
			return runtime.Value{}, runtime.Errorf(runtime.ValueError, "hz must be between 1 and %d", MaxHz)
		} else {
			rate = int(n)
		}
	}
	if CPUProfileOf(th) != nil {
		return runtime.Value{}, runtime.Errorf(runtime.RuntimeError, "a profile is already being recorded")
	}
	if _, err := StartCPU(th, runtime.StrValue(path), rate); err != nil {
		return runtime.Value{}, runtime.Errorf(runtime.OSError, "%v", err)
	}
	return runtime.None, nil
}

// kilnprofStop is kilnprof.stop(): it writes the profile.
func kilnprofStop(th *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.UnpackArgs("stop", args, kwnames); err != nil {
		return runtime.Value{}, err
	}
	p := CPUProfileOf(th)
	if p == nil {
		return runtime.Value{}, runtime.Errorf(runtime.RuntimeError, "no profile is being recorded")
	}
	if err := p.Stop(); err != nil {
		return runtime.Value{}, runtime.Errorf(runtime.OSError, "%v", err)
	}
	return runtime.None, nil
}
