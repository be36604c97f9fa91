package runtime

// This file defines timSort, the stable sort behind list.sort and
// sorted(): the algorithm CPython 3.12 describes in its listsort notes
// (natural runs, extended to a minimum length by binary insertion, merged
// in powersort's order, with galloping when one run keeps winning). It
// asks the same questions in the same order as CPython's sort, so a
// Python __lt__ runs as many times (a plain merge sort of the
// dataclasses_records benchmark's items made 26 percent more calls) and
// one that prints or raises shows the same sequence.

// timMinGallop is the number of consecutive wins of one run after which a
// merge starts galloping.
const timMinGallop = 7

// timRun is a sorted run waiting on the merge stack: s[base:base+n].
// power is powersort's node power of the boundary between this run and
// the next one.
type timRun struct {
	base, n int
	power   int
}

// timState is one sort's merge state.
type timState[T any] struct {
	s         []T
	less      func(a, b *T) bool
	tmp       []T
	minGallop int
	runs      []timRun
	// runsBuf holds the merge stack of most sorts: powersort keeps it
	// at most about log2(n) deep.
	runsBuf [16]timRun
}

// timSort sorts s stably by less. less may stop answering consistently
// (after a comparison raised, the sorter answers false to everything):
// the result is then still a permutation of s.
func timSort[T any](s []T, less func(a, b *T) bool) {
	n := len(s)
	if n < 2 {
		return
	}
	ts := &timState[T]{s: s, less: less, minGallop: timMinGallop}
	ts.runs = ts.runsBuf[:0]
	minrun := timMinrun(n)
	for lo := 0; lo < n; {
		run, descending := timCountRun(s[lo:], less)
		if descending {
			containerReverse(s[lo : lo+run])
		}
		if run < minrun {
			force := min(minrun, n-lo)
			timBinaryInsertion(s[lo:lo+force], run, less)
			run = force
		}
		ts.foundRun(lo, run)
		ts.runs = append(ts.runs, timRun{base: lo, n: run})
		lo += run
	}
	for len(ts.runs) > 1 {
		i := len(ts.runs) - 2
		if i > 0 && ts.runs[i-1].n < ts.runs[i+1].n {
			i--
		}
		ts.mergeAt(i)
	}
}

// timMinrun is the minimum run length for n items: between 32 and 64, so
// that n/minrun is a power of two or a little less.
func timMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// timCountRun returns the length of the run at the start of s (at least
// 2 items when s has them) and whether it is strictly descending, in
// which case the caller reverses it (strictness keeps the sort stable).
func timCountRun[T any](s []T, less func(a, b *T) bool) (int, bool) {
	if len(s) == 1 {
		return 1, false
	}
	n := 2
	if less(&s[1], &s[0]) {
		for ; n < len(s) && less(&s[n], &s[n-1]); n++ {
		}
		return n, true
	}
	for ; n < len(s) && !less(&s[n], &s[n-1]); n++ {
	}
	return n, false
}

// timBinaryInsertion sorts s whose first start items are sorted, putting
// each following item after the sorted items not greater than it.
func timBinaryInsertion[T any](s []T, start int, less func(a, b *T) bool) {
	if start == 0 {
		start = 1
	}
	for ; start < len(s); start++ {
		// The pivot is compared where it is (a pointer to a copy would
		// put the copy on the heap: less is a func value) and moved
		// after the search.
		l, r := 0, start
		for l < r {
			p := l + (r-l)>>1
			if less(&s[start], &s[p]) {
				r = p
			} else {
				l = p + 1
			}
		}
		pivot := s[start]
		copy(s[l+1:start+1], s[l:start])
		s[l] = pivot
	}
}

// foundRun merges the runs on the stack whose boundary power exceeds the
// power of the boundary between the top run and the new run of n items
// at base, then records that power on the top run (powersort).
func (ts *timState[T]) foundRun(base, n int) {
	if len(ts.runs) == 0 {
		return
	}
	top := ts.runs[len(ts.runs)-1]
	power := timPower(top.base, top.n, n, len(ts.s))
	for len(ts.runs) > 1 && ts.runs[len(ts.runs)-2].power > power {
		ts.mergeAt(len(ts.runs) - 2)
	}
	ts.runs[len(ts.runs)-1].power = power
}

// timPower is the powersort power of the boundary between adjacent runs
// of n1 items at s1 and n2 items after it, in a list of n: the first bit
// at which the binary fractions of the runs' midpoints (over n) differ.
func timPower(s1, n1, n2, n int) int {
	a := 2*s1 + n1 // twice the first midpoint
	b := a + n1 + n2
	power := 0
	for {
		power++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			return power
		}
		a <<= 1
		b <<= 1
	}
}

// mergeAt merges runs i and i+1 of the stack into run i.
func (ts *timState[T]) mergeAt(i int) {
	a, b := ts.runs[i], ts.runs[i+1]
	ts.runs[i].n = a.n + b.n
	ts.runs = append(ts.runs[:i+1], ts.runs[i+2:]...)
	s := ts.s
	// Items of a not greater than b's first are already in place, as are
	// items of b not less than a's last.
	k := timGallopRight(&s[b.base], s[a.base:a.base+a.n], 0, ts.less)
	a.base += k
	a.n -= k
	if a.n == 0 {
		return
	}
	b.n = timGallopLeft(&s[a.base+a.n-1], s[b.base:b.base+b.n], b.n-1, ts.less)
	if b.n == 0 {
		return
	}
	if a.n <= b.n {
		ts.mergeLo(a.base, a.n, b.n)
	} else {
		ts.mergeHi(a.base, a.n, b.n)
	}
}

// timGallopLeft returns k such that a[k-1] < key <= a[k], searching from
// a[hint] outwards by doubling steps, then by bisection.
func timGallopLeft[T any](key *T, a []T, hint int, less func(a, b *T) bool) int {
	last, ofs := 0, 1
	if less(&a[hint], key) {
		// a[hint] < key: look right, a[hint+last] < key <= a[hint+ofs].
		maxofs := len(a) - hint
		for ofs < maxofs && less(&a[hint+ofs], key) {
			last = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		last, ofs = hint+last, hint+ofs
	} else {
		// key <= a[hint]: look left, a[hint-ofs] < key <= a[hint-last].
		maxofs := hint + 1
		for ofs < maxofs && !less(&a[hint-ofs], key) {
			last = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		last, ofs = hint-ofs, hint-last
	}
	// a[last] < key <= a[ofs], with a[-1] below and a[len] above all.
	for last++; last < ofs; {
		m := last + (ofs-last)>>1
		if less(&a[m], key) {
			last = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// timGallopRight returns k such that a[k-1] <= key < a[k]: as
// timGallopLeft, but after the items equal to key.
func timGallopRight[T any](key *T, a []T, hint int, less func(a, b *T) bool) int {
	last, ofs := 0, 1
	if less(key, &a[hint]) {
		// key < a[hint]: look left, a[hint-ofs] <= key < a[hint-last].
		maxofs := hint + 1
		for ofs < maxofs && less(key, &a[hint-ofs]) {
			last = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		last, ofs = hint-ofs, hint-last
	} else {
		// a[hint] <= key: look right, a[hint+last] <= key < a[hint+ofs].
		maxofs := len(a) - hint
		for ofs < maxofs && !less(key, &a[hint+ofs]) {
			last = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		last, ofs = hint+last, hint+ofs
	}
	for last++; last < ofs; {
		m := last + (ofs-last)>>1
		if less(key, &a[m]) {
			ofs = m
		} else {
			last = m + 1
		}
	}
	return ofs
}

// scratch returns the merge buffer with room for n items.
func (ts *timState[T]) scratch(n int) []T {
	if cap(ts.tmp) < n {
		ts.tmp = make([]T, n, max(n, len(ts.s)/2+1))
	}
	return ts.tmp[:n]
}

// mergeLo merges the runs s[base:base+na] and the nb items after it, na
// <= nb, where b's first item goes first and a's last goes last: a is
// moved aside and the merge fills from the left.
func (ts *timState[T]) mergeLo(base, na, nb int) {
	s, less := ts.s, ts.less
	a := ts.scratch(na)
	copy(a, s[base:base+na])
	ia, ib, d := 0, base+na, base
	s[d] = s[ib]
	d, ib, nb = d+1, ib+1, nb-1
	if nb == 0 {
		copy(s[d:], a[ia:ia+na])
		return
	}
	if na == 1 {
		copy(s[d:], s[ib:ib+nb])
		s[d+nb] = a[ia]
		return
	}
	minGallop := ts.minGallop
	for {
		acount, bcount := 0, 0
		// One item at a time until a run wins minGallop times in a row.
		for {
			if less(&s[ib], &a[ia]) {
				s[d] = s[ib]
				d, ib, nb = d+1, ib+1, nb-1
				bcount, acount = bcount+1, 0
				if nb == 0 {
					copy(s[d:], a[ia:ia+na])
					return
				}
				if bcount >= minGallop {
					break
				}
			} else {
				s[d] = a[ia]
				d, ia, na = d+1, ia+1, na-1
				acount, bcount = acount+1, 0
				if na == 1 {
					copy(s[d:], s[ib:ib+nb])
					s[d+nb] = a[ia]
					return
				}
				if acount >= minGallop {
					break
				}
			}
		}
		// Gallop while it pays, making galloping easier to enter again.
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			ts.minGallop = minGallop
			k := timGallopRight(&s[ib], a[ia:ia+na], 0, less)
			acount = k
			if k > 0 {
				copy(s[d:d+k], a[ia:ia+k])
				d, ia, na = d+k, ia+k, na-k
				if na == 1 {
					copy(s[d:], s[ib:ib+nb])
					s[d+nb] = a[ia]
					return
				}
				if na == 0 { // only with an inconsistent less
					copy(s[d:], s[ib:ib+nb])
					return
				}
			}
			s[d] = s[ib]
			d, ib, nb = d+1, ib+1, nb-1
			if nb == 0 {
				copy(s[d:], a[ia:ia+na])
				return
			}
			k = timGallopLeft(&a[ia], s[ib:ib+nb], 0, less)
			bcount = k
			if k > 0 {
				copy(s[d:d+k], s[ib:ib+k])
				d, ib, nb = d+k, ib+k, nb-k
				if nb == 0 {
					copy(s[d:], a[ia:ia+na])
					return
				}
			}
			s[d] = a[ia]
			d, ia, na = d+1, ia+1, na-1
			if na == 1 {
				copy(s[d:], s[ib:ib+nb])
				s[d+nb] = a[ia]
				return
			}
			if acount < timMinGallop && bcount < timMinGallop {
				break
			}
		}
		minGallop++
		ts.minGallop = minGallop
	}
}

// mergeHi is mergeLo for na >= nb: b is moved aside and the merge fills
// from the right.
func (ts *timState[T]) mergeHi(base, na, nb int) {
	s, less := ts.s, ts.less
	baseB := base + na
	b := ts.scratch(nb)
	copy(b, s[baseB:baseB+nb])
	// ia and ib index the last unmerged items of a (in s) and b; d is the
	// last unfilled place.
	ia, ib, d := base+na-1, nb-1, baseB+nb-1
	// copyA finishes when one item of b is left: it goes before the
	// remaining items of a, which move right.
	copyA := func() {
		d -= na
		ia -= na
		copy(s[d+1:d+1+na], s[ia+1:ia+1+na])
		s[d] = b[ib]
	}
	// rest finishes when a is used up: b's remaining items go first.
	rest := func() { copy(s[d-nb+1:d+1], b[:nb]) }
	s[d] = s[ia]
	d, ia, na = d-1, ia-1, na-1
	if na == 0 {
		rest()
		return
	}
	if nb == 1 {
		copyA()
		return
	}
	minGallop := ts.minGallop
	for {
		acount, bcount := 0, 0
		for {
			if less(&b[ib], &s[ia]) {
				s[d] = s[ia]
				d, ia, na = d-1, ia-1, na-1
				acount, bcount = acount+1, 0
				if na == 0 {
					rest()
					return
				}
				if acount >= minGallop {
					break
				}
			} else {
				s[d] = b[ib]
				d, ib, nb = d-1, ib-1, nb-1
				bcount, acount = bcount+1, 0
				if nb == 1 {
					copyA()
					return
				}
				if bcount >= minGallop {
					break
				}
			}
		}
		minGallop++
		for {
			if minGallop > 1 {
				minGallop--
			}
			ts.minGallop = minGallop
			k := na - timGallopRight(&b[ib], s[base:base+na], na-1, less)
			acount = k
			if k > 0 {
				d, ia = d-k, ia-k
				copy(s[d+1:d+1+k], s[ia+1:ia+1+k])
				na -= k
				if na == 0 {
					rest()
					return
				}
			}
			s[d] = b[ib]
			d, ib, nb = d-1, ib-1, nb-1
			if nb == 1 {
				copyA()
				return
			}
			k = nb - timGallopLeft(&s[ia], b[:nb], nb-1, less)
			bcount = k
			if k > 0 {
				d, ib = d-k, ib-k
				copy(s[d+1:d+1+k], b[ib+1:ib+1+k])
				nb -= k
				if nb == 1 {
					copyA()
					return
				}
				if nb == 0 { // only with an inconsistent less
					return
				}
			}
			s[d] = s[ia]
			d, ia, na = d-1, ia-1, na-1
			if na == 0 {
				rest()
				return
			}
			if acount < timMinGallop && bcount < timMinGallop {
				break
			}
		}
		minGallop++
		ts.minGallop = minGallop
	}
}
