// Copyright 2026 The Kiln Authors. Part of Kiln's copy of golang-asm
// (KILN.md); the package itself is BSD-licensed (LICENSE).

// Package x86 is golang-asm's x86-64 back end: it encodes obj.Prog
// instructions into machine code. Kiln's JIT uses it as the fallback of its
// own one-pass encoder and as the reference its tests compare against
// (jit/internal/native).
package x86
