// Copyright 2026 The Kiln Authors. Part of Kiln's copy of golang-asm
// (KILN.md); the package itself is BSD-licensed (LICENSE).

// Package src records source positions (file, line and column bases) for
// the instructions golang-asm's assembler emits.
package src
