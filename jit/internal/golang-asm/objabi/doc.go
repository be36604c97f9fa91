// Copyright 2026 The Kiln Authors. Part of Kiln's copy of golang-asm
// (KILN.md); the package itself is BSD-licensed (LICENSE).

// Package objabi holds the constants and small helpers shared by
// golang-asm's assembler packages: relocation types, symbol kinds,
// funcdata and PCDATA numbers.
package objabi
