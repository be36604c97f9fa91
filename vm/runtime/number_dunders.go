package runtime

import "strings"

// This file has the helpers that expose the operator slots of the builtin
// numeric, text and bytes types as dunder methods (int.__add__,
// str.__lt__, float.__neg__, ...), so that Python code can call them
// explicitly and subclasses can reach them through super().

// numAddBinaryDunders registers __op__ and __rop__ for each operator in
// ops, both calling slot: __rop__ swaps the operands.
func numAddBinaryDunders(t *Type, slot func(th *Thread, op BinaryOp, a, b Value) (Value, error), ops ...BinaryOp) {
	// One planned builder, not two planned methods and their closures per
	// operator: those were made at every start (docs/performance.md,
	// "Start-up time"); the builder makes them with the type's dict.
	t.planBuilder(func(d *Dict) {
		for _, op := range ops {
			d.SetStr(op.Dunder(), t.methodDescr(op.Dunder(), func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := numWrapperArgs(op.Dunder(), args, kwnames, 1); err != nil {
					return Value{}, err
				}
				return slot(th, op, self, args[0])
			}))
			d.SetStr(op.ReflectedDunder(), t.methodDescr(op.ReflectedDunder(), func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := numWrapperArgs(op.ReflectedDunder(), args, kwnames, 1); err != nil {
					return Value{}, err
				}
				return slot(th, op, args[0], self)
			}))
		}
	})
}

// numArithmeticOps are the operators every number type has.
var numArithmeticOps = []BinaryOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow}

// numBitwiseOps are the operators of ints on top of the arithmetic ones.
var numBitwiseOps = []BinaryOp{OpLShift, OpRShift, OpAnd, OpOr, OpXor}

// numAddCompareDunders registers __lt__, __le__, __eq__, __ne__, __gt__ and
// __ge__, calling slot.
func numAddCompareDunders(t *Type, slot func(th *Thread, op CompareOp, a, b Value) (Value, error)) {
	t.planBuilder(func(d *Dict) { // as numAddBinaryDunders
		for op := CmpLT; op <= CmpGE; op++ {
			d.SetStr(op.Dunder(), t.methodDescr(op.Dunder(), func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
				if err := numWrapperArgs(op.Dunder(), args, kwnames, 1); err != nil {
					return Value{}, err
				}
				return slot(th, op, self, args[0])
			}))
		}
	})
}

// numAddUnaryDunders registers the dunders of the unary operators in ops.
func numAddUnaryDunders(t *Type, slot func(th *Thread, op UnaryOp, v Value) (Value, error), ops ...UnaryOp) {
	for _, op := range ops {
		op := op
		t.AddMethod(op.Dunder(), func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := numWrapperArgs(op.Dunder(), args, kwnames, 0); err != nil {
				return Value{}, err
			}
			return slot(th, op, self)
		})
	}
}

// truthIsLength reports whether t's Bool slot is only a fast path of its
// length (str, bytes, bytearray), so that, as in CPython, the type has no
// __bool__.
func truthIsLength(t *Type) bool {
	return t.Layout == LayoutStr || t.Layout == LayoutBytes || t.Layout == LayoutByteArray
}

// numAddProtocolDunders registers __repr__, __str__ (if the type has its
// own), __hash__ and __bool__ from the type's slots, which must be set.
func numAddProtocolDunders(t *Type) {
	noArgs := func(name string, f func(th *Thread, v Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
			if err := numWrapperArgs(name, args, kwnames, 0); err != nil {
				return Value{}, err
			}
			return f(th, self)
		})
	}
	if t.Repr != nil {
		noArgs("__repr__", t.Repr)
	}
	if t.Str != nil {
		noArgs("__str__", t.Str)
	}
	if t.Hash != nil {
		hash := t.Hash
		noArgs("__hash__", func(th *Thread, v Value) (Value, error) {
			h, err := hash(th, v)
			if err == nil && t.Layout == LayoutStr {
				h = strOf(v).fullHash() // a str's hash: all of CPython's bits
			}
			return Int(h), err
		})
	}
	if t.Bool != nil && !truthIsLength(t) {
		b := t.Bool
		noArgs("__bool__", func(th *Thread, v Value) (Value, error) {
			r, err := b(th, v)
			return Bool(r), err
		})
	}
	if t.Len != nil {
		n := t.Len
		noArgs("__len__", func(th *Thread, v Value) (Value, error) {
			r, err := n(th, v)
			return Int(int64(r)), err
		})
	}
}

// numNoArgMethod registers a method that takes no arguments (METH_NOARGS:
// its errors name it "str.upper()"; dunders are slot wrappers).
func numNoArgMethod(t *Type, name string, f func(th *Thread, self Value) (Value, error)) {
	dunder := strings.HasPrefix(name, "__") // once, not per call: str.isdigit() runs per character in tokenizers
	t.AddMethod(name, func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if dunder {
			if err := numWrapperArgs(name, args, kwnames, 0); err != nil {
				return Value{}, err
			}
			return f(th, self)
		}
		if len(args) != 0 || len(kwnames) != 0 {
			// The qualified name only for the error: building it for
			// every such method was 2 percent of start-up.
			return Value{}, CheckArgCount(t.Name+"."+name, args, kwnames, 0, 0)
		}
		return f(th, self)
	})
}

// numWrapperArgs checks the arguments of a slot wrapper (int.__add__)
// that takes exactly n positional arguments, with CPython's messages.
func numWrapperArgs(name string, args []Value, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return Errorf(TypeError, "expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

// numParseTupleArgs checks the positional arguments of a method parsed by
// PyArg_ParseTuple in CPython (str.find, bytes.count...), whose messages
// read "find() takes at least 1 argument (0 given)".
func numParseTupleArgs(t *Type, name string, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s.%s() takes no keyword arguments", t.Name, name)
	}
	n := len(args)
	switch {
	case n < min:
		return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	case n > max:
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
	}
	return nil
}

// numAddDivmodDunders registers __divmod__ and __rdivmod__, calling
// divmod(a, b) with the operands in Python's order.
func numAddDivmodDunders(t *Type, divmod func(a, b Value) (Value, error)) {
	t.AddMethod("__divmod__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__divmod__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		return divmod(self, args[0])
	})
	t.AddMethod("__rdivmod__", func(th *Thread, self Value, args []Value, kwnames []string) (Value, error) {
		if err := numWrapperArgs("__rdivmod__", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		return divmod(args[0], self)
	})
}
