from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, decoded_fields

T = TypeVar("T", bound="UploadFileForm")


@_attrs_define(slots=False)
class UploadFileForm:
    """
    Attributes:
        file_name (str):
        upload (File):
        destination_folder (str | Unset): Folder path; created when missing. The root folder when absent.
    """

    file_name: str
    upload: File
    destination_folder: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        upload = self.upload.to_tuple()

        destination_folder = self.destination_folder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
                "upload": upload,
            }
        )
        if destination_folder is not UNSET:
            field_dict["destinationFolder"] = destination_folder

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("fileName", (None, str(self.file_name).encode(), "text/plain")))

        files.append(("upload", self.upload.to_tuple()))

        if not isinstance(self.destination_folder, Unset):
            files.append(("destinationFolder", (None, str(self.destination_folder).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.file_name = d.pop("fileName")

        _raw._raw_upload = d.pop("upload")

        _made.destination_folder = d.pop("destinationFolder", UNSET)

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


def _decode_upload(_json_value_: Any) -> File:
    upload = File(payload=BytesIO(_json_value_))

    return upload


decoded_fields(
    UploadFileForm,
    {
        "upload": (_decode_upload, "File", False),
    },
)
