// Tests of document symbols.

package lsp

import "testing"

func TestDocumentSymbols(t *testing.T) { runMarkerTests(t, "symbols") }
