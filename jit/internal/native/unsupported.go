//go:build !amd64

// On CPUs other than x86-64 Kiln runs interpreted: this package only says so.

package native

// Supported reports whether this platform can run generated code.
const Supported = false
