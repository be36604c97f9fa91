// This file defines how runtime facts follow the text they are about. A
// fact (a leak, a loop's JIT state, a line's samples) belongs to a line of
// the version of the file that ran. When the text changes, lines above an
// edit keep their facts, lines below move with the edit, and facts on lines
// the edit touched are dropped: they describe code that no longer exists.

package lsp

// lineEdit describes one change of a document as a replaced run of lines:
// lines startLine..oldEnd of old became lines startLine..newEnd of new.
type lineEdit struct {
	old, new       *document
	startLine      int
	oldEnd, newEnd int
}

// mapper returns a function from a line of the old document to the line in
// the new one, or -1 if that line was edited. Inside the replaced run, lines
// whose text is unchanged at its start or at its end keep their facts, so
// that typing a newline at the end of a line or inserting whole lines above
// one does not count as editing it.
func (e lineEdit) mapper() func(int) int {
	delta := e.newEnd - e.oldEnd
	prefix := 0
	for e.startLine+prefix <= e.oldEnd && e.startLine+prefix <= e.newEnd &&
		e.old.line(e.startLine+prefix) == e.new.line(e.startLine+prefix) {
		prefix++
	}
	suffix := 0
	for e.oldEnd-suffix >= e.startLine+prefix && e.newEnd-suffix >= e.startLine+prefix &&
		e.old.line(e.oldEnd-suffix) == e.new.line(e.newEnd-suffix) {
		suffix++
	}
	return func(l int) int {
		switch {
		case l < e.startLine+prefix:
			return l
		case l > e.oldEnd-suffix:
			return l + delta
		}
		return -1
	}
}

// wholeFileEdit compares two versions of a file as one replaced run: facts
// gathered from the text that ran are placed on the text being edited.
func wholeFileEdit(old, new *document) lineEdit {
	return lineEdit{old: old, new: new, startLine: 0, oldEnd: old.lineCount() - 1, newEnd: new.lineCount() - 1}
}
