package runtime

import (
	"strings"
	"sync"

	"github.com/kilnpy/kiln/vm/compile"
)

// This file defines the interpreter's cache of compiled source text for
// exec(), eval() and compile(). Programs run the same text again and
// again: @dataclass compiles each generated method from source, and a
// loop making classes of one shape (or classes with the same fields)
// compiles identical text every time; parsing and compiling it was half
// of what bench/dataclasses_records.py allocated.
//
// What is cached is the compiler's output, a *compile.Code, which nothing
// changes after compilation (frozen modules share theirs between
// interpreters the same way). Every call still makes a new runtime Code
// (and new nested ones) from it, so code objects are distinct objects as
// in CPython, each with its own caches and counters, and their line
// numbers, names and co_filename are those the text compiles to.
//
// Only compilations that issued no warning are cached, so a warning is
// issued each time, as the filters say; failures are not cached.

// sourceCacheMaxText is the longest text cached: the generated methods
// are a few hundred bytes; a whole program given to exec() once is not
// worth keeping.
const sourceCacheMaxText = 8 << 10

// sourceCacheMaxEntries bounds the cache; when full, the oldest entry
// goes first.
const sourceCacheMaxEntries = 256

// sourceEntry is one compilation of a text: everything else the
// compiler's output depends on, and the output.
type sourceEntry struct {
	filename, mode string
	flags          uint32 // compile flags, sourceFromStr included
	optimize       int
	code           *compile.Code
}

// sourceCache maps source texts to their compilations. Looking a text up
// by its string allocates nothing.
type sourceCache struct {
	mu     sync.Mutex // threads may compile at the same time
	byText map[string][]sourceEntry
	order  []string // the text of each entry, in insertion order
	oldest int      // index in order of the oldest entry once full
}

// compileSourceCached is compileSourceFlags for exec(), eval() and
// compile(): identical text compiled again under the same filename,
// mode, flags and optimisation level reuses the first compilation.
func compileSourceCached(th *Thread, filename, text string, mode string, flags uint32) (*Code, error) {
	if th == nil || len(text) > sourceCacheMaxText {
		return compileSourceFlags(th, filename, []byte(text), mode, flags)
	}
	c := &th.Interp.sources
	optimize := th.Interp.Options.Optimize
	c.mu.Lock()
	code := c.find(text, filename, mode, flags, optimize)
	c.mu.Unlock()
	if code != nil {
		return NewCode(code), nil
	}
	rc, warned, err := compileSourceWarned(th, filename, []byte(text), mode, flags)
	if err != nil || warned {
		return rc, err
	}
	c.mu.Lock()
	if c.find(text, filename, mode, flags, optimize) == nil { // not compiled by another thread meanwhile
		c.add(strings.Clone(text), sourceEntry{filename, mode, flags, optimize, rc.Code})
	}
	c.mu.Unlock()
	return rc, nil
}

// find returns the cached compilation, or nil.
func (c *sourceCache) find(text, filename, mode string, flags uint32, optimize int) *compile.Code {
	for _, e := range c.byText[text] {
		if e.filename == filename && e.mode == mode && e.flags == flags && e.optimize == optimize {
			return e.code
		}
	}
	return nil
}

// add stores e under text, evicting the oldest entry if full.
func (c *sourceCache) add(text string, e sourceEntry) {
	if c.byText == nil {
		c.byText = make(map[string][]sourceEntry)
	}
	if len(c.order) < sourceCacheMaxEntries {
		c.order = append(c.order, text)
	} else {
		old := c.order[c.oldest]
		if es := c.byText[old]; len(es) > 1 {
			c.byText[old] = es[1:] // entries of one text are in insertion order too
		} else {
			delete(c.byText, old)
		}
		c.order[c.oldest] = text
		c.oldest = (c.oldest + 1) % sourceCacheMaxEntries
	}
	c.byText[text] = append(c.byText[text], e)
}
