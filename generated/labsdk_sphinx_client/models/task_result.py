from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_result_type import TaskResultType
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="TaskResult")


@_attrs_define(slots=False)
class TaskResult:
    """What a succeeded task produced, tagged by `type`.

    Attributes:
        type_ (str | TaskResultType):
        dataset_id (str | Unset): `CREATE_DATASET`: the new dataset.
        signed_url (str | Unset): `EXPORT_DATATABLE`: signed URL of the datatable's CSV; fetch it without the API key.
    """

    type_: str | TaskResultType
    dataset_id: str | Unset = UNSET
    signed_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, TaskResultType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        dataset_id = self.dataset_id

        signed_url = self.signed_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if signed_url is not UNSET:
            field_dict["signedUrl"] = signed_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_type_ = d.pop("type")

        _made.dataset_id = d.pop("datasetId", UNSET)

        _made.signed_url = d.pop("signedUrl", UNSET)

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


def _decode_type_(_json_value_: Any) -> str | TaskResultType:
    def _parse_type_(data: object) -> str | TaskResultType:
        try:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = TaskResultType(data)

            return type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(str | TaskResultType, data)

    type_ = _parse_type_(_json_value_)

    return type_


decoded_fields(
    TaskResult,
    {
        "type_": (_decode_type_, "str | TaskResultType", False),
    },
)
