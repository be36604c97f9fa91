// This file defines a document's static analysis: the syntax tree from
// Kiln's own parser, the scopes from its resolver, and the first error
// either of them reports. Every static feature (diagnostics, symbols,
// definition, references, hover, folding, the quick fix) reads it.

package lsp

import (
	"sync"

	"github.com/kilnpy/kiln/vm/resolve"
	"github.com/kilnpy/kiln/vm/syntax"
)

// analysis is computed once per document version, when the version is
// made, so that publishing diagnostics after an edit costs one parse.
type analysis struct {
	mod       *syntax.Module // nil after a syntax error
	info      *resolve.Info  // nil after a syntax or scope error
	syntaxErr *syntax.Error
	scopeErr  *resolve.Error

	namesOnce sync.Once
	names     *nameIndex
}

func analyze(filename string, src string) *analysis {
	a := &analysis{}
	mod, err := syntax.Parse(filename, []byte(src), syntax.ModeExec)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			a.syntaxErr = se
		} else {
			a.syntaxErr = &syntax.Error{Kind: "SyntaxError", Msg: err.Error(), Line: 1, Col: 1}
		}
		return a
	}
	a.mod = mod
	info, err := resolve.File(mod)
	if err != nil {
		if re, ok := err.(*resolve.Error); ok {
			a.scopeErr = re
		}
		return a
	}
	a.info = info
	return a
}

// analysis returns the document's analysis, computing it on first use.
func (d *document) analysis() *analysis {
	d.analyzeOnce.Do(func() { d.parsed = analyze(d.path, d.text) })
	return d.parsed
}

// nameIndex returns the index of names, built on first use: only
// definition, references and hover need it.
func (a *analysis) nameIndex(d *document) *nameIndex {
	a.namesOnce.Do(func() {
		if a.mod != nil && a.info != nil {
			a.names = buildNameIndex(d, a.mod, a.info)
		} else {
			a.names = &nameIndex{}
		}
	})
	return a.names
}
