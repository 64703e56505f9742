from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.field_errors import FieldErrors


T = TypeVar("T", bound="TastypieError")


@_attrs_define(slots=False)
class TastypieError:
    """Tastypie's `{"error": ...}`: a message, or (plan validation) messages by field, each a string or a
    list of strings.

        Attributes:
            error (FieldErrors | str):
    """

    error: FieldErrors | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_errors import FieldErrors  # noqa: PLC0415

        error: dict[str, Any] | str
        if isinstance(self.error, FieldErrors):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_error = d.pop("error")

        _made.additional_properties = d
        return _made

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_error(_json_value_: Any) -> FieldErrors | str:
    def _parse_error(data: object) -> FieldErrors | str:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            error_type_1 = FieldErrors.from_dict(data)

            decode_all(error_type_1)
            return error_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FieldErrors | str, data)

    error = _parse_error(_json_value_)

    return error


decoded_fields(
    TastypieError,
    {
        "error": (_decode_error, "FieldErrors | str", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.field_errors import FieldErrors
