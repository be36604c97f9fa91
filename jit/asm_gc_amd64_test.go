package jit

// The GC stress test of compiled list stores: native code overwriting
// list items that hold heap objects (the write barrier shades each old
// object) while other goroutines allocate, under GOGC=1.
//
// Short in go test. Long, with the runtime's own checkers:
//
//	GODEBUG=gccheckmark=1,clobberfree=1 KILN_JIT_LONG=1 go test -run X86GCStress -v ./jit

import (
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kilnpy/kiln/vm/runtime"
)

// x86StoreLoop: while i < n: a[i] = i * k; b[i] = float(i) * 0.5; i += 1
func x86StoreLoop() *Trace {
	lb := x86NewLoop(700, Int, Int, Ptr, Ptr, Int)
	i, n, a, b, k := lb.inputs[0], lb.inputs[1], lb.inputs[2], lb.inputs[3], lb.inputs[4]
	lb.guard(OpGuardTrue, lb.inputs, lb.op(OpIntLt, i, n))
	lb.t.Emit(Op{Code: OpSetArrayItem, Args: []Ref{a, i, lb.op(OpIntMul, i, k)}})
	f := lb.op(OpFloatMul, lb.op(OpCastIntToFloat, i), lb.t.ConstFloat(0.5))
	lb.t.Emit(Op{Code: OpSetArrayItem, Args: []Ref{b, i, f}})
	return lb.jump(lb.op(OpIntAdd, i, lb.t.ConstInt(1)), n, a, b, k)
}

func TestX86GCStressListStores(t *testing.T) {
	rounds, size := 30, 2048
	if os.Getenv("KILN_JIT_LONG") != "" {
		rounds = 3000
	}
	code, err := x86NativeForTest(t).Compile(x86StoreLoop(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer code.Free()
	defer debug.SetGCPercent(debug.SetGCPercent(1))
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var sink atomic.Value
	for g := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; ; k++ {
				select {
				case <-stop:
					return
				default:
				}
				sink.Store(runtime.NewStr(fmt.Sprint("garbage ", g, k)))
			}
		}()
	}
	defer func() { close(stop); wg.Wait() }()
	st := &State{Slots: make([]uint64, 8)}
	for r := range rounds {
		items := make([]runtime.Value, size)
		fitems := make([]runtime.Value, size)
		for j := range items {
			items[j] = runtime.NewStr(fmt.Sprint("old ", j))
			fitems[j] = runtime.NewList([]runtime.Value{runtime.Int(int64(j))})
		}
		a, b := runtime.NewList(items), runtime.NewList(fitems)
		k := int64(r%5 + 1)
		copy(st.Slots, []uint64{0, uint64(size), uint64(uintptr(a.Pointer())), uint64(uintptr(b.Pointer())), uint64(k)})
		if kind := code.Run(st); kind != ExitGuard || st.Slots[0] != uint64(size) {
			t.Fatalf("round %d: exit %v at i=%d", r, kind, st.Slots[0])
		}
		for j, v := range runtime.ListItems(a) {
			if !v.IsSmallInt() || v.SmallInt() != int64(j)*k {
				t.Fatalf("round %d: a[%d] = %x/%x", r, j, v.Pointer(), v.Bits())
			}
		}
		for j, v := range runtime.ListItems(b) {
			if !v.IsFloat() || v.AsFloat() != float64(j)*0.5 {
				t.Fatalf("round %d: b[%d] = %x/%x", r, j, v.Pointer(), v.Bits())
			}
		}
	}
}
