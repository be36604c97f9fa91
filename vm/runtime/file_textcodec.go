package runtime

import (
	"bytes"
	"io"
	"strings"
)

// This file defines the text-file side of the codecs whose bytes are not
// read by the UTF-8/Latin-1/ASCII paths of file.go: UTF-16, UTF-32 (with
// or without byte order), utf-8-sig and the charmap codecs (cp1252,
// iso8859-N...). Reading goes through a
// fileDecoder, an incremental decoder between the OS file and the read
// buffer, so the buffer holds UTF-8 and the text reading code stays one;
// writing encodes with the file's codec and writes the byte order mark once,
// at the start of the file, as CPython's TextIOWrapper does.

// fileTranscoded returns the normalised name of a codec a text file must
// transcode, or "".
func fileTranscoded(encoding string) string {
	switch n := normalizeEncoding(encoding); n {
	case "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig":
		return n
	default:
		if charmapNamed(n) != nil {
			return n
		}
	}
	return ""
}

// fileCodecHasBOM reports whether enc writes a byte order mark at the start.
func fileCodecHasBOM(enc string) bool {
	return enc == "utf-16" || enc == "utf-32" || enc == "utf-8-sig"
}

// fileDecoder decodes the bytes of src into UTF-8 (WTF-8 for lone
// surrogates) as they are read, keeping an incomplete code unit or
// surrogate pair for the next read, so a character split between two OS
// reads decodes as one.
type fileDecoder struct {
	src     io.Reader
	enc     string // the normalised codec
	errors  string
	order   string // for utf-16/utf-32: the -le/-be codec chosen by the BOM
	atStart bool   // no byte read since the start of the file: look for a BOM
	pending []byte // raw bytes not decoded yet
	out     []byte // decoded bytes not returned yet
}

func newFileDecoder(src io.Reader, enc, errors string, atStart bool) *fileDecoder {
	return &fileDecoder{src: src, enc: enc, errors: errors, atStart: atStart}
}

// Read returns decoded bytes; io.EOF (with any incomplete tail decoded by
// the error handler first) at the end of the source.
func (d *fileDecoder) Read(p []byte) (int, error) {
	var chunk [fileBufferSize]byte
	for len(d.out) == 0 {
		// Read a whole chunk, so that a short file is decoded in one piece
		// and error positions count from its start as in CPython.
		n, err := io.ReadFull(d.src, chunk[:])
		d.pending = append(d.pending, chunk[:n]...)
		final := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !final {
			return 0, err
		}
		if derr := d.decode(final); derr != nil {
			return 0, derr
		}
		if final && len(d.out) == 0 {
			return 0, io.EOF
		}
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

// decode moves the complete part of pending (all of it when final) to out.
func (d *fileDecoder) decode(final bool) error {
	enc := d.enc
	if d.atStart {
		known, err := d.readBOM(final)
		if !known || err != nil {
			return err // not enough bytes to tell yet, or no BOM
		}
		d.atStart = false
	} else if d.order != "" {
		enc = d.order
	}
	// The first decode of utf-16 and utf-32 goes through the codec that
	// reads the BOM, so that error positions count it as CPython's do.
	cut := len(d.pending)
	switch d.enc {
	case "utf-8-sig":
		// The text reading code decodes UTF-8 itself.
		d.out = append(d.out, d.pending...)
		d.pending = d.pending[:0]
		return nil
	}
	if !final {
		unitOrder := enc
		if d.order != "" {
			unitOrder = d.order
		}
		switch unitOrder {
		case "utf-16-le", "utf-16-be":
			cut &^= 1
			if cut >= 2 {
				hi := uint16(d.pending[cut-2]) | uint16(d.pending[cut-1])<<8
				if unitOrder == "utf-16-be" {
					hi = hi>>8 | hi<<8
				}
				if hi >= 0xd800 && hi <= 0xdbff {
					cut -= 2 // wait for the low half of the pair
				}
			}
		case "utf-32-le", "utf-32-be":
			cut &^= 3
		}
	}
	if cut == 0 {
		return nil
	}
	text, err := Decode(d.pending[:cut], enc, d.errors)
	if err != nil {
		return err
	}
	d.out = append(d.out, text...)
	d.pending = append(d.pending[:0], d.pending[cut:]...)
	return nil
}

// readBOM looks for the byte order mark at the start of pending: it
// strips utf-8-sig's and chooses the byte order of utf-16 and utf-32. It
// reports false while too few bytes are known to tell, and, as CPython's
// incremental decoders, an error for a utf-16 or utf-32 file without one.
func (d *fileDecoder) readBOM(final bool) (bool, error) {
	p := d.pending
	switch d.enc {
	case "utf-8-sig":
		if len(p) < 3 && bytes.HasPrefix(utf8BOM, p) {
			if final {
				// CPython's decoder never decides and gives nothing.
				d.pending = p[:0]
			}
			return final, nil
		}
		d.pending = bytes.TrimPrefix(p, utf8BOM)
	case "utf-16", "utf-32":
		unit := 2
		le, be := []byte{0xff, 0xfe}, []byte{0xfe, 0xff}
		if d.enc == "utf-32" {
			unit, le, be = 4, []byte{0xff, 0xfe, 0, 0}, []byte{0, 0, 0xfe, 0xff}
		}
		switch {
		case bytes.HasPrefix(p, le):
			d.order = d.enc + "-le"
		case bytes.HasPrefix(p, be):
			d.order = d.enc + "-be"
		case len(p) >= unit:
			return false, Errorf(UnicodeError, "%s stream does not start with BOM", strings.ToUpper(d.enc))
		case !final:
			return false, nil
		default:
			d.order = d.enc + "-le"
		}
	}
	return true, nil
}

// reset forgets the decoder's buffers after a seek or before a write; at
// the start of the file it looks for a byte order mark again.
func (d *fileDecoder) reset(atStart bool) {
	d.pending, d.out = d.pending[:0], d.out[:0]
	d.atStart = atStart
	if !atStart && d.order == "" && (d.enc == "utf-16" || d.enc == "utf-32") {
		d.order = d.enc + "-le"
	}
}

// rawLen returns how many bytes of the file the decoded bytes text (and
// the decoder's own buffers) stand for: the read-ahead a tell() or a write
// must step back over.
func (d *fileDecoder) rawLen(text []byte) int64 {
	rest := string(text) + string(d.out)
	n := int64(len(d.pending))
	switch d.enc {
	case "utf-8-sig":
		return n + int64(len(rest))
	}
	if charmapTable(d.enc) != "" {
		return n + int64(countRunes(rest)) // one byte per character
	}
	for len(rest) > 0 {
		r, size := decodeRune(rest)
		rest = rest[size:]
		switch {
		case d.enc == "utf-32" || d.enc == "utf-32-le" || d.enc == "utf-32-be", r >= 0x10000:
			n += 4
		default:
			n += 2
		}
	}
	return n
}

// encodeTranscoded encodes text for a file of a transcoded codec: the
// first write at the start of the file carries the byte order mark.
func (f *File) encodeTranscoded(text string) ([]byte, error) {
	enc := f.xcodec
	if f.bomPending {
		f.bomPending = false
		return Encode(text, enc, f.errors)
	}
	switch enc {
	case "utf-16", "utf-32":
		enc += "-le"
	case "utf-8-sig":
		enc = "utf-8"
	}
	return Encode(text, enc, f.errors)
}

// fileAfterSeek resets the codec state of s's text view after the
// position moved to pos: at 0 a byte order mark is read or written again.
func (s *fileStream) fileAfterSeek(pos int64) {
	if s.decoder != nil {
		s.decoder.reset(pos == 0)
	}
	if t := s.text; t != nil && t.xcodec != "" {
		t.bomPending = pos == 0 && s.writable && fileCodecHasBOM(t.xcodec)
	}
}

// fileStartTranscoding sets up a newly opened text file f over s for the
// codec enc: a decoder for reading, and the byte order mark for the first
// write unless the file starts further on (append mode on a non-empty
// file).
func fileStartTranscoding(s *fileStream, f *File, enc string) {
	f.xcodec = enc
	var pos int64
	if s.seekable {
		if strings.Contains(s.rawMode, "a") {
			if info, err := s.core.f.Stat(); err == nil {
				pos = info.Size()
			}
		} else if p, err := s.core.f.Seek(0, io.SeekCurrent); err == nil {
			pos = p
		}
	}
	f.bomPending = pos == 0 && s.writable && fileCodecHasBOM(enc)
	if s.readable {
		s.decoder = newFileDecoder(s.core.r, enc, f.errors, pos == 0)
	}
}
