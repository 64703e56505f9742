from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.masks_job_status import MasksJobStatus
from ..types import UNSET, Unset, decoded_fields

T = TypeVar("T", bound="MasksJob")


@_attrs_define(slots=False)
class MasksJob:
    """
    Attributes:
        percentage_completed (float):
        status (MasksJobStatus | str):
        message (str | Unset): [inferred] Why the masks job failed.
        masks_zip_url (str | Unset): Signed URL of the masks ZIP; present once the masks job has succeeded.
    """

    percentage_completed: float
    status: MasksJobStatus | str
    message: str | Unset = UNSET
    masks_zip_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percentage_completed = self.percentage_completed

        status: str
        if isinstance(self.status, MasksJobStatus):
            status = self.status.value
        else:
            status = self.status

        message = self.message

        masks_zip_url = self.masks_zip_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "percentageCompleted": percentage_completed,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if masks_zip_url is not UNSET:
            field_dict["masksZipUrl"] = masks_zip_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.percentage_completed = d.pop("percentageCompleted")

        _raw._raw_status = d.pop("status")

        _made.message = d.pop("message", UNSET)

        _made.masks_zip_url = d.pop("masksZipUrl", UNSET)

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


def _decode_status(_json_value_: Any) -> MasksJobStatus | str:
    def _parse_status(data: object) -> MasksJobStatus | str:
        try:
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = MasksJobStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(MasksJobStatus | str, data)

    status = _parse_status(_json_value_)

    return status


decoded_fields(
    MasksJob,
    {
        "status": (_decode_status, "MasksJobStatus | str", False),
    },
)
