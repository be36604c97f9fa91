package runtime

import "testing"

func TestDictStrKeys(t *testing.T) {
	interp := NewInterpreter(Options{})
	th := interp.MainThread()
	d := NewDict()
	for i := 0; i < 100; i++ {
		d.SetStr(string(rune('a'+i%26))+string(rune('a'+i/26)), Int(int64(i)))
	}
	if d.Len() != 100 {
		t.Fatalf("len = %d, want 100", d.Len())
	}
	v, ok := d.GetStr("ba")
	if !ok || v.SmallInt() != 1 {
		t.Fatalf("d['ba'] = %v, %v", v, ok)
	}
	if ok, err := d.Delete(th, NewStr("ba")); !ok || err != nil {
		t.Fatalf("delete: %v %v", ok, err)
	}
	if _, ok := d.GetStr("ba"); ok {
		t.Fatal("deleted key still present")
	}
	keys := d.Keys()
	if len(keys) != 99 || StrValue(keys[0]) != "aa" || StrValue(keys[1]) != "ca" {
		t.Fatalf("insertion order lost: %d keys, first %s %s", len(keys), StrValue(keys[0]), StrValue(keys[1]))
	}
}

func TestDictIntKeys(t *testing.T) {
	th := NewInterpreter(Options{}).MainThread()
	d := NewDict()
	for i := int64(-50); i < 50; i++ {
		if err := d.Set(th, Int(i*1000003), Int(i)); err != nil {
			t.Fatal(err)
		}
	}
	for i := int64(-50); i < 50; i++ {
		v, ok, err := d.Get(th, Int(i*1000003))
		if err != nil || !ok || v.SmallInt() != i {
			t.Fatalf("get %d: %v %v %v", i, v, ok, err)
		}
	}
	ListType.Flags |= FlagUnhashable
	if _, _, err := d.Get(th, NewList(nil)); err == nil || err.Error() != "TypeError: unhashable type: 'list'" {
		t.Fatalf("list key: got %v, want TypeError", err)
	}
}

func TestValueSize(t *testing.T) {
	if s := unsafeSizeofValue(); s != 16 {
		t.Fatalf("Value is %d bytes, want 16: the JIT depends on it", s)
	}
}

func TestTypesFinished(t *testing.T) {
	NewInterpreter(Options{})
	if Int(3).Type() != IntType || Float(1).Type() != FloatType || None.Type() != NoneType || True.Type() != BoolType {
		t.Fatal("immediate types wrong")
	}
	if !BoolType.IsSubtype(IntType) || !KeyError.IsSubtype(LookupError) || !ExceptionGroup.IsSubtype(ExceptionType) {
		t.Fatal("subtype relation wrong")
	}
	if TypeType.Type() != TypeType || StrType.Type() != TypeType {
		t.Fatal("metatype not set")
	}
}
