package runtime

// This file defines the keyword module with CPython 3.12's lists.

var (
	keywordList = []string{"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
		"continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
		"in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"}
	softKeywordList = []string{"_", "case", "match", "type"}
)

// keywordModuleInit makes the keyword module. It is registered with vm/runtime's
// other modules in modules.go (runtimeModules).
func keywordModuleInit(th *Thread, m *Module) error {
	m.Set("__all__", strList([]string{"iskeyword", "issoftkeyword", "kwlist", "softkwlist"}))
	m.Set("kwlist", strList(keywordList))
	m.Set("softkwlist", strList(softKeywordList))
	m.AddFunction("iskeyword", keywordMembership("iskeyword", keywordList))
	m.AddFunction("issoftkeyword", keywordMembership("issoftkeyword", softKeywordList))
	return nil
}

// keywordMembership returns a function telling whether its argument is one
// of words. Like CPython's frozenset.__contains__, it accepts any object.
func keywordMembership(name string, words []string) NativeFunc {
	return func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := CheckArgCount(name, args, kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		if args[0].Type().Layout != LayoutStr {
			if _, err := Hash(th, args[0]); err != nil {
				return Value{}, err
			}
			return False, nil
		}
		s := StrValue(args[0])
		for _, w := range words {
			if w == s {
				return True, nil
			}
		}
		return False, nil
	}
}
