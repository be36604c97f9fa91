// Package native runs machine code that Kiln's tracing JIT generates:
// executable memory, the entry trampoline, the assembler context the code
// generator emits through, and the few instruction sequences whose
// correctness depends on the Go runtime (the back-edge preemption check and
// the inline write barrier). It is the only place in Kiln that executes
// generated code; everything unsafe about doing so is confined here and
// written down next to the code it constrains.
//
// # Calling convention of generated code
//
// Code is entered only through the ABI0 trampoline callNative (Enter):
//
//   - in: DI = the state block (a Go-allocated block the caller keeps
//     alive), R14 = the current g (loaded from TLS by the trampoline).
//   - out: AX = exit code; everything else that must survive is written
//     to the state block before RET.
//   - may clobber every general register except SP and BP, every XMM
//     register (X15 included) and the flags: the Go compiler restores
//     R14 and X15 after any ABI0 call.
//   - must keep SP balanced and use at most StackBudget bytes of goroutine
//     stack (the barrier call included), and must never fault: a fault in
//     generated code with pushes on the stack is a fatal "unknown caller
//     pc". Every check (type, bounds, overflow) is an explicit guard.
//   - never calls Go. Anything that needs Go (allocation, boxing, Python
//     calls, raising) is an exit: store state, return a code, let the Go
//     dispatcher run the helper and re-enter at a secondary entry point.
//     The only exceptions are the runtime's write-barrier stubs, which are
//     NOSPLIT assembly written to be called from anywhere.
//
// # Executable memory (W^X)
//
// Code is copied into pages that are writable and not executable, then
// made read+execute; a page is never writable and executable at once, and
// is made writable again only after Free, which callers may do only once no
// goroutine can be running the code. Links between traces (bridges, side
// exits) go through data slots (Slot), words in separate RW memory that
// code jumps through, so RX code is never patched.
//
// # GC rules
//
// See Enter and EmitStorePointer. In short: the state block and every
// object whose address is embedded in code stay referenced from Go; code
// may read Go pointers freely within one run; a pointer word stored into
// Go heap memory goes through the inline write barrier; nothing survives an
// exit in registers; every loop back-edge checks g.stackguard0 so the
// goroutine reaches a safe point within one iteration of a GC request.
package native
