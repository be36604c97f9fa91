"""Shallow and deep copies of Python objects.

copy(x) returns a shallow copy of x and deepcopy(x) a deep one; a class
controls its copies with __copy__ and __deepcopy__, or with the pickling
protocol (__reduce_ex__, __getstate__, __setstate__). copy.Error is
raised for an object that cannot be copied.
"""

# Kiln's copy module. Both copies go the same way: types whose copies are
# known (immutable atoms, the builtin containers) are handled directly;
# other objects describe themselves with __copy__/__deepcopy__, a
# copyreg reduction function, or __reduce_ex__(4), and _reconstruct
# rebuilds them from that description.

import types
from copyreg import dispatch_table


class Error(Exception):
    pass

error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _weakref_type():
    try:
        from weakref import ref
    except ImportError:
        return None
    return ref


# Objects of these types are their own copies, shallow or deep.
_atomic = {type(None), int, float, bool, complex, str, bytes, tuple,
           frozenset, type, range, slice, property,
           types.BuiltinFunctionType, types.FunctionType, types.CodeType,
           types.EllipsisType, types.NotImplementedType}
if _weakref_type() is not None:
    _atomic.add(_weakref_type())

# tuple has its own deep copier; frozensets and slices are rebuilt by a
# deep copy, since their items may be mutable.
_deep_atomic = _atomic - {tuple, frozenset, slice}

_shallow_copiers = {list: list.copy, dict: dict.copy, set: set.copy,
                    bytearray: bytearray.copy}


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _atomic:
        return x
    copier = _shallow_copiers.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x; memo maps the ids of objects already
    copied to their copies."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _deep_copiers.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _deep_atomic or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    # Atoms are not memoized: copying them again costs nothing.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _reduce(x, cls, depth):
    """Describe x as __reduce_ex__ does, for a copy of the given depth."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (depth, cls))


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself (through a list) was copied while its
    # items were.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {list: _deepcopy_list, tuple: _deepcopy_tuple,
                 dict: _deepcopy_dict, types.MethodType: _deepcopy_method}


def _keep_alive(x, memo):
    """Keep x alive as long as memo: memo is keyed by id(), and an id can
    be reused once its object is gone."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)

    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
