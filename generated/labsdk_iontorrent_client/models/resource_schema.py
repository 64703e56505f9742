from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.resource_schema_fields import ResourceSchemaFields
    from ..models.resource_schema_filtering import ResourceSchemaFiltering


T = TypeVar("T", bound="ResourceSchema")


@_attrs_define(slots=False)
class ResourceSchema:
    """
    Attributes:
        fields (ResourceSchemaFields):
        allowed_detail_http_methods (list[str] | Unset):
        allowed_list_http_methods (list[str] | Unset):
        default_format (str | Unset):
        default_limit (int | Unset):
        filtering (ResourceSchemaFiltering | Unset): Field → 1 (ALL) or 2 (ALL_WITH_RELATIONS).
        ordering (list[str] | Unset):
    """

    fields: ResourceSchemaFields
    allowed_detail_http_methods: list[str] | Unset = UNSET
    allowed_list_http_methods: list[str] | Unset = UNSET
    default_format: str | Unset = UNSET
    default_limit: int | Unset = UNSET
    filtering: ResourceSchemaFiltering | Unset = UNSET
    ordering: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields.to_dict()

        allowed_detail_http_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_detail_http_methods, Unset):
            allowed_detail_http_methods = self.allowed_detail_http_methods

        allowed_list_http_methods: list[str] | Unset = UNSET
        if not isinstance(self.allowed_list_http_methods, Unset):
            allowed_list_http_methods = self.allowed_list_http_methods

        default_format = self.default_format

        default_limit = self.default_limit

        filtering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filtering, Unset):
            filtering = self.filtering.to_dict()

        ordering: list[str] | Unset = UNSET
        if not isinstance(self.ordering, Unset):
            ordering = self.ordering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )
        if allowed_detail_http_methods is not UNSET:
            field_dict["allowed_detail_http_methods"] = allowed_detail_http_methods
        if allowed_list_http_methods is not UNSET:
            field_dict["allowed_list_http_methods"] = allowed_list_http_methods
        if default_format is not UNSET:
            field_dict["default_format"] = default_format
        if default_limit is not UNSET:
            field_dict["default_limit"] = default_limit
        if filtering is not UNSET:
            field_dict["filtering"] = filtering
        if ordering is not UNSET:
            field_dict["ordering"] = ordering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _raw._raw_fields = d.pop("fields")

        _made.allowed_detail_http_methods = d.pop("allowed_detail_http_methods", UNSET)

        _made.allowed_list_http_methods = d.pop("allowed_list_http_methods", UNSET)

        _made.default_format = d.pop("default_format", UNSET)

        _made.default_limit = d.pop("default_limit", UNSET)

        if "filtering" in d:
            _raw._raw_filtering = d.pop("filtering")

        _made.ordering = d.pop("ordering", UNSET)

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


def _decode_fields(_json_value_: Any) -> ResourceSchemaFields:
    fields = ResourceSchemaFields.from_dict(_json_value_)

    return fields


def _decode_filtering(_json_value_: Any) -> ResourceSchemaFiltering | Unset:
    _filtering = _json_value_
    filtering: ResourceSchemaFiltering | Unset
    if isinstance(_filtering, Unset):
        filtering = UNSET
    else:
        filtering = ResourceSchemaFiltering.from_dict(_filtering)

    return filtering


decoded_fields(
    ResourceSchema,
    {
        "fields": (_decode_fields, "ResourceSchemaFields", False),
        "filtering": (_decode_filtering, "ResourceSchemaFiltering", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.resource_schema_fields import ResourceSchemaFields
    from ..models.resource_schema_filtering import ResourceSchemaFiltering
