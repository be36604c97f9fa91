// Tests of folding ranges.

package lsp

import "testing"

func TestFoldingRanges(t *testing.T) { runMarkerTests(t, "folding") }
