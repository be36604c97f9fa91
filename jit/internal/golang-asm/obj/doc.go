// Copyright 2026 The Kiln Authors. Part of Kiln's copy of golang-asm
// (KILN.md); the package itself is BSD-licensed (LICENSE).

// Package obj is golang-asm's architecture-independent assembler: the
// instruction list (Prog) and symbols (LSym) that an architecture's back
// end encodes into machine code.
package obj
