// This file defines the open documents: their text, the line index that
// converts between LSP positions and byte offsets in the negotiated position
// encoding, and incremental edits (textDocument/didChange).

package lsp

import (
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"go.lsp.dev/protocol"
)

// positionEncoding is the unit in which Position.Character counts: LSP 3.17
// lets client and server agree on one at initialize; UTF-16 is the default
// every client supports.
type positionEncoding string

const (
	encodingUTF16 positionEncoding = "utf-16"
	encodingUTF8  positionEncoding = "utf-8"
	encodingUTF32 positionEncoding = "utf-32"
)

// document is one open text document at one version. It is immutable once
// built: an edit makes a new document, so a request can keep working on the
// snapshot it took while later edits arrive.
type document struct {
	uri     protocol.DocumentURI
	path    string // file name, "" if the URI is not a file
	version int32
	text    string
	lines   []int // byte offset of the start of each line

	analyzeOnce sync.Once
	parsed      *analysis
}

func newDocument(uri protocol.DocumentURI, version int32, text string) *document {
	d := &document{uri: uri, path: uriPath(uri), version: version, text: text}
	d.lines = lineStarts(text)
	return d
}

func lineStarts(text string) []int {
	lines := make([]int, 1, strings.Count(text, "\n")+1)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// lineCount is the number of lines, counting a last line without a newline
// (and the empty line after a final newline, as LSP does).
func (d *document) lineCount() int { return len(d.lines) }

// line returns the text of 0-based line n without its line ending.
func (d *document) line(n int) string {
	if n < 0 || n >= len(d.lines) {
		return ""
	}
	end := len(d.text)
	if n+1 < len(d.lines) {
		end = d.lines[n+1] - 1
	}
	s := d.text[d.lines[n]:end]
	return strings.TrimSuffix(s, "\r")
}

// offset converts an LSP position into a byte offset. Positions past the end
// of a line clamp to its end, and lines past the end to the end of the text,
// as the specification asks.
func (d *document) offset(p protocol.Position, enc positionEncoding) int {
	n := int(p.Line)
	if n >= len(d.lines) {
		return len(d.text)
	}
	line := d.line(n)
	return d.lines[n] + byteColumn(line, int(p.Character), enc)
}

// byteColumn converts a column counted in enc units into a byte offset in
// line, never splitting a character.
func byteColumn(line string, col int, enc positionEncoding) int {
	if enc == encodingUTF8 {
		if col > len(line) {
			return len(line)
		}
		for col > 0 && col < len(line) && !utf8.RuneStart(line[col]) {
			col--
		}
		return col
	}
	units := 0
	for i, r := range line {
		if units >= col {
			return i
		}
		if enc == encodingUTF16 {
			units += utf16.RuneLen(r)
		} else {
			units++
		}
	}
	return len(line)
}

// encodedColumn converts a byte offset in line into a column counted in enc
// units.
func encodedColumn(line string, byteCol int, enc positionEncoding) int {
	if byteCol > len(line) {
		byteCol = len(line)
	}
	if byteCol < 0 {
		byteCol = 0
	}
	switch enc {
	case encodingUTF8:
		return byteCol
	case encodingUTF32:
		return utf8.RuneCountInString(line[:byteCol])
	}
	units := 0
	for _, r := range line[:byteCol] {
		units += utf16.RuneLen(r)
	}
	return units
}

// position converts a 0-based line and a byte column into an LSP position.
func (d *document) position(line, byteCol int, enc positionEncoding) protocol.Position {
	if line < 0 {
		line = 0
	}
	if line >= len(d.lines) {
		line = len(d.lines) - 1
		byteCol = len(d.line(line))
	}
	return protocol.Position{Line: uint32(line), Character: uint32(encodedColumn(d.line(line), byteCol, enc))}
}

// lineRange is the range covering the text of 0-based line n.
func (d *document) lineRange(n int, enc positionEncoding) protocol.Range {
	l := d.line(n)
	start := len(l) - len(strings.TrimLeft(l, " \t"))
	return protocol.Range{Start: d.position(n, start, enc), End: d.position(n, len(l), enc)}
}

// textChange is one entry of didChange's contentChanges. Range is a pointer
// because a change without a range replaces the whole text; protocol's own
// TextDocumentContentChangeEvent cannot tell the two apart.
type textChange struct {
	Range *protocol.Range `json:"range,omitempty"`
	Text  string          `json:"text"`
}

// edit applies one change and returns the new document, with what the edit
// did to lines (for facts that must follow the text).
func (d *document) edit(c textChange, enc positionEncoding) (*document, lineEdit) {
	if c.Range == nil {
		nd := newDocument(d.uri, d.version, c.Text)
		return nd, lineEdit{old: d, new: nd, startLine: 0, oldEnd: d.lineCount() - 1, newEnd: nd.lineCount() - 1}
	}
	start, end := d.offset(c.Range.Start, enc), d.offset(c.Range.End, enc)
	if end < start {
		start, end = end, start
	}
	nd := newDocument(d.uri, d.version, d.text[:start]+c.Text+d.text[end:])
	sl := int(c.Range.Start.Line)
	if sl >= d.lineCount() {
		sl = d.lineCount() - 1
	}
	if int(c.Range.End.Line) < sl {
		sl = int(c.Range.End.Line)
	}
	el := sl + strings.Count(d.text[start:end], "\n")
	return nd, lineEdit{old: d, new: nd, startLine: sl, oldEnd: el, newEnd: sl + strings.Count(c.Text, "\n")}
}

// uriPath returns the file name of a file URI, or "" for other schemes.
func uriPath(u protocol.DocumentURI) string {
	p, err := url.Parse(string(u))
	if err != nil || p.Scheme != "file" {
		return ""
	}
	return filepath.FromSlash(p.Path)
}

// fileURI returns the file URI of an absolute file name.
func fileURI(path string) protocol.DocumentURI {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	return protocol.DocumentURI(u.String())
}
