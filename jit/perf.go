package jit

import "github.com/kilnpy/kiln/jit/internal/native"

// OpenPerfMap starts writing /tmp/perf-PID.map, the convention of CPython
// 3.12's -X perf and of V8, so that Linux perf names the samples that land
// in compiled loops ("kiln::loop 3 (prog.py:12):prog.py"). kiln -X perf
// calls it. Loops compiled before it is called are not listed.
func OpenPerfMap() error { return native.DefaultPerfMap().Open() }
