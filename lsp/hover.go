// This file defines hover: on a name, what it binds to; on a loop header,
// the optimised trace IR of the loop with its source lines interleaved; on
// a line the profiler sampled, its samples by tier. A position can show
// several of these, one after the other.

package lsp

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"go.lsp.dev/protocol"

	"github.com/kilnpy/kiln/vm/resolve"
)

// Hover answers textDocument/hover; nil when there is nothing to show.
func (s *server) Hover(_ context.Context, p *protocol.HoverParams) (*protocol.Hover, error) {
	d, enc, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	line := int(p.Position.Line)
	col := d.offset(p.Position, enc) - d.lines[min(line, len(d.lines)-1)]
	var parts []string
	var rng *protocol.Range
	if o := d.analysis().nameIndex(d).at(line, col); o != nil {
		parts = append(parts, describeName(d, o))
		r := protocol.Range{Start: d.position(o.line, o.start, enc), End: d.position(o.line, o.end, enc)}
		rng = &r
	}
	s.facts.view(d.path, func(f *fileFacts) {
		for _, l := range f.loops {
			if l.line == line && (l.ir != "" || l.abort != nil) {
				parts = append(parts, loopHover(l))
			}
		}
		if c := f.lines[line]; c != nil && f.total > 0 {
			parts = append(parts, samplesHover(line, c, f.total))
		}
	})
	if len(parts) == 0 {
		return nil, nil
	}
	return &protocol.Hover{
		Contents: protocol.MarkupContent{Kind: protocol.Markdown, Value: strings.Join(parts, "\n\n---\n\n")},
		Range:    rng,
	}, nil
}

// describeName says what a name binds to:
//
//	(parameter) n of fib
//	bound at line 3: n = 0
func describeName(d *document, o *occurrence) string {
	sym := o.sym
	what := "builtin or undefined name"
	if sym.scope != nil {
		what = bindingKind(sym)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "```python\n(%s) %s\n```", what, sym.name)
	if def := sym.def; def != nil {
		fmt.Fprintf(&b, "\nbound at line %d: `%s`", def.line+1, strings.TrimSpace(d.line(def.line)))
	}
	return b.String()
}

func bindingKind(sym *symbol) string {
	owner := ""
	if sym.scope.Kind != resolve.ModuleScope {
		owner = " of " + sym.scope.Name
	}
	switch sym.kind {
	case "parameter":
		return "parameter" + owner
	case "function":
		if sym.scope.Kind == resolve.ClassScope {
			return "method" + owner
		}
		return "function"
	case "class":
		return "class"
	case "import":
		return "import"
	}
	switch {
	case sym.scope.Kind == resolve.ModuleScope:
		return "global variable"
	case sym.scope.Kind == resolve.ClassScope:
		return "class attribute" + owner
	case sym.scope.Lookup(sym.name) == resolve.Cell:
		return "local variable" + owner + ", captured by an inner function"
	}
	return "local variable" + owner
}

// loopHover shows a loop's trace IR, or why there is none.
func loopHover(l *loopFact) string {
	if l.loopID == 0 {
		return "**JIT**: " + strings.TrimPrefix(loopTitle(l), "JIT: ")
	}
	return fmt.Sprintf("**JIT trace IR** of loop %d (%s)\n```\n%s\n```", l.loopID, strings.TrimPrefix(loopTitle(l), "JIT: "), l.ir)
}

// samplesHover shows a line's samples: "**Samples**: 340 of 5,000 (6.8%) · jit 300 · interp 40".
func samplesHover(line int, c *sampleCount, total int64) string {
	tiers := make([]string, 0, len(c.byTier))
	for t := range c.byTier {
		tiers = append(tiers, t)
	}
	sort.Slice(tiers, func(i, j int) bool { return c.byTier[tiers[i]] > c.byTier[tiers[j]] })
	var b strings.Builder
	fmt.Fprintf(&b, "**Samples on line %d**: %s of %s (%.1f%%)", line+1, thousands(c.total), thousands(total), 100*float64(c.total)/float64(total))
	for _, t := range tiers {
		fmt.Fprintf(&b, " · %s %s", t, thousands(c.byTier[t]))
	}
	return b.String()
}
