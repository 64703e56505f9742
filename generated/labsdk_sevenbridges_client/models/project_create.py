from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.project_settings import ProjectSettings


T = TypeVar("T", bound="ProjectCreate")


@_attrs_define(slots=False)
class ProjectCreate:
    """
    Attributes:
        name (str):
        description (str | Unset):
        billing_group (UUID | Unset):
        tags (list[str] | Unset):
        settings (ProjectSettings | Unset):
    """

    name: str
    description: str | Unset = UNSET
    billing_group: UUID | Unset = UNSET
    tags: list[str] | Unset = UNSET
    settings: ProjectSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        billing_group: str | Unset = UNSET
        if not isinstance(self.billing_group, Unset):
            billing_group = str(self.billing_group)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if billing_group is not UNSET:
            field_dict["billing_group"] = billing_group
        if tags is not UNSET:
            field_dict["tags"] = tags
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.name = d.pop("name")

        _made.description = d.pop("description", UNSET)

        if "billing_group" in d:
            _raw._raw_billing_group = d.pop("billing_group")

        _made.tags = d.pop("tags", UNSET)

        if "settings" in d:
            _raw._raw_settings = d.pop("settings")

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


def _decode_billing_group(_json_value_: Any) -> UUID | Unset:
    _billing_group = _json_value_
    billing_group: UUID | Unset
    if isinstance(_billing_group, Unset):
        billing_group = UNSET
    else:
        billing_group = UUID(_billing_group)

    return billing_group


def _decode_settings(_json_value_: Any) -> ProjectSettings | Unset:
    _settings = _json_value_
    settings: ProjectSettings | Unset
    if isinstance(_settings, Unset):
        settings = UNSET
    else:
        settings = ProjectSettings.from_dict(_settings)

    return settings


decoded_fields(
    ProjectCreate,
    {
        "billing_group": (_decode_billing_group, "UUID", True),
        "settings": (_decode_settings, "ProjectSettings", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.project_settings import ProjectSettings
