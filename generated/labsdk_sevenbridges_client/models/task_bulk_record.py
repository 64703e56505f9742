from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.task import Task


T = TypeVar("T", bound="TaskBulkRecord")


@_attrs_define(slots=False)
class TaskBulkRecord:
    """
    Attributes:
        resource (Task | Unset):
        error (Error | Unset): The platform's error envelope; `code` is the platform code of the error registry.
    """

    resource: Task | Unset = UNSET
    error: Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        if "resource" in d:
            _raw._raw_resource = d.pop("resource")

        if "error" in d:
            _raw._raw_error = d.pop("error")

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


def _decode_resource(_json_value_: Any) -> Task | Unset:
    _resource = _json_value_
    resource: Task | Unset
    if isinstance(_resource, Unset):
        resource = UNSET
    else:
        resource = Task.from_dict(_resource)

    return resource


def _decode_error(_json_value_: Any) -> Error | Unset:
    _error = _json_value_
    error: Error | Unset
    if isinstance(_error, Unset):
        error = UNSET
    else:
        error = Error.from_dict(_error)

    return error


decoded_fields(
    TaskBulkRecord,
    {
        "resource": (_decode_resource, "Task", True),
        "error": (_decode_error, "Error", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.error import Error
    from ..models.task import Task
