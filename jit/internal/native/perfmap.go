// The perf map: a text file /tmp/perf-PID.map naming generated code, so
// Linux perf attributes samples in it (the convention CPython 3.12 uses
// for `python -X perf`).

package native

import (
	"fmt"
	"os"
	"sync"
)

// PerfMap appends "START SIZE NAME" lines (hex start and size) to
// /tmp/perf-PID.map. The profiler turns it on with -X perf. CPython names
// its entries "py::QUALNAME:FILENAME"; Kiln names traces the same way with
// a "kiln::" prefix, e.g. "kiln::loop 0 (prog.py:12):prog.py".
type PerfMap struct {
	mu sync.Mutex
	f  *os.File
}

var perfMap PerfMap

// DefaultPerfMap is the process's perf map, closed until Open.
func DefaultPerfMap() *PerfMap { return &perfMap }

// Open starts writing the map for the current process (idempotent). It
// appends, as CPython does, so entries of an exec'd predecessor with the
// same pid are not lost.
func (m *PerfMap) Open() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.f != nil {
		return nil
	}
	f, err := os.OpenFile(PerfMapPath(os.Getpid()), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("native: perf map: %w", err)
	}
	m.f = f
	return nil
}

// PerfMapPath is the file perf reads for process pid.
func PerfMapPath(pid int) string { return fmt.Sprintf("/tmp/perf-%d.map", pid) }

// Enabled reports whether the map is open.
func (m *PerfMap) Enabled() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.f != nil
}

// Add records that [addr, addr+size) holds the code called name. It does
// nothing while the map is closed. Each entry is one write(2), so a
// crash never leaves half a line behind for perf to misread.
func (m *PerfMap) Add(addr uintptr, size int, name string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.f == nil {
		return nil
	}
	_, err := fmt.Fprintf(m.f, "%x %x %s\n", addr, size, name)
	return err
}

// Close stops writing; the file stays for perf to read after the process exits.
func (m *PerfMap) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.f == nil {
		return nil
	}
	err := m.f.Close()
	m.f = nil
	return err
}
