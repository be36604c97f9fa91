// Tests of the hot-code facts read from a pprof profile.

package lsp

import "testing"

func TestHotCode(t *testing.T) { runMarkerTests(t, "hotcode") }
