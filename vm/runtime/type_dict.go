package runtime

import (
	"sync"
	"sync/atomic"
)

// This file defines how a builtin type's dict is built: at the first read
// of it, not at package initialisation. Every process pays for package
// initialisation, `kiln -c pass` included, and building the 1,400 methods
// and attributes of the builtin types (a key str and its SipHash, a
// descriptor, closures, the dict's growth) was a third of start-up's
// instructions, while a short program reads the dicts of a few dozen
// types. AddMethod and its kin record a planned attribute (its name and
// the Go functions behind it) in planLog; the first Dict() of the type
// builds its dict at its exact size, with the key strs, method descriptors
// and getset descriptors of the type each in one allocation. A function
// that only adds methods to one type is planned whole (planAdder): it
// runs, and makes its closures, only when the dict is built.
//
// The types made by NewBuiltinType (package initialisation) keep their
// dict in builtDict, published atomically once built; their Object.dict
// stays nil, so that code reading any object's instance dict through its
// header (the interpreter's GETATTR, the JIT) reads a word that never
// changes after package initialisation, and finds none. Classes keep
// theirs in Object.dict. Every reader of a type's dict goes through
// Dict(): Type's zero-size dict field hides Object.dict, so that t.dict
// does not compile.

// typeDictPlan is what a builtin type's dict will be built from.
type typeDictPlan struct {
	runs []attrRun // the type's entries of planLog, in order
	// firstRun holds runs' first run: most types plan theirs in one run,
	// which then takes no allocation of its own.
	firstRun [1]attrRun
	// finished is set by finishBuiltinTypes, which runs once before any
	// interpreter: from then on the plan is only read, under
	// typeDictMu, and an attribute added late builds the dict first.
	finished bool
	// exposing says that finishBuiltinType ran, and own is what it found
	// of the type's own slots before it inherited its base's: the dunders
	// that expose them are added when the dict is built.
	exposing bool
	own      ownSlots
}

// attrRun is a run of consecutive entries of planLog, [start, end).
type attrRun struct{ start, end int32 }

// plannedAttr is one attribute of a planned dict, or a function that adds
// several. fn's dynamic type says which kind: a NativeMethod, a
// classMethodFn, a NativeFunc (a staticmethod), a getSetGetter (whose
// setter is set), a Value, or a typeDictBuilder. Each is a func value
// (no allocation to box) but Value, which is rare.
type plannedAttr struct {
	name string
	fn   any
	set  func(th *Thread, self, v Value) error
}

// classMethodFn marks a planned AddClassMethod.
type classMethodFn NativeMethod

// getSetGetter marks a planned AddGetSet.
type getSetGetter func(th *Thread, self Value) (Value, error)

// typeDictBuilder adds attributes to d, the dict being built: a helper
// such as addSlotMethods plans one in place of its dozens of methods and
// closures.
type typeDictBuilder func(d *Dict)

// typeDictAdder marks a planned function (planAdder) that adds attributes
// to the type through AddMethod and its kin when the dict is built.
type typeDictAdder func()

// typeDictFilling is the dict buildDict is filling, while it runs a
// planned adder: the AddMethod calls of that adder for the type go into
// it (planAttr). Only buildDict sets it, under typeDictMu.
var typeDictFilling atomic.Pointer[dictFill]

// dictFill fills a builtin type's dict from its planned attributes, the
// descriptors each from a block.
type dictFill struct {
	t       *Type
	d       *Dict
	keys    strKeys
	methods []BuiltinMethod
	getsets []GetSetDescriptor
}

// add adds the planned attribute a to the dict.
func (f *dictFill) add(a *plannedAttr) {
	t := f.t
	var v Value
	switch fn := a.fn.(type) {
	case typeDictBuilder:
		fn(f.d)
		return
	case typeDictAdder:
		// The adder's planAttr calls find f, and add each attribute in
		// its turn.
		prev := typeDictFilling.Swap(f)
		fn()
		typeDictFilling.Store(prev)
		return
	case NativeMethod:
		v = ValueOf(f.method(BuiltinMethod{Object: Object{typ: methodDescrType(t, a.name)}, Name: a.name, Owner: t, Fn: fn}))
	case classMethodFn:
		v = ValueOf(f.method(BuiltinMethod{Object: Object{typ: ClassMethodDescriptorType}, Name: a.name, Owner: t, Fn: NativeMethod(fn)}))
	case getSetGetter:
		if len(f.getsets) == 0 {
			f.getsets = make([]GetSetDescriptor, 4)
		}
		g := &f.getsets[0]
		f.getsets = f.getsets[1:]
		*g = GetSetDescriptor{Object: Object{typ: GetSetDescriptorType}, Name: a.name, Owner: t, Get: fn, Set: a.set}
		v = ValueOf(g)
	case NativeFunc:
		v = NewStaticMethod(typeBoundFunction(t, a.name, fn))
	case Value:
		v = fn
	}
	f.keys.set(f.d, a.name, v)
}

// method returns m in a BuiltinMethod of the current block.
func (f *dictFill) method(m BuiltinMethod) *BuiltinMethod {
	if len(f.methods) == 0 {
		f.methods = make([]BuiltinMethod, 16)
	}
	p := &f.methods[0]
	f.methods = f.methods[1:]
	*p = m
	return p
}

// ownSlots are a builtin type's own constructor and call slots, before
// inheritance fills the ones it left nil.
type ownSlots struct {
	hasNew bool
	init   func(th *Thread, self Value, args []Value, kwnames []string) error
	call   func(th *Thread, callee Value, args []Value, kwnames []string) (Value, error)
}

// planLog holds the planned attributes of all the builtin types, in the
// order they were added, in chunks that never move (an appended slice
// would copy, and leave garbage, as it grew). Package initialisation
// writes it; buildDict reads it under typeDictMu and drops it once every
// planned dict is built.
var planLog struct {
	chunks  []*[planChunk]plannedAttr
	n       int32
	plans   []typeDictPlan // the next plans startPlan hands out
	planned int            // types whose dict is planned and not yet built
}

// planChunk is the number of planned attributes in a chunk of planLog
// (4 KB).
const planChunk = 100

// typeDictMu serialises the building of planned dicts: every interpreter
// of a process shares the builtin types, so two may read one's dict first
// at once.
var typeDictMu sync.Mutex

// Dict returns the type's dict (its __dict__), building a builtin type's
// at the first call. Every reader of a type's dict uses it.
func (t *Type) Dict() *Dict {
	if d := t.Object.dict; d != nil {
		return d // a class
	}
	return t.builtinDict()
}

// builtinDict is Dict for a type whose dict is not in Object.dict: a
// builtin type's, built from its plan at the first call. It is apart so
// that Dict inlines.
func (t *Type) builtinDict() *Dict {
	if d := t.builtDict.Load(); d != nil {
		return d
	}
	return t.buildDict()
}

// startPlan gives t, a builtin type being made during package
// initialisation, a dict plan.
func (t *Type) startPlan() {
	if len(planLog.plans) == 0 {
		// 63 plans of 64 bytes and the allocator's 8-byte header fill
		// a 4-KB size class; 64 would take the next, of 4,864 bytes.
		planLog.plans = make([]typeDictPlan, 63)
	}
	t.plan.Store(&planLog.plans[0])
	planLog.plans = planLog.plans[1:]
	planLog.planned++
}

// planAttr records attr in t's dict plan and reports whether t has one
// still open (package initialisation, before finishBuiltinTypes).
func (t *Type) planAttr(attr plannedAttr) bool {
	if f := typeDictFilling.Load(); f != nil && f.t == t {
		f.add(&attr) // from a planned adder, as t's dict is built
		return true
	}
	p := t.plan.Load()
	if p == nil || p.finished {
		return false
	}
	i := planLog.n
	if i%planChunk == 0 {
		planLog.chunks = append(planLog.chunks, new([planChunk]plannedAttr))
	}
	planLog.chunks[i/planChunk][i%planChunk] = attr
	planLog.n++
	if r := len(p.runs) - 1; r >= 0 && p.runs[r].end == i {
		p.runs[r].end++
	} else if p.runs == nil {
		p.firstRun[0] = attrRun{i, i + 1}
		p.runs = p.firstRun[:]
	} else {
		p.runs = append(p.runs, attrRun{i, i + 1})
	}
	return true
}

// planBuilder records build in t's dict plan, as planAttr; if t has no
// open plan, build runs at once on t's dict.
func (t *Type) planBuilder(build typeDictBuilder) {
	if !t.planAttr(plannedAttr{fn: build}) {
		build(t.Dict())
	}
}

// planAdder records add in t's dict plan, to run when the dict is built
// rather than now; if t has no open plan, add runs at once. add adds
// attributes to t through AddMethod and its kin, in place of the
// adder in the dict's order, and does nothing else: no slot, no other
// type, no read of t's dict. Its closures and planned attributes are
// then made only for a type whose dict a program reads, and its code is
// not run at every start (docs/performance.md, "vm's share of
// start-up").
func (t *Type) planAdder(add func()) {
	if !t.planAttr(plannedAttr{fn: typeDictAdder(add)}) {
		add()
	}
}

// buildDict builds t's dict from its plan, once per process, publishes it
// in t.builtDict and returns it (nil for a type with neither plan nor
// dict).
func (t *Type) buildDict() *Dict {
	if t.plan.Load() == nil {
		return t.builtDict.Load()
	}
	// The dunders exposeSlots adds depend on the bases' dicts: those are
	// built first, outside the lock.
	for _, m := range t.MRO[1:] {
		m.Dict()
	}
	typeDictMu.Lock()
	defer typeDictMu.Unlock()
	p := t.plan.Load()
	if p == nil {
		return t.builtDict.Load()
	}
	if allocProfiling.Load() {
		// The dict and its keys are the runtime's, made at whatever
		// lookup came first, not the program's objects: an allocation
		// profile does not sample them (TestAllocKinds counts exactly).
		// Sampling is process-wide and one thread makes Python objects.
		allocProfiling.Store(false)
		defer allocProfiling.Store(true)
	}
	// The attributes planned one by one are counted; a planned adder's
	// are not known until it runs, and grow the dict.
	var nKeys, nMethods, nGetSets int
	p.each(func(a *plannedAttr) {
		switch a.fn.(type) {
		case NativeMethod, classMethodFn:
			nMethods++
		case getSetGetter:
			nGetSets++
		}
		switch a.fn.(type) {
		case typeDictBuilder, typeDictAdder:
		default:
			nKeys++
		}
	})
	d := &Dict{Object: Object{typ: DictType}}
	d.presize(nKeys + 4) // 4: the most exposeSlots adds
	f := &dictFill{t: t, d: d, keys: newStrKeys(nKeys), methods: make([]BuiltinMethod, nMethods), getsets: make([]GetSetDescriptor, nGetSets)}
	p.each(f.add)
	if p.exposing {
		t.exposeSlots(d, p.own)
	}
	// Filled before it was marked: no attribute cache can have seen t's
	// dict yet, so building it need not advance typeEpoch.
	d.markTypeDict()
	t.builtDict.Store(d)
	t.plan.Store(nil)
	if planLog.planned--; planLog.planned == 0 {
		planLog.chunks, planLog.plans = nil, nil
	}
	return d
}

// each calls f on the planned attributes in the order they were added.
func (p *typeDictPlan) each(f func(a *plannedAttr)) {
	for _, r := range p.runs {
		for i := r.start; i < r.end; i++ {
			f(&planLog.chunks[i/planChunk][i%planChunk])
		}
	}
}
