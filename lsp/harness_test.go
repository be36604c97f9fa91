// This file is the test harness: an LSP client driving a real server
// through the JSON-RPC stack over an in-memory pipe, and the marker tests.
// A marker test is a txtar archive under testdata/<feature>/: Python files
// whose comments state what the server must say about their lines, trace
// logs and profiles for the runtime features, and golden files for edits.
//
// Markers, written after #@ at the end of a line, any number per line:
//
//	diag(severity, "text")   a diagnostic on this line containing text; the
//	                         diagnostics of a file are exactly its diag markers
//	loc(name, "text")        names the position of text on this line
//	def("text", name)        definition of the name at text is loc name
//	refs("text", a, b, ...)  references (with the declaration) are exactly these locs
//	hover("text", "want")    hover at text (or the line start if "") contains want
//	lens("want")             a code lens on this line has exactly the title want
//	lenspart("want")         a code lens on this line has a title containing want
//	lensre(`re`)             a code lens on this line has a title matching the
//	                         regular expression re (for real runs, whose numbers vary)
//	nolens("want")           no code lens on this line contains want
//	related("text", name)    the diagnostic on this line has related information
//	                         whose message contains text, on the line of loc name
//	symbol("name", kind)     a document symbol named name starts on this line
//	fold(n)                  a folding range starts on this line and spans n more lines
//	fix                      the quick fix for the diagnostic on this line gives
//	                         the archive's <file>.fixed@<line>
//
// Arguments are Go string literals, "interpreted" or `raw`.
//
// A profile is written from a "<log>.profile" section, one sample per line,
// and comments as Kiln's profiler writes them:
//
//	count tier func@startline:line func@startline:line ...   (innermost first)
//	comment kiln: loop 1 warmup_interp_ns=2000000

package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/pprof/profile"
	"go.lsp.dev/jsonrpc2"
	"go.lsp.dev/protocol"
	"go.uber.org/zap"
)

var update = flag.Bool("update", false, "rewrite the golden files of marker tests")

// testClient is the editor side of a test.
type testClient struct {
	t      testing.TB
	root   string
	conn   jsonrpc2.Conn
	server protocol.Server
	exit   chan int

	mu       sync.Mutex
	diags    map[protocol.DocumentURI][]protocol.Diagnostic
	progress []string // "token value" of each $/progress
	changed  chan struct{}
}

// recorder implements protocol.Client for the test: it records what the
// server pushes.
type recorder struct {
	protocol.Client
	c *testClient
}

func (r recorder) PublishDiagnostics(_ context.Context, p *protocol.PublishDiagnosticsParams) error {
	r.c.mu.Lock()
	r.c.diags[p.URI] = p.Diagnostics
	r.c.mu.Unlock()
	r.c.notify()
	return nil
}

func (r recorder) Progress(_ context.Context, p *protocol.ProgressParams) error {
	b, _ := json.Marshal(p.Value)
	r.c.mu.Lock()
	r.c.progress = append(r.c.progress, p.Token.String()+" "+string(b))
	r.c.mu.Unlock()
	return nil
}

func (r recorder) WorkDoneProgressCreate(context.Context, *protocol.WorkDoneProgressCreateParams) error {
	return nil
}
func (r recorder) LogMessage(context.Context, *protocol.LogMessageParams) error   { return nil }
func (r recorder) ShowMessage(context.Context, *protocol.ShowMessageParams) error { return nil }

func (c *testClient) notify() {
	select {
	case c.changed <- struct{}{}:
	default:
	}
}

// startServer starts a server on a pipe, for a workspace in root.
func startServer(t testing.TB, root string, opts Options) *testClient {
	t.Helper()
	a, b := net.Pipe()
	c := &testClient{t: t, root: root, exit: make(chan int, 1),
		diags: map[protocol.DocumentURI][]protocol.Diagnostic{}, changed: make(chan struct{}, 1)}
	if opts.Exit == nil {
		opts.Exit = func(code int) { c.exit <- code }
	}
	if opts.WatchInterval == 0 {
		opts.WatchInterval = 20 * time.Millisecond
	}
	if opts.Logger == nil {
		opts.Logger = zap.NewNop()
	}
	ctx, cancel := context.WithCancel(context.Background())
	srvConn := Serve(ctx, a, opts)
	_, c.conn, c.server = protocol.NewClient(ctx, recorder{c: c}, jsonrpc2.NewStream(b), zap.NewNop())
	t.Cleanup(func() {
		cancel()
		c.conn.Close()
		srvConn.Close()
	})
	return c
}

// initialize sends initialize (with extra capabilities merged in) and
// initialized, and returns the result.
func (c *testClient) initialize(extra map[string]any) map[string]any {
	c.t.Helper()
	params := map[string]any{
		"processId": os.Getpid(),
		"rootUri":   string(fileURI(c.root)),
		"capabilities": map[string]any{
			"window": map[string]any{"workDoneProgress": true},
		},
	}
	for k, v := range extra {
		params[k] = v
	}
	var res map[string]any
	if _, err := c.conn.Call(context.Background(), "initialize", params, &res); err != nil {
		c.t.Fatalf("initialize: %v", err)
	}
	if err := c.conn.Notify(context.Background(), "initialized", map[string]any{}); err != nil {
		c.t.Fatal(err)
	}
	return res
}

func (c *testClient) uri(name string) protocol.DocumentURI {
	return fileURI(filepath.Join(c.root, name))
}

func (c *testClient) open(name, text string) protocol.DocumentURI {
	c.t.Helper()
	uri := c.uri(name)
	err := c.server.DidOpen(context.Background(), &protocol.DidOpenTextDocumentParams{TextDocument: protocol.TextDocumentItem{
		URI: uri, LanguageID: "python", Version: 1, Text: text}})
	if err != nil {
		c.t.Fatal(err)
	}
	return uri
}

// change sends one incremental change.
func (c *testClient) change(uri protocol.DocumentURI, version int32, changes ...map[string]any) {
	c.t.Helper()
	err := c.conn.Notify(context.Background(), "textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": changes,
	})
	if err != nil {
		c.t.Fatal(err)
	}
}

func rangeChange(sl, sc, el, ec int, text string) map[string]any {
	return map[string]any{"range": map[string]any{
		"start": map[string]any{"line": sl, "character": sc},
		"end":   map[string]any{"line": el, "character": ec}}, "text": text}
}

// call sends a raw request and decodes its result.
func (c *testClient) call(method string, params, result any) error {
	_, err := c.conn.Call(context.Background(), method, params, result)
	return err
}

func (c *testClient) diagnostics(uri protocol.DocumentURI) []protocol.Diagnostic {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.diags[uri]
}

// eventually retries check until it succeeds or five seconds pass: the
// server pushes diagnostics and loads trace logs asynchronously.
func eventually(t testing.TB, check func() error) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := check()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// shutdown ends the session as an editor does and checks exit code 0.
func (c *testClient) shutdown() {
	c.t.Helper()
	if err := c.call("shutdown", nil, nil); err != nil {
		c.t.Fatalf("shutdown: %v", err)
	}
	c.conn.Notify(context.Background(), "exit", nil)
	select {
	case code := <-c.exit:
		if code != 0 {
			c.t.Fatalf("exit code %d after shutdown, want 0", code)
		}
	case <-time.After(5 * time.Second):
		c.t.Fatal("server did not exit")
	}
}

// archive is a parsed txtar file.
type archive struct {
	comment string
	files   map[string]string
	order   []string
}

func readArchive(t testing.TB, path string) *archive {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &archive{files: map[string]string{}}
	var name string
	var buf strings.Builder
	flush := func() {
		if name == "" {
			a.comment = buf.String()
		} else {
			a.files[name] = buf.String()
			a.order = append(a.order, name)
		}
		buf.Reset()
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(strings.TrimRight(line, "\n"), " --") {
			flush()
			name = strings.TrimSuffix(strings.TrimPrefix(strings.TrimRight(line, "\n"), "-- "), " --")
			continue
		}
		buf.WriteString(line)
	}
	flush()
	return a
}

func (a *archive) write(path string) error {
	var b strings.Builder
	b.WriteString(a.comment)
	for _, n := range a.order {
		fmt.Fprintf(&b, "-- %s --\n%s", n, a.files[n])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// marker is one #@name(args) annotation.
type marker struct {
	name string
	args []string // unquoted
	line int      // 0-based
	text string   // the line's code, markers removed
}

func parseMarkers(t testing.TB, src string) []marker {
	t.Helper()
	var ms []marker
	for i, line := range strings.Split(src, "\n") {
		at := strings.Index(line, "#@")
		if at < 0 {
			continue
		}
		code, rest := line[:at], line[at+2:]
		for rest = strings.TrimSpace(rest); rest != ""; rest = strings.TrimSpace(rest) {
			m := marker{line: i, text: code}
			j := strings.IndexAny(rest, "( ")
			if j < 0 {
				m.name, rest = rest, ""
				ms = append(ms, m)
				break
			}
			m.name = rest[:j]
			if rest[j] == ' ' {
				rest = rest[j:]
				ms = append(ms, m)
				continue
			}
			rest = rest[j+1:]
			for {
				rest = strings.TrimLeft(rest, " ,")
				if rest == "" {
					t.Fatalf("line %d: unterminated marker %s", i+1, m.name)
				}
				if rest[0] == ')' {
					rest = rest[1:]
					break
				}
				if rest[0] == '"' || rest[0] == '`' {
					q, err := strconv.QuotedPrefix(rest)
					if err != nil {
						t.Fatalf("line %d: %v", i+1, err)
					}
					s, _ := strconv.Unquote(q)
					m.args = append(m.args, s)
					rest = rest[len(q):]
					continue
				}
				k := strings.IndexAny(rest, ",)")
				if k < 0 {
					t.Fatalf("line %d: unterminated marker %s", i+1, m.name)
				}
				m.args = append(m.args, strings.TrimSpace(rest[:k]))
				rest = rest[k:]
			}
			ms = append(ms, m)
		}
	}
	return ms
}

// position of text in a marker's line, in UTF-16 units.
func (m marker) pos(t testing.TB, text string) protocol.Position {
	t.Helper()
	i := strings.Index(m.text, text)
	if i < 0 {
		t.Fatalf("line %d: %q not found in %q", m.line+1, text, m.text)
	}
	return protocol.Position{Line: uint32(m.line), Character: uint32(encodedColumn(m.text, i, encodingUTF16))}
}

func (m marker) arg(t testing.TB, i int) string {
	t.Helper()
	if i >= len(m.args) {
		t.Fatalf("line %d: marker %s needs %d arguments", m.line+1, m.name, i+1)
	}
	return m.args[i]
}

// writeProfile turns a .profile section into a pprof file as Kiln's
// profiler writes it: one sample type, tier labels, Python frames.
func writeProfile(t testing.TB, file, spec, path string) {
	t.Helper()
	p := &profile.Profile{SampleType: []*profile.ValueType{{Type: "samples", Unit: "count"}},
		PeriodType: &profile.ValueType{Type: "cpu", Unit: "nanoseconds"}, Period: 10_000_000}
	funcs := map[string]*profile.Function{}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		if c, ok := strings.CutPrefix(line, "comment "); ok {
			p.Comments = append(p.Comments, c)
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 3 {
			continue
		}
		n, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		s := &profile.Sample{Value: []int64{n}, Label: map[string][]string{tierLabel: {fields[1]}}}
		for _, fr := range fields[2:] {
			name, rest, _ := strings.Cut(fr, "@")
			start, ln, _ := strings.Cut(rest, ":")
			sl, _ := strconv.ParseInt(start, 10, 64)
			l, _ := strconv.ParseInt(ln, 10, 64)
			fn := funcs[name]
			if fn == nil {
				fn = &profile.Function{ID: uint64(len(funcs) + 1), Name: name, Filename: file, StartLine: sl}
				funcs[name] = fn
				p.Function = append(p.Function, fn)
			}
			loc := &profile.Location{ID: uint64(len(p.Location) + 1), Line: []profile.Line{{Function: fn, Line: l}}}
			p.Location = append(p.Location, loc)
			s.Location = append(s.Location, loc)
		}
		p.Sample = append(p.Sample, s)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := p.Write(f); err != nil {
		t.Fatal(err)
	}
}

// archiveSession writes an archive's program and trace log into a new
// workspace, starts a server there and opens the program.
func archiveSession(t *testing.T, path string) (*testClient, protocol.DocumentURI) {
	t.Helper()
	a := readArchive(t, path)
	return logSession(t, a.files["prog.py"], a.files[".kiln/run.jsonl"])
}

// logSession starts a server on a new workspace holding prog.py and the
// trace log .kiln/run.jsonl, and opens prog.py.
func logSession(t *testing.T, prog, log string) (*testClient, protocol.DocumentURI) {
	t.Helper()
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, ".kiln"), 0o755)
	os.WriteFile(filepath.Join(root, "prog.py"), []byte(prog), 0o644)
	os.WriteFile(filepath.Join(root, ".kiln/run.jsonl"), []byte(log), 0o644)
	c := startServer(t, root, Options{})
	c.initialize(nil)
	return c, c.open("prog.py", prog)
}

// runMarkerTests runs every archive in testdata/<dir>.
func runMarkerTests(t *testing.T, dir string) {
	paths, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if len(paths) == 0 {
		t.Fatalf("no tests in testdata/%s", dir)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txt"), func(t *testing.T) {
			runMarkerTest(t, path)
		})
	}
}

func runMarkerTest(t *testing.T, path string) { runMarkerTestWith(t, path, Options{}, nil) }

// runMarkerTestWith runs a marker test on a server started with opts;
// opened, if not nil, is called once each Python file is open, before its
// markers are checked (the real-kiln test runs the program there).
func runMarkerTestWith(t *testing.T, path string, opts Options, opened func(*testClient, protocol.DocumentURI)) {
	a := readArchive(t, path)
	root := t.TempDir()
	for _, name := range a.order {
		if strings.Contains(name, ".fixed") {
			continue
		}
		full := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(full), 0o755)
		if strings.HasSuffix(name, ".profile") {
			base := strings.TrimSuffix(name, ".profile")
			writeProfile(t, "prog.py", a.files[name], filepath.Join(root, base+".pb.gz"))
			continue
		}
		if err := os.WriteFile(full, []byte(a.files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := startServer(t, root, opts)
	c.initialize(nil)
	changed := false
	for _, name := range a.order {
		if !strings.HasSuffix(name, ".py") {
			continue
		}
		src := a.files[name]
		uri := c.open(name, src)
		if opened != nil {
			opened(c, uri)
		}
		ms := parseMarkers(t, src)
		if checkMarkers(t, c, uri, name, src, ms, a) {
			changed = true
		}
	}
	if changed && *update {
		if err := a.write(path); err != nil {
			t.Fatal(err)
		}
	}
	c.shutdown()
}

// checkMarkers checks a file's markers; it reports whether a golden file
// was updated.
func checkMarkers(t *testing.T, c *testClient, uri protocol.DocumentURI, name, src string, ms []marker, a *archive) bool {
	ctx := context.Background()
	doc := protocol.TextDocumentIdentifier{URI: uri}
	locs := map[string]protocol.Location{}
	var wantDiags []marker
	for _, m := range ms {
		switch m.name {
		case "loc":
			// The location is the identifier that starts where text does.
			p := m.pos(t, m.arg(t, 1))
			i := strings.Index(m.text, m.arg(t, 1))
			j := i
			for j < len(m.text) && isIdentByte(m.text[j]) {
				j++
			}
			end := protocol.Position{Line: p.Line, Character: uint32(encodedColumn(m.text, j, encodingUTF16))}
			locs[m.arg(t, 0)] = protocol.Location{URI: uri, Range: protocol.Range{Start: p, End: end}}
		case "diag":
			wantDiags = append(wantDiags, m)
		}
	}
	// Diagnostics: exactly the diag markers, once the server has said so.
	eventually(t, func() error {
		got := c.diagnostics(uri)
		if len(got) != len(wantDiags) {
			return fmt.Errorf("%s: got %d diagnostics %v, want %d", name, len(got), summarize(got), len(wantDiags))
		}
		for _, m := range wantDiags {
			if !slices.ContainsFunc(got, func(d protocol.Diagnostic) bool {
				return int(d.Range.Start.Line) == m.line && severityName(d.Severity) == m.arg(t, 0) && strings.Contains(d.Message, m.arg(t, 1))
			}) {
				return fmt.Errorf("%s:%d: no %s diagnostic containing %q in %v", name, m.line+1, m.arg(t, 0), m.arg(t, 1), summarize(got))
			}
		}
		return nil
	})
	updated := false
	for _, m := range ms {
		where := fmt.Sprintf("%s:%d: %s", name, m.line+1, m.name)
		switch m.name {
		case "def":
			got, err := c.server.Definition(ctx, &protocol.DefinitionParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
				TextDocument: doc, Position: m.pos(t, m.arg(t, 0))}})
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			want, ok := locs[m.arg(t, 1)]
			if m.arg(t, 1) == "none" {
				if len(got) != 0 {
					t.Errorf("%s: got %v, want no definition", where, got)
				}
				continue
			}
			if !ok {
				t.Fatalf("%s: no loc %q", where, m.arg(t, 1))
			}
			if len(got) != 1 || got[0] != want {
				t.Errorf("%s: got %v, want %v", where, got, want)
			}
		case "refs":
			got, err := c.server.References(ctx, &protocol.ReferenceParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
				TextDocument: doc, Position: m.pos(t, m.arg(t, 0))}, Context: protocol.ReferenceContext{IncludeDeclaration: true}})
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			var want []protocol.Location
			for _, l := range m.args[1:] {
				want = append(want, locs[l])
			}
			sortLocs(got)
			sortLocs(want)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: got %v, want %v", where, got, want)
			}
		case "hover":
			pos := protocol.Position{Line: uint32(m.line)}
			if m.arg(t, 0) != "" {
				pos = m.pos(t, m.arg(t, 0))
			}
			eventually(t, func() error {
				h, err := c.server.Hover(ctx, &protocol.HoverParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{
					TextDocument: doc, Position: pos}})
				if err != nil {
					return fmt.Errorf("%s: %v", where, err)
				}
				if h == nil || !strings.Contains(h.Contents.Value, m.arg(t, 1)) {
					return fmt.Errorf("%s: hover %+v does not contain %q", where, h, m.arg(t, 1))
				}
				return nil
			})
		case "lens", "lenspart", "lensre", "nolens":
			var re *regexp.Regexp
			if m.name == "lensre" {
				re = regexp.MustCompile(m.arg(t, 0))
			}
			eventually(t, func() error {
				lenses, err := c.server.CodeLens(ctx, &protocol.CodeLensParams{TextDocument: doc})
				if err != nil {
					return err
				}
				found := slices.ContainsFunc(lenses, func(l protocol.CodeLens) bool {
					if int(l.Range.Start.Line) != m.line || l.Command == nil {
						return false
					}
					switch m.name {
					case "lens":
						return l.Command.Title == m.arg(t, 0)
					case "lensre":
						return re.MatchString(l.Command.Title)
					}
					return strings.Contains(l.Command.Title, m.arg(t, 0))
				})
				if found != (m.name != "nolens") {
					return fmt.Errorf("%s(%q): lenses are %v", where, m.arg(t, 0), lensTitles(lenses))
				}
				return nil
			})
		case "symbol":
			syms, err := c.server.DocumentSymbol(ctx, &protocol.DocumentSymbolParams{TextDocument: doc})
			if err != nil {
				t.Fatal(err)
			}
			if !hasSymbol(syms, m.arg(t, 0), m.arg(t, 1), m.line) {
				t.Errorf("%s: no symbol %s %s in %s", where, m.arg(t, 1), m.arg(t, 0), dumpJSON(syms))
			}
		case "fold":
			n, _ := strconv.Atoi(m.arg(t, 0))
			folds, err := c.server.FoldingRanges(ctx, &protocol.FoldingRangeParams{TextDocumentPositionParams: protocol.TextDocumentPositionParams{TextDocument: doc}})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(folds, func(f protocol.FoldingRange) bool {
				return int(f.StartLine) == m.line && int(f.EndLine) == m.line+n
			}) {
				t.Errorf("%s: no folding range of %d lines in %v", where, n, folds)
			}
		case "fix":
			var diag *protocol.Diagnostic
			for _, d := range c.diagnostics(uri) {
				if int(d.Range.Start.Line) == m.line {
					diag = &d
				}
			}
			if diag == nil {
				t.Fatalf("%s: no diagnostic to fix", where)
			}
			actions, err := c.server.CodeAction(ctx, &protocol.CodeActionParams{TextDocument: doc, Range: diag.Range,
				Context: protocol.CodeActionContext{Diagnostics: []protocol.Diagnostic{*diag}}})
			if err != nil {
				t.Fatal(err)
			}
			if len(actions) != 1 || actions[0].Kind != protocol.QuickFix || actions[0].Edit == nil {
				t.Fatalf("%s: got actions %s", where, dumpJSON(actions))
			}
			got := applyEdits(t, src, actions[0].Edit.Changes[uri])
			golden := fmt.Sprintf("%s.fixed@%d", name, m.line+1)
			if *update {
				if a.files[golden] != got {
					if _, ok := a.files[golden]; !ok {
						a.order = append(a.order, golden)
					}
					a.files[golden] = got
					updated = true
				}
			} else if want := a.files[golden]; got != want {
				t.Errorf("%s: fixed text\n%s\nwant\n%s", where, got, want)
			}
			// The fix must itself parse.
			if e := analyze("fixed.py", got).syntaxErr; e != nil {
				t.Errorf("%s: the fixed text does not parse: %v", where, e)
			}
		case "related":
			want, ok := locs[m.arg(t, 1)]
			if !ok {
				t.Fatalf("%s: no loc %q", where, m.arg(t, 1))
			}
			var got []protocol.DiagnosticRelatedInformation
			for _, d := range c.diagnostics(uri) {
				if int(d.Range.Start.Line) == m.line {
					got = append(got, d.RelatedInformation...)
				}
			}
			if !slices.ContainsFunc(got, func(ri protocol.DiagnosticRelatedInformation) bool {
				return strings.Contains(ri.Message, m.arg(t, 0)) && ri.Location.URI == want.URI && ri.Location.Range.Start.Line == want.Range.Start.Line
			}) {
				t.Errorf("%s: no related information %q at line %d in %s", where, m.arg(t, 0), want.Range.Start.Line+1, dumpJSON(got))
			}
		case "loc", "diag":
		default:
			t.Fatalf("%s: unknown marker", where)
		}
	}
	return updated
}

// applyEdits applies non-overlapping UTF-16 edits to src.
func applyEdits(t testing.TB, src string, edits []protocol.TextEdit) string {
	d := newDocument("file:///x.py", 0, src)
	sort.Slice(edits, func(i, j int) bool {
		return d.offset(edits[i].Range.Start, encodingUTF16) > d.offset(edits[j].Range.Start, encodingUTF16)
	})
	text := src
	for _, e := range edits {
		s, en := d.offset(e.Range.Start, encodingUTF16), d.offset(e.Range.End, encodingUTF16)
		text = text[:s] + e.NewText + text[en:]
	}
	return text
}

func severityName(s protocol.DiagnosticSeverity) string {
	switch s {
	case protocol.DiagnosticSeverityError:
		return "error"
	case protocol.DiagnosticSeverityWarning:
		return "warning"
	case protocol.DiagnosticSeverityInformation:
		return "info"
	}
	return "hint"
}

func summarize(ds []protocol.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%d:%s:%s", d.Range.Start.Line+1, severityName(d.Severity), d.Message))
	}
	return out
}

func lensTitles(ls []protocol.CodeLens) []string {
	var out []string
	for _, l := range ls {
		if l.Command != nil {
			out = append(out, fmt.Sprintf("%d:%s", l.Range.Start.Line+1, l.Command.Title))
		}
	}
	return out
}

func sortLocs(ls []protocol.Location) {
	sort.Slice(ls, func(i, j int) bool {
		a, b := ls[i].Range.Start, ls[j].Range.Start
		return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
	})
}

func hasSymbol(syms []interface{}, name, kind string, line int) bool {
	b, _ := json.Marshal(syms)
	var tree []protocol.DocumentSymbol
	json.Unmarshal(b, &tree)
	var find func([]protocol.DocumentSymbol) bool
	find = func(ss []protocol.DocumentSymbol) bool {
		for _, s := range ss {
			if s.Name == name && strings.EqualFold(s.Kind.String(), kind) && int(s.SelectionRange.Start.Line) == line {
				return true
			}
			if find(s.Children) {
				return true
			}
		}
		return false
	}
	return find(tree)
}

func dumpJSON(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	enc.Encode(v)
	return b.String()
}
