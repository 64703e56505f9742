from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.app_raw import AppRaw


T = TypeVar("T", bound="App")


@_attrs_define(slots=False)
class App:
    """
    Attributes:
        href (str):
        id (str): `owner/project/app/revision` (in lists, without the revision).
        project (str | Unset):
        name (str | Unset):
        revision (int | Unset):
        raw (AppRaw | Unset): The app's CWL description, with the platform's `sbg:` properties.
    """

    href: str
    id: str
    project: str | Unset = UNSET
    name: str | Unset = UNSET
    revision: int | Unset = UNSET
    raw: AppRaw | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        project = self.project

        name = self.name

        revision = self.revision

        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name
        if revision is not UNSET:
            field_dict["revision"] = revision
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.id = d.pop("id")

        _made.project = d.pop("project", UNSET)

        _made.name = d.pop("name", UNSET)

        _made.revision = d.pop("revision", UNSET)

        if "raw" in d:
            _raw._raw_raw = d.pop("raw")

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


def _decode_raw(_json_value_: Any) -> AppRaw | Unset:
    _raw = _json_value_
    raw: AppRaw | Unset
    if isinstance(_raw, Unset):
        raw = UNSET
    else:
        raw = AppRaw.from_dict(_raw)

    return raw


decoded_fields(
    App,
    {
        "raw": (_decode_raw, "AppRaw", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.app_raw import AppRaw
