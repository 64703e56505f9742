from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.cost import Cost
    from ..models.measurement import Measurement


T = TypeVar("T", bound="EgressBreakdown")


@_attrs_define(slots=False)
class EgressBreakdown:
    """
    Attributes:
        project_name (str | Unset):
        downloaded_by (str | Unset):
        downloaded (Measurement | Unset):
        egress_cost (Cost | Unset):
        project_locked (bool | Unset):
    """

    project_name: str | Unset = UNSET
    downloaded_by: str | Unset = UNSET
    downloaded: Measurement | Unset = UNSET
    egress_cost: Cost | Unset = UNSET
    project_locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        downloaded_by = self.downloaded_by

        downloaded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downloaded, Unset):
            downloaded = self.downloaded.to_dict()

        egress_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.egress_cost, Unset):
            egress_cost = self.egress_cost.to_dict()

        project_locked = self.project_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["project_name"] = project_name
        if downloaded_by is not UNSET:
            field_dict["downloaded_by"] = downloaded_by
        if downloaded is not UNSET:
            field_dict["downloaded"] = downloaded
        if egress_cost is not UNSET:
            field_dict["egress_cost"] = egress_cost
        if project_locked is not UNSET:
            field_dict["project_locked"] = project_locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.project_name = d.pop("project_name", UNSET)

        _made.downloaded_by = d.pop("downloaded_by", UNSET)

        if "downloaded" in d:
            _raw._raw_downloaded = d.pop("downloaded")

        if "egress_cost" in d:
            _raw._raw_egress_cost = d.pop("egress_cost")

        _made.project_locked = d.pop("project_locked", UNSET)

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


def _decode_downloaded(_json_value_: Any) -> Measurement | Unset:
    _downloaded = _json_value_
    downloaded: Measurement | Unset
    if isinstance(_downloaded, Unset):
        downloaded = UNSET
    else:
        downloaded = Measurement.from_dict(_downloaded)

    return downloaded


def _decode_egress_cost(_json_value_: Any) -> Cost | Unset:
    _egress_cost = _json_value_
    egress_cost: Cost | Unset
    if isinstance(_egress_cost, Unset):
        egress_cost = UNSET
    else:
        egress_cost = Cost.from_dict(_egress_cost)

    return egress_cost


decoded_fields(
    EgressBreakdown,
    {
        "downloaded": (_decode_downloaded, "Measurement", True),
        "egress_cost": (_decode_egress_cost, "Cost", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.cost import Cost
    from ..models.measurement import Measurement
