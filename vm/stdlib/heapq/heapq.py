"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
The list operations are native (_heapq); merge, nlargest and nsmallest
are written here.
"""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max, _select)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come out in the order of the inputs they came from.
    """
    # Each entry is [sort key, input number, value, iterator]; the
    # input number breaks ties so that the merge is stable.
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        k = value if key is None else key(value)
        entries.append([k, order if not reverse else -order, value, it])
    if reverse:
        _heapify_max(entries)
        pop_top, replace_top = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop_top, replace_top = heappop, heapreplace
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        try:
            value = next(top[3])
        except StopIteration:
            pop_top(entries)
            continue
        top[0] = value if key is None else key(value)
        top[2] = value
        replace_top(entries, top)
    if entries:
        top = entries[0]
        yield top[2]
        yield from top[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        sentinel = object()
        found = min(iterable, default=sentinel, key=key)
        return [] if found is sentinel else [found]
    if _covers(n, iterable):
        return sorted(iterable, key=key)[:n]
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        sentinel = object()
        found = max(iterable, default=sentinel, key=key)
        return [] if found is sentinel else [found]
    if _covers(n, iterable):
        return sorted(iterable, key=key, reverse=True)[:n]
    return _select(n, iterable, key, True)


def _covers(n, iterable):
    """Whether n is at least the size of a sized iterable: CPython sorts
    then, and comparing n with the size gives its errors for a non-int n."""
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return False
    return n >= size
