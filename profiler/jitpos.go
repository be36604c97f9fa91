package profiler

// This file defines how ticks in compiled code are placed at a position of
// their loop when the JIT publishes none (position 0 and the loop's
// Weights set; see runtime.JITLoop): in proportion to the weights, by
// smooth weighted round-robin, so that n ticks of a loop give each
// position its share within one tick, not a random draw's.

import "github.com/kilnpy/kiln/vm/runtime"

// jitSpreader hands out positions of one registered loop.
type jitSpreader struct {
	weights []int64
	total   int64
	credit  []int64
}

func newJITSpreader(l *runtime.JITLoop) *jitSpreader {
	sp := &jitSpreader{weights: make([]int64, len(l.Weights)), credit: make([]int64, len(l.Weights))}
	for i, w := range l.Weights {
		if i < len(l.Positions) {
			sp.weights[i] = int64(w)
			sp.total += int64(w)
		}
	}
	return sp
}

// next returns the position of the next tick (nginx's smooth weighted
// round-robin: over total ticks each position gets exactly its weight).
func (sp *jitSpreader) next() uint32 {
	best := 0
	for i, w := range sp.weights {
		sp.credit[i] += w
		if sp.credit[i] > sp.credit[best] {
			best = i
		}
	}
	sp.credit[best] -= sp.total
	return uint32(best)
}

// jitPositions splits the n ticks of a TierJIT sample over positions:
// the published one, or, for position 0 of a loop with weights, the
// estimated ones. It calls add once per position with its ticks.
func (p *CPUProfile) jitPositions(s *runtime.ProfileSample, add func(pos uint32, n int)) {
	l := s.Loop
	if s.Pos != 0 || l == nil || len(l.Weights) == 0 {
		add(s.Pos, s.Count)
		return
	}
	sp := p.spreaders[l]
	if sp == nil {
		sp = newJITSpreader(l)
		p.spreaders[l] = sp
	}
	if sp.total == 0 {
		add(0, s.Count)
		return
	}
	counts := map[uint32]int{}
	var order []uint32
	for range s.Count {
		pos := sp.next()
		if counts[pos] == 0 {
			order = append(order, pos)
		}
		counts[pos]++
	}
	for _, pos := range order {
		add(pos, counts[pos])
	}
}
