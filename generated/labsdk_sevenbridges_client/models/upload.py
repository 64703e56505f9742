from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.upload_part import UploadPart


T = TypeVar("T", bound="Upload")


@_attrs_define(slots=False)
class Upload:
    """
    Attributes:
        upload_id (str):
        project (str | Unset):
        parent (str | Unset):
        name (str | Unset):
        size (int | Unset):
        part_size (int | Unset):
        parallel_uploads (bool | Unset):
        initiated (datetime.datetime | Unset):
        uploaded_parts_count (int | Unset):
        parts (list[UploadPart] | Unset):
    """

    upload_id: str
    project: str | Unset = UNSET
    parent: str | Unset = UNSET
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    part_size: int | Unset = UNSET
    parallel_uploads: bool | Unset = UNSET
    initiated: datetime.datetime | Unset = UNSET
    uploaded_parts_count: int | Unset = UNSET
    parts: list[UploadPart] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        project = self.project

        parent = self.parent

        name = self.name

        size = self.size

        part_size = self.part_size

        parallel_uploads = self.parallel_uploads

        initiated: str | Unset = UNSET
        if not isinstance(self.initiated, Unset):
            initiated = self.initiated.isoformat()

        uploaded_parts_count = self.uploaded_parts_count

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if parent is not UNSET:
            field_dict["parent"] = parent
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if part_size is not UNSET:
            field_dict["part_size"] = part_size
        if parallel_uploads is not UNSET:
            field_dict["parallel_uploads"] = parallel_uploads
        if initiated is not UNSET:
            field_dict["initiated"] = initiated
        if uploaded_parts_count is not UNSET:
            field_dict["uploaded_parts_count"] = uploaded_parts_count
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.upload_id = d.pop("upload_id")

        _made.project = d.pop("project", UNSET)

        _made.parent = d.pop("parent", UNSET)

        _made.name = d.pop("name", UNSET)

        _made.size = d.pop("size", UNSET)

        _made.part_size = d.pop("part_size", UNSET)

        _made.parallel_uploads = d.pop("parallel_uploads", UNSET)

        if "initiated" in d:
            _raw._raw_initiated = d.pop("initiated")

        _made.uploaded_parts_count = d.pop("uploaded_parts_count", UNSET)

        if "parts" in d:
            _raw._raw_parts = d.pop("parts")

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


def _decode_parts(_json_value_: Any) -> list[UploadPart] | Unset:
    _parts = _json_value_
    parts: list[UploadPart] | Unset = UNSET
    if _parts is not UNSET:
        parts = [UploadPart.from_dict(parts_item_data) for parts_item_data in _parts]

    return parts


decoded_fields(
    Upload,
    {
        "initiated": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "parts": (_decode_parts, "list[UploadPart]", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.upload_part import UploadPart
