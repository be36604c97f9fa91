// Package tracelog is the contract between Kiln's runtime (VM, GC and
// JIT), which emits events, and its tools (kiln-prof, the profiler, the
// language server), which read them.
//
// It defines a small, exact, versioned data model: an Event is one of
// the types of this package (*RunStart, *GCEnd, *LoopCompiled, ...),
// each with a Kind, a Stamp (nanoseconds since process start, thread)
// and typed fields. docs/tracelog.md lists every kind and field.
//
// Events are written in one of two formats:
//
//   - JSON Lines (-X tracelog=FILE): a header line with the schema
//     Version and the program, then one event per line. See Open.
//   - PYPYLOG-style text (KILNLOG or PYPYLOG=categories:FILE): PyPy's
//     section framing and, where the meaning is the same, its category
//     names (jit-summary, jit-log-opt-loop, jit-backend-counts,
//     gc-collect-done) and content layout, selected by category
//     prefix. See OpenText and FromEnv.
//
// A Reader reads either format back into typed events.
//
// # Emitting
//
// A nil *Log logs nothing, and each of its methods then costs one
// predictable branch and no allocation. The VM opens the log at start,
// passes it to the GC and JIT, and closes it on every exit path:
//
//	log, err := tracelog.FromEnv(os.Getenv) // nil if KILNLOG/PYPYLOG unset
//	if err != nil { ... }
//	defer log.Close()
//	log.RunStart(os.Args, version, int64(os.Getpid()))
//	...
//	log.GCEnd(seq, tracelog.CauseCollect, before, after, freed, pause)
//	...
//	if log.Wants(tracelog.KindResourceOpen) {
//		log.ResourceOpen(tid, id, tracelog.ResourceFile, name, pos, stackOf(frame))
//	}
//
// Events are encoded on the emitting goroutine into a buffer that one
// writer goroutine drains, so emitting never waits for the disk except
// to hand over a full buffer.
//
// # Reading
//
//	r, err := tracelog.NewReader(f) // detects the format
//	for {
//		ev, err := r.Next()
//		if err == io.EOF { break }
//		if err != nil { return err } // an *Error naming the line
//		switch ev := ev.(type) {
//		case *tracelog.GCEnd:
//			pause += ev.Pause
//		}
//	}
package tracelog
