// This file defines the code lenses: "▶ Run with Kiln" on the first line
// and on `if __name__ == "__main__":`, and the facts of the last run: the
// warm-up summary on the first line, what the JIT did with each loop on
// its header, and each hot function's share of CPU time on its def line.

package lsp

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"go.lsp.dev/protocol"

	"github.com/kilnpy/kiln/vm/syntax"
)

// Lens titles that tests and editors look for.
const runLensTitle = "▶ Run with Kiln"

// CodeLens returns every lens of the document, resolved.
func (s *server) CodeLens(_ context.Context, p *protocol.CodeLensParams) ([]protocol.CodeLens, error) {
	d, enc, err := s.snapshot(p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	lenses := []protocol.CodeLens{}
	// Lenses that only inform have an empty command, which editors show
	// without making it clickable.
	add := func(line int, title, command string, args ...any) {
		lenses = append(lenses, protocol.CodeLens{
			Range:   d.lineRange(line, enc),
			Command: &protocol.Command{Title: title, Command: command, Arguments: args},
		})
	}
	add(0, runLensTitle, commandRun, string(d.uri))
	if l := mainGuardLine(d); l > 0 {
		add(l, runLensTitle, commandRun, string(d.uri))
	}
	s.facts.view(d.path, func(f *fileFacts) {
		if f.warmup != nil {
			add(0, warmupTitle(f.warmup), "")
		}
		for _, l := range f.loops {
			add(l.line, loopTitle(l), commandShowTrace, string(d.uri), l.line)
		}
		funcs := append([]*funcFact(nil), f.funcs...)
		sort.Slice(funcs, func(i, j int) bool { return funcs[i].line < funcs[j].line })
		for _, fn := range funcs {
			if f.total == 0 || fn.samples == 0 {
				continue
			}
			add(fn.line, hotTitle(fn, f.total), "")
		}
	})
	return lenses, nil
}

// mainGuardLine finds `if __name__ == "__main__":` (0-based), or -1.
func mainGuardLine(d *document) int {
	a := d.analysis()
	if a.mod == nil {
		return -1
	}
	for _, st := range a.mod.Body {
		ifs, ok := st.(*syntax.If)
		if !ok {
			continue
		}
		c, ok := ifs.Test.(*syntax.Compare)
		if !ok || len(c.Comparators) != 1 {
			continue
		}
		if n, ok := c.Left.(*syntax.Name); ok && n.Id == "__name__" {
			if k, ok := c.Comparators[0].(*syntax.Constant); ok && k.Value == "__main__" {
				return int(ifs.Start.Line) - 1
			}
		}
	}
	return -1
}

// loopTitle is the JIT lens of a loop:
//
//	JIT: compiled after 1039 iterations in 0.4 ms · 2 bridges · guard at line 14 failed 3,100×
//	JIT: not compiled — trace aborted: too long (6000 ops)
//	JIT: never hot
func loopTitle(l *loopFact) string {
	switch {
	case l.loopID != 0:
		var b strings.Builder
		b.WriteString("JIT: compiled")
		if l.hot > 0 {
			fmt.Fprintf(&b, " after %d iterations", l.hot)
		}
		fmt.Fprintf(&b, " in %s", millis(l.compile))
		if l.bridges > 0 {
			fmt.Fprintf(&b, " · %d %s", l.bridges, plural(l.bridges, "bridge", "bridges"))
		}
		if g := l.guard; g != nil && g.count > 0 {
			fmt.Fprintf(&b, " · guard at line %d failed %s×", g.line+1, thousands(g.count))
		}
		if l.invalid != "" {
			fmt.Fprintf(&b, " · invalidated: %s", l.invalid)
		}
		return b.String()
	case l.abort != nil:
		reason := strings.ReplaceAll(string(l.abort.Reason), "_", " ")
		if l.abort.Detail != "" {
			reason += " " + l.abort.Detail
		}
		return fmt.Sprintf("JIT: not compiled — trace aborted: %s (%d ops)", reason, l.abort.Ops)
	case l.hot > 0:
		return fmt.Sprintf("JIT: hot after %d iterations, not compiled", l.hot)
	}
	return "JIT: never hot"
}

// warmupTitle is the warm-up lens:
//
//	Warm-up: 45 ms to steady state · 3 loops compiled · 12% of time interpreted before compilation
//
// Steady state is the last compilation (loop or bridge). The share is
// measured by the profiler when the run wrote a profile: the CPU time
// spent interpreting each compiled loop's code before the JIT took it
// over. A log alone cannot tell interpreting from running loops compiled
// earlier, so without a profile the share is the time to steady state over
// the whole run, which is at least the interpreted share.
func warmupTitle(w *warmupFact) string {
	if w.loops == 0 {
		return fmt.Sprintf("Warm-up: no loop compiled in %s", millis(w.total))
	}
	t := fmt.Sprintf("Warm-up: %s to steady state · %d %s compiled", millis(w.steady), w.loops, plural(w.loops, "loop", "loops"))
	switch {
	case w.interpretedShare >= 0:
		t += fmt.Sprintf(" · %d%% of time interpreted before compilation", int(100*w.interpretedShare+0.5))
	case w.total > 0:
		t += fmt.Sprintf(" · %d%% of time interpreted before compilation", int(100*float64(w.steady)/float64(w.total)+0.5))
	}
	return t
}

// hotTitle is a function's hot-code lens: "18.2% CPU · 95% JIT".
func hotTitle(fn *funcFact, total int64) string {
	return fmt.Sprintf("%.1f%% CPU · %d%% JIT", 100*float64(fn.samples)/float64(total),
		int(100*float64(fn.jit)/float64(fn.samples)+0.5))
}

// millis formats a duration as milliseconds: one decimal below 10 ms.
func millis(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	if ms < 10 {
		return fmt.Sprintf("%.1f ms", ms)
	}
	return fmt.Sprintf("%.0f ms", ms)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// thousands formats n with comma separators: 3,100.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
