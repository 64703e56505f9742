from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.part_report_instructions import PartReportInstructions
    from ..models.upload_part_url_headers import UploadPartUrlHeaders


T = TypeVar("T", bound="UploadPartUrl")


@_attrs_define(slots=False)
class UploadPartUrl:
    """
    Attributes:
        url (str): A signed storage URL: PUT the part's bytes there, without the token.
        method (str | Unset):
        expires (datetime.datetime | Unset):
        headers (UploadPartUrlHeaders | Unset):
        report (PartReportInstructions | Unset):
    """

    url: str
    method: str | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    headers: UploadPartUrlHeaders | Unset = UNSET
    report: PartReportInstructions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method = self.method

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if expires is not UNSET:
            field_dict["expires"] = expires
        if headers is not UNSET:
            field_dict["headers"] = headers
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.url = d.pop("url")

        _made.method = d.pop("method", UNSET)

        if "expires" in d:
            _raw._raw_expires = d.pop("expires")

        if "headers" in d:
            _raw._raw_headers = d.pop("headers")

        if "report" in d:
            _raw._raw_report = d.pop("report")

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


def _decode_headers(_json_value_: Any) -> UploadPartUrlHeaders | Unset:
    _headers = _json_value_
    headers: UploadPartUrlHeaders | Unset
    if isinstance(_headers, Unset):
        headers = UNSET
    else:
        headers = UploadPartUrlHeaders.from_dict(_headers)

    return headers


def _decode_report(_json_value_: Any) -> PartReportInstructions | Unset:
    _report = _json_value_
    report: PartReportInstructions | Unset
    if isinstance(_report, Unset):
        report = UNSET
    else:
        report = PartReportInstructions.from_dict(_report)

    return report


decoded_fields(
    UploadPartUrl,
    {
        "expires": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "headers": (_decode_headers, "UploadPartUrlHeaders", True),
        "report": (_decode_report, "PartReportInstructions", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.part_report_instructions import PartReportInstructions
    from ..models.upload_part_url_headers import UploadPartUrlHeaders
