package runtime

import (
	"unicode/utf8"
)

// This file reproduces the one case where CPython's tell() cookie depends
// on how its TextIOWrapper read the file: just before a '\r' in a
// universal-newlines file. CPython's tell() starts from its snapshot (the
// start of the last 8192-byte chunk it read, with the decoder state
// there), guesses a byte offset from the chunk's bytes-per-character
// ratio and decodes up to it; when that offset falls just after the '\r',
// whose newline decoder then holds it back, it returns that offset with
// the "held back" flag instead of the position. Kiln replays the guess on
// the file's bytes with a model of CPython's incremental decoders. The
// chunks are those of reads of up to cookieChunkChars characters and of
// readline, which read 8192 bytes each from the first read after open,
// a seek or a write; after a longer read(n) Kiln gives the position.

const (
	// cookieChunk is CPython's TextIOWrapper._CHUNK_SIZE.
	cookieChunk = 8192
	// cookieChunkChars is the longest read(n) whose chunks are sure to be
	// cookieChunk bytes: CPython asks for max(ratio, 1) * n bytes.
	cookieChunkChars = 2048
)

// cookieDecoder models CPython's incremental decoder of a text file
// wrapped in its IncrementalNewlineDecoder, counting characters only.
type cookieDecoder struct {
	f       *File
	buf     []byte // bytes of an incomplete character (or BOM)
	order   int    // utf-16/utf-32 byte order: 0 little, 1 big, 2 not known yet
	bomSeen bool   // utf-8-sig: the start of the file is behind
	pending bool   // a '\r' held back
	prevCR  bool   // translate: the last character given was a '\r'
}

// flags is the decoder's getstate() flags.
func (d *cookieDecoder) flags() uint32 {
	var codec uint32
	switch d.f.xcodec {
	case "utf-16", "utf-32":
		codec = uint32(d.order)
	case "utf-8-sig":
		if !d.bomSeen {
			codec = 1
		}
	}
	codec <<= 1
	if d.pending {
		codec |= 1
	}
	return codec
}

// codecChars decodes what it can of buf, leaving an incomplete character
// there, and returns the characters ('\r' and '\n' as themselves, others
// as 'x').
func (d *cookieDecoder) codecChars(final bool) []byte {
	var out []byte
	b := d.buf
	unit := 0
	switch d.f.xcodec {
	case "utf-16", "utf-16-le", "utf-16-be":
		unit = 2
	case "utf-32", "utf-32-le", "utf-32-be":
		unit = 4
	}
	switch {
	case d.f.xcodec == "utf-16" || d.f.xcodec == "utf-32":
		if d.order == 2 {
			if len(b) < unit && !final {
				return nil
			}
			d.order = 0
			if unit == 2 && len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff || unit == 4 && len(b) >= 4 && b[2] == 0xfe && b[3] == 0xff {
				d.order, b = 1, b[unit:]
			} else if len(b) >= unit && (b[0] == 0xff && b[1] == 0xfe) {
				b = b[unit:]
			}
		}
	case d.f.xcodec == "utf-8-sig" && !d.bomSeen:
		if len(b) < 3 && !final && string(b) == "\xef\xbb\xbf"[:len(b)] {
			return nil
		}
		d.bomSeen = true
		if len(b) >= 3 && string(b[:3]) == "\xef\xbb\xbf" {
			b = b[3:]
		}
	}
	big := d.f.xcodec == "utf-16-be" || d.f.xcodec == "utf-32-be" || (d.f.xcodec == "utf-16" || d.f.xcodec == "utf-32") && d.order == 1
	for len(b) > 0 {
		switch {
		case unit == 0 && (d.f.xcodec == "" && d.f.codec == codecUTF8 || d.f.xcodec == "utf-8-sig"):
			if b[0] < 0x80 {
				out = append(out, b[0])
				b = b[1:]
				continue
			}
			if !utf8.FullRune(b) && !final {
				d.buf = append(d.buf[:0], b...)
				return out
			}
			_, n := utf8.DecodeRune(b)
			out = append(out, 'x')
			b = b[n:]
		case unit == 0:
			out = append(out, b[0]) // one byte, one character ('\r' is 0x0d in all)
			b = b[1:]
		default:
			if len(b) < unit {
				if final {
					out, b = append(out, 'x'), nil
					continue
				}
				d.buf = append(d.buf[:0], b...)
				return out
			}
			var v uint32
			for i := 0; i < unit; i++ {
				k := i
				if big {
					k = unit - 1 - i
				}
				v |= uint32(b[k]) << (8 * i)
			}
			if unit == 2 && v >= 0xd800 && v <= 0xdbff {
				if len(b) < 4 && !final {
					d.buf = append(d.buf[:0], b...)
					return out
				}
				if len(b) >= 4 {
					b = b[2:]
				}
			}
			if v == '\r' || v == '\n' {
				out = append(out, byte(v))
			} else {
				out = append(out, 'x')
			}
			b = b[unit:]
		}
	}
	d.buf = d.buf[:0]
	return out
}

// decode feeds data and returns how many characters come out.
func (d *cookieDecoder) decode(data []byte, final bool) int {
	d.buf = append(d.buf, data...)
	d.prevCR = false
	chars := d.codecChars(final)
	if d.pending {
		chars = append([]byte{'\r'}, chars...)
		d.pending = false
	}
	if !final && len(chars) > 0 && chars[len(chars)-1] == '\r' {
		chars = chars[:len(chars)-1]
		d.pending = true
	}
	n := 0
	translate := d.f.newline.IsNone()
	for _, c := range chars {
		if translate && c == '\n' && d.prevCR {
			d.prevCR = false
			continue // "\r\n" is one "\n"
		}
		d.prevCR = c == '\r'
		n++
	}
	return n
}

// setState restores the state getstate() gave as flags, with no bytes.
func (d *cookieDecoder) setState(flags uint32) {
	d.buf, d.pending, d.prevCR = d.buf[:0], flags&1 != 0, false
	codec := flags >> 1
	switch d.f.xcodec {
	case "utf-16", "utf-32":
		d.order = int(codec)
	case "utf-8-sig":
		d.bomSeen = codec == 0
	}
}

// cookieWalk is where a search found its snapshot chunk: the decoder at
// the chunk's start, for the chunks of generation gen.
type cookieWalk struct {
	gen   uint64
	start int64
	d     cookieDecoder
	// snap is the snapshot chunk found from start, if any: its input and
	// what the search needs of it, valid for positions up to snapLast.
	snap *cookieSnap
}

// cookieSnap is a snapshot chunk: CPython's next_input from snapStart,
// the decoder flags there, and its bytes-per-character ratio.
type cookieSnap struct {
	input      []byte
	snapStart  int64
	snapFlags  uint32
	last       int64
	ratio      float64
	ratioKnown bool
}

// cookieBeforeCR is tell() at byte position pos, where the next
// character is a '\r', when the chunks are known: CPython's search from
// its snapshot. ok is false when Kiln cannot replay it.
func (f *File) cookieBeforeCR(pos int64) (textCookie, bool) {
	s := f.s
	if !s.chunksKnown || s.core.f == nil {
		return textCookie{}, false
	}
	info, err := s.core.f.Stat()
	if err != nil {
		return textCookie{}, false
	}
	size := info.Size()
	read := func(from, to int64) ([]byte, bool) {
		b := make([]byte, to-from)
		n, err := s.core.f.ReadAt(b, from)
		return b[:n], err == nil || int64(n) == to-from
	}
	// Walk the chunks from the base with the decoder, to the one whose
	// decoded characters reach pos: that is CPython's snapshot.
	d := &cookieDecoder{f: f}
	d.setState(s.chunkFlags)
	if s.chunkBase == 0 {
		d.order = 2
		d.bomSeen = false
		if f.xcodec != "utf-16" && f.xcodec != "utf-32" {
			d.order = 0
		}
	}
	start := s.chunkBase
	if w := s.cookieWalk; w != nil && w.gen == s.chunkGen && w.start <= pos {
		if sn := w.snap; sn != nil && pos <= sn.last {
			return f.cookieSearch(d, sn.input, sn.snapStart, sn.snapFlags, pos, sn.ratio, sn.ratioKnown)
		}
		// Resume where the last search found its snapshot chunk.
		start, *d = w.start, w.d
		d.buf = append([]byte(nil), w.d.buf...)
	}
	for {
		w := &cookieWalk{gen: s.chunkGen, start: start, d: *d}
		w.d.buf = append([]byte(nil), d.buf...)
		s.cookieWalk = w
		end := s.chunkEnd(start, size)
		if end <= start {
			return textCookie{}, false
		}
		snapStart := start - int64(len(d.buf))
		snapFlags := d.flags()
		snapBuf := append([]byte(nil), d.buf...)
		chunk, ok := read(start, end)
		if !ok {
			return textCookie{}, false
		}
		nchars := d.decode(chunk, false)
		// The decoded characters end before the bytes held back.
		held := int64(len(d.buf))
		if d.pending {
			held += int64(f.rawCharLen([]byte{'\r'}))
		}
		if pos <= end-held {
			w.snap = &cookieSnap{input: append(snapBuf, chunk...), snapStart: snapStart, snapFlags: snapFlags,
				last: end - held, ratio: float64(len(chunk)) / float64(max(nchars, 1)), ratioKnown: nchars > 0}
			return f.cookieSearch(d, w.snap.input, snapStart, snapFlags, pos, w.snap.ratio, w.snap.ratioKnown)
		}
		start = end
	}
}

// chunkEnd is where the chunk CPython's text layer reads from start ends,
// in a file of size bytes: cookieChunk bytes on, or the end of the bytes a
// seek(cookie) fed or of what its buffer still held.
func (s *fileStream) chunkEnd(start, size int64) int64 {
	switch {
	case s.chunkFeedEnd > start:
		return s.chunkFeedEnd
	case s.chunkWinEnd > start:
		return min(s.chunkWinEnd, size)
	}
	return min(start+cookieChunk, size)
}

// cookieSearch is the search of CPython's textiowrapper_tell over the
// snapshot input (from snapStart, decoder flags snapFlags) for byte
// position pos.
func (f *File) cookieSearch(d *cookieDecoder, input []byte, snapStart int64, snapFlags uint32, pos int64, ratio float64, ratioKnown bool) (textCookie, bool) {
	if !ratioKnown {
		ratio = 0
	}
	d.setState(snapFlags)
	used := d.decode(input[:pos-snapStart], false)
	c := textCookie{start: snapStart, decFlags: snapFlags}
	if used == 0 {
		return c, true
	}
	skip := used
	skipBytes := int(ratio * float64(skip))
	skipBack := 1
	for skipBytes > 0 {
		d.setState(snapFlags)
		if skipBytes > len(input) {
			skipBytes = len(input)
		}
		n := d.decode(input[:skipBytes], false)
		if n <= skip {
			if len(d.buf) == 0 {
				c.decFlags = d.flags()
				skip -= n
				break
			}
			skipBytes -= len(d.buf)
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if skipBytes <= 0 {
		skipBytes = 0
		d.setState(snapFlags)
	}
	c.start += int64(skipBytes)
	if skip == 0 {
		return c, true
	}
	decoded := 0
	i := skipBytes
	for ; i < len(input); i++ {
		decoded += d.decode(input[i:i+1], false)
		c.bytesToFeed++
		if len(d.buf) == 0 && decoded <= skip {
			c.start += int64(c.bytesToFeed)
			skip -= decoded
			c.decFlags = d.flags()
			c.bytesToFeed, decoded = 0, 0
		}
		if decoded >= skip {
			break
		}
	}
	if i == len(input) {
		decoded += d.decode(nil, true)
		c.needEOF = true
		if decoded < skip {
			return textCookie{}, false
		}
	}
	c.charsSkip = uint32(skip)
	return c, true
}

// cookieFedChars is how many characters CPython's decoder gives for the
// bytes a seek to cookie c feeds it.
func (f *File) cookieFedChars(c textCookie) int64 {
	b := make([]byte, c.bytesToFeed)
	n, _ := f.s.core.f.ReadAt(b, c.start)
	d := &cookieDecoder{f: f}
	d.setState(c.decFlags)
	return int64(d.decode(b[:n], c.needEOF))
}
