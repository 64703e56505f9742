from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decoded_fields

if TYPE_CHECKING:
    from ..models.presigned_response import PresignedResponse


T = TypeVar("T", bound="UploadUrlResponse")


@_attrs_define(slots=False)
class UploadUrlResponse:
    """
    Attributes:
        presigned_response (PresignedResponse):
        path (str): The staged upload's path, for `stagedUploadPath`.
    """

    presigned_response: PresignedResponse
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presigned_response = self.presigned_response.to_dict()

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "presignedResponse": presigned_response,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_presigned_response = d.pop("presignedResponse")

        _made.path = d.pop("path")

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


def _decode_presigned_response(_json_value_: Any) -> PresignedResponse:
    presigned_response = PresignedResponse.from_dict(_json_value_)

    return presigned_response


decoded_fields(
    UploadUrlResponse,
    {
        "presigned_response": (_decode_presigned_response, "PresignedResponse", False),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.presigned_response import PresignedResponse
