"""Generate special methods for classes from their annotated fields.

@dataclass reads a class's annotations and adds __init__, __repr__,
__eq__ and, on request, ordering methods, __hash__, immutability
(frozen), __match_args__ and __slots__. field() customizes one field;
fields(), asdict(), astuple(), replace(), is_dataclass() and
make_dataclass() work with dataclasses after they are made.
"""

# Kiln's dataclasses module, written from CPython 3.12's documentation
# and observed behaviour. The generated methods are built by exec() of
# generated source, so that they are ordinary functions with the right
# parameters, defaults and qualified names (error messages such as
# "Point.__init__() missing 1 required positional argument: 'y'" then
# come from the interpreter itself). Values a generated function needs
# (defaults, factories, types) are passed in through the namespace of an
# enclosing function, never through the class.

import abc
import copy
import keyword
import sys
import types
from collections import defaultdict as _defaultdict
from _kiln_dataclasses import compare_fields as _compare_fields, hash_fields as _hash_fields

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default an __init__ parameter gets when its field has a
    # default_factory; shows as <factory> in the class's signature.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    # The kinds of pseudo-field a class attribute may be: a real field,
    # a ClassVar or an InitVar.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr',
                 'hash', 'init', 'compare', 'metadata', 'kw_only',
                 '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # A default that is a descriptor learns its name as if it were
        # the class attribute itself.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r},'
                f'match_args={self.match_args!r},'
                f'kw_only={self.kw_only!r},'
                f'slots={self.slots!r},'
                f'weakref_slot={self.weakref_slot!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass, as the class attribute of the
    field's annotation.

    default or default_factory (a callable taking no arguments, called
    for each new instance) give the field's default, not both. init,
    repr and compare say whether the field is a parameter of __init__,
    is shown by __repr__ and takes part in __eq__ and ordering; hash
    (None: follow compare) whether it takes part in __hash__. kw_only
    makes the parameter keyword-only. metadata is any mapping, kept
    read-only on the Field for third parties.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    # Positional-or-keyword fields first, then keyword-only ones.
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


# The ids of objects whose repr is being computed, so that a dataclass
# that contains itself shows "..." instead of recursing forever.
_repr_running = set()


def _recursion_safe_repr(user_function):
    def wrapper(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return user_function(self)
        finally:
            _repr_running.discard(key)
    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


def _create_fn(cls, name, args, body, *, globals=None, locals=None,
               return_type=MISSING):
    # Compile "def name(args): body" nested in a factory whose
    # parameters are the names in locals, so that the method sees those
    # values as closure cells, and name it after cls.
    closure_values = dict(locals or {})
    annotation = ''
    if return_type is not MISSING:
        closure_values['__dataclass_return_type__'] = return_type
        annotation = ' -> __dataclass_return_type__'
    lines = [f"def __dataclass_factory__({', '.join(closure_values)}):",
             f"    def {name}({', '.join(args)}){annotation}:"]
    lines += ['        ' + line for line in body]
    lines.append(f'    return {name}')
    scope = {}
    exec('\n'.join(lines) + '\n', {} if globals is None else globals, scope)
    method = scope['__dataclass_factory__'](**closure_values)
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


def _field_assign(frozen, name, value, self_name):
    # A frozen class's fields are set by object.__setattr__, which the
    # method holds as a closure value (CPython's source looks it up on
    # object for every field; the call and its errors are the same).
    if frozen:
        return (f'__dataclass_builtins_setattr__({self_name},'
                f'{name!r},{value})')
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, locals, self_name, slots):
    # The statement of __init__ that sets field f, or None.
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        if f.init:
            locals[default_name] = f.default_factory
            value = (f'{default_name}() '
                     f'if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            locals[default_name] = f.default_factory
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                locals[default_name] = f.default
                value = f.name
        else:
            # A field left out of __init__ gets its class attribute as
            # its value; with slots there is no class attribute, so the
            # default is stored on the instance.
            if slots and f.default is not MISSING:
                locals[default_name] = f.default
                value = default_name
            else:
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    # The parameter of __init__ for field f: "x:_type_x" plus a default.
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals, slots, cls):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')

    locals = {f'__dataclass_type_{f.name}__': f.type for f in fields}
    locals.update({
        '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_setattr__': object.__setattr__,
    })

    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)

    if has_post_init:
        params_str = ','.join(f.name for f in fields
                              if f._field_type is _FIELD_INITVAR)
        body_lines.append(f'{self_name}.{_POST_INIT_NAME}({params_str})')

    if not body_lines:
        body_lines = ['pass']

    _init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        _init_params += ['*']
        _init_params += [_init_param(f) for f in kw_only_fields]
    return _create_fn(cls, '__init__',
                      [self_name] + _init_params,
                      body_lines,
                      locals=locals,
                      globals=globals,
                      return_type=None)


def _repr_fn(fields, globals, cls):
    fn = _create_fn(cls, '__repr__',
                    ('self',),
                    ['return f"{self.__class__.__qualname__}(' +
                     ', '.join([f"{f.name}={{self.{f.name}!r}}"
                                for f in fields]) +
                     ')"'],
                    globals=globals)
    wrapper = _recursion_safe_repr(fn)
    # The generated function keeps CPython's name for it under __wrapped__:
    # pprint recognises a generated repr by it.
    fn.__qualname__ = '__create_fn__.<locals>.__repr__'
    return wrapper


def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls,
              'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    return (_create_fn(cls, '__setattr__',
                       ('self', 'name', 'value'),
                       (f'if {condition}:',
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                        'super(cls, self).__setattr__(name, value)'),
                       locals=locals,
                       globals=globals),
            _create_fn(cls, '__delattr__',
                       ('self', 'name'),
                       (f'if {condition}:',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'),
                       locals=locals,
                       globals=globals),
            )


def _cmp_fn(name, op, fields, globals, cls):
    # Compare two instances of exactly the same class as tuples of their
    # compared fields; anything else is NotImplemented. The tuples are not
    # built: compare_fields compares the values, self's then other's, as
    # the tuples would (the source lines are CPython's, one for one).
    values = ''.join([f',self.{f.name}' for f in fields] +
                     [f',other.{f.name}' for f in fields])
    return _create_fn(cls, name,
                      ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return __dataclass_compare__({op!r}{values})',
                       'return NotImplemented'],
                      locals={'__dataclass_compare__': _compare_fields},
                      globals=globals)


def _hash_fn(fields, globals, cls):
    # hash() of the tuple of the fields, without building it.
    values = ','.join([f'self.{f.name}' for f in fields])
    return _create_fn(cls, '__hash__',
                      ('self',),
                      [f'return __dataclass_hash__({values})'],
                      locals={'__dataclass_hash__': _hash_fields},
                      globals=globals)


def _is_classvar(a_type, typing):
    # ClassVar itself or ClassVar[T], an alias whose origin is ClassVar.
    return (a_type is typing.ClassVar
            or (not isinstance(a_type, type)
                and getattr(a_type, '__origin__', None) is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return (a_type is dataclasses.InitVar
            or type(a_type) is dataclasses.InitVar)


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _string_annotation_is(annotation, cls, a_module, a_type, is_type_predicate):
    # A string annotation such as "ClassVar[int]", "typing.ClassVar" or
    # "dataclasses.InitVar[str]" names a_type when its first word is
    # bound to a_module (or a_type) in the module defining the class.
    # Only the start of the string is looked at, as documented.
    text = annotation.strip()
    head = text
    for i, ch in enumerate(text):
        if not (ch.isalnum() or ch == '_' or ch == '.'):
            head = text[:i]
            break
    if not head:
        return False
    module_name, dot, name = head.rpartition('.')
    if dot and ('.' in module_name or not module_name):
        return False
    ns = None
    module = sys.modules.get(cls.__module__)
    if module is not None:
        ns = module.__dict__
    if ns is None:
        return False
    if not module_name:
        return is_type_predicate(ns.get(name), a_module)
    module = ns.get(module_name)
    if module is a_module:
        return is_type_predicate(getattr(module, name, None), a_module)
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    # The Field for the annotation a_name: a_type, from the class
    # attribute of that name if there is one.
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # A slot descriptor is not a default value.
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type

    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing and hasattr(typing, 'ClassVar'):
        if (_is_classvar(a_type, typing)
            or (isinstance(f.type, str)
                and _string_annotation_is(f.type, cls, typing, typing.ClassVar,
                                          _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
            or (isinstance(f.type, str)
                and _string_annotation_is(f.type, cls, dataclasses, InitVar,
                                          _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        assert f._field_type is _FIELD_CLASSVAR
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')

    return f


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    # Add value unless the class defines name itself; True if it does.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _dc_hash_method(cls, field_list, unsafe_hash, eq, frozen, globals):
    # The documented __hash__ rules. A class's own __hash__ counts as
    # explicit unless it is the None that defining __eq__ implies.
    # Returns (True, value) to set cls.__hash__, (False, None) to leave it.
    own = cls.__dict__.get('__hash__', MISSING)
    explicit = own is not MISSING and not (own is None
                                           and '__eq__' in cls.__dict__)
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ '
                            f'in class {cls.__name__}')
    elif explicit or not eq:
        return False, None
    elif not frozen:
        # Mutable objects that compare by value must not be hashable.
        return True, None
    hashed = [f for f in field_list
              if (f.compare if f.hash is None else f.hash)]
    return True, _hash_fn(hashed, globals, cls)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}

    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen,
                                           match_args, kw_only,
                                           slots, weakref_slot))

    # Fields of dataclass bases come first, the most basic first; a
    # field redefined by a subclass keeps its original position.
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    KW_ONLY_seen = False
    dataclasses = sys.modules[__name__]
    for name, type in cls_annotations.items():
        if (_is_kw_only(type, dataclasses)
            or (isinstance(type, str)
                and _string_annotation_is(type, cls, dataclasses, KW_ONLY,
                                          _is_kw_only))):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A field() given as the class attribute is replaced by its
        # default, or removed if it has none.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields,
                                    std_init_fields,
                                    kw_only_init_fields,
                                    frozen,
                                    has_post_init,
                                    '__dataclass_self__' if 'self' in fields
                                    else 'self',
                                    globals,
                                    slots,
                                    cls,
                                    ))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals, cls))

    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', flds, globals, cls))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'),
                         ('__le__', '<='),
                         ('__gt__', '>'),
                         ('__ge__', '>='),
                         ]:
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, flds, globals, cls)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    set_hash, hash_method = _dc_hash_method(cls, field_list, unsafe_hash,
                                            eq, frozen, globals)
    if set_hash:
        cls.__hash__ = hash_method

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    # Generated methods may implement abstract ones of an ABC base.
    abc.update_abstractmethods(cls)

    return cls


def _annotation_text(annotation):
    # How a signature shows an annotation: builtin classes by name,
    # other classes module-qualified, everything else by repr.
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    return repr(annotation)


def _dc_param_text(name, annotations, has_default, default, prefix=''):
    # One parameter as a signature shows it: "x: int = 0", "x=0", "*a".
    text = prefix + name
    if name in annotations:
        text += ': ' + _annotation_text(annotations[name])
        if has_default:
            text += ' = ' + repr(default)
    elif has_default:
        text += '=' + repr(default)
    return text


def _signature_text(cls):
    # The text of the class's call signature for its default __doc__,
    # "(x: int, y: int = 0)": the parameters of the __init__ it uses,
    # without self; "()" when that is not a Python function.
    init_fn = None
    for base in cls.__mro__:
        if '__init__' in base.__dict__:
            init_fn = base.__dict__['__init__']
            break
    if not isinstance(init_fn, types.FunctionType):
        return '()'
    code = init_fn.__code__
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = init_fn.__defaults__ or ()
    kwdefaults = init_fn.__kwdefaults__ or {}
    annotations = init_fn.__annotations__
    first_default = npos - len(defaults)
    parts = [_dc_param_text(names[i], annotations, i >= first_default,
                            defaults[i - first_default] if i >= first_default else None)
             for i in range(1, npos)]
    posonly = getattr(code, 'co_posonlyargcount', 0)
    if posonly > 1:
        parts.insert(posonly - 1, '/')
    extra = npos + nkw
    if code.co_flags & 0x04:
        parts.append(_dc_param_text(names[extra], annotations, False, None, '*'))
        extra += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(_dc_param_text(name, annotations, name in kwdefaults,
                                    kwdefaults.get(name)))
    if code.co_flags & 0x08:
        parts.append(_dc_param_text(names[extra], annotations, False, None, '**'))
    return '(' + ', '.join(parts) + ')'


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ only works when the class is created, so the class is
    # made again with slots for its fields.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for b in cls.__mro__[1:-1]:
        slots = b.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            inherited_slots.add(slots)
        else:
            inherited_slots.update(slots)
    cls_dict['__slots__'] = tuple(
        name for name in field_names
        + (('__weakref__',) if weakref_slot else ())
        if name not in inherited_slots)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)

    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname

    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Turn cls into a dataclass: its annotated class attributes become
    fields, and the methods the flags ask for are added unless cls
    defines them itself.

    Usable as @dataclass or @dataclass(...). init, repr and eq (on by
    default) add __init__, __repr__ and __eq__; order adds __lt__,
    __le__, __gt__ and __ge__; frozen makes assigning or deleting a
    field raise FrozenInstanceError; unsafe_hash adds __hash__ even
    when it would not be safe; match_args adds __match_args__; kw_only
    makes every field keyword-only; slots (with weakref_slot) returns
    a new class with __slots__ for the fields.
    """

    def wrap(cls):
        if slots and '__slots__' in cls.__dict__:
            raise TypeError(f'{cls.__name__} already specifies __slots__')
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or dataclass instance, in
    definition order, without ClassVar and InitVar pseudo-fields."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    # A loop, not a generator: no frame or function object per call.
    result = []
    for f in fields.values():
        if f._field_type is _FIELD:
            result.append(f)
    return tuple(result)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """A dict of the instance's fields by name (built with
    dict_factory from (name, value) pairs).

    Values that are dataclass instances, lists, tuples or dicts are
    converted recursively; other values are deep copies.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _dc_convert(obj, _dc_asdict_record, dict_factory)


def _dc_asdict_record(inst, dict_factory):
    # asdict() of one dataclass instance: with the default factory the
    # dict is built directly, without a list of (name, value) pairs.
    # Loops rather than comprehensions, which would close over inst (a
    # cell and a function object per call: Kiln does not inline them).
    # The fields are read as fields() reads them, without the tuple it
    # builds (a list, the tuple and its iterator per record).
    if dict_factory is dict:
        result = {}
        for f in getattr(inst, _FIELDS).values():
            if f._field_type is _FIELD:
                result[f.name] = _dc_convert(getattr(inst, f.name), _dc_asdict_record, dict)
        return result
    pairs = []
    for f in fields(inst):
        pairs.append((f.name, _dc_convert(getattr(inst, f.name),
                                          _dc_asdict_record, dict_factory)))
    return dict_factory(pairs)


def _dc_convert(obj, record, factory):
    # A copy of obj in which every dataclass instance, at any depth of
    # lists, tuples and dicts, is replaced by record(instance, factory).
    # record and factory are passed down rather than closed over: asdict()
    # and astuple() make no function objects per call.
    cls = type(obj)
    if cls in _ATOMIC_TYPES:
        return obj
    # The builtin containers themselves are never dataclasses: they skip
    # the __dataclass_fields__ lookup, which misses for them.
    # (Loops, not comprehensions closing over record and factory.)
    if cls is list or cls is tuple:
        items = []
        for v in obj:
            items.append(_dc_convert(v, record, factory))
        return items if cls is list else tuple(items)
    if cls is dict:
        result = {}
        for k, v in obj.items():
            result[_dc_convert(k, record, factory)] = _dc_convert(v, record, factory)
        return result
    if _is_dataclass_instance(obj):
        return record(obj, factory)
    return _dc_convert_other(obj, record, factory)


def _dc_convert_other(obj, record, factory):
    # _dc_convert of what is neither atomic, a builtin container nor a
    # dataclass instance. Apart because its comprehensions close over
    # record and factory: in _dc_convert they would make two cells on
    # every call, which is every field value of every conversion.
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple is rebuilt from positional arguments.
        return type(obj)(*[_dc_convert(v, record, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_dc_convert(v, record, factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_dc_convert(k, record, factory), _dc_convert(v, record, factory))
                 for k, v in obj.items()]
        if isinstance(obj, _defaultdict) or hasattr(type(obj), 'default_factory'):
            # A defaultdict takes its factory first.
            result = type(obj)(obj.default_factory)
            result.update(items)
            return result
        return type(obj)(items)
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the instance's field values (built with
    tuple_factory from a list), converted like asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _dc_convert(obj, _dc_astuple_record, tuple_factory)


def _dc_astuple_record(inst, tuple_factory):
    # astuple() of one dataclass instance (a loop, as in _dc_asdict_record).
    values = []
    for f in getattr(inst, _FIELDS).values():
        if f._field_type is _FIELD:
            values.append(_dc_convert(getattr(inst, f.name), _dc_astuple_record,
                                      tuple_factory))
    return tuple_factory(values)


# Values asdict() and astuple() return as they are: deepcopy would
# return them unchanged anyway.
_ATOMIC_TYPES = frozenset({
    type(None), bool, int, float, str, complex, bytes,
    types.FunctionType, type, range, property,
})


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass named cls_name without a class statement.

    Each item of fields is a name, a (name, type) pair or a (name,
    type, Field) triple; a bare name gets the annotation 'typing.Any'.
    namespace adds class attributes and methods; the other keywords
    are dataclass()'s.
    """
    if namespace is None:
        namespace = {}

    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')

        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')

        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)

    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module

    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with the fields in changes
    replaced; the others are taken from obj. The new object is made by
    calling the class, so __init__ and __post_init__ run again.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")

    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue

        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue

        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)

    return obj.__class__(**changes)
