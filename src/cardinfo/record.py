"""`Record`: typing.NamedTuple's class syntax and behaviour, at a fraction of its cost to define.

Every run of the CLI defines ~30 record classes before it answers anything. typing.NamedTuple
builds each one by compiling source text (its `__new__` through `eval`), ~90 µs a class, a
tenth of cardinfo's own start-up. `Record` makes the same class from shared, already compiled
methods: a tuple subclass with one read-only property per field, trailing defaults, `_fields`,
`_field_defaults`, `_make`, `_replace`, `_asdict`, a NamedTuple-like repr, equality and hashing
as tuples, and pickling. Type checkers see typing.NamedTuple itself, so the classes are checked
exactly as before:

    class Place(Record):
        code: str
        name: str
        path: tuple[str, ...] = ()
"""

from typing import TYPE_CHECKING, Any

__all__ = ["Record"]

if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    from _collections import _tuplegetter  # the C property behind collections.namedtuple's fields
    from typing import ClassVar

    _MISSING = object()

    class _Fields(tuple):
        """The methods every record class shares, defined once."""

        __slots__ = ()
        _fields: ClassVar[tuple[str, ...]] = ()
        _field_defaults: ClassVar[dict[str, Any]] = {}
        _tail: ClassVar[tuple[Any, ...]] = ()  # the defaults' values, in order
        _required: ClassVar[int] = 0  # how many fields have no default

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            if kwargs or len(args) != len(cls._fields):
                if not kwargs and cls._required <= len(args) < len(cls._fields):
                    args += cls._tail[len(args) - cls._required :]
                else:
                    args = cls._arguments(args, kwargs)
            return tuple.__new__(cls, args)

        @classmethod
        def _arguments(cls, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
            fields = cls._fields
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} arguments, {len(args)} given")
            values = list(args)
            for name in fields[len(args) :]:
                value = kwargs.pop(name, _MISSING)
                if value is _MISSING:
                    value = cls._field_defaults.get(name, _MISSING)
                    if value is _MISSING:
                        raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
                values.append(value)
            if kwargs:
                twice = [k for k in kwargs if k in fields]
                what = "got multiple values for argument" if twice else "got an unexpected keyword argument"
                raise TypeError(f"{cls.__name__}() {what} {(twice or list(kwargs))[0]!r}")
            return tuple(values)

        @classmethod
        def _make(cls, iterable: Any) -> Any:
            values = tuple(iterable)
            if len(values) != len(cls._fields):
                raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(values)}")
            return tuple.__new__(cls, values)

        def _replace(self, **changes: Any) -> Any:
            values = tuple(changes.pop(name, value) for name, value in zip(self._fields, self, strict=True))
            if changes:
                raise ValueError(f"Got unexpected field names: {list(changes)!r}")
            return tuple.__new__(type(self), values)

        def _asdict(self) -> dict[str, Any]:
            return dict(zip(self._fields, self, strict=True))

        def __repr__(self) -> str:
            pairs = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self, strict=True))
            return f"{type(self).__name__}({pairs})"

        def __getnewargs__(self) -> tuple[Any, ...]:
            return tuple(self)

    def _field_names(namespace: dict[str, Any]) -> tuple[str, ...]:
        """The annotated names of a class body, in order. From Python 3.14 a body compiled without
        `from __future__ import annotations` holds an annotate function instead of `__annotations__`."""
        if "__annotations__" in namespace:
            return tuple(namespace["__annotations__"])
        try:
            import annotationlib
        except ImportError:  # before 3.14 every annotated body has __annotations__
            return ()
        annotate = annotationlib.get_annotate_from_class_namespace(namespace)
        if annotate is None:
            return ()
        return tuple(annotationlib.call_annotate_function(annotate, annotationlib.Format.FORWARDREF))

    class _RecordType(type):
        """Turns a class body of annotated fields into a tuple subclass with a property per field."""

        def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
            if not namespace.get("_is_base"):
                fields = _field_names(namespace)
                defaults = {f: namespace.pop(f) for f in fields if f in namespace}
                if list(defaults) != list(fields[len(fields) - len(defaults) :]):
                    raise TypeError(f"{name}: a field without a default follows one with a default")
                namespace.update(
                    {f: _tuplegetter(i, f"Alias for field number {i}") for i, f in enumerate(fields)},
                    __slots__=(),
                    _fields=fields,
                    _field_defaults=defaults,
                    _tail=tuple(defaults.values()),
                    _required=len(fields) - len(defaults),
                    __match_args__=fields,
                )
                bases = (_Fields,)
            return super().__new__(mcs, name, bases, namespace)

    class Record(metaclass=_RecordType):
        """Base of the record classes (see the module's docstring)."""

        _is_base = True
