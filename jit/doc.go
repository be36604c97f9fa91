// Package jit is Kiln's tracing JIT compiler, in the manner of PyPy's
// meta-tracing JIT and LuaJIT: when the interpreter reports a hot loop
// (runtime.JITHook), the JIT records what one iteration of the loop really
// did as a linear, typed SSA trace, optimises it, and hands it to a backend
// that turns it into machine code. Every assumption the trace makes (a
// type, a branch direction, no overflow, an index in bounds, a global not
// rebound) is a guard; a failing guard leaves compiled code through its
// snapshot, which says how to rebuild the interpreter frame(s), and the
// interpreter resumes at the right instruction with the right values.
//
// One file per stage, as LuaJIT's lj_*.c:
//
//	ir.go        the IR: ops, refs, constants, traces, and the printer
//	             (PyPy's jit-log-opt text format)
//	backend.go   the contract with the machine-code backend: Backend, Code
//	             and the State block compiled code runs on
//	irexec.go    the reference executor: the IR's documented semantics in
//	             Go, the oracle the native backend is tested against
//	record.go    the recorder: executes one loop iteration of bytecode while
//	             emitting IR specialised on the observed types
//	record_obj.go  recording list and tuple iteration, items, cells,
//	             instance attributes and method calls
//	snap.go      snapshots (resume data) taken by the recorder
//	deopt.go     leaving compiled code: rebuilding frames from a snapshot
//	opt_fold.go  constant folding, CSE, guard elimination, heap forwarding
//	opt_loop.go  loop peeling (PyPy's unrolling): preamble, label, body
//	jit.go       the driver: runtime.JITHook, counters, blacklisting,
//	             bridges, trace log events
//	params.go    PyPy's --jit options
//	module.go    the kilnjit module (PyPy's pypyjit)
//
// The native x86-64 backend (asm_*.go, regalloc*.go, internal/native)
// registers itself in nativeBackend; without it (other CPUs, or a Compile
// error) loops stay interpreted and programs behave identically.
package jit
