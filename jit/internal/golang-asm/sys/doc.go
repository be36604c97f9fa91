// Copyright 2026 The Kiln Authors. Part of Kiln's copy of golang-asm
// (KILN.md); the package itself is BSD-licensed (LICENSE).

// Package sys describes golang-asm's target architectures: pointer and
// register sizes, byte order, minimum instruction length.
package sys
