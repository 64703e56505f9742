from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filesystem_item_kind import FilesystemItemKind
from ..types import decoded_fields

T = TypeVar("T", bound="UploadedFile")


@_attrs_define(slots=False)
class UploadedFile:
    """
    Attributes:
        id (str):
        field_t (FilesystemItemKind | str):
    """

    id: str
    field_t: FilesystemItemKind | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_t: str
        if isinstance(self.field_t, FilesystemItemKind):
            field_t = self.field_t.value
        else:
            field_t = self.field_t

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "__t": field_t,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.id = d.pop("id")

        _raw._raw_field_t = d.pop("__t")

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


def _decode_field_t(_json_value_: Any) -> FilesystemItemKind | str:
    def _parse_field_t(data: object) -> FilesystemItemKind | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            field_t_type_0 = FilesystemItemKind(data)

            return field_t_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(FilesystemItemKind | str, data)

    field_t = _parse_field_t(_json_value_)

    return field_t


decoded_fields(
    UploadedFile,
    {
        "field_t": (_decode_field_t, "FilesystemItemKind | str", False),
    },
)
