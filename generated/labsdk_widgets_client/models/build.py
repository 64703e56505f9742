from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Build")


@_attrs_define
class Build:
    """
    Attributes:
        id (str):
        state (str):
        progress (int | Unset):
        reason (str | Unset):
        artifact_url (str | Unset):
    """

    id: str
    state: str
    progress: int | Unset = UNSET
    reason: str | Unset = UNSET
    artifact_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        progress = self.progress

        reason = self.reason

        artifact_url = self.artifact_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if reason is not UNSET:
            field_dict["reason"] = reason
        if artifact_url is not UNSET:
            field_dict["artifactUrl"] = artifact_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.state = d.pop("state")

        _made.progress = d.pop("progress", UNSET)

        _made.reason = d.pop("reason", UNSET)

        _made.artifact_url = d.pop("artifactUrl", UNSET)

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
