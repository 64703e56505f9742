from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_type import MemberType
from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.permissions import Permissions


T = TypeVar("T", bound="MemberCreate")


@_attrs_define(slots=False)
class MemberCreate:
    """Give exactly one of `username` or `email`.

    Attributes:
        username (str | Unset):
        email (str | Unset):
        type_ (MemberType | Unset): Other values pass through as strings.
        permissions (Permissions | Unset): [inferred] In a PATCH, the permissions not given are kept.
    """

    username: str | Unset = UNSET
    email: str | Unset = UNSET
    type_: MemberType | Unset = UNSET
    permissions: Permissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        email = self.email

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if type_ is not UNSET:
            field_dict["type"] = type_
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.username = d.pop("username", UNSET)

        _made.email = d.pop("email", UNSET)

        if "type" in d:
            _raw._raw_type_ = d.pop("type")

        if "permissions" in d:
            _raw._raw_permissions = d.pop("permissions")

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


def _decode_type_(_json_value_: Any) -> MemberType | Unset:
    _type_ = _json_value_
    type_: MemberType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = MemberType(_type_)

    return type_


def _decode_permissions(_json_value_: Any) -> Permissions | Unset:
    _permissions = _json_value_
    permissions: Permissions | Unset
    if isinstance(_permissions, Unset):
        permissions = UNSET
    else:
        permissions = Permissions.from_dict(_permissions)

    return permissions


decoded_fields(
    MemberCreate,
    {
        "type_": (_decode_type_, "MemberType", True),
        "permissions": (_decode_permissions, "Permissions", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.permissions import Permissions
