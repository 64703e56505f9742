from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.intermediate_files import IntermediateFiles


T = TypeVar("T", bound="ProjectSettings")


@_attrs_define(slots=False)
class ProjectSettings:
    """
    Attributes:
        locked (bool | Unset):
        controlled (bool | Unset):
        location (str | Unset): `aws:us-east-1`, `aws:us-west-2`, ...
        use_interruptible_instances (bool | Unset):
        use_memoization (bool | Unset):
        use_elastic_disk (bool | Unset):
        intermediate_files (IntermediateFiles | Unset):
    """

    locked: bool | Unset = UNSET
    controlled: bool | Unset = UNSET
    location: str | Unset = UNSET
    use_interruptible_instances: bool | Unset = UNSET
    use_memoization: bool | Unset = UNSET
    use_elastic_disk: bool | Unset = UNSET
    intermediate_files: IntermediateFiles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locked = self.locked

        controlled = self.controlled

        location = self.location

        use_interruptible_instances = self.use_interruptible_instances

        use_memoization = self.use_memoization

        use_elastic_disk = self.use_elastic_disk

        intermediate_files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intermediate_files, Unset):
            intermediate_files = self.intermediate_files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locked is not UNSET:
            field_dict["locked"] = locked
        if controlled is not UNSET:
            field_dict["controlled"] = controlled
        if location is not UNSET:
            field_dict["location"] = location
        if use_interruptible_instances is not UNSET:
            field_dict["use_interruptible_instances"] = use_interruptible_instances
        if use_memoization is not UNSET:
            field_dict["use_memoization"] = use_memoization
        if use_elastic_disk is not UNSET:
            field_dict["use_elastic_disk"] = use_elastic_disk
        if intermediate_files is not UNSET:
            field_dict["intermediate_files"] = intermediate_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.locked = d.pop("locked", UNSET)

        _made.controlled = d.pop("controlled", UNSET)

        _made.location = d.pop("location", UNSET)

        _made.use_interruptible_instances = d.pop("use_interruptible_instances", UNSET)

        _made.use_memoization = d.pop("use_memoization", UNSET)

        _made.use_elastic_disk = d.pop("use_elastic_disk", UNSET)

        if "intermediate_files" in d:
            _raw._raw_intermediate_files = d.pop("intermediate_files")

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


def _decode_intermediate_files(_json_value_: Any) -> IntermediateFiles | Unset:
    _intermediate_files = _json_value_
    intermediate_files: IntermediateFiles | Unset
    if isinstance(_intermediate_files, Unset):
        intermediate_files = UNSET
    else:
        intermediate_files = IntermediateFiles.from_dict(_intermediate_files)

    return intermediate_files


decoded_fields(
    ProjectSettings,
    {
        "intermediate_files": (_decode_intermediate_files, "IntermediateFiles", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.intermediate_files import IntermediateFiles
