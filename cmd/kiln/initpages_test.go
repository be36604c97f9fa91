package main

import (
	"runtime/debug"
	"testing"
	"time"
)

// TestChunkReleaseTimer checks that a program that runs chunkReleaseDelay
// without a collection has the chunks of code mapped whole given back, once
// however many times the collection hooks ask too, and that nothing is
// given back by the timer when start-up mapped no chunk whole.
func TestChunkReleaseTimer(t *testing.T) {
	// No collection meanwhile: its hook would release the chunks too.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	released := make(chan time.Duration, 2)
	start := time.Now()
	d := &initPagesDrop{start: start, releaseFn: func() { released <- time.Since(start) }}
	d.arm(true)
	select {
	case after := <-released:
		if after < chunkReleaseDelay {
			t.Errorf("released after %v, before chunkReleaseDelay (%v)", after, chunkReleaseDelay)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the chunks were not released by the timer")
	}
	d.releaseChunks() // as a collection's hook would
	select {
	case <-released:
		t.Error("the chunks were released twice")
	case <-time.After(2 * chunkReleaseDelay):
	}

	none := &initPagesDrop{start: time.Now(), releaseFn: func() { released <- 0 }}
	none.arm(false)
	select {
	case <-released:
		t.Error("released by the timer with no chunk mapped whole")
	case <-time.After(3 * chunkReleaseDelay):
	}
}
