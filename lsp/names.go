// This file defines the index of names in a document: every place a name is
// bound or used, and which binding each refers to. Scopes come from Kiln's
// resolver (vm/resolve); the index adds where in the text each name is
// written. Definition, references and hover are lookups in it.

package lsp

import (
	"sort"
	"strings"

	"github.com/kilnpy/kiln/vm/resolve"
	"github.com/kilnpy/kiln/vm/syntax"
)

// symbol is one variable: a name in the scope that binds it. scope is nil
// for builtins and for module names that are never bound.
type symbol struct {
	name  string
	scope *resolve.Scope
	def   *occurrence // first binding in source order; nil if never bound
	kind  string      // what the first binding is: parameter, function, class, import, variable
	node  syntax.Node // the statement or parameter of the first binding
}

// occurrence is one place a name is written.
type occurrence struct {
	line       int // 0-based
	start, end int // byte columns
	sym        *symbol
	binding    bool
}

type nameIndex struct {
	occs []*occurrence // sorted by position
}

// at returns the occurrence covering a 0-based line and byte column.
func (ix *nameIndex) at(line, col int) *occurrence {
	i := sort.Search(len(ix.occs), func(i int) bool {
		o := ix.occs[i]
		return o.line > line || o.line == line && o.end >= col
	})
	if i < len(ix.occs) {
		o := ix.occs[i]
		if o.line == line && o.start <= col && col <= o.end {
			return o
		}
	}
	return nil
}

// rawName is an occurrence before resolution: the scope it is written in.
type rawName struct {
	occurrence
	scope *resolve.Scope
	name  string
	kind  string
	node  syntax.Node
	decl  string // "global" or "nonlocal" for declarations
}

type nameWalker struct {
	d     *document
	info  *resolve.Info
	raw   []*rawName
	bound map[*resolve.Scope]map[string]bool
	decl  map[*resolve.Scope]map[string]string
}

func buildNameIndex(d *document, mod *syntax.Module, info *resolve.Info) *nameIndex {
	w := &nameWalker{d: d, info: info,
		bound: map[*resolve.Scope]map[string]bool{},
		decl:  map[*resolve.Scope]map[string]string{}}
	for _, s := range mod.Body {
		w.visit(s, info.Module)
	}
	syms := map[*resolve.Scope]map[string]*symbol{}
	ix := &nameIndex{}
	for _, r := range w.raw {
		def := w.definingScope(r.scope, r.name)
		m := syms[def]
		if m == nil {
			m = map[string]*symbol{}
			syms[def] = m
		}
		sym := m[r.name]
		if sym == nil {
			sym = &symbol{name: r.name, scope: def}
			m[r.name] = sym
		}
		o := r.occurrence
		o.sym = sym
		if o.binding && sym.def == nil && r.scope == def {
			sym.def, sym.kind, sym.node = &o, r.kind, r.node
		}
		ix.occs = append(ix.occs, &o)
	}
	sort.SliceStable(ix.occs, func(i, j int) bool {
		a, b := ix.occs[i], ix.occs[j]
		return a.line < b.line || a.line == b.line && a.start < b.start
	})
	return ix
}

// definingScope finds the scope whose binding of name a use in s refers
// to, following Python's rules: global and nonlocal declarations, then the
// enclosing function scopes (class bodies are skipped), then the module. It
// returns nil for a builtin or a name nothing binds.
func (w *nameWalker) definingScope(s *resolve.Scope, name string) *resolve.Scope {
	module := w.info.Module
	switch w.decl[s][name] {
	case "global":
		if w.bound[module][name] {
			return module
		}
		return nil
	case "nonlocal":
		for p := s.Parent; p != nil && p != module; p = p.Parent {
			if p.Kind != resolve.ClassScope && w.bound[p][name] && w.decl[p][name] == "" {
				return p
			}
		}
		return nil
	}
	if w.bound[s][name] {
		return s
	}
	for p := s.Parent; p != nil; p = p.Parent {
		if p.Kind == resolve.ClassScope {
			continue
		}
		if w.decl[p][name] == "global" {
			return w.definingScope(module, name)
		}
		if w.bound[p][name] {
			return p
		}
	}
	return nil
}

func (w *nameWalker) add(s *resolve.Scope, name string, line, col int, binding bool, kind string, node syntax.Node) {
	if name == "" || line < 1 {
		return
	}
	if binding {
		if w.bound[s] == nil {
			w.bound[s] = map[string]bool{}
		}
		w.bound[s][name] = true
	}
	w.raw = append(w.raw, &rawName{
		occurrence: occurrence{line: line - 1, start: col, end: col + len(name), binding: binding},
		scope:      s, name: name, kind: kind, node: node})
}

// addFound adds name where it is first written at or after byte column
// from on line (1-based); statements such as import and global do not
// record the span of each name.
func (w *nameWalker) addFound(s *resolve.Scope, name string, line, from int, binding bool, kind string, node syntax.Node) {
	text := w.d.line(line - 1)
	if from > len(text) {
		return
	}
	i := identIndex(text[from:], name)
	if i < 0 {
		return
	}
	w.add(s, name, line, from+i, binding, kind, node)
}

// identIndex finds name in s as a whole identifier.
func identIndex(s, name string) int {
	off := 0
	for {
		i := strings.Index(s[off:], name)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isIdentByte(s[i-1])
		after := i+len(name) >= len(s) || !isIdentByte(s[i+len(name)])
		if before && after {
			return i
		}
		off = i + 1
	}
}

func isIdentByte(b byte) bool {
	return b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func (w *nameWalker) declare(s *resolve.Scope, name, how string) {
	if w.decl[s] == nil {
		w.decl[s] = map[string]string{}
	}
	w.decl[s][name] = how
}

func (w *nameWalker) exprs(xs []syntax.Expr, s *resolve.Scope) {
	for _, x := range xs {
		if x != nil {
			w.visit(x, s)
		}
	}
}

func (w *nameWalker) params(a *syntax.Arguments, outer, inner *resolve.Scope) {
	if a == nil {
		return
	}
	w.exprs(a.Defaults, outer)
	w.exprs(a.KwDefaults, outer)
	all := append(append(append([]*syntax.Arg{}, a.PosOnlyArgs...), a.Args...), a.KwOnlyArgs...)
	if a.VarArg != nil {
		all = append(all, a.VarArg)
	}
	if a.KwArg != nil {
		all = append(all, a.KwArg)
	}
	for _, p := range all {
		if p.Annotation != nil {
			w.visit(p.Annotation, outer)
		}
		w.add(inner, p.Arg, int(p.Start.Line), int(p.Start.Col), true, "parameter", p)
	}
}

// visit records the names in n, written in scope s. Nodes that open a
// scope are taken apart by hand, since parts of them (defaults, decorators,
// a comprehension's first iterable) still belong to the enclosing scope.
func (w *nameWalker) visit(n syntax.Node, s *resolve.Scope) {
	syntax.Walk(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Name:
			w.add(s, n.Id, int(n.Start.Line), int(n.Start.Col), n.Ctx != syntax.Load, "variable", n)
		case *syntax.FunctionDef:
			w.exprs(n.DecoratorList, s)
			inner := w.info.ScopeOf(n)
			if inner == nil {
				return false
			}
			w.params(n.Args, s, inner)
			if n.Returns != nil {
				w.visit(n.Returns, s)
			}
			w.add(s, n.Name, int(n.NameSpan.Start.Line), int(n.NameSpan.Start.Col), true, "function", n)
			for _, st := range n.Body {
				w.visit(st, inner)
			}
			return false
		case *syntax.ClassDef:
			w.exprs(n.DecoratorList, s)
			w.exprs(n.Bases, s)
			for _, k := range n.Keywords {
				w.visit(k.Value, s)
			}
			w.add(s, n.Name, int(n.NameSpan.Start.Line), int(n.NameSpan.Start.Col), true, "class", n)
			if inner := w.info.ScopeOf(n); inner != nil {
				for _, st := range n.Body {
					w.visit(st, inner)
				}
			}
			return false
		case *syntax.Lambda:
			inner := w.info.ScopeOf(n)
			if inner == nil {
				return false
			}
			w.params(n.Args, s, inner)
			w.visit(n.Body, inner)
			return false
		case *syntax.ListComp:
			w.comprehension(n, n.Generators, s, n.Elt)
			return false
		case *syntax.SetComp:
			w.comprehension(n, n.Generators, s, n.Elt)
			return false
		case *syntax.GeneratorExp:
			w.comprehension(n, n.Generators, s, n.Elt)
			return false
		case *syntax.DictComp:
			w.comprehension(n, n.Generators, s, n.Key, n.Value)
			return false
		case *syntax.Import:
			for _, a := range n.Names {
				name := a.AsName
				if name == "" {
					name, _, _ = strings.Cut(a.Name, ".")
				}
				w.addAlias(s, a, name, n)
			}
			return false
		case *syntax.ImportFrom:
			for _, a := range n.Names {
				if a.Name == "*" {
					continue
				}
				name := a.AsName
				if name == "" {
					name = a.Name
				}
				w.addAlias(s, a, name, n)
			}
			return false
		case *syntax.Global:
			for _, name := range n.Names {
				w.declare(s, name, "global")
				w.addFound(s, name, int(n.Start.Line), int(n.Start.Col)+len("global"), false, "", n)
			}
			return false
		case *syntax.Nonlocal:
			for _, name := range n.Names {
				w.declare(s, name, "nonlocal")
				w.addFound(s, name, int(n.Start.Line), int(n.Start.Col)+len("nonlocal"), false, "", n)
			}
			return false
		case *syntax.ExceptHandler:
			if n.Type != nil {
				w.visit(n.Type, s)
				if n.Name != "" {
					end := n.Type.GetSpan().End
					w.addFound(s, n.Name, int(end.Line), int(end.Col), true, "exception", n)
				}
			}
			for _, st := range n.Body {
				w.visit(st, s)
			}
			return false
		case *syntax.MatchAs:
			if n.Pattern != nil {
				w.visit(n.Pattern, s)
				if n.Name != "" {
					end := n.Pattern.GetSpan().End
					w.addFound(s, n.Name, int(end.Line), int(end.Col), true, "variable", n)
				}
			} else if n.Name != "" {
				w.add(s, n.Name, int(n.Start.Line), int(n.Start.Col), true, "variable", n)
			}
			return false
		case *syntax.MatchStar:
			w.addFound(s, n.Name, int(n.Start.Line), int(n.Start.Col), true, "variable", n)
			return false
		case *syntax.MatchMapping:
			for i := range n.Keys {
				w.visit(n.Keys[i], s)
				w.visit(n.Patterns[i], s)
			}
			if n.Rest != "" {
				line, col := int(n.Start.Line), int(n.Start.Col)
				if k := len(n.Patterns); k > 0 {
					e := n.Patterns[k-1].GetSpan().End
					line, col = int(e.Line), int(e.Col)
				}
				w.addFound(s, n.Rest, line, col, true, "variable", n)
			}
			return false
		}
		return true
	})
}

func (w *nameWalker) addAlias(s *resolve.Scope, a *syntax.Alias, name string, stmt syntax.Node) {
	line, col := int(a.Start.Line), int(a.Start.Col)
	if a.AsName != "" {
		text := w.d.line(line - 1)
		if i := strings.Index(text[min(col, len(text)):], " as "); i >= 0 {
			col += i + len(" as ")
		}
	}
	w.addFound(s, name, line, col, true, "import", stmt)
}

func (w *nameWalker) comprehension(n syntax.Node, gens []*syntax.Comprehension, outer *resolve.Scope, elts ...syntax.Expr) {
	inner := w.info.ScopeOf(n)
	if inner == nil || len(gens) == 0 {
		return
	}
	w.visit(gens[0].Iter, outer)
	for i, g := range gens {
		w.visit(g.Target, inner)
		if i > 0 {
			w.visit(g.Iter, inner)
		}
		w.exprs(g.Ifs, inner)
	}
	w.exprs(elts, inner)
}
