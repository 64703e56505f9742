from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiRoot")


@_attrs_define
class ApiRoot:
    """The absolute URLs of the API's path roots.

    Attributes:
        rate_limit_url (str | Unset):
        user_url (str | Unset):
        users_url (str | Unset):
        billing_url (str | Unset):
        projects_url (str | Unset):
        files_url (str | Unset):
        tasks_url (str | Unset):
        apps_url (str | Unset):
        action_url (str | Unset):
        upload_url (str | Unset):
        storage_url (str | Unset):
    """

    rate_limit_url: str | Unset = UNSET
    user_url: str | Unset = UNSET
    users_url: str | Unset = UNSET
    billing_url: str | Unset = UNSET
    projects_url: str | Unset = UNSET
    files_url: str | Unset = UNSET
    tasks_url: str | Unset = UNSET
    apps_url: str | Unset = UNSET
    action_url: str | Unset = UNSET
    upload_url: str | Unset = UNSET
    storage_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit_url = self.rate_limit_url

        user_url = self.user_url

        users_url = self.users_url

        billing_url = self.billing_url

        projects_url = self.projects_url

        files_url = self.files_url

        tasks_url = self.tasks_url

        apps_url = self.apps_url

        action_url = self.action_url

        upload_url = self.upload_url

        storage_url = self.storage_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_limit_url is not UNSET:
            field_dict["rate_limit_url"] = rate_limit_url
        if user_url is not UNSET:
            field_dict["user_url"] = user_url
        if users_url is not UNSET:
            field_dict["users_url"] = users_url
        if billing_url is not UNSET:
            field_dict["billing_url"] = billing_url
        if projects_url is not UNSET:
            field_dict["projects_url"] = projects_url
        if files_url is not UNSET:
            field_dict["files_url"] = files_url
        if tasks_url is not UNSET:
            field_dict["tasks_url"] = tasks_url
        if apps_url is not UNSET:
            field_dict["apps_url"] = apps_url
        if action_url is not UNSET:
            field_dict["action_url"] = action_url
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url
        if storage_url is not UNSET:
            field_dict["storage_url"] = storage_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.rate_limit_url = d.pop("rate_limit_url", UNSET)

        _made.user_url = d.pop("user_url", UNSET)

        _made.users_url = d.pop("users_url", UNSET)

        _made.billing_url = d.pop("billing_url", UNSET)

        _made.projects_url = d.pop("projects_url", UNSET)

        _made.files_url = d.pop("files_url", UNSET)

        _made.tasks_url = d.pop("tasks_url", UNSET)

        _made.apps_url = d.pop("apps_url", UNSET)

        _made.action_url = d.pop("action_url", UNSET)

        _made.upload_url = d.pop("upload_url", UNSET)

        _made.storage_url = d.pop("storage_url", UNSET)

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
