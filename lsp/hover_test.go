// Tests of hover on names (runtime hovers are in jit_test.go and
// hotcode_test.go).

package lsp

import "testing"

func TestHover(t *testing.T) { runMarkerTests(t, "hover") }
