package runtime

import (
	"math/big"
	"unicode/utf8"
)

// This file defines the opaque tell() cookies of text files, as CPython's
// TextIOWrapper builds them. A cookie is the byte position where the
// decoder's state is known, plus that state: start | decFlags<<64 |
// bytesToFeed<<96 | charsToSkip<<128 | needEOF<<160. For the codecs Kiln
// has (all stateless but for the byte order of utf-16 and utf-32), the
// state is not empty in two cases only: a universal-newlines file (newline
// None or '') whose last character read was a lone '\r', which CPython's
// newline decoder holds back to see if '\n' follows, and a utf-16 or
// utf-32 file whose byte order mark said big-endian. Everywhere else the
// cookie is the byte position, as in CPython, but just before a '\r',
// where CPython's search may land after it (file_cookie_search.go).
// seek(cookie) goes back to the byte the cookie stands for.

// textCookie is a tell() cookie's fields.
type textCookie struct {
	start                            int64
	decFlags, bytesToFeed, charsSkip uint32
	needEOF                          bool
}

func (c textCookie) value() Value {
	if c.decFlags == 0 && c.bytesToFeed == 0 && c.charsSkip == 0 && !c.needEOF {
		return Int(c.start)
	}
	x := new(big.Int).SetUint64(uint64(c.start))
	for _, f := range []struct {
		v     uint32
		shift uint
	}{{c.decFlags, 64}, {c.bytesToFeed, 96}, {c.charsSkip, 128}} {
		x.Or(x, new(big.Int).Lsh(big.NewInt(int64(f.v)), f.shift))
	}
	if c.needEOF {
		x.SetBit(x, 160, 1)
	}
	return MakeInt(x)
}

// textCookieOf unpacks a cookie; ok is false for a plain position.
func textCookieOf(v Value) (c textCookie, ok bool) {
	if v.IsSmallInt() {
		return textCookie{start: v.SmallInt()}, false
	}
	x := intBig(v)
	if x.Sign() < 0 || x.BitLen() <= 64 {
		return textCookie{}, false
	}
	word := func(shift uint, bits uint) uint64 {
		return new(big.Int).And(new(big.Int).Rsh(x, shift), new(big.Int).SetUint64(1<<bits-1)).Uint64()
	}
	c = textCookie{start: int64(word(0, 63)), decFlags: uint32(word(64, 32)), bytesToFeed: uint32(word(96, 32)),
		charsSkip: uint32(word(128, 32)), needEOF: x.Bit(160) != 0}
	return c, true
}

// universalNewlines reports whether f reads with a newline decoder.
func (f *File) universalNewlines() bool {
	return f.newline.IsNone() || StrValue(f.newline) == ""
}

// rawCharLen is how many bytes of the file the character at the start
// of text (the read buffer, UTF-8) stands for.
func (f *File) rawCharLen(text []byte) int {
	r, size := utf8.DecodeRune(text)
	if size == 0 {
		size = 1
	}
	switch f.xcodec {
	case "":
		if f.codec != codecUTF8 {
			return 1
		}
		return size
	case "utf-8-sig":
		return size
	case "utf-16", "utf-16-le", "utf-16-be":
		if r >= 0x10000 {
			return 4
		}
		return 2
	case "utf-32", "utf-32-le", "utf-32-be":
		return 4
	}
	return 1 // a charmap codec
}

// codecFlags is the state CPython's decoder of f's codec reports: 1 for a
// utf-16 or utf-32 file read big-endian (by its byte order mark).
func (f *File) codecFlags() uint32 {
	if d := f.s.decoder; d != nil && (f.xcodec == "utf-16" || f.xcodec == "utf-32") && d.order == f.xcodec+"-be" {
		return 1
	}
	return 0
}

// textTell is TextIOWrapper.tell at byte position pos.
func (f *File) textTell(pos int64) (Value, error) {
	s := f.s
	if !s.textRead {
		if s.seekCookie.IsValid() {
			return s.seekCookie, nil
		}
		return Int(pos), nil
	}
	c := textCookie{start: pos, decFlags: f.codecFlags()}
	if !f.universalNewlines() {
		return c.value(), nil
	}
	c.decFlags <<= 1
	if s.textAtEOF {
		return c.value(), nil
	}
	if s.lastConsumed() != '\r' {
		if next, err := s.nextTextByte(); err != nil {
			return Value{}, err
		} else if next == '\r' {
			if cc, ok := f.cookieBeforeCR(pos); ok {
				return cc.value(), nil
			}
		}
		return c.value(), nil
	}
	// A lone '\r' was read: CPython's newline decoder holds it back, so
	// its cookie starts after it and feeds what follows.
	c.decFlags |= 1
	if _, err := s.nextTextByte(); err != nil {
		return Value{}, err
	}
	switch {
	case s.rpos == len(s.rbuf):
		c.charsSkip, c.needEOF = 1, true
	case s.rbuf[s.rpos] == '\r':
		// The next '\r' is held back in turn, and gives the first one.
		c.start += int64(f.rawCharLen(s.rbuf[s.rpos:]))
	default:
		c.bytesToFeed, c.charsSkip = uint32(f.rawCharLen(s.rbuf[s.rpos:])), 1
	}
	return c.value(), nil
}

// seekTextCookie is seek(cookie) for a cookie with decoder state: it goes
// to the cookie's position, before the '\r' held back if there is one, and
// reads the characters the cookie skips (that '\r' first).
func (f *File) seekTextCookie(v Value, c textCookie) (Value, error) {
	s := f.s
	pending := f.universalNewlines() && c.decFlags&1 != 0
	codec := c.decFlags
	if f.universalNewlines() {
		codec >>= 1
	}
	pos := c.start
	if pending {
		pos -= int64(f.rawCharLen([]byte{'\r'}))
	}
	s.cookieBufferSeek(c.start, 0)
	if _, err := s.seek(pos, 0); err != nil {
		return Value{}, err
	}
	if d := s.decoder; d != nil && pos > 0 && (f.xcodec == "utf-16" || f.xcodec == "utf-32") {
		switch codec {
		case 0:
			d.order = f.xcodec + "-le"
		case 1:
			d.order = f.xcodec + "-be"
		}
	}
	// The characters skipped include the '\r' held back, if any.
	if skip := int64(c.charsSkip); skip > 0 {
		if _, err := f.readText(skip); err != nil {
			return Value{}, err
		}
		s.cookieBufferRead(c.start, int64(c.bytesToFeed))
		s.cookieChunksAfterSeek(c.start, c.decFlags, int64(c.bytesToFeed))
		s.feedLeft = f.cookieFedChars(c) - skip
	} else {
		s.cookieChunksAfterSeek(c.start, c.decFlags, 0)
		s.seekCookie = v
	}
	return v, nil
}

// lastConsumed is the last byte the reads consumed, or 0.
func (s *fileStream) lastConsumed() byte {
	if s.rpos > 0 {
		return s.rbuf[s.rpos-1]
	}
	return s.prevByte
}

// startTextRead notes a text read: the first since the last seek or write
// is where CPython's chunks start.
func (s *fileStream) startTextRead() {
	if !s.textRead && !s.chunksBySeek {
		// The first read after open or a write: chunks from here.
		pos, err := s.tell()
		s.chunkBase, s.chunkFlags, s.chunksKnown = pos, 0, err == nil
		s.chunkFeedEnd, s.chunkWinEnd = 0, 0
		s.chunkGen++
	}
	s.chunksBySeek = false
	s.textRead, s.textAtEOF, s.seekCookie = true, false, Value{}
}

// forgetTextState forgets what the reads left for tell(), after a seek or
// a write, as CPython drops its decoder snapshot.
func (s *fileStream) forgetTextState() {
	s.textRead, s.textAtEOF, s.seekCookie, s.prevByte, s.feedLeft = false, false, Value{}, 0, 0
}

// nextTextByte returns the next byte of the read buffer (UTF-8 text),
// reading more if it is empty, or 0 at the end of the file.
func (s *fileStream) nextTextByte() (byte, error) {
	s.resetEOF()
	for s.rpos == len(s.rbuf) {
		more, err := s.fill()
		if err != nil {
			return 0, err
		}
		if !more {
			return 0, nil
		}
	}
	return s.rbuf[s.rpos], nil
}

// cookieBufferSeek follows CPython's BufferedReader.seek under a text
// file: a target inside its buffer keeps the buffer.
func (s *fileStream) cookieBufferSeek(target int64, whence int) {
	if whence == 0 && s.winValid && s.winEnd > s.winPos && target >= s.winStart && target <= s.winEnd {
		s.winPos = target
		return
	}
	s.winValid = false
}

// cookieBufferRead follows the read of n bytes that seek(cookie) makes
// from CPython's BufferedReader at start: from its buffer, or into a new
// one (cookieChunk is larger than the buffer, so text reads never fill it).
func (s *fileStream) cookieBufferRead(start, n int64) {
	if s.winValid && s.winEnd-s.winPos >= n {
		s.winPos += n
		return
	}
	size := int64(-1)
	if info, err := s.core.f.Stat(); err == nil {
		size = info.Size()
	}
	b := s.blockSize
	if b <= 0 {
		b = fileBufferSize
	}
	s.winStart, s.winEnd, s.winPos, s.winValid = start, start+b, start+n, true
	if size >= 0 && s.winEnd > size {
		s.winEnd = size
	}
}

// cookieChunksAfterSeek sets the chunks CPython reads after a seek to pos
// with decoder flags: the fed bytes, then what its buffer holds, then
// chunks of cookieChunk bytes.
func (s *fileStream) cookieChunksAfterSeek(pos int64, flags uint32, fed int64) {
	s.chunkBase, s.chunkFlags, s.chunksKnown, s.chunksBySeek = pos, flags, true, true
	s.chunkFeedEnd, s.chunkWinEnd = 0, 0
	s.chunkGen++
	if fed > 0 {
		s.chunkFeedEnd = pos + fed
	}
	if s.winValid && s.winEnd > s.winPos {
		s.chunkWinEnd = s.winEnd
	}
}

// cookieTextRead notes a text read that returned chars characters,
// complete when it needed no more: while the characters a seek(cookie)
// decoded from its fed bytes last, CPython reads no chunk; the first
// chunk it reads takes what its buffer held.
func (s *fileStream) cookieTextRead(chars int64, complete bool) {
	if complete && chars <= s.feedLeft {
		s.feedLeft -= chars
		return
	}
	s.feedLeft, s.winValid = 0, false
}
