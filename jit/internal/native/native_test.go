//go:build amd64 && linux

package native

import (
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"unsafe"
)

// testState is the state block the tests' code runs on.
type testState struct {
	a, b, c, d uint64
	interrupt  uint64 // offset 32
	save       [4]uint64
}

const offInterrupt = 32

// load assembles a's unit and loads it, failing the test on error.
func load(t testing.TB, a *Asm) *Code {
	t.Helper()
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(code)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Free(c) })
	return c
}

func TestEnterAndSecondaryEntry(t *testing.T) {
	a := NewAsm()
	// main entry: b = a + 1; exit 7
	a.Mov(Mem(DI, 0), R(AX))
	a.I(ADDQ, Imm(1), R(AX))
	a.Mov(R(AX), Mem(DI, 8))
	a.MovImm(7, AX)
	a.Ret()
	// secondary entry: c = b * 3; exit 9
	second := a.NewLabel("second")
	a.Bind(second)
	a.Mov(Mem(DI, 8), R(CX))
	a.I3(IMUL3Q, Imm(3), R(CX), R(DX))
	a.Mov(R(DX), Mem(DI, 16))
	a.MovImm(9, AX)
	a.Ret()
	c := load(t, a)

	s := &testState{a: 41}
	if exit := Enter(c.Addr, unsafe.Pointer(s)); exit != 7 || s.b != 42 {
		t.Fatalf("main entry: exit %d, b %d", exit, s.b)
	}
	if exit := Enter(c.Entry(second.Offset()), unsafe.Pointer(s)); exit != 9 || s.c != 126 {
		t.Fatalf("secondary entry: exit %d, c %d", exit, s.c)
	}
}

// mappings returns /proc/self/maps as (range, perms) lines.
func mappings(t *testing.T) []string {
	data, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip("no /proc/self/maps")
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// protOf returns the permissions of the mapping holding addr.
func protOf(t *testing.T, addr uintptr) string {
	for _, line := range mappings(t) {
		var lo, hi uintptr
		var perm string
		if n, _ := sscanMap(line, &lo, &hi, &perm); n == 3 && lo <= addr && addr < hi {
			return perm
		}
	}
	t.Fatalf("%#x not mapped", addr)
	return ""
}

func TestWXNeverWritableAndExecutable(t *testing.T) {
	a := NewAsm()
	a.MovImm(1, AX)
	a.Ret()
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	var loaded []*Code
	for range 3 * chunkPages / 2 { // spill into a second chunk
		c, err := Load(code)
		if err != nil {
			t.Fatal(err)
		}
		loaded = append(loaded, c)
	}
	big, err := Load(make([]byte, (chunkPages+1)*pageSize)) // a unit mapped alone
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range mappings(t) {
		f := strings.Fields(line)
		if len(f) > 1 && strings.Contains(f[1], "w") && strings.Contains(f[1], "x") {
			t.Errorf("writable and executable mapping: %s", line)
		}
	}
	for _, c := range loaded {
		if p := protOf(t, c.Addr); p[:3] != "r-x" {
			t.Fatalf("loaded code is %s, want r-x", p)
		}
		if Enter(c.Addr, unsafe.Pointer(&testState{})) != 1 {
			t.Fatal("wrong exit")
		}
	}
	Free(big)
	freed := loaded[3]
	if err := Free(freed); err != nil {
		t.Fatal(err)
	}
	if p := protOf(t, freed.Addr); p[:3] != "rw-" {
		t.Fatalf("freed page is %s, want rw-", p)
	}
	if Free(freed) == nil {
		t.Fatal("double free not reported")
	}
	again, err := Load(code) // reuses the freed page
	if err != nil {
		t.Fatal(err)
	}
	if again.Addr != freed.Addr {
		t.Logf("freed page not reused first (%#x, %#x)", again.Addr, freed.Addr)
	}
	if p := protOf(t, again.Addr); p[:3] != "r-x" {
		t.Fatalf("reloaded code is %s", p)
	}
	for _, c := range append(loaded[:3], loaded[4:]...) {
		Free(c)
	}
	Free(again)
}

func TestAssembleErrors(t *testing.T) {
	a := NewAsm()
	a.I(ADDQ, Mem(DI, 0), Mem(DI, 8)) // memory to memory
	a.Ret()
	if _, err := a.Assemble(); err == nil {
		t.Error("mem,mem ADDQ assembled")
	}
	a.Reset()
	a.I(ADDQ, Imm(1<<40), R(AX)) // ALU immediates are 32 bits
	a.Ret()
	if _, err := a.Assemble(); err == nil {
		t.Error("64-bit ALU immediate assembled")
	}
	a.Reset()
	l := a.NewLabel("nowhere")
	a.Jump(JMP, l)
	if _, err := a.Assemble(); err == nil || !strings.Contains(err.Error(), "nowhere") {
		t.Errorf("unbound label: %v", err)
	}
	a.Reset()
	a.MovImm(3, AX)
	a.Ret()
	if code, err := a.Assemble(); err != nil || len(code) == 0 {
		t.Errorf("context unusable after errors: %v", err)
	}
}

func TestJumpSlot(t *testing.T) {
	unit := func(exit int64) *Code {
		a := NewAsm()
		a.MovImm(exit, AX)
		a.Ret()
		return load(t, a)
	}
	ca, cb := unit(11), unit(22)
	slot, err := NewSlot(ca.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer FreeSlot(slot)
	a := NewAsm()
	EmitJumpSlot(a, slot.Addr())
	jumper := load(t, a)
	s := unsafe.Pointer(&testState{})
	if e := Enter(jumper.Addr, s); e != 11 {
		t.Fatalf("through slot: %d", e)
	}
	slot.Set(cb.Addr)
	if e := Enter(jumper.Addr, s); e != 22 {
		t.Fatalf("after relinking: %d", e)
	}
	if p := protOf(t, slot.Addr()); p[:3] != "rw-" {
		t.Fatalf("slot page is %s", p)
	}
}

func TestInterruptWord(t *testing.T) {
	// An endless loop that only the interrupt word (or a yield) ends.
	a := NewAsm()
	yield, intr, loop := a.NewLabel("yield"), a.NewLabel("intr"), a.NewLabel("loop")
	a.Bind(loop)
	a.I1(INCQ, Mem(DI, 0))
	EmitBackEdgeCheck(a, DI, offInterrupt, yield, intr)
	a.Jump(JMP, loop)
	a.Bind(yield)
	a.MovImm(1, AX)
	a.Ret()
	a.Bind(intr)
	a.MovImm(2, AX)
	a.Ret()
	c := load(t, a)
	s := &testState{}
	go func() {
		for atomic.LoadUint64(&s.b) == 0 {
		}
		atomic.StoreUint64(&s.interrupt, 1)
	}()
	atomic.StoreUint64(&s.b, 1)
	for {
		exit := Enter(c.Addr, unsafe.Pointer(s))
		if exit == 2 {
			break
		}
		if exit != 1 {
			t.Fatalf("exit %d", exit)
		}
		yieldNow()
	}
	if s.a == 0 {
		t.Fatal("loop never ran")
	}
}

func TestPerfMap(t *testing.T) {
	var m PerfMap
	if err := m.Add(0x1000, 16, "ignored"); err != nil || m.Enabled() {
		t.Fatal("closed map wrote")
	}
	path := PerfMapPath(os.Getpid())
	os.Remove(path)
	if err := m.Open(); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(path)
	m.Add(0x7f0012340000, 0x1a0, "kiln::loop 0 (prog.py:3):prog.py")
	m.Add(0x7f0012341000, 0x40, "kiln::bridge 1 (prog.py:5):prog.py")
	m.Close()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "7f0012340000 1a0 kiln::loop 0 (prog.py:3):prog.py\n7f0012341000 40 kiln::bridge 1 (prog.py:5):prog.py\n"
	if string(data) != want {
		t.Fatalf("perf map:\n%s\nwant:\n%s", data, want)
	}
}

func sscanMap(line string, lo, hi *uintptr, perm *string) (int, error) {
	return fmt.Sscanf(line, "%x-%x %s", lo, hi, perm)
}

// yieldNow is what a dispatcher does on a yield exit.
func yieldNow() { Yield() }
