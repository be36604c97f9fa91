"""functools.py - Tools for working with functions and callable objects"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from types import MethodType as _MethodType, GenericAlias
from collections import namedtuple as _namedtuple
from _functools import _lru_cache_wrapper as _native_lru_wrapper, partial

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# total_ordering: each missing comparison is derived from the root one.

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (not r and self != other)
def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else (r or self == other)
def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r
def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (not r or self == other)
def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else (r and self != other)
def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r
def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (not r and self != other)
def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else (r or self == other)
def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r
def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (not r or self == other)
def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else (r and self != other)
def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r

_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {op for op in _derived if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, func in _derived[root]:
        if opname not in roots:
            func.__name__ = opname
            setattr(cls, opname, func)
    return cls


from _functools import cmp_to_key


_initial_missing = object()


from _functools import reduce


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        # CPython's: always three parts, so empty args or keywords leave
        # ", " behind (functools.partialmethod(f, 1, )).
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"{type(self).__module__}.{type(self).__qualname__}({self.func!r}, {args}, {keywords})"

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None and not isinstance(self.func, partial):
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        method = self.func
        args, keywords = self.args, self.keywords
        def _method(cls_or_self, /, *a, **k):
            return method(cls_or_self, *args, *a, **{**keywords, **k})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

def _lru_cache_wrapper(user_function, maxsize, typed):
    wrapper = _native_lru_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# singledispatch
#
# The implementation for a class is found along its MRO composed with the
# ABCs of the registry it is a (possibly virtual) subclass of: each such
# ABC goes into the MRO right after the class that brings the behaviour
# the ABC describes, by the C3 rule. Two unrelated ABCs that match equally
# well are ambiguous.

def _sd_merge(seqs):
    """The C3 merge of seqs (lists, consumed)."""
    merged = []
    seqs = [q for q in seqs if q]
    while seqs:
        for q in seqs:
            head = q[0]
            if not any(head in other[1:] for other in seqs):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for q in seqs:
            if q[0] == head:
                del q[0]
        seqs = [q for q in seqs if q]
    return merged


def _sd_c3(cls, abcs):
    """cls's MRO, with the ABCs of abcs that cls implements inserted after
    the classes that introduce them."""
    bases = cls.__bases__
    # Bases up to the last one that is itself an ABC keep their place ahead
    # of the ABCs inserted here.
    split = 0
    for k in range(len(bases), 0, -1):
        if hasattr(bases[k - 1], '__abstractmethods__'):
            split = k
            break
    explicit, rest = list(bases[:split]), list(bases[split:])
    introduced = [a for a in abcs
                  if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    remaining = [a for a in abcs if a not in introduced]
    groups = explicit, introduced, rest
    seqs = [[cls]]
    for group in groups:
        seqs.extend(_sd_c3(b, remaining) for b in group)
    seqs.extend(list(group) for group in groups)
    return _sd_merge(seqs)


def _sd_compose_mro(cls, types):
    """cls's MRO composed with those of types (the registry's keys) that
    cls is a virtual or ABC subclass of."""
    own = set(cls.__mro__)
    related = [t for t in types
               if t not in own and hasattr(t, '__mro__')
               and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # A class already in the MRO of another related class comes with it.
    related = [t for t in related
               if not any(t is not u and t in u.__mro__ for u in related)]
    related_set = set(related)
    abcs = []
    for t in related:
        # Subclasses of t that cls also implements fix the order of the
        # ABCs they derive from: the ones with the most of them first.
        chains = sorted(
            ([m for m in sub.__mro__ if m in related_set]
             for sub in t.__subclasses__()
             if sub not in own and issubclass(cls, sub)),
            key=len, reverse=True)
        if not chains:
            abcs.append(t)
        for chain in chains:
            abcs.extend(m for m in chain if m not in abcs)
    return _sd_c3(cls, abcs)


def _find_impl(cls, registry):
    """The registered implementation for cls: the first class of its
    composed MRO in registry, unless an unrelated ABC matches as well."""
    own = cls.__mro__
    found = None
    for t in _sd_compose_mro(cls, registry.keys()):
        if found is None:
            if t in registry:
                found = t
            continue
        if t in registry and t not in own and found not in own and not issubclass(found, t):
            raise RuntimeError("Ambiguous dispatch: {} or {}".format(found, t))
        break
    return registry.get(found)


def _sd_is_union(cls):
    """Whether cls is int | str or typing.Union[int, str]."""
    import types
    import typing
    return isinstance(cls, types.UnionType) or (
        hasattr(typing, 'Union') and getattr(cls, '__origin__', None) is typing.Union)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _sd_is_union(cls) and all(isinstance(a, type) for a in cls.__args__)


def _sd_first_annotation(func):
    """The name and the evaluated annotation of func's first annotated
    parameter (string annotations are evaluated in func's globals)."""
    name, hint = next(iter(func.__annotations__.items()))
    if isinstance(hint, str):
        hint = eval(hint, getattr(func, '__globals__', {}))
    if hint is None:
        hint = type(None)
    return name, hint


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    import types
    from abc import get_cache_token
    registry = {}
    dispatch_cache = {}
    # The ABC cache token when the registry holds an ABC: registering a
    # virtual subclass anywhere changes it, and dispatch_cache is stale.
    token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.

        """
        nonlocal token
        if token is not None and token != get_cache_token():
            dispatch_cache.clear()
            token = get_cache_token()
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = registry[cls] if cls in registry else _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.

        """
        nonlocal token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            argname, cls = _sd_first_annotation(func)
            if not _is_valid_dispatch_type(cls):
                if _sd_is_union(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        for c in (cls.__args__ if _sd_is_union(cls) else (cls,)):
            registry[c] = func
        if token is None and hasattr(cls, '__abstractmethods__'):
            token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
