// Package profiler records sampling profiles of Python programs run by
// Kiln and writes them in pprof's format (profile.proto of
// github.com/google/pprof, whose profile package reads them), so that
// kiln-prof, go tool pprof and every pprof viewer read them.
//
// A CPU profile samples the Python call stack (not the Go stack of the
// interpreter) at a fixed rate and labels each sample with the tier it was
// in (interp, jit, tracing, jit-backend, gc, builtin); time in compiled
// code appears as a frame "<jit loop N file:line>" above the Python frames
// it covers, with the functions the JIT inlined as pprof inlined frames.
// An allocation profile samples the creation of Python objects of every
// kind by bytes allocated, as Go's heap profile does. The VM side of the
// mechanism (the tier words, the tick queue, the safe points and the
// allocation hook) is in vm/runtime/profiling*.go, the JIT's inline tables
// in jit/profile.go; docs/profiler.md explains the design and its measured
// accuracy and overhead.
//
// Profiles are started by -X profile=FILE and -X profile-alloc=FILE
// (with -X profile-hz=N and -X profile-alloc-rate=BYTES)
// (Options, read when an interpreter is created) or by the kilnprof
// module's start(path) and stop(), and written when they stop or when the
// process ends, whichever way it ends.
package profiler
