package exepages

import (
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/prefault"
	"github.com/kilnpy/kiln/cmd/kiln/internal/rawsys"
)

// This file keeps a list of the executable's pages that start-up touches,
// in the user's cache directory, and has them mapped at the next start,
// a run of pages at a time, by the prefault helper thread (or this one).
//
// With fault-around off (exepages.go), `kiln -c pass` faulted 277 pages of
// code and 48 of read-only data one at a time, each fault about 11 us on
// the PVM guest of docs/performance.md ("Start-up time");
// MADV_POPULATE_READ maps the same pages from the page cache for 2 to 3 us
// each, and maps no page the list does not name, so the resident set stays
// what the program touches. Which pages start-up touches depends on the build, not on the
// machine, so the list is keyed by the executable's Go build ID; it is
// written once per build, as a program that ran less than initPagesDelay
// exits (cmd/kiln), and read at every start. Like CPython's __pycache__, a
// missing, stale or unwritable cache only costs speed. KILN_STARTUP_CACHE=0
// in the environment turns the list off, to read and to write.
//
// The file is text: a header line, the build ID, then one run of pages a
// line, its offset from the start of the first read-only segment and its
// length in bytes, both in hex; then a line "init" and the runs, in the
// same form, of the pages that were resident before this package's init
// in the run that wrote the list (the early runs); then a line "whole" and
// the chunks (huge.go) that run had mapped whole from its start, a run of
// 2 MB each, about whose pages the list says nothing else. Runs outside
// the read-only segments are ignored, so a damaged file can cost memory
// but not correctness.
//
// Like the rest of the package it makes its system calls through rawsys
// (sys.go), without os, strconv, hash/fnv or even syscall: a package that
// imports them initialises after them, and the registration and the populate must
// come before the packages whose code start-up faults in.

const (
	// startupHeader is the file's first line.
	startupHeader = "kiln start-up pages 3\n"

	// startupSlots bounds how many lists the cache directory holds: a
	// build's list goes in slot hash(build ID) % startupSlots, so that
	// rebuilds and test binaries replace lists instead of adding files.
	startupSlots = 16

	// maxStartupFile is the largest list read: a few hundred runs of
	// pages are 4 to 5 KB.
	maxStartupFile = 32 << 10

	madvPopulateRead = 22 // MADV_POPULATE_READ (Linux 5.14)
)

var (
	// startupPath is the list's file for this build, "" without a cache
	// directory or a build ID.
	startupPath string

	// buildID is the executable's Go build ID.
	buildID string

	// startupListed is whether a list for this build was found at start.
	startupListed bool

	// startupRuns is the list's runs of pages, as addresses: the one found
	// at start, or the one this run recorded.
	startupRuns []Range

	// startupEarly is the list's early runs: the pages of startupRuns and
	// others that were resident before this package's init.
	startupEarly []Range

	// startupWhole is the chunks that the list's run had mapped whole.
	startupWhole []uintptr

	// wholeAtStart is the chunks mapped whole at this package's init.
	wholeAtStart []uintptr
)

// startupList is a build's list of start-up pages: the runs of pages that
// start-up touches, the early runs, and the chunks mapped whole, as the
// file holds them.
type startupList struct{ runs, early, whole []Range }

// loadStartupPages finds the list for this build and maps the pages it
// names. The init calls it.
func loadStartupPages() {
	if v, _ := rawsys.Getenv("KILN_STARTUP_CACHE"); v == "0" {
		return
	}
	buildID = goBuildID()
	dir := cacheDir()
	if buildID == "" || dir == "" {
		return
	}
	startupPath = dir + "/startup-" + hex(fnv64(buildID)%startupSlots) + ".pages"
	wholeAtStart, _ = WholeChunks(AlignedChunks(readOnly))
	startupListed = populateListed(readSmallFile(startupPath, maxStartupFile), buildID)
	if !startupListed {
		startupEarly = earlyRuns()
	}
}

// earlyRuns returns the runs of read-only pages resident before start-up
// goes on, for the list this run records at exit: what the Go runtime's
// start made resident, outside the chunks mapped whole.
func earlyRuns() []Range {
	resident, err := ResidentRuns(readOnly)
	if err != nil {
		return nil
	}
	return outsideChunks(resident, wholeAtStart)
}

// outsideChunks returns the parts of runs, which are sorted, outside the
// chunks (huge.go) whose starts are whole. A chunk mapped whole is
// resident whole, whatever start-up touched in it, so its pages say
// nothing for the list: another run may map it a page at a time, and
// hugetext.Release, which maps a chunk a page at a time again at a
// program's first collection or 5 ms after main, populates the list's
// pages in it. A list recorded while both chunks were whole named all
// 1,024 of their pages, and generators' peak RSS (`--jit off`) rose from
// 9.7-10.1 to 10.4-11.2 MiB, past CPython's 9.3-9.5.
func outsideChunks(runs []Range, whole []uintptr) []Range {
	chunks := chunkRanges(whole)
	var out []Range
	for _, r := range runs {
		out = append(out, subtract(r, chunks)...)
	}
	return out
}

// populateListed maps the pages that data, a list, names, if it is a list
// for build id, and reports whether it was. The list's early pages, which
// the Go runtime's start has made resident before this init, are left
// alone: with fault-around, that start maps about 700 pages, and of the
// 975 that `kiln -c pass` lists, about 140 are neither early nor in the
// first chunk, which is mapped whole.
//
// It maps them here, in a few system calls, and queues them to the
// prefault helper to touch. The helper does the runtime's metadata and
// the heap's pages first (boot queued them), and the main thread reached
// about 80 of these before it, each a fault (12 us); mapped, their first
// touch is a trap of 6 to 8 us. 0.3 ms less at the median of `kiln -c
// pass`, two runs of 300 and 400 alternating rounds.
func populateListed(data []byte, id string) bool {
	list, ok := parseStartupList(data, id)
	if !ok {
		return false
	}
	base := readOnly[0].Lo
	runs, early := list.runs, list.early
	for _, rs := range [][]Range{runs, early, list.whole} {
		for i, r := range rs {
			rs[i] = Range{base + r.Lo, base + r.Hi}
		}
	}
	startupWhole = nil
	for _, r := range list.whole {
		startupWhole = append(startupWhole, r.Lo)
	}
	// A chunk mapped whole (wholeAtStart) needs no populate (huge.go):
	// the Go runtime's start has touched the first, and the others map
	// whole at their first touch.
	for _, run := range runs {
		for _, r := range subtract(run, early) {
			if r.Hi > r.Lo && inReadOnly(r.Lo, r.Hi) && !inChunks(r, wholeAtStart) {
				madvise(r.Lo, r.Hi-r.Lo, madvPopulateRead)
				prefault.Add(r.Lo, r.Hi, madvPopulateRead)
			}
		}
	}
	prefault.Flush()
	startupRuns, startupEarly = runs, early
	return true
}

// subtract returns the parts of r that none of runs, which are sorted,
// covers.
func subtract(r Range, runs []Range) []Range {
	var out []Range
	lo := r.Lo
	for _, x := range runs {
		if x.Hi <= lo || x.Lo >= r.Hi {
			continue
		}
		if x.Lo > lo {
			out = append(out, Range{lo, x.Lo})
		}
		lo = max(lo, x.Hi)
	}
	if lo < r.Hi {
		out = append(out, Range{lo, r.Hi})
	}
	return out
}

// inChunks reports whether r lies within one of chunks.
func inChunks(r Range, chunks []uintptr) bool {
	for _, lo := range chunks {
		if lo <= r.Lo && r.Hi <= lo+HugePage {
			return true
		}
	}
	return false
}

// WholeAtStart returns the chunks (huge.go) that were mapped whole at this
// package's init, nil without a cache directory: the first chunk is whole
// then or not at all, since the Go runtime's start has touched it.
func WholeAtStart() []uintptr { return wholeAtStart }

// StartupWhole returns the chunks that the run which recorded the list had
// mapped whole from its start: the list holds none of their pages, yet
// start-up touched enough of them once to have them mapped whole (a list
// found at start, or the one this run recorded).
func StartupWhole() []uintptr { return startupWhole }

// StartupListed reports whether the start found a list of start-up pages
// for this build.
func StartupListed() bool { return startupListed }

// StartupRuns returns the runs of pages of this build's list, as
// addresses: the list found at start, or the one RecordStartupPages wrote;
// nil without either.
func StartupRuns() []Range { return startupRuns }

// StartupEarly returns the list's pages that were resident before this
// package's init: the Go runtime's start (the list found at start, or the
// one this run recorded).
func StartupEarly() []Range { return startupEarly }

// CachePath returns the path of a file for this build in kiln's cache
// directory, named like the build's list but with the given suffix, or ""
// without a cache.
func CachePath(suffix string) string {
	if startupPath == "" {
		return ""
	}
	return startupPath[:len(startupPath)-len(".pages")] + suffix
}

// BuildID returns the executable's Go build ID, "" if the start did not
// read it (no cache, or KILN_STARTUP_CACHE=0).
func BuildID() string { return buildID }

// RecordStartupPages writes the list of this build's start-up pages, the
// read-only pages resident now, unless the start found one. The command
// calls it as a program exits before it drops the start-up pages. The list
// is written to a temporary file and renamed, so that programs starting
// at the same time read a whole list or none.
func RecordStartupPages() error {
	if startupListed || startupPath == "" || len(readOnly) == 0 {
		return nil
	}
	resident, err := ResidentRuns(readOnly)
	if err != nil {
		return err
	}
	whole, _ := WholeChunks(AlignedChunks(readOnly))
	runs := outsideChunks(resident, whole)
	buf := formatStartupList(buildID, readOnly[0].Lo, startupList{runs, startupEarly, chunkRanges(wholeAtStart)})
	dir := startupPath[:lastSlash(startupPath)]
	if err := mkdirAll(dir); err != nil {
		return err
	}
	tmp := startupPath + "." + hex(uint64(getpid())) + ".tmp"
	if err := writeFile(tmp, buf); err != nil {
		unlink(tmp)
		return err
	}
	if err := rename(tmp, startupPath); err != nil {
		unlink(tmp)
		return err
	}
	startupListed = true
	startupRuns, startupWhole = runs, wholeAtStart
	return nil
}

// formatStartupList returns list, for build id, whose runs are addresses,
// as offsets from base.
func formatStartupList(id string, base uintptr, list startupList) []byte {
	n := len(list.runs) + len(list.early) + len(list.whole)
	buf := make([]byte, 0, len(startupHeader)+len(id)+len(earlyLine)+len(wholeLine)+1+20*n)
	buf = append(buf, startupHeader...)
	buf = append(buf, id...)
	buf = append(buf, '\n')
	buf = appendRuns(buf, base, list.runs)
	buf = append(buf, earlyLine...)
	buf = appendRuns(buf, base, list.early)
	buf = append(buf, wholeLine...)
	return appendRuns(buf, base, list.whole)
}

// earlyLine and wholeLine start a list's early runs and its whole chunks
// (lines that do not start with a hex digit).
const (
	earlyLine = "init\n"
	wholeLine = "whole\n"
)

// chunkRanges returns the 2-MB ranges of the chunks that start at starts.
func chunkRanges(starts []uintptr) []Range {
	rs := make([]Range, len(starts))
	for i, lo := range starts {
		rs[i] = Range{lo, lo + HugePage}
	}
	return rs
}

// appendRuns appends a line a run to buf, its offset from base and its
// length in hex.
func appendRuns(buf []byte, base uintptr, runs []Range) []byte {
	for _, r := range runs {
		buf = append(buf, hex(uint64(r.Lo-base))...)
		buf = append(buf, ' ')
		buf = append(buf, hex(uint64(r.Hi-r.Lo))...)
		buf = append(buf, '\n')
	}
	return buf
}

// parseStartupList returns the list that data holds, its runs as offsets
// from the first read-only segment, and whether data is a list for build
// id.
func parseStartupList(data []byte, id string) (list startupList, ok bool) {
	rest, ok := cutPrefix(data, startupHeader)
	if ok {
		rest, ok = cutPrefix(rest, id+"\n")
	}
	if ok {
		list.runs, rest, ok = parseRuns(rest)
	}
	if ok {
		rest, ok = cutPrefix(rest, earlyLine)
	}
	if ok {
		list.early, rest, ok = parseRuns(rest)
	}
	if ok {
		rest, ok = cutPrefix(rest, wholeLine)
	}
	if ok {
		list.whole, rest, ok = parseRuns(rest)
	}
	if !ok || len(rest) > 0 {
		return startupList{}, false
	}
	return list, true
}

// parseRuns reads lines of runs from data up to its end or a line that
// does not start with a hex digit, and returns them and the rest.
func parseRuns(data []byte) (runs []Range, rest []byte, ok bool) {
	for len(data) > 0 && isHexDigit(data[0]) {
		var off, n uint64
		var okOff, okN bool
		off, data, okOff = parseHex(data, ' ')
		n, data, okN = parseHex(data, '\n')
		if !okOff || !okN {
			return nil, nil, false
		}
		runs = append(runs, Range{uintptr(off), uintptr(off + n)})
	}
	return runs, data, true
}

func isHexDigit(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }

// ResidentRuns returns the runs of pages of ranges that are mapped in this
// process, from /proc/self/pagemap: one 64-bit entry a page, bit 63 set
// when the page is present.
func ResidentRuns(ranges []Range) ([]Range, error) {
	fd, err := openFile("/proc/self/pagemap", oRdonly, 0)
	if err != nil {
		return nil, err
	}
	defer closeFD(fd)
	const page = 4096
	var runs []Range
	for _, r := range ranges {
		first := len(runs) // runs do not cross from one range to the next
		entries := make([]byte, (r.Hi-r.Lo)/page*8)
		if n, err := preadFD(fd, entries, int64(r.Lo/page*8)); err != nil || n != len(entries) {
			if err == nil {
				err = Errno(errEIO)
			}
			return nil, err
		}
		for i := 0; i < len(entries); i += 8 {
			if entries[i+7]&0x80 == 0 {
				continue
			}
			addr := r.Lo + uintptr(i/8)*page
			if last := len(runs) - 1; last >= first && runs[last].Hi == addr {
				runs[last].Hi += page
			} else {
				runs = append(runs, Range{addr, addr + page})
			}
		}
	}
	return runs, nil
}

// inReadOnly reports whether [lo, hi) lies within one read-only segment.
func inReadOnly(lo, hi uintptr) bool {
	for _, r := range readOnly {
		if r.Lo <= lo && hi <= r.Hi {
			return true
		}
	}
	return false
}

// goBuildID returns the Go build ID from the executable's note, which the
// linker puts at the start of the code with a program header of its own
// (PT_NOTE): name "Go" padded with NULs to 4 bytes, type 4.
func goBuildID() string {
	headers, bias := programHeaders()
	for _, h := range headers {
		if h.typ != ptNOTE || h.filesz < 16 {
			continue
		}
		note := unsafe.Slice((*byte)(mapped(bias+uintptr(h.vaddr))), h.filesz)
		for len(note) >= 12 {
			namesz := le32(note[0:])
			descsz := le32(note[4:])
			typ := le32(note[8:])
			nameEnd := 12 + align4(namesz)
			descEnd := nameEnd + align4(descsz)
			if descEnd > len(note) {
				break
			}
			if typ == 4 && namesz >= 3 && string(note[12:15]) == "Go\x00" {
				return string(note[nameEnd : nameEnd+descsz])
			}
			note = note[descEnd:]
		}
	}
	return ""
}

// cacheDir is where kiln keeps its caches: $XDG_CACHE_HOME/kiln, or
// $HOME/.cache/kiln, as os.UserCacheDir finds them; "" without either.
func cacheDir() string {
	if dir, _ := rawsys.Getenv("XDG_CACHE_HOME"); len(dir) > 0 && dir[0] == '/' {
		return dir + "/kiln"
	}
	if home, _ := rawsys.Getenv("HOME"); len(home) > 0 && home[0] == '/' {
		return home + "/.cache/kiln"
	}
	return ""
}

// readSmallFile returns the contents of the file at path if it has at most
// limit bytes, else nil.
func readSmallFile(path string, limit int) []byte {
	fd, err := openFile(path, oRdonly, 0)
	if err != nil {
		return nil
	}
	defer closeFD(fd)
	buf := make([]byte, 0, 4096)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := readFD(fd, buf[len(buf):cap(buf)])
		if err != nil || n <= 0 {
			return buf
		}
		if buf = buf[:len(buf)+n]; len(buf) > limit {
			return nil
		}
	}
}

// writeFile creates path (it must not exist) with data.
func writeFile(path string, data []byte) error {
	fd, err := openFile(path, oWronly|oCreat|oExcl, 0o644)
	if err != nil {
		return err
	}
	for len(data) > 0 {
		n, err := writeFD(fd, data)
		if err != nil {
			closeFD(fd)
			return err
		}
		data = data[n:]
	}
	return closeFD(fd)
}

// mkdirAll makes dir and the directories above it that are missing.
func mkdirAll(dir string) error {
	err := mkdir(dir, 0o755)
	if err == Errno(errENOENT) {
		if i := lastSlash(dir); i > 0 {
			if err := mkdirAll(dir[:i]); err != nil {
				return err
			}
			err = mkdir(dir, 0o755)
		}
	}
	if err == Errno(errEEXIST) {
		return nil
	}
	return err
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

func cutPrefix(b []byte, prefix string) ([]byte, bool) {
	if len(b) < len(prefix) || string(b[:len(prefix)]) != prefix {
		return b, false
	}
	return b[len(prefix):], true
}

// parseHex parses lower-case hex digits up to end, and returns the value,
// what follows end, and whether there was a value.
func parseHex(b []byte, end byte) (uint64, []byte, bool) {
	var v uint64
	for i, c := range b {
		switch {
		case c == end && i > 0:
			return v, b[i+1:], true
		case '0' <= c && c <= '9' && i < 16:
			v = v<<4 | uint64(c-'0')
		case 'a' <= c && c <= 'f' && i < 16:
			v = v<<4 | uint64(c-'a'+10)
		default:
			return 0, nil, false
		}
	}
	return 0, nil, false
}

func hex(v uint64) string {
	const digits = "0123456789abcdef"
	var b [16]byte
	i := len(b)
	for {
		i--
		b[i] = digits[v&15]
		if v >>= 4; v == 0 {
			return string(b[i:])
		}
	}
}

// fnv64 is the FNV-1a hash of s.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

func le32(b []byte) int {
	return int(b[0]) | int(b[1])<<8 | int(b[2])<<16 | int(b[3])<<24
}

func align4(n int) int { return (n + 3) &^ 3 }
