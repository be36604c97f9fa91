package runtime

// This file defines StrPieces, which makes the strs of the many pieces
// one call cuts from a text (str.split's words, re.findall's matches)
// and gives a piece equal to one it made before the same str object.
//
// Natural text repeats its words: word_count's 300000 words are 46
// distinct ones, and a list of them cost 300000 str objects (32 bytes
// each, next to the list's 16-byte slots) where 46 carry the same
// information. CPython makes one object per piece (it shares only the
// strs of one Latin-1 character); sharing equal immutable strs is not
// visible to a program except through `is`, which Python does not promise
// for equal strs. The hash computed to find an equal piece is kept in the
// str, so a dict that counts the words does not compute it again.
//
// Sharing costs a hash and a compare per piece, so it is only tried for
// calls that cut at least strShareMinPieces pieces, for pieces of at most
// strShareMaxLen bytes, and it stops when the first strShareProbe pieces
// found fewer than one in strShareMinHitRatio already made (numbers,
// identifiers that never repeat).

const (
	strShareMinPieces   = 64
	strShareMaxLen      = 32
	strShareSlots       = 256 // a power of two
	strShareProbe       = 512
	strShareMinHitRatio = 4
	// strShareChunk is how many str objects make allocates at once. A
	// piece kept after the others are dropped keeps its chunk alive (at
	// most 15 other 32-byte headers, next to the whole text its bytes
	// share), in exchange for one allocation per 16 pieces instead of one
	// each.
	strShareChunk = 16
)

// StrPieces makes the strs of one call's pieces; its zero value shares
// nothing until Start. It holds its table inline, so it lives on its
// caller's stack.
type StrPieces struct {
	slots      [strShareSlots]*Str
	chunk      []Str
	left       int // pieces still to come (for the size of the chunks)
	seen, hits int
	sharing    bool
	markASCII  bool
}

// Start prepares p for n pieces, or for an unknown number (n < 0: a
// scan's matches, whose cost dwarfs the table's); ascii says the pieces
// are known to be ASCII text.
func (p *StrPieces) Start(n int, ascii bool) {
	p.left, p.markASCII = max(n, 0), ascii
	p.sharing = n < 0 || n >= strShareMinPieces
}

// Piece returns a str of t, which the caller may have cut from a larger
// text (the new str then shares its bytes).
func (p *StrPieces) Piece(t string) *Str {
	if !p.sharing || len(t) > strShareMaxLen {
		return p.make(t, 0)
	}
	h := strHash(t)
	// Two slots per piece, so that two frequent pieces whose hashes
	// share their low bits do not keep replacing each other.
	a, b := &p.slots[h&(strShareSlots-1)], &p.slots[h>>8&(strShareSlots-1)]
	p.seen++
	for _, slot := range [2]**Str{a, b} {
		if s := *slot; s != nil && s.text() == t {
			p.hits++
			return s
		}
	}
	if p.seen == strShareProbe && p.hits*strShareMinHitRatio < p.seen {
		p.sharing = false
	}
	s := p.make(t, h)
	if *a != nil && *b == nil {
		a = b
	}
	*a = s
	return s
}

// PieceValue is Piece as a Value.
func (p *StrPieces) PieceValue(t string) Value { return ValueOf(p.Piece(t)) }

// make allocates the str of t, with its hash h when known (non-zero).
func (p *StrPieces) make(t string, h int64) *Str {
	if p.left > 0 {
		p.left--
	}
	if t == "" {
		return emptyStr
	}
	if len(p.chunk) == 0 {
		// One at a time when the count is unknown: a scan that finds
		// two matches should not allocate sixteen strs.
		p.chunk = make([]Str, max(1, min(strShareChunk, p.left+1)))
		profileNew(StrType, profStrSize*uintptr(len(p.chunk)))
	}
	s := &p.chunk[0]
	p.chunk = p.chunk[1:]
	s.typ = StrType
	s.setText(t)
	if p.markASCII {
		s.markASCII()
	}
	s.meta |= uint64(h) << strHashShift
	return s
}
