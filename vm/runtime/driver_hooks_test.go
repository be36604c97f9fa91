package runtime

import "testing"

// TestIntrospectionHooksWired checks that sys.exception() and
// sys._getframe() reach the engine: unwired, sys.exception() is always
// None and sys._getframe() raises NotImplementedError.
func TestIntrospectionHooksWired(t *testing.T) {
	if CurrentException == nil {
		t.Error("CurrentException is not set")
	}
	if GetFrame == nil {
		t.Error("GetFrame is not set")
	}
}
