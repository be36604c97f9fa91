// Copyright 2026 The Kiln Authors. Part of Kiln's copy of golang-asm
// (KILN.md); the package itself is BSD-licensed (LICENSE).

// Package goobj holds the data model of Go object files (symbol references,
// relocations, function info) that golang-asm's assembler builds; Kiln's
// copy writes no object files (KILN.md), and the JIT uses only these types.
package goobj
