package tracelog

import "fmt"

// Format is an encoding of a log.
type Format uint8

const (
	JSONL Format = iota + 1 // JSON Lines: a header line, then an event per line
	Text                    // PYPYLOG-style sections
)

func (f Format) String() string {
	switch f {
	case JSONL:
		return "jsonl"
	case Text:
		return "text"
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// AppendHeader appends what starts a log in format f: the header line
// for JSON Lines, nothing for text.
func (f Format) AppendHeader(b []byte, h FileHeader) []byte {
	if f == JSONL {
		return appendJSONHeader(b, h)
	}
	return b
}

// Append appends e encoded in format f, as a Log would write it. Tools
// use it to convert or filter logs; the runtime uses a Log.
func (f Format) Append(b []byte, e Event) []byte {
	if f == JSONL {
		return appendJSON(b, e)
	}
	return appendText(b, e, false)
}
