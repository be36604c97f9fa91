// Package hugetext has Linux keep the densest 2-MB stretches of kiln's
// code in 2-MB pages of the page cache, so that every kiln process maps
// each of them with one page-table entry.
//
// On a guest whose page tables the hypervisor shadows, as on the PVM guest
// of docs/performance.md ("Start-up time"), the first touch of each 4-KB
// page costs a trap, about 12 us if it faults and still about 6 us if the
// page was populated beforehand. `kiln -c pass` runs code on about 400
// pages, 300 of them in the first 2 MB of the executable. A file's pages
// are mapped with one PMD entry when the page cache holds them as a 2-MB
// folio at a 2-MB-aligned offset, and Go executables map their code at an
// address congruent to its offset (0x400000 + offset): the first touch
// then maps the whole 2 MB at once.
//
// The page cache fills a file with small folios (the linker's writes, the
// readahead of a first run). Reading a range back as one 2-MB folio needs
// a mapping with MADV_HUGEPAGE, a page cache without the range in it, and a
// filesystem with large folios (ext4 since Linux 6.16, XFS, tmpfs). Nobody
// may map the range meanwhile: a mapped folio cannot be evicted. So a
// helper does it, once the kiln that started it has exited: a copy of
// kiln's executable in a memfd, started with KILN_HUGETEXT_HELPER=1, whose
// own code is not the file's. Kiln starts it at the end of a short run
// (one that has not dropped its start-up pages) whose densest stretches
// were not mapped whole. The helper says how it went in a state file in
// the cache directory: where another process kept the range mapped, a run
// a minute later tries again; where the filesystem keeps no 2-MB folios,
// no run of that file asks again.
//
// A stretch mapped whole is resident whole, so only stretches where start-up
// touches at least half the pages qualify (Chunks): the rest would cost more
// memory than they save in faults. The first 2 MB qualify, and take about
// 1.5 ms off `kiln -c pass` here, at 0.6 to 0.9 MiB more of peak RSS. So
// does a stretch of which the Go runtime's own start, before any of kiln's
// code runs and so before the prefault thread can map anything, has a
// fifth resident: every first touch there traps on the main thread. The
// pclntab's middle 2 MB are such a stretch (the runtime reads function
// metadata as it starts, 128 pages resident, 41 touched): about 1 ms off
// `kiln -c pass`, at 1.6 MiB more of peak RSS (8.6 MiB, against CPython's
// 9.2).
// Once a program has run 5 ms or its heap grows (its first collection),
// whichever comes first, Release maps the chunks a page at a time again,
// so that its peak is what it was without them (cmd/kiln/initpages.go;
// docs/performance.md, "Code in 2-MB pages").
//
// KILN_HUGETEXT=0 turns it off.
package hugetext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/kilnpy/kiln/cmd/kiln/internal/exepages"
	"golang.org/x/sys/unix"
)

// Enabled reports whether kiln asks for 2-MB pages: unless
// KILN_HUGETEXT=0.
func Enabled() bool { return os.Getenv("KILN_HUGETEXT") != "0" }

// ChunkSize is the size of a PMD page on x86-64.
const ChunkSize = exepages.HugePage

// minTouched is how many of a chunk's 512 pages start-up must touch for
// the chunk to be worth mapping whole; minEarly how many of them must be
// resident before exepages' init (the Go runtime's start, with
// fault-around) for it to be worth it anyway.
const (
	minTouched = ChunkSize / 4096 / 2
	minEarly   = ChunkSize / 4096 / 5
)

// helperEnv marks the helper's environment.
const helperEnv = "KILN_HUGETEXT_HELPER"

// stateSuffix names the file, beside the build's list of start-up pages
// (exepages), that says a helper is at work on the executable's chunks
// ("pending"), found them kept in the page cache by another process
// ("busy"), or could not read them back whole ("failed": the filesystem
// keeps no 2-MB folios), so that other runs start none. After
// pendingLimit, a pending (the helper died) or busy state lets a run
// start another.
const (
	stateSuffix  = ".huge"
	pendingLimit = time.Minute
)

// Chunks returns the 2-MB-aligned chunks of segments in which runs, the
// pages start-up touches, cover at least minTouched pages, or early, the
// pages resident before exepages' init, minEarly, or that the run which
// recorded them had mapped whole (whole): a list recorded so holds none
// of their pages, and a copy of the executable, which has the build's
// list but a page cache of its own, would map them a page at a time.
func Chunks(segments, runs, early []exepages.Range, whole []uintptr) []uintptr {
	var chunks []uintptr
	for _, lo := range exepages.AlignedChunks(segments) {
		if pagesIn(runs, lo) >= minTouched || pagesIn(early, lo) >= minEarly || slices.Contains(whole, lo) {
			chunks = append(chunks, lo)
		}
	}
	return chunks
}

// pagesIn counts the pages of runs in the chunk at lo.
func pagesIn(runs []exepages.Range, lo uintptr) uintptr {
	n := uintptr(0)
	for _, r := range runs {
		if a, b := max(r.Lo, lo), min(r.Hi, lo+ChunkSize); a < b {
			n += (b - a) / 4096
		}
	}
	return n
}

// Keep starts the helper if one of this build's dense chunks is not mapped
// whole in this process, which must not have dropped its start-up pages.
// cmd/kiln calls it as a short program ends.
func Keep() {
	if !Enabled() {
		return
	}
	chunks := Chunks(exepages.ReadOnly(), exepages.StartupRuns(), exepages.StartupEarly(), exepages.StartupWhole())
	if len(chunks) == 0 || allIn(chunks, exepages.WholeAtStart()) {
		return // the usual case: no system call
	}
	whole, err := exepages.WholeChunks(chunks)
	if err != nil {
		return // no PAGEMAP_SCAN (Linux before 6.7)
	}
	var gaveBack []uintptr
	if p := released.Load(); p != nil {
		gaveBack = *p
	}
	if allIn(chunks, whole, gaveBack) {
		return
	}
	state := exepages.CachePath(stateSuffix)
	if state == "" {
		return
	}
	// The running file, even if a build has replaced its path since: the
	// helper then finds the path another file, and leaves it.
	exe, err := os.Open("/proc/self/exe")
	if err != nil {
		return
	}
	defer exe.Close()
	var st unix.Stat_t
	if unix.Fstat(int(exe.Fd()), &st) != nil {
		return
	}
	key := stateKey(exepages.BuildID(), st.Dev, st.Ino)
	if mayStart(state, key) && writeState(state, key, "pending") == nil {
		start(chunks, state, exe, &st) // without the helper, start-up is only slower
	}
}

// stateKey names an executable file in the state file: its build, and the
// file itself, since copies of a build differ in what the page cache holds
// of them.
func stateKey(build string, dev, ino uint64) string {
	return build + " " + strconv.FormatUint(dev, 16) + ":" + strconv.FormatUint(ino, 16)
}

// allIn reports whether each of chunks is in one of the sets.
func allIn(chunks []uintptr, sets ...[]uintptr) bool {
next:
	for _, c := range chunks {
		for _, set := range sets {
			if slices.Contains(set, c) {
				continue next
			}
		}
		return false
	}
	return true
}

// mayStart reports whether the state file at path lets a run of the
// executable named key start a helper.
func mayStart(path, key string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return true
	}
	line := strings.TrimSuffix(string(b), "\n")
	i := strings.LastIndexByte(line, ' ')
	if i < 0 || line[:i] != key {
		return true // another file's: this one replaces it
	}
	if state := line[i+1:]; state == "pending" || state == "busy" {
		fi, err := os.Stat(path)
		return err == nil && time.Since(fi.ModTime()) > pendingLimit
	}
	return false
}

// writeState writes key and state to the state file at path.
func writeState(path, key, state string) error {
	tmp := path + "." + strconv.Itoa(os.Getpid()) + ".tmp"
	if err := os.WriteFile(tmp, []byte(key+" "+state+"\n"), 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// Release has the chunks that this process maps whole mapped a page at a
// time again, with the pages of start-up's list populated, so that a
// program's peak memory, once its heap has grown past start-up's, is what
// it would have been without hugetext. cmd/kiln calls it after the first
// collection: a program that never collects keeps a small heap, and its
// peak is start-up's. It does so whatever KILN_HUGETEXT says: the page
// cache may hold 2-MB folios anyway, after an earlier run with it or after
// a copy of the executable written in one piece.
func Release() {
	whole, err := exepages.WholeChunks(exepages.AlignedChunks(exepages.ReadOnly()))
	if err != nil {
		return
	}
	released.Store(&whole)
	for _, lo := range whole {
		chunk := exepages.Range{Lo: lo, Hi: lo + ChunkSize}
		exepages.Drop(chunk)
		exepages.PopulateStartupPages(chunk)
	}
}

// released holds the chunks that Release found mapped whole: start-up had
// them whole, which is what Keep asks. Release runs on the finalizer
// goroutine, Keep on the main one.
var released atomic.Pointer[[]uintptr]

// MappedWhole reports whether this process maps every chunk with PMD
// entries.
func MappedWhole(chunks []uintptr) (bool, error) {
	whole, err := exepages.WholeChunks(chunks)
	return err == nil && len(whole) == len(chunks), err
}

// start starts the helper on chunks of exe, the running executable, whose
// status is st, to run once this process has exited.
func start(chunks []uintptr, state string, exe *os.File, st *unix.Stat_t) error {
	exePath, err := os.Executable()
	if err != nil {
		return err
	}
	args := []string{"kiln-hugetext", exePath, strconv.FormatUint(st.Dev, 16), strconv.FormatUint(st.Ino, 16), state, exepages.BuildID()}
	for _, lo := range chunks {
		off, ok := exepages.FileOffset(lo)
		if !ok || uintptr(off)%ChunkSize != lo%ChunkSize {
			return errors.New("hugetext: chunk not congruent with its file offset")
		}
		args = append(args, strconv.FormatInt(off, 16))
	}

	mfd, err := unix.MemfdCreate("kiln-hugetext", unix.MFD_CLOEXEC)
	if err != nil {
		return err
	}
	copyExe := os.NewFile(uintptr(mfd), "kiln-hugetext")
	defer copyExe.Close()
	if _, err := io.Copy(copyExe, exe); err != nil {
		return err
	}
	devNull, err := os.Open(os.DevNull)
	if err != nil {
		return err
	}
	defer devNull.Close()
	// The helper reads this pipe until every copy of its write end is
	// closed: this process's, at its exit.
	wait, held, err := os.Pipe()
	if err != nil {
		return err
	}
	defer wait.Close()
	heldOpen = held
	p, err := os.StartProcess(fmt.Sprintf("/proc/self/fd/%d", mfd), args, &os.ProcAttr{
		Env:   append(os.Environ(), helperEnv+"=1"),
		Files: []*os.File{devNull, devNull, devNull, wait},
		// A session of its own: the terminal's signals are for kiln's
		// process group, which has moved on by the time the helper works.
		Sys: &syscall.SysProcAttr{Setsid: true},
	})
	if err != nil {
		return err
	}
	return p.Release()
}

// heldOpen keeps the write end of the helper's pipe open until the exit.
var heldOpen *os.File

// IsHelper reports whether this process is the helper.
func IsHelper() bool { return os.Getenv(helperEnv) == "1" }

// RunHelper is the helper's whole program, args its command line; it
// returns its exit status, which nobody reads: its outcome goes to the
// state file.
func RunHelper(args []string) int {
	if len(args) < 6 {
		fmt.Fprintln(os.Stderr, "usage: kiln-hugetext exe dev ino state-file build-id offset...")
		return 2
	}
	state, buildID := args[4], args[5]
	outcome, err := runHelper(args[1], args[2], args[3], args[6:])
	if err == errReplaced {
		return 0 // a new file has a state of its own
	}
	dev, _ := strconv.ParseUint(args[2], 16, 64)
	ino, _ := strconv.ParseUint(args[3], 16, 64)
	switch {
	case err != nil:
		outcome = "failed"
	case outcome == "":
		os.Remove(state)
		return 0
	}
	writeState(state, stateKey(buildID, dev, ino), outcome)
	return 1
}

// errReplaced says that the executable's path names another file by now.
var errReplaced = errors.New("the executable was replaced")

// attempts bounds how often the helper tries a chunk: the kiln that
// started it, or another, may still map it for a few milliseconds.
const attempts = 8

// runHelper waits for kiln's exit, then reads each chunk of exePath at
// offsets (hex) back whole. It returns "" if all came back whole, else
// the state to record: "busy" or "failed".
func runHelper(exePath, dev, ino string, offsets []string) (string, error) {
	wait := os.NewFile(3, "wait")
	io.Copy(io.Discard, wait) // EOF: kiln has exited
	wait.Close()

	exe, err := os.Open(exePath)
	if err != nil {
		return "", err
	}
	defer exe.Close()
	var st unix.Stat_t
	if err := unix.Fstat(int(exe.Fd()), &st); err != nil {
		return "", err
	}
	if strconv.FormatUint(st.Dev, 16) != dev || strconv.FormatUint(st.Ino, 16) != ino {
		return "", errReplaced
	}
	for _, a := range offsets {
		off, err := strconv.ParseInt(a, 16, 64)
		if err != nil || off%ChunkSize != 0 || off+ChunkSize > st.Size {
			return "", fmt.Errorf("bad chunk offset %q", a)
		}
		outcome := "busy"
		for i := 0; i < attempts && outcome == "busy"; i++ {
			if i > 0 {
				time.Sleep(time.Duration(i) * 5 * time.Millisecond)
			}
			if outcome, err = readWhole(exe, off); err != nil {
				return "", err
			}
		}
		if outcome != "" {
			return outcome, nil
		}
	}
	return "", nil
}

// readWhole evicts the chunk of f at off from the page cache and reads it
// back through a mapping with MADV_HUGEPAGE. It returns "" if the chunk
// came back as one folio mapped whole, "busy" if some of it stayed in the
// page cache (a process maps it), and "failed" if it came back in smaller
// folios.
func readWhole(f *os.File, off int64) (string, error) {
	fd := int(f.Fd())
	// Dirty pages (a build that just wrote the file) are not evicted.
	if err := unix.SyncFileRange(fd, off, ChunkSize, unix.SYNC_FILE_RANGE_WAIT_BEFORE|unix.SYNC_FILE_RANGE_WRITE|unix.SYNC_FILE_RANGE_WAIT_AFTER); err != nil {
		return "", err
	}
	if err := unix.Fadvise(fd, off, ChunkSize, unix.FADV_DONTNEED); err != nil {
		return "", err
	}
	if n, err := cachedPages(fd, off); err != nil || n > 0 {
		return "busy", err
	}
	// MADV_RANDOM: read this chunk alone, not the next one with it.
	whole, err := touchChunk(fd, off, unix.MADV_HUGEPAGE, unix.MADV_RANDOM)
	if err != nil || whole {
		return "", err
	}
	return "failed", nil
}

// cachedPages returns how many pages of the 2 MB of the file fd from off
// the page cache holds (mincore(2) of a mapping that touches none).
func cachedPages(fd int, off int64) (int, error) {
	m, err := unix.Mmap(fd, off, ChunkSize, unix.PROT_READ, unix.MAP_PRIVATE)
	if err != nil {
		return 0, err
	}
	defer unix.Munmap(m)
	vec := make([]byte, ChunkSize/4096)
	if _, _, errno := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&m[0])), ChunkSize, uintptr(unsafe.Pointer(&vec[0]))); errno != 0 {
		return 0, errno
	}
	n := 0
	for _, v := range vec {
		n += int(v & 1)
	}
	return n, nil
}

// CachedWhole reports whether the page cache holds the 2 MB of the file at
// path from off, a multiple of ChunkSize, as one folio that a mapping maps
// whole.
func CachedWhole(path string, off int64) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	return touchChunk(int(f.Fd()), off)
}

// touchChunk maps the 2 MB of the file fd from off at a 2-MB-aligned
// address, gives the mapping advice, touches its first byte and reports
// whether it is then mapped whole.
func touchChunk(fd int, off int64, advice ...int) (bool, error) {
	// A 2-MB-aligned address inside a reservation of twice the size.
	reserve, err := unix.Mmap(-1, 0, 2*ChunkSize, unix.PROT_NONE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS)
	if err != nil {
		return false, err
	}
	defer unix.Munmap(reserve)
	base := unsafe.Pointer(&reserve[0])
	aligned := unsafe.Add(base, (ChunkSize-uintptr(base)%ChunkSize)%ChunkSize)
	p, err := unix.MmapPtr(fd, off, aligned, ChunkSize, unix.PROT_READ, unix.MAP_PRIVATE|unix.MAP_FIXED)
	if err != nil {
		return false, err
	}
	chunk := unsafe.Slice((*byte)(p), ChunkSize)
	for _, a := range advice {
		if err := unix.Madvise(chunk, a); err != nil {
			return false, err
		}
	}
	_ = bytes.IndexByte(chunk[:1], 0) // fault it in
	return MappedWhole([]uintptr{uintptr(p)})
}

// Filesystems known to keep a file's page cache in 2-MB folios, with the
// Linux release from which they do.
var largeFolioFS = []struct {
	magic        int64
	name         string
	major, minor int
}{
	{0xEF53, "ext4", 6, 16},
	{0x58465342, "xfs", 5, 18},
}

// Expected reports whether the kernel and the filesystem that holds path
// are known to read a file back in 2-MB folios, and if not, why: where they
// are, a helper that fails is a bug.
func Expected(path string) (bool, string) {
	if b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil || strings.Contains(string(b), "[never]") {
		return false, "transparent huge pages are off"
	}
	var fs unix.Statfs_t
	if err := unix.Statfs(path, &fs); err != nil {
		return false, err.Error()
	}
	var uts unix.Utsname
	if err := unix.Uname(&uts); err != nil {
		return false, err.Error()
	}
	release := unix.ByteSliceToString(uts.Release[:])
	var major, minor int
	fmt.Sscanf(release, "%d.%d", &major, &minor)
	for _, f := range largeFolioFS {
		if fs.Type == f.magic {
			if major > f.major || major == f.major && minor >= f.minor {
				return true, ""
			}
			return false, fmt.Sprintf("%s keeps 2-MB folios from Linux %d.%d; this is %s", f.name, f.major, f.minor, release)
		}
	}
	return false, fmt.Sprintf("filesystem type %#x is not known to keep 2-MB folios", fs.Type)
}
