// Package lsp is Kiln's language server (cmd/kiln-lsp), built on
// go.lsp.dev/protocol. It shows two kinds of facts where the code is.
//
// Static facts come from Kiln's own parser (vm/syntax) and resolver
// (vm/resolve), as the user types: syntax and scope errors as diagnostics,
// document symbols, go to definition and references inside a file, hover
// on a name, folding ranges.
//
// Runtime facts come from what a run wrote: the trace log (tracelog, see
// docs/tracelog.md) and the pprof profile next to it. The kiln.run command
// runs a file under kiln with resource tracking, the trace log and the
// profiler on; the server also watches .kiln/*.jsonl under the workspace,
// so runs started from a terminal show up too. From them: resource leaks
// as warnings with a quick fix into a with statement, what the JIT did
// with each loop (code lenses, the trace IR on hover, kiln.showTrace), the
// warm-up summary, and each function's share of CPU time and of JIT-compiled
// time. Facts belong to the text that ran: edits move them, facts on
// edited lines are dropped, and the next run replaces them.
//
// One file per feature: textsync.go, diagnostics.go, symbols.go,
// definition.go, references.go, hover.go, folding.go, leaks.go,
// codelens.go, commands.go, run.go, watch.go; facts.go, tracefacts.go,
// profile.go and staleness.go hold the runtime facts; server.go and
// stream.go the protocol. The tests drive a real server through the
// JSON-RPC stack, with expectations written as markers in the Python
// sources under testdata/ (harness_test.go).
package lsp
