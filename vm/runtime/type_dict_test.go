package runtime

import (
	"sync"
	"testing"
)

// The planned type of TestPlannedTypeDict, made by package
// initialisation as every builtin type is.
var plannedTestType = func() *Type {
	t := NewBuiltinType("planned_test", ObjectType, LayoutOther, FlagHasDict|FlagUnhashable)
	t.Init = func(th *Thread, self Value, args []Value, kwnames []string) error { return nil }
	t.Len = func(th *Thread, v Value) (int, error) { return 3, nil }
	t.AddMethod("probe", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) { return Int(42), nil })
	addSlotMethods(t, nil, false, nil)
	t.AddClassMethod("make", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) { return self, nil })
	t.AddStaticMethod("static", func(th *Thread, args []Value, kwnames []string) (Value, error) { return None, nil })
	t.AddGetSet("size", func(th *Thread, self Value) (Value, error) { return Int(3), nil }, nil)
	t.SetAttrStr("answer", Int(7))
	return t
}()

// TestPlannedTypeDict checks that a builtin type's dict is built at its
// first read, after NewInterpreter, in the order the attributes were
// added, with the dunders finishBuiltinType exposes, without moving
// typeEpoch; and that interpreters reading it first at once (go test
// -race) all see it whole.
func TestPlannedTypeDict(t *testing.T) {
	NewInterpreter(Options{})
	if plannedTestType.plan.Load() == nil {
		t.Fatal("NewInterpreter built the dict of a type nothing read")
	}
	epoch := typeEpoch.Load()
	var wg sync.WaitGroup
	lens := make([]int, 4)
	for i := range lens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lens[i] = plannedTestType.Dict().Len()
		}()
	}
	wg.Wait()
	for _, n := range lens[1:] {
		if n != lens[0] {
			t.Fatalf("concurrent first reads saw %v entries", lens)
		}
	}
	if typeEpoch.Load() != epoch {
		t.Errorf("building the dict moved typeEpoch from %d to %d", epoch, typeEpoch.Load())
	}
	if plannedTestType.plan.Load() != nil {
		t.Error("the plan is kept after the dict was built")
	}
	d := plannedTestType.Dict()
	keys := d.Keys()
	var names []string
	for _, k := range keys {
		names = append(names, StrValue(k))
	}
	want := []string{"probe", "__init__", "__hash__", "__len__", "make", "static", "size", "answer", "__dict__"}
	if len(names) != len(want) {
		t.Fatalf("keys %v, want %v", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("keys %v, want %v", names, want)
		}
	}
	kinds := map[string]*Type{"probe": MethodDescriptorType, "__init__": WrapperDescriptorType, "__len__": WrapperDescriptorType,
		"make": ClassMethodDescriptorType, "static": StaticMethodType, "size": GetSetDescriptorType, "answer": IntType,
		"__hash__": NoneType, "__dict__": GetSetDescriptorType}
	for name, typ := range kinds {
		if v, ok := d.GetStr(name); !ok || v.Type() != typ {
			t.Errorf("%s: %v, want a %s", name, v, typ.Name)
		}
	}
	if d.version&dictTypeFlag == 0 {
		t.Error("the built dict is not marked as a type's")
	}
}

// TestBuiltinTypeDictAsInstanceDict checks that the generic attribute
// lookup finds a builtin type's attributes in its dict, though that is
// not in the type object's header: type.__getattribute__(int, 'real').
func TestBuiltinTypeDictAsInstanceDict(t *testing.T) {
	th := newTestThread()
	v, err := GenericGetAttr(th, ValueOf(IntType), newStr("real"))
	if err != nil || v.Type() != GetSetDescriptorType {
		t.Fatalf("got %v, %v; want int's 'real' descriptor", v, err)
	}
	if d := ValueOf(FloatType).header().Dict(); d == nil || d != FloatType.Dict() {
		t.Fatal("(*Object).Dict of a builtin type is not its dict")
	}
}
