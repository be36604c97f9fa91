"""Enumerations: classes whose attributes are a fixed set of named members.

Enum is the base of plain enumerations; IntEnum and StrEnum members are
also ints and strs; Flag and IntFlag members combine with |, & and ~.
auto() picks member values, unique() rejects aliases, and EnumType (alias
EnumMeta) is the metaclass that builds the members.
"""

# Kiln's enum module, written from the documented and observed behaviour
# of CPython 3.12. EnumType.__prepare__ hands the class body an _EnumDict
# that records member names in order; EnumType.__new__ turns them into
# member instances stored in the class __dict__ and in three lookup maps
# (_member_names_, _member_map_, _value2member_map_).

import sys
from types import MappingProxyType

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "STRICT", "CONFORM",
           "EJECT", "KEEP", "FlagBoundary", "global_enum", "global_enum_repr",
           "global_flag_repr", "global_str", "property"]

# Enum, Flag and ReprEnum themselves are built before their names exist;
# until then the checks that need them are skipped.
Enum = Flag = ReprEnum = None


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _enum_is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _enum_is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _enum_is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _enum_is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


class _EnumDict(dict):
    """The class body's namespace: records member names in definition
    order and resolves auto() values as they are assigned."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []

    def __setitem__(self, key, value):
        if _enum_is_private(self._cls_name, key):
            pass
        elif _enum_is_sunder(key):
            if key == "_generate_next_value_":
                self._generate = value
        elif _enum_is_dunder(key) or _enum_is_descriptor(value):
            if key in self._member_names:
                raise TypeError("%r already defined as %r" % (key, self[key]))
        else:
            if key in self._member_names:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate
                    if isinstance(gen, staticmethod):
                        gen = gen.__func__
                    value.value = gen(key, 1, len(self._member_names),
                                      self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _enum_find_data_type(bases):
    # The members' data type (int for IntEnum, str for StrEnum, a
    # dataclass mixed in): per base, the first class of its MRO that is
    # not an enum and has its own __new__ or dataclass fields (or the
    # plain mixin before it), else the data type of an enum base.
    for base in bases:
        candidate = None
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    return klass._member_type_
                continue
            if ("__new__" in klass.__dict__
                    or "__dataclass_fields__" in klass.__dict__
                    or klass.__module__ == "builtins"):
                return candidate or klass
            candidate = candidate or klass
    return object


def _enum_dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ", ".join("%s=%r" % (name, getattr(self, name))
                     for name, field in fields.items() if field.repr)


def _enum_find_value_repr(bases):
    # How a member's repr shows its value: the data type's own __repr__
    # (the fields alone for a dataclass's generated one), or what an enum
    # base chose; None means repr().
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                return klass.__dict__.get("_value_repr_")
            if "__repr__" in klass.__dict__:
                params = klass.__dict__.get("__dataclass_params__")
                if ("__dataclass_fields__" in klass.__dict__
                        and params is not None and params.repr):
                    return _enum_dataclass_repr
                return klass.__dict__["__repr__"]
    return None


def _enum_prefer_enum_methods(enum_class, body):
    # A data type's repr, str and format come before Enum's in the MRO of
    # a mixed enum (class M(int, Enum)), but a member shows as an enum
    # member unless an enum class (like IntEnum) chose otherwise.
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in body:
            continue
        for klass in enum_class.__mro__:
            if name in klass.__dict__:
                if isinstance(klass, EnumType):
                    break
                for enum_klass in enum_class.__mro__:
                    if (isinstance(enum_klass, EnumType)
                            and name in enum_klass.__dict__):
                        type.__setattr__(enum_class, name,
                                         enum_klass.__dict__[name])
                        break
                break


def _enum_bin(value, width):
    return "0b0 " + format(value, "0%db" % width)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for base in bases:
            for klass in base.__mro__:
                if "_generate_next_value_" in klass.__dict__:
                    generate = klass.__dict__["_generate_next_value_"]
                    break
            if generate is not None:
                break
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        if generate is None:
            generate = _enum_default_next_value
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = list(getattr(classdict, "_member_names", ()))
        members = {name: dict.__getitem__(classdict, name)
                   for name in member_names}
        body = dict(classdict)
        for name in member_names:
            del body[name]
        # A __new__ in the class body creates the members (Enum's own
        # __new__ is the lookup by value instead); subclasses inherit it
        # as _new_member_.
        user_new = body.get("__new__") if Enum is not None else None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        data_type = _enum_find_data_type(bases)
        enum_class._member_type_ = data_type
        enum_class._value_repr_ = _enum_find_value_repr(bases)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        if boundary is not None:
            enum_class._boundary_ = boundary
        if user_new is not None:
            enum_class._new_member_ = user_new
        else:
            for klass in enum_class.__mro__:
                if "_new_member_" in klass.__dict__:
                    user_new = klass.__dict__["_new_member_"]
                    break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        flag_mask = 0
        for name, value in members.items():
            if isinstance(value, tuple) and data_type is not tuple:
                args = value
            else:
                args = (value,)
            if user_new is not None:
                new = user_new.__func__ if isinstance(user_new, staticmethod) else user_new
                member = new(enum_class, *args)
            elif data_type.__new__ is object.__new__:
                member = object.__new__(enum_class)
            else:
                member = data_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                if data_type is object:
                    member._value_ = value
                else:
                    member._value_ = data_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            if type(member).__init__ is not object.__init__:
                member.__init__(*args)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
            if canonical is not None:
                member = canonical
            elif is_flag and not _enum_is_single_bit(value):
                # Multi-bit flags are named members but are not iterated.
                pass
            else:
                enum_class._member_names_.append(name)
                if is_flag:
                    flag_mask |= value
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if data_type is not object:
            _enum_prefer_enum_methods(enum_class, body)
        if Enum is not None:
            # Calling the class looks a member up; creating members used
            # the data type's or the class body's __new__ above.
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
        if is_flag:
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Name', 'A B C') and its variants."""
        bases = (cls,) if type is None else (type, cls)
        classdict = EnumType.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = classdict._generate(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, "items") else names
        for name, value in items:
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict,
                                boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return any(m._value_ == value for m in cls._member_map_.values())

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (
                cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        """A read-only mapping of every member name (aliases included) to
        its member."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _enum_default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last = sorted(last_values)[-1] if all(
            isinstance(v, int) for v in last_values) else last_values[-1]
        return last + 1
    except TypeError:
        raise TypeError("unable to increment %r" % (last_values[-1],)) from None


_builtin_property = property


class property(_builtin_property):
    """The property of Enum's name and value: read-only, and its errors
    name the enum class that defines it."""

    def __set_name__(self, ownerclass, name):
        self._enum_owner = ownerclass.__name__
        self._enum_name = name

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (
            self._enum_owner, self._enum_name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r" % (
            self._enum_owner, self._enum_name))


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        error = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        try:
            result = cls._missing_(value)
        except Exception as exc:
            exc.__context__ = error
            raise
        if isinstance(result, cls):
            return result
        if result is None:
            raise error
        try:
            raise error
        except ValueError:
            raise TypeError(
                "error in %s._missing_: returned %r instead of None or a "
                "valid member" % (cls.__name__, result)) from None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _enum_default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        # The public attributes of the member and its classes, without the
        # other members; a mixed-in data type's attributes too.
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        member_map = self._member_map_
        for name in getattr(self, "__dict__", []):
            if name[0] != "_" and name not in member_map:
                interesting.add(name)
        for klass in self.__class__.mro():
            for name, obj in klass.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, _builtin_property):
                    if obj.fget is not None or name not in member_map:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in member_map:
                    interesting.add(name)
        return sorted({"__class__", "__doc__", "__eq__", "__hash__",
                       "__module__"} | interesting)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __str__ = int.__repr__
    __format__ = int.__format__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def _new_member_(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()



def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, member.name)
                  for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (
            enumeration, details))
    return enumeration


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits that are not members': raise
    (STRICT), drop them (CONFORM), return a plain int (EJECT) or keep them
    (KEEP)."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _enum_is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^, and ~ inverts
    within the defined bits."""

    _boundary_ = STRICT
    # How a flag's name shows the bits no member holds (re uses hex).
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        try:
            return 2 ** high.bit_length()
        except AttributeError:
            raise TypeError("invalid flag value %r" % (high,)) from None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        boundary = cls._boundary_
        unknown = value & ~flag_mask
        if value < 0 and boundary is KEEP:
            # A negative value is its two's complement within the bits
            # the class spans (at least): ~re.I is every other flag.
            value += max(cls._all_bits_ + 1, 2 ** value.bit_length())
            unknown = value & ~flag_mask
        if value < 0 or unknown:
            if boundary is STRICT or value < 0 and boundary is not KEEP:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s" % (
                        cls, value, _enum_bin(value, width),
                        _enum_bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        known = value & flag_mask
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        if known in cls._value2member_map_ and not unknown:
            member._name_ = cls._value2member_map_[known]._name_
        elif known == 0:
            # No member bit at all: the repr shows the bare value.
            member._name_ = None
        else:
            names = [m._name_ for m in cls._enum_bits(known)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            member._name_ = "|".join(names)
        return cls._value2member_map_.setdefault(value, member)

    @classmethod
    def _enum_bits(cls, value):
        # The canonical (single-bit) members in value, in definition order.
        return [cls._member_map_[name] for name in cls._member_names_
                if cls._member_map_[name]._value_ & value]

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_,
                                value_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._enum_bits(self._value_))

    def __len__(self):
        return bin(self._value_ & self._flag_mask_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def _enum_other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other,
                                                           self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._enum_other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._enum_other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._enum_other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    _boundary_ = KEEP
    __str__ = int.__repr__
    __format__ = int.__format__
    __repr__ = Flag.__repr__
    # int's operators come first in the MRO; members combine as flags.
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__



def global_enum_repr(self):
    """A member's repr as a module global: module.NAME."""
    module = self.__class__.__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    """A flag's repr as module globals joined by |: re.I|re.M shows as
    re.IGNORECASE|re.MULTILINE; bits no member holds show as numbers."""
    module = self.__class__.__module__.split(".")[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    value = self._value_
    if value & (value - 1) == 0:
        return "%s.%s" % (module, self._name_)
    return "|".join(part if part[0].isdigit() else "%s.%s" % (module, part)
                    for part in self._name_.split("|"))


def global_str(self):
    """A member's str as a module global: its name alone."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members become globals of the class's module
    (and show as module.NAME), as re's flags are re.I, re.M..."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
