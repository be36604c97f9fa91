package compile

// This file defines future statements (`from __future__ import ...`): the
// rules CPython 3.12 checks for them (only at the top of a module, only
// known features) and the one feature that still changes compilation,
// annotations (PEP 563), which makes annotations strings that are never
// evaluated.

import (
	"github.com/kilnpy/kiln/vm/syntax"
)

// FlagFutureAnnotations is CPython's CO_FUTURE_ANNOTATIONS: set on every
// code object compiled under `from __future__ import annotations`, and
// accepted in the flags of compile() to turn the feature on.
const FlagFutureAnnotations = 0x1000000

// isFutureFeature says whether `from __future__ import` accepts name. Only
// annotations changes anything: the others are mandatory in 3.12. A switch
// rather than a map literal, which Go builds at every start.
func isFutureFeature(name string) bool {
	switch name {
	case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
		"print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations":
		return true
	}
	return false
}

// isFutureImport says whether s is `from __future__ import ...`.
func isFutureImport(s syntax.Stmt) (*syntax.ImportFrom, bool) {
	imp, ok := s.(*syntax.ImportFrom)
	return imp, ok && imp.Level == 0 && imp.Module == "__future__"
}

// futureScan checks the future statements at the top of body (after the
// docstring) as CPython's future.c does, returning the statements that
// are in the right place and the flags their features turn on. An unknown
// feature is an error pointing at the statement's first column.
func futureScan(filename string, body []syntax.Stmt) (map[*syntax.ImportFrom]bool, uint32, error) {
	leading := map[*syntax.ImportFrom]bool{}
	var flags uint32
	for i, s := range body {
		if i == 0 && isDocstring(s) {
			continue
		}
		imp, ok := isFutureImport(s)
		if !ok {
			break
		}
		leading[imp] = true
		for _, a := range imp.Names {
			msg := ""
			switch {
			case a.Name == "braces":
				msg = "not a chance"
			case !isFutureFeature(a.Name):
				msg = "future feature " + a.Name + " is not defined"
			case a.Name == "annotations":
				flags |= FlagFutureAnnotations
			}
			if msg != "" {
				// CPython reports these at the statement's start with
				// no end column (end_offset None).
				sp := imp.Span
				sp.End = syntax.Pos{Line: sp.Start.Line, Col: -1}
				return nil, 0, &Error{Filename: filename, Span: sp, Msg: msg}
			}
		}
	}
	return leading, flags, nil
}

// isDocstring says whether s is a string-constant expression statement.
func isDocstring(s syntax.Stmt) bool {
	es, ok := s.(*syntax.ExprStmt)
	if !ok {
		return false
	}
	k, ok := es.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = k.Value.(string)
	return ok
}

// futureCheckPlace rejects a future statement anywhere but the top of the
// module, underlining the whole statement as CPython does.
func (c *compiler) futureCheckPlace(s *syntax.ImportFrom) {
	if _, ok := isFutureImport(s); ok && !c.futureLeading[s] {
		c.errorf(s, "from __future__ imports must occur at the beginning of the file")
	}
}

// futureAnnotations says whether annotations are compiled as strings.
func (c *compiler) futureAnnotations() bool {
	return c.futureFlags&FlagFutureAnnotations != 0
}

// annotationString is the text PEP 563 stores for an annotation.
func annotationString(e syntax.Expr) string {
	return syntax.Unparse(e)
}
