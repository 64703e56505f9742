from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.permissions import Permissions
    from ..models.project_settings import ProjectSettings


T = TypeVar("T", bound="Project")


@_attrs_define(slots=False)
class Project:
    """
    Attributes:
        href (str):
        id (str): `owner/short-name`.
        name (str | Unset):
        type_ (str | Unset): `v2`.
        description (str | Unset):
        tags (list[str] | Unset):
        settings (ProjectSettings | Unset):
        permissions (Permissions | Unset): [inferred] In a PATCH, the permissions not given are kept.
        root_folder (str | Unset): The id of the project's root folder.
        billing_group (UUID | Unset):
        created_by (str | Unset):
        category (str | Unset): `PRIVATE` or `PUBLIC`.
        created_on (datetime.datetime | Unset):
        modified_on (datetime.datetime | Unset):
    """

    href: str
    id: str
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    settings: ProjectSettings | Unset = UNSET
    permissions: Permissions | Unset = UNSET
    root_folder: str | Unset = UNSET
    billing_group: UUID | Unset = UNSET
    created_by: str | Unset = UNSET
    category: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        id = self.id

        name = self.name

        type_ = self.type_

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        root_folder = self.root_folder

        billing_group: str | Unset = UNSET
        if not isinstance(self.billing_group, Unset):
            billing_group = str(self.billing_group)

        created_by = self.created_by

        category = self.category

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if settings is not UNSET:
            field_dict["settings"] = settings
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if root_folder is not UNSET:
            field_dict["root_folder"] = root_folder
        if billing_group is not UNSET:
            field_dict["billing_group"] = billing_group
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if category is not UNSET:
            field_dict["category"] = category
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _made.id = d.pop("id")

        _made.name = d.pop("name", UNSET)

        _made.type_ = d.pop("type", UNSET)

        _made.description = d.pop("description", UNSET)

        _made.tags = d.pop("tags", UNSET)

        if "settings" in d:
            _raw._raw_settings = d.pop("settings")

        if "permissions" in d:
            _raw._raw_permissions = d.pop("permissions")

        _made.root_folder = d.pop("root_folder", UNSET)

        if "billing_group" in d:
            _raw._raw_billing_group = d.pop("billing_group")

        _made.created_by = d.pop("created_by", UNSET)

        _made.category = d.pop("category", UNSET)

        if "created_on" in d:
            _raw._raw_created_on = d.pop("created_on")

        if "modified_on" in d:
            _raw._raw_modified_on = d.pop("modified_on")

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


def _decode_settings(_json_value_: Any) -> ProjectSettings | Unset:
    _settings = _json_value_
    settings: ProjectSettings | Unset
    if isinstance(_settings, Unset):
        settings = UNSET
    else:
        settings = ProjectSettings.from_dict(_settings)

    return settings


def _decode_permissions(_json_value_: Any) -> Permissions | Unset:
    _permissions = _json_value_
    permissions: Permissions | Unset
    if isinstance(_permissions, Unset):
        permissions = UNSET
    else:
        permissions = Permissions.from_dict(_permissions)

    return permissions


def _decode_billing_group(_json_value_: Any) -> UUID | Unset:
    _billing_group = _json_value_
    billing_group: UUID | Unset
    if isinstance(_billing_group, Unset):
        billing_group = UNSET
    else:
        billing_group = UUID(_billing_group)

    return billing_group


decoded_fields(
    Project,
    {
        "settings": (_decode_settings, "ProjectSettings", True),
        "permissions": (_decode_permissions, "Permissions", True),
        "billing_group": (_decode_billing_group, "UUID", True),
        "created_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "modified_on": (datetime.datetime.fromisoformat, "datetime.datetime", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.permissions import Permissions
    from ..models.project_settings import ProjectSettings
