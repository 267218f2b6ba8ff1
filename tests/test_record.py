"""cardinfo.record.Record behaves as typing.NamedTuple does, for everything the code relies on."""

import copy
import pickle
from typing import NamedTuple

import pytest

from cardinfo.record import Record


class Cheap(Record):
    """A record."""

    code: str
    name: str
    level: str = "county"
    path: tuple[str, ...] = ()

    def label(self) -> str:
        return f"{self.name} ({self.code})"


class Typed(NamedTuple):
    code: str
    name: str
    level: str = "county"
    path: tuple[str, ...] = ()


CASES = [
    (("530100", "昆明市"), {}),
    (("530100", "昆明市", "prefecture"), {}),
    (("530100",), {"name": "昆明市", "path": ("云南省",)}),
    ((), {"path": (), "name": "n", "code": "c", "level": "x"}),
]


@pytest.mark.parametrize(("args", "kwargs"), CASES)
def test_a_record_is_the_same_tuple_as_a_namedtuple(args: tuple[str, ...], kwargs: dict[str, object]) -> None:
    cheap, typed = Cheap(*args, **kwargs), Typed(*args, **kwargs)  # type: ignore[arg-type]
    assert tuple(cheap) == tuple(typed)
    assert tuple.__eq__(cheap, typed) and hash(cheap) == hash(typed)
    assert repr(cheap) == repr(typed).replace("Typed", "Cheap")
    assert cheap._asdict() == typed._asdict()
    assert (cheap.code, cheap.name, cheap.level, cheap.path) == (typed.code, typed.name, typed.level, typed.path)


def test_class_attributes_methods_and_copies() -> None:
    place = Cheap("530100", "昆明市")
    assert Cheap._fields == Typed._fields and Cheap._field_defaults == Typed._field_defaults
    assert Cheap.__doc__ == "A record." and place.label() == "昆明市 (530100)"
    assert place._replace(level="prefecture") == Cheap("530100", "昆明市", "prefecture")
    assert Cheap._make(["1", "2", "3", ()]) == ("1", "2", "3", ())
    assert pickle.loads(pickle.dumps(place)) == place and type(copy.deepcopy(place)) is Cheap
    assert isinstance(place, tuple) and not hasattr(place, "__dict__")
    match place:
        case Cheap(code, name):
            assert (code, name) == ("530100", "昆明市")


@pytest.mark.parametrize(
    "make",
    [
        lambda: Cheap("1"),  # type: ignore[call-arg]  # a field without a default left out
        lambda: Cheap("1", "2", "3", (), "5"),  # type: ignore[call-arg]  # one argument too many
        lambda: Cheap("1", "2", colour="red"),  # type: ignore[call-arg]  # no such field
        lambda: Cheap("1", "2", code="3"),  # type: ignore[misc]  # a field given twice
        lambda: Cheap._make(["1"]),
    ],
)
def test_wrong_arguments_are_type_errors_like_namedtuple(make: object) -> None:
    with pytest.raises(TypeError):
        make()  # type: ignore[operator]


def test_fields_are_read_only_and_replace_rejects_unknown_fields() -> None:
    place = Cheap("1", "2")
    with pytest.raises(AttributeError):
        place.code = "3"  # type: ignore[misc]
    with pytest.raises(ValueError, match="colour"):
        place._replace(colour="red")  # type: ignore[call-arg]


def test_a_field_without_a_default_after_one_with_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="default"):

        class Bad(Record):  # the same rule typing.NamedTuple enforces
            a: int = 1
            b: int  # type: ignore[misc]
