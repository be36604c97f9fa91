package runtime

// strKeys hands out the key strs of a dict that Go code fills with many
// str keys at once (a builtin type's dict, the builtins and sys modules'),
// from blocks: one allocation for the lot instead of one per key, and
// fewer fresh heap pages at start-up, where each costs a fault or a
// populate (docs/performance.md, "Start-up time"). A key lives as long as
// its block, which is as long as the dict for these dicts.
type strKeys []Str

// newStrKeys returns a strKeys with room for n keys in its first block.
func newStrKeys(n int) strKeys { return make(strKeys, n) }

// set sets d[name] = v with a key str from ks. Hashing and comparing str
// keys cannot fail or run Python code.
func (ks *strKeys) set(d *Dict, name string, v Value) {
	if len(*ks) == 0 {
		*ks = make(strKeys, 8)
	}
	k := &(*ks)[0]
	*ks = (*ks)[1:]
	k.typ = StrType
	k.setText(name)
	_ = d.setHashed(nil, ValueOf(k), k.hashValue(), v)
}

// moduleFill fills a builtin module's dict from Go, with its key strs
// (strKeys) and its functions each from a block.
type moduleFill struct {
	m    *Module
	keys strKeys
	fns  []BuiltinFunction
}

// newModuleFill readies m's dict for len(keys) more attributes, len(fns)
// of them functions, with its entry table in entries if it has room for
// it: the caller's blocks, which one allocation can hold (sysBlock).
func newModuleFill(m *Module, entries []dictEntry, keys []Str, fns []BuiltinFunction) *moduleFill {
	m.dict.resizeIn(m.dict.Len()+len(keys), entries)
	return &moduleFill{m: m, keys: keys, fns: fns}
}

// set sets the module attribute name to v.
func (f *moduleFill) set(name string, v Value) { f.keys.set(f.m.dict, name, v) }

// function adds the module function name, implemented by fn, and returns
// it.
func (f *moduleFill) function(name string, fn NativeFunc) Value {
	if len(f.fns) == 0 {
		f.fns = make([]BuiltinFunction, 4)
	}
	bf := &f.fns[0]
	f.fns = f.fns[1:]
	*bf = BuiltinFunction{Object: Object{typ: BuiltinFunctionType}, Name: name, Module: f.m.Name, Fn: fn}
	f.set(name, ValueOf(bf))
	return ValueOf(bf)
}
