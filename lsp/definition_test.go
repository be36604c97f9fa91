// Tests of go to definition and find references inside a file.

package lsp

import "testing"

func TestDefinitionAndReferences(t *testing.T) { runMarkerTests(t, "definition") }
